package org.sutiao.cases.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.sutiao.cases.application.MediationService;

/**
 * The court acknowledges the failure report with the action its kind of case calls for (a delegated case is
 * registered under its filed case number, an entrusted one resumes trial, an applicant is informed).
 */
@Named
@ViewScoped
public class AcknowledgeReportDialog extends CaseDialog {
    private static final long serialVersionUID = 1L;

    @Inject
    transient MediationService mediation;
    @Inject
    MediationPanel panel;

    private String filedCaseNumber;

    /** Records the court's action; the page asks for confirmation first. */
    public void acknowledge() {
        run("mediation.acknowledged", () -> mediation.acknowledgeFailureReport(caseId(), panel.getExpectedCourtAction(),
                filedCaseNumber));
    }

    public String getFiledCaseNumber() {
        return filedCaseNumber;
    }

    public void setFiledCaseNumber(String filedCaseNumber) {
        this.filedCaseNumber = filedCaseNumber;
    }
}
