package org.sutiao.cases.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.sutiao.cases.application.MediationService;

/** The mediator records the minutes of one session. */
@Named
@ViewScoped
public class MinutesDialog extends CaseDialog {
    private static final long serialVersionUID = 1L;

    @Inject
    transient MediationService mediation;

    private Long sessionId;
    private String minutes;

    /** Opens the dialog on a session with its current minutes. */
    public void prepare(Long id, String current) {
        sessionId = id;
        minutes = current;
    }

    /** Saves the minutes. */
    public void save() {
        run("mediation.minutesRecorded", () -> mediation.recordMinutes(caseId(), sessionId, minutes));
    }

    public String getMinutes() {
        return minutes;
    }

    public void setMinutes(String minutes) {
        this.minutes = minutes;
    }
}
