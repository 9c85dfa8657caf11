package org.sutiao.cases.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.sutiao.confirmation.application.ConfirmationService;

/**
 * A party applies (joins the application) for judicial confirmation of the settled agreement (民事诉讼法 Art. 205,
 * within 30 days of its taking effect); on an entrusted case it asks for the mediation document and acknowledges
 * receipt. Applying is irreversible here: the page asks for confirmation first.
 */
@Named
@ViewScoped
public class ConfirmationDialog extends CaseDialog {
    private static final long serialVersionUID = 1L;

    @Inject
    transient ConfirmationService confirmations;

    /** Joins the application for judicial confirmation. */
    public void join() {
        run("outcome.joined", () -> confirmations.join(caseId()));
    }

    /** Asks the court for the mediation document (entrusted cases). */
    public void requestDocument() {
        run("outcome.documentRequested", () -> confirmations.requestDocument(caseId()));
    }

    /** Acknowledges receipt of the mediation document. */
    public void receiveDocument() {
        run("outcome.documentReceived", () -> confirmations.receiveDocument(caseId()));
    }
}
