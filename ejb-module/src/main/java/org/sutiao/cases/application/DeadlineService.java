package org.sutiao.cases.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.sutiao.calendar.application.CalendarService;
import org.sutiao.calendar.application.CalendarYearLoaded;
import org.sutiao.calendar.domain.DueDate;
import org.sutiao.calendar.domain.WorkingDayCalendar;
import org.sutiao.cases.domain.AcceptancePeriod;
import org.sutiao.cases.domain.Deadline;
import org.sutiao.cases.domain.DeadlineKind;
import org.sutiao.cases.domain.DeadlineState;
import org.sutiao.cases.domain.MediationCase;
import org.sutiao.notification.application.NotificationService;

import java.time.Instant;
import java.util.List;

/**
 * Handles deadlines that have come due: an acceptance period that passed without a decision marks the case
 * overdue (timeline event; the center and the referring court see it and are notified); on the last working day
 * the center is reminded. Idempotent: each deadline row leaves OPEN once, and the case re-checks its own state,
 * so a late, repeated or concurrent firing does no harm. "Now" is a parameter: tests never wait for real days.
 */
@Stateless
@PermitAll
public class DeadlineService {
    /** Rows handled per scan; the rest wait for the next firing. */
    static final int BATCH = 200;

    @PersistenceContext(unitName = "sutiao")
    EntityManager em;
    @Inject
    NotificationService notifications;
    @Inject
    CalendarService calendar;

    /**
     * Handles every open acceptance deadline and reminder due at or before {@code now}.
     *
     * @return the number of deadline rows handled
     */
    public int scan(Instant now) {
        List<Deadline> due = em.createNamedQuery("Deadline.due", Deadline.class).setParameter("now", now)
                .setMaxResults(BATCH).getResultList();
        int handled = 0;
        for (Deadline d : due) {
            MediationCase c = d.mediationCase();
            switch (d.kind()) {
                case ACCEPTANCE -> {
                    d.close(DeadlineState.OVERDUE, now);
                    if (c.markAcceptanceOverdue(now)) {
                        notifications.notifyOrg(c.center().code(), c.id(), "notice.acceptanceOverdue", null,
                                c.caseNumber(), c.acceptanceDueDate());
                        if (c.referringCourt() != null) {
                            notifications.notifyOrg(c.referringCourt().code(), c.id(), "notice.acceptanceOverdue",
                                    null, c.caseNumber(), c.acceptanceDueDate());
                        }
                    }
                    handled++;
                }
                case ACCEPTANCE_REMINDER -> {
                    d.close(DeadlineState.REMINDED, now);
                    if (c.recordAcceptanceReminder(now)) {
                        notifications.notifyOrg(c.center().code(), c.id(), "notice.acceptanceReminder", null,
                                c.caseNumber(), c.acceptanceDueDate());
                    }
                    handled++;
                }
                case MEDIATION -> {
                    // The end of the mediation period is handled by the mediation workflow.
                }
            }
        }
        return handled;
    }

    /**
     * Recomputes open provisional acceptance deadlines once a missing year's calendar is loaded (same transaction).
     */
    public void recomputeProvisional(@Observes CalendarYearLoaded loaded) {
        WorkingDayCalendar cal = calendar.current();
        Instant now = Instant.now();
        for (Deadline d : em.createNamedQuery("Deadline.openProvisional", Deadline.class).getResultList()) {
            MediationCase c = d.mediationCase();
            if (d.kind() == DeadlineKind.ACCEPTANCE || d.kind() == DeadlineKind.ACCEPTANCE_REMINDER) {
                DueDate due = AcceptancePeriod.dueFor(c.currentOffer().offeredAt(), cal);
                d.reschedule(d.kind() == DeadlineKind.ACCEPTANCE ? due.end() : AcceptancePeriod.reminderAt(due), due);
                if (d.kind() == DeadlineKind.ACCEPTANCE) {
                    c.recomputeAcceptanceDue(due, now);
                }
            }
        }
    }
}
