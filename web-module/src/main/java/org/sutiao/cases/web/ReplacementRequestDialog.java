package org.sutiao.cases.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.sutiao.cases.application.MediationService;

/** A party asks the center for another mediator, with a reason. */
@Named
@ViewScoped
public class ReplacementRequestDialog extends CaseDialog {
    private static final long serialVersionUID = 1L;

    @Inject
    transient MediationService mediation;

    private String reason;

    /** Sends the request. */
    public void request() {
        run("mediation.replacementRequested", () -> mediation.requestReplacement(caseId(), reason));
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
