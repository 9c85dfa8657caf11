package org.sutiao.cases.application;

import org.sutiao.audit.application.Audited;
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
import org.sutiao.confirmation.domain.JudicialConfirmation;
import org.sutiao.notification.application.NotificationService;
import org.sutiao.shared.domain.BusinessTime;

import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Handles deadlines that have come due: an acceptance period that passed without a decision marks the case
 * overdue (timeline event; the center and the referring court see it and are notified); on the last working day
 * the center is reminded (a reminder found only after the period ended is dropped: the overdue notice says it all). Idempotent: each deadline row leaves OPEN once, and the case re-checks its own state,
 * so a late, repeated or concurrent firing does no harm. "Now" is a parameter: tests never wait for real days.
 */
@Stateless
@Audited
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
    @Inject
    Clock clock;
    @Inject
    MediationDeadlines mediation;

    /**
     * Handles every open deadline due at or before {@code now}: acceptance and its reminder, the mediation period
     * (expiry fails the case with "period expired" and makes the failure report due) and its reminders, and an
     * overdue failure report.
     *
     * @return the number of deadline rows handled
     */
    public int scan(Instant now) {
        List<Deadline> due = em.createNamedQuery("Deadline.due", Deadline.class).setParameter("now", now)
                .setMaxResults(BATCH).getResultList();
        int handled = 0;
        for (Deadline d : due) {
            handled += handle(d, now) ? 1 : 0;
        }
        return handled;
    }

    /**
     * Handles the open deadlines of one case that are due at {@code now}: the same rules as {@link #scan}, for one
     * case (after a manual correction, and in tests that must not touch other cases).
     *
     * @return the number of deadline rows handled
     */
    public int scanCase(Long caseId, Instant now) {
        int handled = 0;
        for (Deadline d : em.createNamedQuery("Deadline.openByCase", Deadline.class).setParameter("caseId", caseId)
                .getResultList()) {
            if (!d.dueAt().isAfter(now)) {
                handled += handle(d, now) ? 1 : 0;
            }
        }
        return handled;
    }

    private boolean handle(Deadline d, Instant now) {
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
                return true;
            }
            case ACCEPTANCE_REMINDER -> {
                if (!now.isBefore(c.acceptanceDueEnd())) {
                    d.close(DeadlineState.CANCELLED, now);
                    return true;
                }
                d.close(DeadlineState.REMINDED, now);
                if (c.recordAcceptanceReminder(now)) {
                    notifications.notifyOrg(c.center().code(), c.id(), "notice.acceptanceReminder", null,
                            c.caseNumber(), c.acceptanceDueDate());
                }
                return true;
            }
            case MEDIATION -> {
                if (c.expire(now)) {
                    d.close(DeadlineState.OVERDUE, now);
                    mediation.failed(c, now);
                } else {
                    d.close(DeadlineState.CANCELLED, now);
                }
                return true;
            }
            case MEDIATION_REMINDER -> {
                long daysBefore = java.time.temporal.ChronoUnit.DAYS.between(BusinessTime.dateOf(now),
                        c.mediationDueDate() == null ? BusinessTime.dateOf(now) : c.mediationDueDate());
                if (c.recordMediationReminder(daysBefore, now)) {
                    d.close(DeadlineState.REMINDED, now);
                    notifications.notifyOrg(c.center().code(), c.id(), "notice.mediationReminder", null,
                            c.caseNumber(), c.mediationDueDate(), daysBefore);
                } else {
                    d.close(DeadlineState.CANCELLED, now);
                }
                return true;
            }
            case OBLIGATION_DUE -> {
                if (c.status() == org.sutiao.cases.domain.CaseStatus.SETTLED) {
                    d.close(DeadlineState.REMINDED, now);
                    c.recordAfterSettlement(org.sutiao.cases.domain.EventType.OBLIGATION_DUE, String.valueOf(d.dueDate()),
                            now, org.sutiao.shared.domain.Actor.SYSTEM);
                    notifications.notifyOrg(c.center().code(), c.id(), "notice.obligationDue", null, c.caseNumber(),
                            d.dueDate());
                } else {
                    d.close(DeadlineState.CANCELLED, now);
                }
                return true;
            }
            case CONFIRMATION_REVIEW -> {
                d.close(DeadlineState.OVERDUE, now);
                if (c.referringCourt() != null) {
                    notifications.notifyOrg(c.referringCourt().code(), c.id(), "notice.confirmationReviewOverdue", null,
                            c.caseNumber(), d.dueDate());
                }
                return true;
            }
            case RESPONDENT_CONSENT -> {
                if (c.lapseConsent(now)) {
                    d.close(DeadlineState.OVERDUE, now);
                    notifications.notifyOrg(c.center().code(), c.id(), "notice.consentLapsed", null, c.caseNumber());
                } else {
                    d.close(DeadlineState.CANCELLED, now);
                }
                return true;
            }
            case FAILURE_REPORT -> {
                d.close(DeadlineState.OVERDUE, now);
                notifications.notifyOrg(c.center().code(), c.id(), "notice.failureReportOverdue", null,
                        c.caseNumber(), d.dueDate());
                return true;
            }
            default -> {
                return false;
            }
        }
    }

    /**
     * Recomputes every open provisional deadline once a missing year's calendar is loaded (same transaction): the
     * acceptance period and its reminder, the respondents' consent period, the mediation period and its reminders,
     * the failure report and the court's review of a judicial confirmation. Each is computed again from its own
     * start with the calendar as now loaded (a date still reaching into another missing year stays provisional), the
     * case keeps the new date and its flag, and the timeline records each date that moved. A suspended or ended
     * case's provisional mediation due date is recomputed too (for the record). The confirmation window is not
     * stored: it is computed from the calendar whenever it is read.
     */
    public void recomputeProvisional(@Observes CalendarYearLoaded loaded) {
        WorkingDayCalendar cal = calendar.current();
        Instant now = clock.instant();
        Set<Long> mediationRecomputed = new HashSet<>();
        for (Deadline d : em.createNamedQuery("Deadline.openProvisional", Deadline.class)
                .setParameter("provisional", Boolean.TRUE).getResultList()) {
            MediationCase c = d.mediationCase();
            switch (d.kind()) {
                case ACCEPTANCE, ACCEPTANCE_REMINDER -> {
                    DueDate due = AcceptancePeriod.dueFor(c.currentOffer().offeredAt(), cal);
                    d.reschedule(d.kind() == DeadlineKind.ACCEPTANCE ? due.end() : AcceptancePeriod.reminderAt(due),
                            due);
                    if (d.kind() == DeadlineKind.ACCEPTANCE) {
                        c.recomputeAcceptanceDue(due, now);
                    }
                }
                case RESPONDENT_CONSENT -> {
                    DueDate due = AcceptancePeriod.dueFor(c.acceptedAt(), cal);
                    d.reschedule(due.end(), due);
                    c.recomputeConsentDue(due, now);
                }
                case MEDIATION, MEDIATION_REMINDER -> {
                    if (mediationRecomputed.add(c.id())) {
                        DueDate due = mediation.periodDue(c, null);
                        if (c.recomputeMediationDue(due, now)) {
                            mediation.schedule(c, due, now);
                        }
                    }
                }
                case FAILURE_REPORT -> {
                    DueDate due = MediationDeadlines.failureReportDue(c.endedAt(), cal);
                    c.recordRecomputed(d.dueDate(), due.date(), now);
                    d.reschedule(due.end(), due);
                }
                case CONFIRMATION_REVIEW -> em.createNamedQuery("JudicialConfirmation.byCase",
                                JudicialConfirmation.class).setParameter("c", c).getResultStream().findFirst()
                        .map(j -> j.recomputeReviewDue(cal)).ifPresent(due -> {
                            c.recordRecomputed(d.dueDate(), due.date(), now);
                            d.reschedule(due.end(), due);
                        });
                default -> {
                    // an obligation's due date is the one the parties agreed on: no calendar involved
                }
            }
        }
        for (MediationCase c : em.createNamedQuery("MediationCase.mediationDueProvisional", MediationCase.class)
                .setParameter("provisional", Boolean.TRUE).getResultList()) {
            if (mediationRecomputed.add(c.id())) {
                c.recomputeMediationDue(mediation.periodDue(c, null), now); // suspended or ended: no open rows
            }
        }
    }
}
