package org.sutiao.cases.application;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.sutiao.notification.domain.NoticeMove;
import org.sutiao.calendar.application.CalendarService;
import org.sutiao.calendar.domain.DueDate;
import org.sutiao.calendar.domain.WorkingDayCalendar;
import org.sutiao.cases.domain.CaseSource;
import org.sutiao.cases.domain.Deadline;
import org.sutiao.cases.domain.DeadlineKind;
import org.sutiao.cases.domain.DeadlineState;
import org.sutiao.cases.domain.Extension;
import org.sutiao.cases.domain.ExtensionStatus;
import org.sutiao.cases.domain.MediationCase;
import org.sutiao.cases.domain.MediationPeriod;
import org.sutiao.cases.domain.MediationPeriodRule;
import org.sutiao.cases.domain.Party;
import org.sutiao.cases.domain.PartyRole;
import org.sutiao.cases.domain.Suspension;
import org.sutiao.notification.application.NotificationService;
import org.sutiao.shared.domain.BusinessTime;

import java.time.Instant;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The deadline rows of the mediation period: the end of the period (24:00 Beijing of the due date) and the
 * reminders 5 and 1 days before it (09:00 Beijing); rescheduled whenever the due date moves, cancelled while the
 * clock stands still (suspension) or once mediation ended.
 */
@Dependent
public class MediationDeadlines {
    /** Reminders, in calendar days before the due date. */
    public static final int[] REMINDER_DAYS = {5, 1};
    /** Working days the mediator has to write the failure report. */
    public static final int FAILURE_REPORT_WORKING_DAYS = 3;
    private static final Set<DeadlineKind> PERIOD = EnumSet.of(DeadlineKind.MEDIATION, DeadlineKind.MEDIATION_REMINDER);

    @PersistenceContext(unitName = "sutiao")
    EntityManager em;
    @Inject
    CalendarService calendar;
    @Inject
    NotificationService notifications;

    /**
     * The due date of the mediation period with the calendar as loaded now: from the start of mediation (acceptance,
     * or for a direct application the last respondent's consent), the case's suspensions and {@code extension} (or
     * the latest extension in effect when null); see {@link MediationPeriod#due}.
     */
    public DueDate periodDue(MediationCase c, MediationPeriod.Extension extension) {
        MediationPeriod.Extension ext = extension;
        if (ext == null) {
            ext = em.createNamedQuery("Extension.byCase", Extension.class).setParameter("c", c).getResultStream()
                    .filter(e -> e.status() == ExtensionStatus.EFFECTIVE).map(Extension::inEffect)
                    .reduce((a, b) -> b).orElse(null);
        }
        List<MediationPeriod.Span> spans = em.createNamedQuery("Suspension.byCase", Suspension.class)
                .setParameter("c", c).getResultStream().map(Suspension::span).toList();
        MediationPeriodRule rule = em.find(MediationPeriodRule.class, c.periodRuleKind());
        return MediationPeriod.due(BusinessTime.dateOf(periodStart(c)), rule.calendarDays(), ext, spans,
                calendar.current());
    }

    /** When the mediation period started: acceptance, or for a direct application the last respondent's consent. */
    private static Instant periodStart(MediationCase c) {
        if (c.source() == CaseSource.DIRECT_APPLICATION) {
            return c.parties().stream().filter(p -> p.role() == PartyRole.RESPONDENT).map(Party::consentAt)
                    .filter(Objects::nonNull).max(Comparator.naturalOrder()).orElse(c.acceptedAt());
        }
        return c.acceptedAt();
    }

    /** Cancels the open period rows and creates them for {@code due}; reminders already past are not created. */
    public void schedule(MediationCase c, DueDate due, Instant now) {
        cancel(c, now);
        em.persist(new Deadline(c, DeadlineKind.MEDIATION, due.end(), due));
        for (int days : REMINDER_DAYS) {
            Instant at = BusinessTime.startOf(due.date().minusDays(days)).plusSeconds(9 * 3600);
            if (at.isAfter(now)) {
                em.persist(new Deadline(c, DeadlineKind.MEDIATION_REMINDER, at, due));
            }
        }
    }

    /** Cancels the open period rows (suspension, or the end of mediation). */
    public void cancel(MediationCase c, Instant now) {
        close(c, PERIOD, DeadlineState.CANCELLED, now);
    }

    /**
     * Mediation failed (by the mediator, or because the period expired): the period rows end, the failure report is
     * due in 3 working days, the center and the referring court are told.
     */
    public void failed(MediationCase c, Instant now) {
        failed(c, now, calendar.current());
    }

    /**
     * {@link #failed(MediationCase, Instant)} with the calendar the caller already holds (the deadline timer reads it
     * once per cycle); a due date that comes out provisional is computed again with the calendar as stored now, in
     * case a year was loaded since the caller read it.
     */
    public void failed(MediationCase c, Instant now, WorkingDayCalendar cal) {
        cancel(c, now);
        // mediation ended: the reminders of its period and a pending replacement are moot
        notifications.answered(NoticeMove.END_MEDIATION, c.id());
        DueDate reportDue = failureReportDue(now, cal);
        if (reportDue.provisional()) {
            reportDue = failureReportDue(now, calendar.current());
        }
        em.persist(new Deadline(c, DeadlineKind.FAILURE_REPORT, reportDue.end(), reportDue));
        notifications.notifyOrg(c.center().code(), c.id(), "notice.mediationFailed", null, c.caseNumber(),
                reportDue.date());
        if (c.referringCourt() != null) {
            notifications.notifyOrg(c.referringCourt().code(), c.id(), "notice.mediationFailed", null,
                    c.caseNumber(), reportDue.date());
        }
    }

    /** The failure report is due 3 working days after mediation failed (notice §4(4)2). */
    public static DueDate failureReportDue(Instant failedAt, WorkingDayCalendar calendar) {
        return calendar.addWorkingDays(BusinessTime.dateOf(failedAt), FAILURE_REPORT_WORKING_DAYS);
    }

    /** Closes the open rows of the given kinds. */
    public void close(MediationCase c, Set<DeadlineKind> kinds, DeadlineState state, Instant now) {
        for (Deadline d : em.createNamedQuery("Deadline.openByCase", Deadline.class).setParameter("caseId", c.id())
                .getResultList()) {
            if (kinds.contains(d.kind())) {
                d.close(state, now);
            }
        }
    }
}
