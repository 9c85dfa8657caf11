package org.sutiao.cases.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.sutiao.cases.application.MediationService;

import java.time.LocalDate;

/** The mediator proposes a new mediation due date (calendar date) for the parties' consent. */
@Named
@ViewScoped
public class ExtendDialog extends CaseDialog {
    private static final long serialVersionUID = 1L;

    @Inject
    transient MediationService mediation;

    private LocalDate newDueDate;
    private String reason;

    /** Proposes the extension. */
    public void propose() {
        run("mediation.extensionProposed", () -> mediation.proposeExtension(caseId(), newDueDate, reason));
    }

    public LocalDate getNewDueDate() {
        return newDueDate;
    }

    public void setNewDueDate(LocalDate newDueDate) {
        this.newDueDate = newDueDate;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
