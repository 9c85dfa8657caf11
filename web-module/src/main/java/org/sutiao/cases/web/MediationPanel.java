package org.sutiao.cases.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.event.FileUploadEvent;
import org.sutiao.cases.application.AcceptanceService;
import org.sutiao.cases.application.MaterialService;
import org.sutiao.cases.application.MediationService;
import org.sutiao.cases.application.WorkspaceView;
import org.sutiao.cases.domain.CaseStatus;
import org.sutiao.cases.domain.CostConduct;
import org.sutiao.cases.domain.CourtAction;
import org.sutiao.cases.domain.Extension;
import org.sutiao.cases.domain.ExtensionStatus;
import org.sutiao.cases.domain.FailureReason;
import org.sutiao.cases.domain.ReferralKind;
import org.sutiao.cases.domain.Suspension;
import org.sutiao.shared.domain.NotFoundException;
import org.sutiao.shared.web.FacesMessages;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The mediation workspace on the case page: what was disclosed, suspended, extended and reported, and the actions
 * of whoever is looking: the mediator (disclose, suspend and resume, propose an extension and record written
 * consents, end mediation, write the failure report, also on the unsettled claims of a partial settlement), a party
 * (answer a disclosure, consent to an extension, ask for another mediator, withdraw), the center (replace the
 * mediator) and the court (acknowledge the failure report, of a failed mediation or of a partial settlement).
 * After an action the page reloads with the message kept.
 */
@Named
@ViewScoped
public class MediationPanel implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    transient MediationService mediation;
    @Inject
    transient MaterialService materials;
    @Inject
    transient AcceptanceService acceptance;
    @Inject
    CaseDetailView page;
    @Inject
    OutcomePanel outcome;

    private transient WorkspaceView workspace;
    private transient List<AcceptanceService.MediatorOption> mediators;
    private boolean hasConflict;
    private String details;
    private String institution;
    private String reason;
    private LocalDate startDate;
    private LocalDate endDate;
    private LocalDate newDueDate;
    private Long partyId;
    private Long materialId;
    private String materialName;
    private FailureReason failureCode;
    private String basicSituation;
    private String failureReasons;
    private String notesForCourt;
    private List<ConductRow> conduct = new ArrayList<>();
    private String filedCaseNumber;
    private String mediatorCode;
    private String conflictOverrideReason;
    private java.time.LocalDateTime sessionAt;
    private org.sutiao.cases.domain.SessionMode sessionMode = org.sutiao.cases.domain.SessionMode.ONLINE;
    private String placeOrLink;
    private String participants;
    private Long sessionId;
    private String minutes;

    /** One conduct row of the failure report form. */
    public static class ConductRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private Long partyId;
        private String description;

        public Long getPartyId() {
            return partyId;
        }

        public void setPartyId(Long partyId) {
            this.partyId = partyId;
        }

        public String getDescription() {
            return description;
        }

        public void setDescription(String description) {
            this.description = description;
        }
    }

    private Long caseId() {
        return page.getId();
    }

    private CaseStatus status() {
        return page.getDetail() == null ? null : page.getDetail().summary().status();
    }

    /** The workspace records, or null outside scope. */
    public WorkspaceView getWorkspace() {
        if (workspace == null && caseId() != null && page.getDetail() != null) {
            try {
                workspace = mediation.workspace(caseId());
            } catch (NotFoundException e) {
                return null;
            }
        }
        return workspace;
    }

    /** True while mediation runs (in mediation or suspended). */
    public boolean isActive() {
        return status() == CaseStatus.IN_MEDIATION || status() == CaseStatus.SUSPENDED;
    }

    /**
     * True when the mediator still has to write the failure report on the unsettled claims of a partial settlement
     * (for the hint of the report dialog; the button is offered by {@code CaseActions}).
     */
    public boolean isPartialReportDue() {
        return outcome.isPartialSettlement() && getWorkspace() != null && workspace.failureReport() == null;
    }

    /** The suspension still running, or null. */
    public WorkspaceView.SuspensionView getRunningSuspension() {
        return getWorkspace() == null ? null : workspace.suspensions().stream()
                .filter(WorkspaceView.SuspensionView::isRunning)
                .findFirst().orElse(null);
    }

    /** The extension waiting for consent, or null. */
    public WorkspaceView.ExtensionView getOpenExtension() {
        return getWorkspace() == null ? null : workspace.extensions().stream()
                .filter(e -> e.status() == ExtensionStatus.PROPOSED).findFirst().orElse(null);
    }

    /** The action the court records for this kind of case. */
    public CourtAction getExpectedCourtAction() {
        ReferralKind kind = page.getDetail() == null ? null : page.getDetail().summary().referralKind();
        return kind == ReferralKind.DELEGATED ? CourtAction.CASE_REGISTERED
                : kind == ReferralKind.ENTRUSTED ? CourtAction.TRIAL_RESUMED : CourtAction.APPLICANT_INFORMED;
    }

    /** A party's name by id (for the lists). */
    public String partyName(Long id) {
        return page.getDetail() == null ? "" : page.getDetail().parties().stream().filter(p -> p.id().equals(id))
                .map(org.sutiao.cases.application.CaseDetail.PartyView::name).findFirst().orElse(String.valueOf(id));
    }

    /**
     * The center's other active mediators (for a replacement), loaded once per view: the menu's items are read at
     * render and again when a choice is validated.
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

    public FailureReason[] getFailureCodes() {
        return new FailureReason[]{FailureReason.PARTY_UNREACHABLE, FailureReason.PARTY_REFUSED,
                FailureReason.REFUSED_TO_SIGN, FailureReason.OTHER};
    }

    public void disclose() {
        run("mediation.disclosed", Map.of("details", "disclose-form:details"),
                () -> mediation.disclose(caseId(), hasConflict, details));
    }

    public void answer(boolean agree) {
        run("mediation.answered", Map.of(), () -> mediation.answerDisclosure(caseId(), agree));
    }

    public void requestReplacement() {
        run("mediation.replacementRequested", Map.of("reason", "replacement-form:reason"),
                () -> mediation.requestReplacement(caseId(), reason));
    }

    public void replaceMediator() {
        run("mediation.replaced", Map.of("mediatorCode", "replace-form:mediator", "reason", "replace-form:reason",
                "conflictOverrideReason", "replace-form:override"),
                () -> mediation.replaceMediator(caseId(), mediatorCode, reason, conflictOverrideReason));
    }

    public void suspend() {
        run("mediation.suspended", Map.of("institution", "suspend-form:institution", "reason", "suspend-form:reason",
                "startDate", "suspend-form:start"), () -> mediation.suspend(caseId(), institution, reason, startDate));
    }

    public void resume() {
        WorkspaceView.SuspensionView s = getRunningSuspension();
        run("mediation.resumed", Map.of("endDate", "resume-form:end"),
                () -> mediation.endSuspension(caseId(), s == null ? null : s.id(), endDate));
    }

    public void proposeExtension() {
        run("mediation.extensionProposed", Map.of("newDueDate", "extend-form:due", "reason", "extend-form:reason"),
                () -> mediation.proposeExtension(caseId(), newDueDate, reason));
    }

    /** A party consents online to the open extension. */
    public void consent() {
        WorkspaceView.ExtensionView e = getOpenExtension();
        run("mediation.consented", Map.of(), () -> mediation.consentExtension(caseId(), e == null ? null : e.id(),
                null, null));
    }

    /** The mediator's upload of a party's written consent (kept as a case material). */
    public void uploadConsent(FileUploadEvent event) {
        try {
            materialId = materials.add(caseId(), event.getFile().getFileName(), event.getFile().getContent()).id();
            materialName = event.getFile().getFileName();
        } catch (RuntimeException e) {
            FacesMessages.report(e, Map.of("file", "written-form:upload", "fileName", "written-form:upload"));
        }
    }

    /** The mediator records a party's written consent to the open extension. */
    public void recordWrittenConsent() {
        WorkspaceView.ExtensionView e = getOpenExtension();
        run("mediation.consented", Map.of("partyId", "written-form:party", "materialId", "written-form:upload"),
                () -> mediation.consentExtension(caseId(), e == null ? null : e.id(), partyId, materialId));
    }

    public void fail() {
        run("mediation.failed", Map.of("reasonCode", "fail-form:code", "reason", "fail-form:reason"),
                () -> mediation.fail(caseId(), failureCode, reason));
    }

    public void withdraw() {
        run("mediation.withdrawn", Map.of("reason", "withdraw-form:reason"),
                () -> mediation.withdraw(caseId(), reason));
    }

    public void scheduleSession() {
        run("mediation.sessionScheduled", Map.of("scheduledAt", "session-form:at", "mode", "session-form:mode",
                "placeOrLink", "session-form:place", "participants", "session-form:participants"),
                () -> mediation.scheduleSession(caseId(), sessionAt == null ? null
                        : sessionAt.atZone(org.sutiao.shared.domain.BusinessTime.ZONE).toInstant(), sessionMode,
                        placeOrLink, participants));
    }

    /** Opens the minutes dialog of a session. */
    public void prepareMinutes(Long id, String current) {
        sessionId = id;
        minutes = current;
    }

    public void recordMinutes() {
        run("mediation.minutesRecorded", Map.of("minutes", "minutes-form:minutes"),
                () -> mediation.recordMinutes(caseId(), sessionId, minutes));
    }

    public org.sutiao.cases.domain.SessionMode[] getSessionModes() {
        return org.sutiao.cases.domain.SessionMode.values();
    }

    public java.time.LocalDateTime getSessionAt() {
        return sessionAt;
    }

    public void setSessionAt(java.time.LocalDateTime sessionAt) {
        this.sessionAt = sessionAt;
    }

    public org.sutiao.cases.domain.SessionMode getSessionMode() {
        return sessionMode;
    }

    public void setSessionMode(org.sutiao.cases.domain.SessionMode sessionMode) {
        this.sessionMode = sessionMode;
    }

    public String getPlaceOrLink() {
        return placeOrLink;
    }

    public void setPlaceOrLink(String placeOrLink) {
        this.placeOrLink = placeOrLink;
    }

    public String getParticipants() {
        return participants;
    }

    public void setParticipants(String participants) {
        this.participants = participants;
    }

    public String getMinutes() {
        return minutes;
    }

    public void setMinutes(String minutes) {
        this.minutes = minutes;
    }

    public void addConduct() {
        conduct.add(new ConductRow());
    }

    public void removeConduct(int index) {
        if (index >= 0 && index < conduct.size()) {
            conduct.remove(index);
        }
    }

    public void reportFailure() {
        run("mediation.reported", Map.of("basicSituation", "report-form:situation", "failureReasons",
                "report-form:reasons", "notesForCourt", "report-form:notes", "costIncreasingConduct", "report-form:conduct"),
                () -> mediation.reportFailure(caseId(), basicSituation, failureReasons, conduct.stream()
                        .map(r -> new CostConduct(r.partyId, r.description)).toList(), notesForCourt));
    }

    public void acknowledge() {
        run("mediation.acknowledged", Map.of("filedCaseNumber", "ack-form:filed", "action", "ack-form:filed"),
                () -> mediation.acknowledgeFailureReport(caseId(), getExpectedCourtAction(), filedCaseNumber));
    }

    /** Runs an action; on success reloads the page with the message, else shows the errors beside the fields. */
    private void run(String okKey, Map<String, String> fields, Runnable action) {
        CasePageActions.run(caseId(), okKey, fields, action);
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

    public LocalDate getEndDate() {
        return endDate;
    }

    public void setEndDate(LocalDate endDate) {
        this.endDate = endDate;
    }

    public LocalDate getNewDueDate() {
        return newDueDate;
    }

    public void setNewDueDate(LocalDate newDueDate) {
        this.newDueDate = newDueDate;
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

    public FailureReason getFailureCode() {
        return failureCode;
    }

    public void setFailureCode(FailureReason failureCode) {
        this.failureCode = failureCode;
    }

    public String getBasicSituation() {
        return basicSituation;
    }

    public void setBasicSituation(String basicSituation) {
        this.basicSituation = basicSituation;
    }

    public String getFailureReasons() {
        return failureReasons;
    }

    public void setFailureReasons(String failureReasons) {
        this.failureReasons = failureReasons;
    }

    public String getNotesForCourt() {
        return notesForCourt;
    }

    public void setNotesForCourt(String notesForCourt) {
        this.notesForCourt = notesForCourt;
    }

    public List<ConductRow> getConduct() {
        return conduct;
    }

    public String getFiledCaseNumber() {
        return filedCaseNumber;
    }

    public void setFiledCaseNumber(String filedCaseNumber) {
        this.filedCaseNumber = filedCaseNumber;
    }

    public String getMediatorCode() {
        return mediatorCode;
    }

    public void setMediatorCode(String mediatorCode) {
        this.mediatorCode = mediatorCode;
    }

    public String getConflictOverrideReason() {
        return conflictOverrideReason;
    }

    public void setConflictOverrideReason(String conflictOverrideReason) {
        this.conflictOverrideReason = conflictOverrideReason;
    }
}
