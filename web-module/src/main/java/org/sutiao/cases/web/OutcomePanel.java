package org.sutiao.cases.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;
import org.sutiao.agreements.application.AgreementService;
import org.sutiao.agreements.domain.AgreementContent;
import org.sutiao.agreements.domain.AgreementSignature;
import org.sutiao.agreements.domain.ClaimOutcome;
import org.sutiao.agreements.domain.Obligation;
import org.sutiao.cases.application.CaseDetail;
import org.sutiao.cases.application.MaterialService;
import org.sutiao.cases.domain.AgreementScope;
import org.sutiao.cases.domain.CaseStatus;
import org.sutiao.cases.domain.ReferralKind;
import org.sutiao.confirmation.application.ConfirmationService;
import org.sutiao.confirmation.domain.Ruling;
import org.sutiao.shared.domain.NotFoundException;
import org.sutiao.shared.web.FacesMessages;

import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The outcome of a case on its page: the agreement (drafted by the mediator, read as the exact PDF and signed by every
 * party, the mediator and the center, each against the document's hash shown), then judicial confirmation (parties
 * join, the court rules), the mediation document (entrusted cases) and voluntary performance of each obligation.
 */
@Named
@ViewScoped
public class OutcomePanel implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    transient AgreementService agreements;
    @Inject
    transient ConfirmationService confirmations;
    @Inject
    transient MaterialService materials;
    @Inject
    CaseDetailView page;

    private transient AgreementService.AgreementView agreement;
    private transient ConfirmationService.Outcome outcome;
    private boolean loaded;
    private List<Integer> settledClaims = new ArrayList<>();
    private String facts;
    private String terms;
    private List<ObligationRow> obligations = new ArrayList<>();
    private String shownSha;
    private Ruling ruling = Ruling.VALID;
    private String rulingNumber;
    private LocalDate rulingDate;
    private String reason;
    private Long materialId;
    private String materialName;
    private String documentNumber;
    private String note;
    private Integer obligationSeq;
    private LocalDate performedOn;
    private String evidence;

    /** One obligation row of the draft form. */
    public static class ObligationRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private Long obligorPartyId;
        private Long obligeePartyId;
        private String description;
        private BigDecimal amount;
        private String currency = "CNY";
        private LocalDate dueDate;
        private String method;

        public Long getObligorPartyId() {
            return obligorPartyId;
        }

        public void setObligorPartyId(Long v) {
            this.obligorPartyId = v;
        }

        public Long getObligeePartyId() {
            return obligeePartyId;
        }

        public void setObligeePartyId(Long v) {
            this.obligeePartyId = v;
        }

        public String getDescription() {
            return description;
        }

        public void setDescription(String v) {
            this.description = v;
        }

        public BigDecimal getAmount() {
            return amount;
        }

        public void setAmount(BigDecimal v) {
            this.amount = v;
        }

        public String getCurrency() {
            return currency;
        }

        public void setCurrency(String v) {
            this.currency = v;
        }

        public LocalDate getDueDate() {
            return dueDate;
        }

        public void setDueDate(LocalDate v) {
            this.dueDate = v;
        }

        public String getMethod() {
            return method;
        }

        public void setMethod(String v) {
            this.method = v;
        }
    }

    private Long caseId() {
        return page.getId();
    }

    private CaseDetail detail() {
        return page.getDetail();
    }

    private void load() {
        if (loaded || detail() == null) {
            return;
        }
        loaded = true;
        if (!detail().fullDetail()) {
            return; // the agreement and its confirmation are content only (CaseReadPolicy)
        }
        try {
            agreement = agreements.view(caseId());
            shownSha = agreement.agreement().documentSha256();
        } catch (NotFoundException | jakarta.ejb.EJBAccessException e) {
            agreement = null;
        }
        try {
            outcome = confirmations.outcome(caseId());
        } catch (NotFoundException | jakarta.ejb.EJBAccessException e) {
            outcome = null;
        }
    }

    public AgreementService.AgreementView getAgreement() {
        load();
        return agreement;
    }

    public ConfirmationService.Outcome getOutcome() {
        load();
        return outcome;
    }

    private CaseStatus status() {
        return detail() == null ? null : detail().summary().status();
    }

    public boolean isSettled() {
        return status() == CaseStatus.SETTLED;
    }

    public boolean isDelegated() {
        return detail() != null && detail().summary().referralKind() != ReferralKind.ENTRUSTED;
    }

    /**
     * True when the case is settled by an agreement of PARTIAL scope: the unsettled claims go back to the court
     * with a failure report.
     */
    public boolean isPartialSettlement() {
        AgreementService.AgreementView v = getAgreement();
        return isSettled() && v != null && v.agreement().scope() == AgreementScope.PARTIAL;
    }

    /** The current revision's signatures. */
    public List<AgreementSignature> getCurrentSignatures() {
        AgreementService.AgreementView v = getAgreement();
        return v == null ? List.of() : v.signatures().stream().filter(AgreementSignature::current).toList();
    }

    /** The agreement document as a download. */
    public StreamedContent getDocument() {
        byte[] doc = agreements.document(caseId());
        return DefaultStreamedContent.builder().name("调解协议书-" + detail().summary().caseNumber() + ".pdf")
                .contentType("application/pdf").contentLength((long) doc.length)
                .stream(() -> new ByteArrayInputStream(doc)).build();
    }

    /** Opens the draft form with the current agreement's content, or empty. */
    public void prepareDraft() {
        AgreementService.AgreementView v = getAgreement();
        settledClaims = new ArrayList<>();
        obligations = new ArrayList<>();
        if (v != null) {
            facts = v.agreement().facts();
            terms = v.agreement().terms();
            v.agreement().claimOutcomes().stream().filter(ClaimOutcome::settled).forEach(o -> settledClaims.add(o.claimSeq()));
            for (Obligation o : v.agreement().obligations()) {
                ObligationRow r = new ObligationRow();
                r.obligorPartyId = o.obligorPartyId();
                r.obligeePartyId = o.obligeePartyId();
                r.description = o.description();
                r.amount = o.amount();
                r.currency = o.currency() == null ? "CNY" : o.currency();
                r.dueDate = o.dueDate();
                r.method = o.method();
                obligations.add(r);
            }
        } else {
            detail().claims().forEach(cl -> settledClaims.add(cl.seq()));
            obligations.add(new ObligationRow());
        }
    }

    public void addObligation() {
        obligations.add(new ObligationRow());
    }

    public void removeObligation(int i) {
        if (i >= 0 && i < obligations.size()) {
            obligations.remove(i);
        }
    }

    public void draft() {
        List<ClaimOutcome> outcomes = detail().claims().stream()
                .map(cl -> new ClaimOutcome(cl.seq(), settledClaims.contains(cl.seq()))).toList();
        AgreementScope scope = outcomes.stream().allMatch(ClaimOutcome::settled) ? AgreementScope.FULL : AgreementScope.PARTIAL;
        List<Obligation> obs = new ArrayList<>();
        for (int i = 0; i < obligations.size(); i++) {
            ObligationRow r = obligations.get(i);
            obs.add(new Obligation(i + 1, r.obligorPartyId, r.obligeePartyId, r.description, r.amount,
                    r.amount == null ? null : r.currency, r.dueDate, r.method));
        }
        run("outcome.drafted", Map.of("facts", "draft-form:facts", "terms", "draft-form:terms",
                "claimOutcomes", "draft-form:claims", "scope", "draft-form:claims", "obligations", "draft-form:obligations"),
                () -> agreements.draft(caseId(), new AgreementContent(scope, outcomes, facts, terms, obs), null, null));
    }

    public void sign() {
        run("outcome.signed.done", Map.of(), () -> agreements.sign(caseId(), shownSha));
    }

    public void joinConfirmation() {
        run("outcome.joined", Map.of(), () -> confirmations.join(caseId()));
    }

    public void requestSupplement() {
        run("outcome.supplementRequested", Map.of("note", "supplement-form:note"),
                () -> confirmations.requestSupplement(caseId(), note));
    }

    /** The court's ruling document (or the mediation document), kept as a case material. */
    public void upload(FileUploadEvent event) {
        try {
            materialId = materials.add(caseId(), event.getFile().getFileName(), event.getFile().getContent()).id();
            materialName = event.getFile().getFileName();
        } catch (RuntimeException e) {
            FacesMessages.report(e, Map.of());
        }
    }

    public void rule() {
        run("outcome.ruled", Map.of("ruling", "ruling-form:ruling", "rulingNumber", "ruling-form:number",
                "rulingDate", "ruling-form:date", "materialId", "ruling-form:upload", "reason", "ruling-form:reason"),
                () -> confirmations.rule(caseId(), ruling, rulingNumber, rulingDate, materialId, reason));
    }

    public void requestDocument() {
        run("outcome.documentRequested", Map.of(), () -> confirmations.requestDocument(caseId()));
    }

    public void issueDocument() {
        run("outcome.documentIssued", Map.of("documentNumber", "issue-form:number", "materialId", "issue-form:upload"),
                () -> confirmations.issueDocument(caseId(), documentNumber, materialId));
    }

    public void receiveDocument() {
        run("outcome.documentReceived", Map.of(), () -> confirmations.receiveDocument(caseId()));
    }

    public void prepareperform(Integer seq) {
        obligationSeq = seq;
        performedOn = LocalDate.now(org.sutiao.shared.domain.BusinessTime.ZONE);
        evidence = null;
    }

    public void perform() {
        run("outcome.performed.done", Map.of("performedOn", "perform-form:on", "evidence", "perform-form:evidence"),
                () -> agreements.perform(caseId(), obligationSeq == null ? 0 : obligationSeq, performedOn, evidence));
    }

    private void run(String okKey, Map<String, String> fields, Runnable action) {
        CasePageActions.run(caseId(), okKey, fields, action);
    }

    public Ruling[] getRulings() {
        return Ruling.values();
    }

    public List<Integer> getSettledClaims() {
        return settledClaims;
    }

    public void setSettledClaims(List<Integer> settledClaims) {
        this.settledClaims = settledClaims;
    }

    public String getFacts() {
        return facts;
    }

    public void setFacts(String facts) {
        this.facts = facts;
    }

    public String getTerms() {
        return terms;
    }

    public void setTerms(String terms) {
        this.terms = terms;
    }

    public List<ObligationRow> getObligations() {
        return obligations;
    }

    public String getShownSha() {
        return shownSha;
    }

    public void setShownSha(String shownSha) {
        this.shownSha = shownSha;
    }

    public Ruling getRuling() {
        return ruling;
    }

    public void setRuling(Ruling ruling) {
        this.ruling = ruling;
    }

    public String getRulingNumber() {
        return rulingNumber;
    }

    public void setRulingNumber(String rulingNumber) {
        this.rulingNumber = rulingNumber;
    }

    public LocalDate getRulingDate() {
        return rulingDate;
    }

    public void setRulingDate(LocalDate rulingDate) {
        this.rulingDate = rulingDate;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public String getMaterialName() {
        return materialName;
    }

    public String getDocumentNumber() {
        return documentNumber;
    }

    public void setDocumentNumber(String documentNumber) {
        this.documentNumber = documentNumber;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public LocalDate getPerformedOn() {
        return performedOn;
    }

    public void setPerformedOn(LocalDate performedOn) {
        this.performedOn = performedOn;
    }

    public String getEvidence() {
        return evidence;
    }

    public void setEvidence(String evidence) {
        this.evidence = evidence;
    }

    public Integer getObligationSeq() {
        return obligationSeq;
    }
}
