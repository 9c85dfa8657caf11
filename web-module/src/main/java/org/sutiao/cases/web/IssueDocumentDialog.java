package org.sutiao.cases.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.event.FileUploadEvent;
import org.sutiao.cases.application.MaterialService;
import org.sutiao.confirmation.application.ConfirmationService;
import org.sutiao.shared.web.FacesMessages;

/** The court issues the mediation document of an entrusted case: its number and the document (a case material). */
@Named
@ViewScoped
public class IssueDocumentDialog extends CaseDialog {
    private static final long serialVersionUID = 1L;

    @Inject
    transient ConfirmationService confirmations;
    @Inject
    transient MaterialService materials;

    private String documentNumber;
    private Long materialId;
    private String materialName;

    /** Keeps the uploaded document as a case material; its errors beside the upload. */
    public void upload(FileUploadEvent event) {
        try {
            materialId = materials.add(caseId(), event.getFile().getFileName(), event.getFile().getContent()).id();
            materialName = event.getFile().getFileName();
        } catch (RuntimeException e) {
            FacesMessages.reportOn(e, event.getComponent());
        }
    }

    /** Issues the document. */
    public void issue() {
        run("outcome.documentIssued", () -> confirmations.issueDocument(caseId(), documentNumber, materialId));
    }

    public String getDocumentNumber() {
        return documentNumber;
    }

    public void setDocumentNumber(String documentNumber) {
        this.documentNumber = documentNumber;
    }

    public String getMaterialName() {
        return materialName;
    }
}
