package org.sutiao.cases.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.sutiao.cases.application.AcceptanceService;
import org.sutiao.cases.application.MediationService;

import java.util.List;

/** The center replaces the mediator: another active mediator of the center, the reason, a conflict override. */
@Named
@ViewScoped
public class ReplaceMediatorDialog extends CaseDialog {
    private static final long serialVersionUID = 1L;

    @Inject
    transient MediationService mediation;
    @Inject
    transient AcceptanceService acceptance;

    private transient List<AcceptanceService.MediatorOption> mediators;
    private String mediatorCode;
    private String reason;
    private String conflictOverrideReason;

    /**
     * The center's other active mediators, loaded once per view: the menu's items are read at render and again when
     * a choice is validated.
     */
    public List<AcceptanceService.MediatorOption> getMediators() {
        if (mediators == null) {
            try {
                mediators = acceptance.assignableMediators(caseId());
            } catch (RuntimeException e) {
                return List.of();
            }
        }
        return mediators;
    }

    /** Replaces the mediator; the page asks for confirmation first. */
    public void replace() {
        run("mediation.replaced", () -> mediation.replaceMediator(caseId(), mediatorCode, reason, conflictOverrideReason));
    }

    public String getMediatorCode() {
        return mediatorCode;
    }

    public void setMediatorCode(String mediatorCode) {
        this.mediatorCode = mediatorCode;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public String getConflictOverrideReason() {
        return conflictOverrideReason;
    }

    public void setConflictOverrideReason(String conflictOverrideReason) {
        this.conflictOverrideReason = conflictOverrideReason;
    }
}
