package org.sutiao.cases.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.event.FileUploadEvent;
import org.sutiao.cases.application.MaterialService;
import org.sutiao.cases.application.MediationService;
import org.sutiao.cases.application.WorkspaceView;
import org.sutiao.shared.web.FacesMessages;

/** The mediator records a party's written consent to the open extension, its scan kept as a case material. */
@Named
@ViewScoped
public class WrittenConsentDialog extends CaseDialog {
    private static final long serialVersionUID = 1L;

    @Inject
    transient MediationService mediation;
    @Inject
    transient MaterialService materials;
    @Inject
    MediationPanel panel;

    private Long partyId;
    private Long materialId;
    private String materialName;

    /** Keeps the uploaded scan as a case material; its errors beside the upload. */
    public void upload(FileUploadEvent event) {
        try {
            materialId = materials.add(caseId(), event.getFile().getFileName(), event.getFile().getContent()).id();
            materialName = event.getFile().getFileName();
        } catch (RuntimeException e) {
            FacesMessages.reportOn(e, event.getComponent());
        }
    }

    /** Records the consent of the chosen party. */
    public void record() {
        WorkspaceView.ExtensionView e = panel.getOpenExtension();
        run("mediation.consented", () -> mediation.consentExtension(caseId(), e == null ? null : e.id(), partyId,
                materialId));
    }

    public Long getPartyId() {
        return partyId;
    }

    public void setPartyId(Long partyId) {
        this.partyId = partyId;
    }

    public String getMaterialName() {
        return materialName;
    }
}
