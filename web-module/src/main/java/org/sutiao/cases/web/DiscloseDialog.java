package org.sutiao.cases.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.sutiao.cases.application.MediationService;

/** The mediator's disclosure of a conflict of interest (or none) on the case page ({@code MediationService#disclose}). */
@Named
@ViewScoped
public class DiscloseDialog extends CaseDialog {
    private static final long serialVersionUID = 1L;

    @Inject
    transient MediationService mediation;

    private boolean hasConflict;
    private String details;

    /** Records the disclosure; errors on {@code details} land beside the component {@code details}. */
    public void disclose() {
        run("mediation.disclosed", () -> mediation.disclose(caseId(), hasConflict, details));
    }

    public boolean isHasConflict() {
        return hasConflict;
    }

    public void setHasConflict(boolean hasConflict) {
        this.hasConflict = hasConflict;
    }

    public String getDetails() {
        return details;
    }

    public void setDetails(String details) {
        this.details = details;
    }
}
