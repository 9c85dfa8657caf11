package org.sutiao.cases.application;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.sutiao.calendar.application.CalendarService;
import org.sutiao.calendar.domain.DueDate;
import org.sutiao.cases.domain.Deadline;
import org.sutiao.cases.domain.DeadlineKind;
import org.sutiao.cases.domain.DeadlineState;
import org.sutiao.cases.domain.MediationCase;
import org.sutiao.notification.application.NotificationService;
import org.sutiao.shared.domain.BusinessTime;

import java.time.Instant;
import java.util.EnumSet;
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
    private static final Set<DeadlineKind> PERIOD = EnumSet.of(DeadlineKind.MEDIATION, DeadlineKind.MEDIATION_REMINDER);

    @PersistenceContext(unitName = "sutiao")
    EntityManager em;
    @Inject
    CalendarService calendar;
    @Inject
    NotificationService notifications;

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
        cancel(c, now);
        DueDate reportDue = calendar.current().addWorkingDays(BusinessTime.dateOf(now), 3);
        em.persist(new Deadline(c, DeadlineKind.FAILURE_REPORT, reportDue.end(), reportDue));
        notifications.notifyOrg(c.center().code(), c.id(), "notice.mediationFailed", null, c.caseNumber(),
                reportDue.date());
        if (c.referringCourt() != null) {
            notifications.notifyOrg(c.referringCourt().code(), c.id(), "notice.mediationFailed", null,
                    c.caseNumber(), reportDue.date());
        }
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
