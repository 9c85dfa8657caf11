package org.sutiao.cases.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.sutiao.cases.application.MediationService;

import java.time.LocalDate;

/** The mediator suspends mediation (e.g. for an appraisal): institution, reason and first day (calendar date). */
@Named
@ViewScoped
public class SuspendDialog extends CaseDialog {
    private static final long serialVersionUID = 1L;

    @Inject
    transient MediationService mediation;

    private String institution;
    private String reason;
    private LocalDate startDate;

    /** Starts the suspension. */
    public void suspend() {
        run("mediation.suspended", () -> mediation.suspend(caseId(), institution, reason, startDate));
    }

    public String getInstitution() {
        return institution;
    }

    public void setInstitution(String institution) {
        this.institution = institution;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public void setStartDate(LocalDate startDate) {
        this.startDate = startDate;
    }
}
