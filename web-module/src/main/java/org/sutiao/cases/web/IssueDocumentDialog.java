package org.sutiao.cases.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.sutiao.confirmation.application.ConfirmationService;

/** The court issues the mediation document of an entrusted case: its number and the document (a case material). */
@Named
@ViewScoped
public class IssueDocumentDialog extends UploadingCaseDialog {
    private static final long serialVersionUID = 1L;

    @Inject
    transient ConfirmationService confirmations;

    private String documentNumber;

    /** Issues the document. */
    public void issue() {
        run("outcome.documentIssued", () -> confirmations.issueDocument(caseId(), documentNumber, materialId()));
    }

    public String getDocumentNumber() {
        return documentNumber;
    }

    public void setDocumentNumber(String documentNumber) {
        this.documentNumber = documentNumber;
    }

}
