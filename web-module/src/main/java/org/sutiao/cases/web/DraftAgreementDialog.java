package org.sutiao.cases.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.sutiao.agreements.application.AgreementService;
import org.sutiao.agreements.domain.AgreementContent;
import org.sutiao.agreements.domain.ClaimOutcome;
import org.sutiao.agreements.domain.Obligation;
import org.sutiao.cases.domain.AgreementScope;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The mediator drafts (or revises) the agreement: which claims it settles (all: FULL scope, some: PARTIAL), the
 * facts, the obligations (one row each; amounts in yuan, due dates calendar dates) and the terms.
 */
@Named
@ViewScoped
public class DraftAgreementDialog extends CaseDialog {
    private static final long serialVersionUID = 1L;

    @Inject
    transient AgreementService agreements;
    @Inject
    OutcomePanel outcome;

    private List<Integer> claimOutcomes = new ArrayList<>();
    private String facts;
    private String terms;
    private List<ObligationRow> obligations = new ArrayList<>();

    /** One obligation row. */
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

    /** Opens the form with the current agreement's content, or with every claim settled and one empty row. */
    public void prepare() {
        AgreementService.AgreementView v = outcome.getAgreement();
        claimOutcomes = new ArrayList<>();
        obligations = new ArrayList<>();
        if (v != null) {
            facts = v.agreement().facts();
            terms = v.agreement().terms();
            v.agreement().claimOutcomes().stream().filter(ClaimOutcome::settled).forEach(o -> claimOutcomes.add(o.claimSeq()));
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
            page.getDetail().claims().forEach(cl -> claimOutcomes.add(cl.seq()));
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

    /** Saves the draft; a row's errors land on its row ({@code obligations[i].amount} beside that row's amount). */
    public void save() {
        List<ClaimOutcome> outcomes = page.getDetail().claims().stream()
                .map(cl -> new ClaimOutcome(cl.seq(), claimOutcomes.contains(cl.seq()))).toList();
        AgreementScope scope = outcomes.stream().allMatch(ClaimOutcome::settled) ? AgreementScope.FULL : AgreementScope.PARTIAL;
        List<Obligation> obs = new ArrayList<>();
        for (int i = 0; i < obligations.size(); i++) {
            ObligationRow r = obligations.get(i);
            obs.add(new Obligation(i + 1, r.obligorPartyId, r.obligeePartyId, r.description, r.amount,
                    r.amount == null ? null : r.currency, r.dueDate, r.method));
        }
        run("outcome.drafted", () -> agreements.draft(caseId(), new AgreementContent(scope, outcomes, facts, terms, obs),
                null, null));
    }

    public List<Integer> getClaimOutcomes() {
        return claimOutcomes;
    }

    public void setClaimOutcomes(List<Integer> claimOutcomes) {
        this.claimOutcomes = claimOutcomes;
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
}
