package org.sutiao.cases.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.sutiao.agreements.application.AgreementService;

/**
 * A party, the mediator or the center signs (seals) the agreement against the document hash shown on the page, so a
 * revision made meanwhile is refused rather than signed unseen. Irreversible: the page asks for confirmation first.
 */
@Named
@ViewScoped
public class SignAgreementDialog extends CaseDialog {
    private static final long serialVersionUID = 1L;

    @Inject
    transient AgreementService agreements;
    @Inject
    OutcomePanel outcome;

    /** Signs the revision whose SHA-256 the page showed. */
    public void sign() {
        run("outcome.signed.done", () -> agreements.sign(caseId(), outcome.getShownSha()));
    }
}
