package org.sutiao.notification.domain;

import java.util.EnumSet;
import java.util.Set;

/**
 * Every kind of notice the platform raises, by its message key, with the moves that answer it — the one place that
 * decides when a notice leaves its recipients' lists (issue 12 "Flow": "notifications never clear (an accepted case
 * still says 新案件…待确认)"). A kind that asks its recipient to act names the moves that do it (or make it moot, e.g.
 * the case leaving); a kind that only informs names none and stays in the list, newest first. A kind raised anywhere
 * must be listed here ({@code NoticeKindsTest} scans the sources).
 */
public enum NoticeKind {
    /** A center: a court referred a case; accept or decline within 3 working days. */
    NEW_REFERRAL("notice.newReferral", NoticeMove.ACCEPT, NoticeMove.DECLINE, NoticeMove.REFER_AGAIN,
            NoticeMove.WITHDRAW),
    /** A center: a party applied directly; accept or decline. */
    NEW_APPLICATION("notice.newApplication", NoticeMove.ACCEPT, NoticeMove.DECLINE, NoticeMove.WITHDRAW),
    /** A center: the acceptance period ends soon. */
    ACCEPTANCE_REMINDER("notice.acceptanceReminder", NoticeMove.ACCEPT, NoticeMove.DECLINE, NoticeMove.REFER_AGAIN,
            NoticeMove.WITHDRAW),
    /** A center and the court: the acceptance period lapsed; the center may still decline, the court refers again. */
    ACCEPTANCE_OVERDUE("notice.acceptanceOverdue", NoticeMove.DECLINE, NoticeMove.REFER_AGAIN, NoticeMove.WITHDRAW),
    /** The court: the center declined; refer the case again. */
    DECLINED("notice.declined", NoticeMove.REFER_AGAIN),
    /** A center: a party refused the disclosed conflict or asked for another mediator; assign one. */
    REPLACEMENT_NEEDED("notice.replacementNeeded", NoticeMove.REPLACE_MEDIATOR, NoticeMove.WITHDRAW,
            NoticeMove.END_MEDIATION),
    /** A center: the mediation period ends soon. */
    MEDIATION_REMINDER("notice.mediationReminder", NoticeMove.SETTLE, NoticeMove.END_MEDIATION, NoticeMove.WITHDRAW),
    /** A center and the court: mediation failed; the failure report is due, then the court's acknowledgement. */
    MEDIATION_FAILED("notice.mediationFailed", NoticeMove.WRITE_FAILURE_REPORT, NoticeMove.ACKNOWLEDGE_FAILURE_REPORT),
    /** A center: the failure report is overdue. */
    FAILURE_REPORT_OVERDUE("notice.failureReportOverdue", NoticeMove.WRITE_FAILURE_REPORT),
    /** The court: the failure report arrived; acknowledge it. */
    FAILURE_REPORTED("notice.failureReported", NoticeMove.ACKNOWLEDGE_FAILURE_REPORT),
    /** A center: obligations of the agreement are due today. */
    OBLIGATION_DUE("notice.obligationDue", NoticeMove.RECORD_PERFORMANCE),
    /** The court: the parties applied for judicial confirmation; rule. */
    CONFIRMATION_REQUESTED("notice.confirmationRequested", NoticeMove.RULE_ON_CONFIRMATION),
    /** The court: the review period of a confirmation ended. */
    CONFIRMATION_REVIEW_OVERDUE("notice.confirmationReviewOverdue", NoticeMove.RULE_ON_CONFIRMATION),
    /** A center: the court asked for supplements during its review (answered when it rules). */
    SUPPLEMENT_REQUESTED("notice.supplementRequested", NoticeMove.RULE_ON_CONFIRMATION),
    /** The court: a party of an entrusted case requested the mediation document; issue it. */
    DOCUMENT_REQUESTED("notice.documentRequested", NoticeMove.ISSUE_MEDIATION_DOCUMENT),
    /** HQ: a center reported roster changes; review the report. */
    ROSTER_REPORTED("notice.rosterReported", NoticeMove.REVIEW_ROSTER_REPORT),
    /** A center: HQ returned its roster report; report again. */
    ROSTER_RETURNED("notice.rosterReturned", NoticeMove.REPORT_ROSTER),
    /** Operators: a calendar year the deadlines need is missing; load it. */
    CALENDAR_MISSING("notice.calendarMissing", NoticeMove.LOAD_CALENDAR),

    /** The court: the center accepted (information). */
    ACCEPTED("notice.accepted"),
    /** A center: its mediator disclosed a conflict, which the parties answer (information). */
    CONFLICT_DISCLOSED("notice.conflictDisclosed"),
    /** A center: its mediator declared no conflict (information). */
    NO_CONFLICT("notice.noConflict"),
    /** A center and the court: a party withdrew; the case is back with the court (information). */
    WITHDRAWN("notice.withdrawn"),
    /** A center: the court acknowledged the failure report (information). */
    FAILURE_ACKNOWLEDGED("notice.failureAcknowledged"),
    /** A center: the respondents consented to a direct application (information). */
    CONSENT_GIVEN("notice.consentGiven"),
    /** A center: a respondent refused a direct application (information). */
    CONSENT_REFUSED("notice.consentRefused"),
    /** A center: the respondents did not answer in time (information). */
    CONSENT_LAPSED("notice.consentLapsed"),
    /** A center and the court: HQ or a supervisor opened the case's full detail (information). */
    FULL_ACCESS_GRANTED("notice.fullAccessGranted"),
    /** A center and the court: the agreement took effect (information). */
    AGREEMENT_EFFECTIVE("notice.agreementEffective"),
    /** A center: the court ruled on the confirmation (information). */
    CONFIRMATION_RULED("notice.confirmationRuled"),
    /** A center: HQ approved its roster report (information). */
    ROSTER_APPROVED("notice.rosterApproved");

    private final String key;
    private final Set<NoticeMove> answeredBy;

    NoticeKind(String key, NoticeMove... answeredBy) {
        this.key = key;
        this.answeredBy = answeredBy.length == 0 ? EnumSet.noneOf(NoticeMove.class) : EnumSet.of(answeredBy[0],
                answeredBy);
    }

    /** The deduplication key of the reminder of a case's obligations due on {@code due} (one per date). */
    public static String obligationDueKey(Long caseId, java.time.LocalDate due) {
        return "obligation-due:" + caseId + ":" + due;
    }

    /** The deduplication key of HQ's notice of one roster report. */
    public static String rosterReportKey(Long reportId) {
        return "roster-report:" + reportId;
    }

    /** The bundle key of the notice's text, stored as its {@code message_key}. */
    public String key() {
        return key;
    }

    /** The moves that answer the notice; empty for a notice that only informs. */
    public Set<NoticeMove> answeredBy() {
        return java.util.Collections.unmodifiableSet(answeredBy);
    }

    /** True when the notice asks its recipient to act (and some move answers it). */
    public boolean asksForAction() {
        return !answeredBy.isEmpty();
    }
}
