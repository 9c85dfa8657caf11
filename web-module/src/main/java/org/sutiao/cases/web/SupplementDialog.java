package org.sutiao.cases.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.sutiao.confirmation.application.ConfirmationService;

/** The court asks the parties to supplement their application for judicial confirmation. */
@Named
@ViewScoped
public class SupplementDialog extends CaseDialog {
    private static final long serialVersionUID = 1L;

    @Inject
    transient ConfirmationService confirmations;

    private String note;

    /** Sends the request. */
    public void request() {
        run("outcome.supplementRequested", () -> confirmations.requestSupplement(caseId(), note));
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
