package org.sutiao.cases.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.sutiao.cases.application.MediationService;
import org.sutiao.cases.application.WorkspaceView;

import java.time.LocalDate;

/** The mediator ends the running suspension on its last day (calendar date); the due date moves by the days added. */
@Named
@ViewScoped
public class ResumeDialog extends CaseDialog {
    private static final long serialVersionUID = 1L;

    @Inject
    transient MediationService mediation;
    @Inject
    MediationPanel panel;

    private LocalDate endDate;

    /** Ends the running suspension. */
    public void resume() {
        WorkspaceView.SuspensionView s = panel.getRunningSuspension();
        run("mediation.resumed", () -> mediation.endSuspension(caseId(), s == null ? null : s.id(), endDate));
    }

    public LocalDate getEndDate() {
        return endDate;
    }

    public void setEndDate(LocalDate endDate) {
        this.endDate = endDate;
    }
}
