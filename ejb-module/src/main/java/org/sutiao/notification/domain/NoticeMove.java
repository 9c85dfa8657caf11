package org.sutiao.notification.domain;

import java.util.List;

/**
 * A move that answers notices ({@link NoticeKind}): when it is done, the open notices it answers are resolved and
 * leave their recipients' lists (issue 12 "Flow": notifications resolved when their action is done). Each move names
 * the service methods that perform it; those call {@code NotificationService.answered…} with it.
 */
public enum NoticeMove {
    /** The center accepts a referral or an application. */
    ACCEPT("org.sutiao.cases.application.AcceptanceService#accept"),
    /** The center declines it. */
    DECLINE("org.sutiao.cases.application.AcceptanceService#decline"),
    /** The court refers a declined or lapsed case again. */
    REFER_AGAIN("org.sutiao.cases.application.AcceptanceService#referAgain"),
    /** A party withdraws (the case goes back to the court). */
    WITHDRAW("org.sutiao.cases.application.MediationService#withdraw"),
    /** The center assigns another mediator. */
    REPLACE_MEDIATOR("org.sutiao.cases.application.MediationService#replaceMediator"),
    /** Mediation ends without agreement, by the mediator or when the period expires. */
    END_MEDIATION("org.sutiao.cases.application.MediationDeadlines#failed"),
    /** The agreement takes effect with the last signature: the case is settled. */
    SETTLE("org.sutiao.agreements.application.AgreementService#sign"),
    /** The mediator writes the failure report. */
    WRITE_FAILURE_REPORT("org.sutiao.cases.application.MediationService#reportFailure"),
    /** The court (or a direct application's applicant) acknowledges the failure report: the case is back with it. */
    ACKNOWLEDGE_FAILURE_REPORT("org.sutiao.cases.application.MediationService#acknowledgeFailureReport",
            "org.sutiao.cases.application.MediationService#acknowledgeFailureReportAsApplicant"),
    /** Every obligation due on a date is recorded as performed. */
    RECORD_PERFORMANCE("org.sutiao.agreements.application.AgreementService#perform"),
    /** The court rules on judicial confirmation (the review, and any supplement asked in it, ends). */
    RULE_ON_CONFIRMATION("org.sutiao.confirmation.application.ConfirmationService#rule"),
    /** The court issues the requested mediation document. */
    ISSUE_MEDIATION_DOCUMENT("org.sutiao.confirmation.application.ConfirmationService#issueDocument"),
    /** HQ approves or returns a center's roster report. */
    REVIEW_ROSTER_REPORT("org.sutiao.roster.application.RosterReportService#approve",
            "org.sutiao.roster.application.RosterReportService#returnReport"),
    /** The center reports its roster changes again. */
    REPORT_ROSTER("org.sutiao.roster.application.RosterReportService#submit"),
    /** The operator loads a calendar year. */
    LOAD_CALENDAR("org.sutiao.calendar.application.CalendarService#loadYear");

    private final List<String> performedBy;

    NoticeMove(String... performedBy) {
        this.performedBy = List.of(performedBy);
    }

    /** The service methods that perform the move, as {@code fully.qualified.Class#method}. */
    public List<String> performedBy() {
        return performedBy;
    }

    /** The message keys of the notices this move answers. */
    public List<String> answers() {
        return java.util.Arrays.stream(NoticeKind.values()).filter(k -> k.answeredBy().contains(this))
                .map(NoticeKind::key).toList();
    }
}
