package org.sutiao.cases.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.sutiao.cases.application.MediationService;

/** A party withdraws from mediation (mediation is voluntary), with a reason. Irreversible. */
@Named
@ViewScoped
public class WithdrawDialog extends CaseDialog {
    private static final long serialVersionUID = 1L;

    @Inject
    transient MediationService mediation;

    private String reason;

    /** Withdraws; the page asks for confirmation first. */
    public void withdraw() {
        run("mediation.withdrawn", () -> mediation.withdraw(caseId(), reason));
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
