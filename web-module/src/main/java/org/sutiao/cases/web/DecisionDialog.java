package org.sutiao.cases.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import org.sutiao.calendar.domain.DueDate;
import org.sutiao.cases.application.AcceptanceService;
import org.sutiao.cases.application.CaseSummary;
import org.sutiao.cases.domain.DeclineReasonCode;
import org.sutiao.roster.domain.MediationCenter;
import org.sutiao.shared.web.FacesMessages;

import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The accept, decline and re-referral dialogs. Opened for one case and the version it was shown at, so a
 * decision taken on a stale page is refused (409) instead of overwriting a newer one.
 */
@Named
@ViewScoped
public class DecisionDialog implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    transient AcceptanceService acceptance;
    @Inject
    transient org.sutiao.cases.application.CaseQueryService queries;

    private Long caseId;
    private Long version;
    private String caseNumber;
    private String mediatorCode;
    private String conflictOverrideReason;
    private DeclineReasonCode reasonCode;
    private String reason;
    private String centerCode;
    private List<AcceptanceService.MediatorOption> mediators;
    private org.sutiao.cases.application.CaseParties parties;
    private List<MediationCenter> centers;
    private boolean done;
    private boolean direct;
    private String returnPage;

    /**
     * Prepares a dialog for the case as shown.
     *
     * @param returnPage the page to show after a decision ({@code /center/inbox.xhtml}); the case page if null
     */
    public void open(CaseSummary c, String returnPage) {
        this.returnPage = returnPage;
        caseId = c.id();
        mediators = null;
        parties = null;
        version = c.version();
        caseNumber = c.caseNumber();
        direct = c.source() == org.sutiao.cases.domain.CaseSource.DIRECT_APPLICATION;
        mediatorCode = null;
        conflictOverrideReason = null;
        reasonCode = null;
        reason = null;
        centerCode = null;
        done = false;
    }

    /** True when the dialog was opened for a direct application (the respondents are asked after acceptance). */
    public boolean isDirect() {
        return direct;
    }

    public void accept() {
        try {
            DueDate due = acceptance.accept(caseId, mediatorCode, version, conflictOverrideReason);
            FacesMessages.info(direct ? "decision.acceptedApplication" : "decision.accepted", caseNumber, due.date());
            done();
        } catch (RuntimeException e) {
            FacesMessages.report(e);
        }
    }

    public void decline() {
        try {
            acceptance.decline(caseId, reasonCode, reason, version);
            FacesMessages.info("decision.declined", caseNumber);
            done();
        } catch (RuntimeException e) {
            FacesMessages.report(e);
        }
    }

    public void referAgain() {
        try {
            acceptance.referAgain(caseId, centerCode, version);
            FacesMessages.info("decision.reReferred", caseNumber);
            done();
        } catch (RuntimeException e) {
            FacesMessages.report(e);
        }
    }

    /** Reloads the page the decision was taken on, with the confirmation message kept across the redirect. */
    private void done() {
        done = true;
        ExternalContext ext = FacesContext.getCurrentInstance().getExternalContext();
        ext.getFlash().setKeepMessages(true);
        try {
            ext.redirect(ext.getRequestContextPath()
                    + (returnPage == null || returnPage.isBlank() ? "/cases/case.xhtml?id=" + caseId : returnPage));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Who the case being decided is between (the dialog names the case: number and parties). */
    public org.sutiao.cases.application.CaseParties getParties() {
        if (parties == null) {
            parties = caseId == null ? org.sutiao.cases.application.CaseParties.NONE
                    : queries.partyNames(List.of(caseId)).getOrDefault(caseId,
                    org.sutiao.cases.application.CaseParties.NONE);
        }
        return parties;
    }

    /** The center's mediators for the case being decided, the court's invited ones first. */
    public List<AcceptanceService.MediatorOption> getMediators() {
        if (mediators == null) {
            mediators = caseId == null ? List.of() : acceptance.assignableMediators(caseId);
            if (mediatorCode == null) {
                mediators.stream().filter(AcceptanceService.MediatorOption::nominated).findFirst()
                        .ifPresent(m -> mediatorCode = m.code());
            }
        }
        return mediators;
    }

    public List<MediationCenter> getCenters() {
        if (centers == null) {
            centers = acceptance.centers();
        }
        return centers;
    }

    public DeclineReasonCode[] getReasonCodes() {
        return DeclineReasonCode.values();
    }

    public boolean isDone() {
        return done;
    }

    public String getCaseNumber() {
        return caseNumber;
    }

    /** Why the center assigns despite a conflict-check hit (only needed then). */
    public String getConflictOverrideReason() {
        return conflictOverrideReason;
    }

    public void setConflictOverrideReason(String conflictOverrideReason) {
        this.conflictOverrideReason = conflictOverrideReason;
    }

    public String getMediatorCode() {
        return mediatorCode;
    }

    public void setMediatorCode(String mediatorCode) {
        this.mediatorCode = mediatorCode;
    }

    public DeclineReasonCode getReasonCode() {
        return reasonCode;
    }

    public void setReasonCode(DeclineReasonCode reasonCode) {
        this.reasonCode = reasonCode;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public String getCenterCode() {
        return centerCode;
    }

    public void setCenterCode(String centerCode) {
        this.centerCode = centerCode;
    }
}
