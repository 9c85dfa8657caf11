package org.sutiao.cases.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;
import org.sutiao.agreements.application.AgreementService;
import org.sutiao.agreements.domain.AgreementSignature;
import org.sutiao.cases.application.CaseDetail;
import org.sutiao.cases.domain.AgreementScope;
import org.sutiao.cases.domain.CaseStatus;
import org.sutiao.cases.domain.ReferralKind;
import org.sutiao.confirmation.application.ConfirmationService;
import org.sutiao.shared.domain.NotFoundException;

import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.util.List;

/**
 * The outcome of a case on its page: the agreement (drafted by the mediator, read as the exact PDF and signed by every
 * party, the mediator and the center, each against the document's hash shown), then judicial confirmation (parties
 * join, the court rules), the mediation document (entrusted cases) and voluntary performance of each obligation.
 * Read side only: each action has its dialog bean ({@link DraftAgreementDialog}, {@link SignAgreementDialog},
 * {@link ConfirmationDialog}, {@link RulingDialog} …).
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
    CaseDetailView page;

    private transient AgreementService.AgreementView agreement;
    private transient ConfirmationService.Outcome outcome;
    private boolean loaded;
    private String shownSha;

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

    /** The agreement with its signatures and who is still to sign, or null (none, or content out of scope). */
    public AgreementService.AgreementView getAgreement() {
        load();
        return agreement;
    }

    /** Judicial confirmation, the mediation document and the deadline to apply, or null. */
    public ConfirmationService.Outcome getOutcome() {
        load();
        return outcome;
    }

    private CaseStatus status() {
        return detail() == null ? null : detail().summary().status();
    }

    /** True when the case is settled (the agreement took effect). */
    public boolean isSettled() {
        return status() == CaseStatus.SETTLED;
    }

    /** True for a case that is not entrusted (judicial confirmation rather than a mediation document). */
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

    /** True when the agreement still lacks a signature (the page shows who is still to sign only then). */
    public boolean isSignaturesMissing() {
        AgreementService.AgreementView v = getAgreement();
        return v != null && !v.missing().isEmpty();
    }

    /** The SHA-256 of the agreement revision shown when the page was opened (what a signature is made against). */
    public String getShownSha() {
        return shownSha;
    }
}
