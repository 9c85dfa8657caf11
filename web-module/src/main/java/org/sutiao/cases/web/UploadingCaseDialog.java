package org.sutiao.cases.web;

import jakarta.inject.Inject;
import org.primefaces.event.FileUploadEvent;
import org.sutiao.cases.application.MaterialService;
import org.sutiao.shared.web.FacesMessages;

/**
 * A case-page dialog whose act carries a document (a written consent's scan, a ruling, a mediation document): the
 * upload is kept as a case material first ({@link MaterialService#add}) and the act names it by its id.
 */
public abstract class UploadingCaseDialog extends CaseDialog {
    private static final long serialVersionUID = 1L;

    @Inject
    transient MaterialService materials;

    private Long materialId;
    private String materialName;

    /** Keeps the uploaded file as a case material; its errors (type, size) beside the upload. */
    public void upload(FileUploadEvent event) {
        try {
            materialId = materials.add(caseId(), event.getFile().getFileName(), event.getFile().getContent()).id();
            materialName = event.getFile().getFileName();
        } catch (RuntimeException e) {
            FacesMessages.reportOn(e, event.getComponent());
        }
    }

    /** The material the upload became, or null before one. */
    protected Long materialId() {
        return materialId;
    }

    public String getMaterialName() {
        return materialName;
    }
}
