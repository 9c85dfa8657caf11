package org.sutiao.cases.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.sutiao.cases.application.MediationService;
import org.sutiao.cases.application.WorkspaceView;

/** The mediator records a party's written consent to the open extension, its scan kept as a case material. */
@Named
@ViewScoped
public class WrittenConsentDialog extends UploadingCaseDialog {
    private static final long serialVersionUID = 1L;

    @Inject
    transient MediationService mediation;
    @Inject
    MediationPanel panel;

    private Long partyId;

    /** Records the consent of the chosen party. */
    public void record() {
        WorkspaceView.ExtensionView e = panel.getOpenExtension();
        run("mediation.consented", () -> mediation.consentExtension(caseId(), e == null ? null : e.id(), partyId,
                materialId()));
    }

    public Long getPartyId() {
        return partyId;
    }

    public void setPartyId(Long partyId) {
        this.partyId = partyId;
    }

}
