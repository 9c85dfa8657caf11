package org.sutiao.cases.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ApplicationException;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import org.sutiao.notification.domain.NoticeKind;
import org.sutiao.calendar.domain.WorkingDayCalendar;
import org.sutiao.cases.domain.CaseStatus;
import org.sutiao.cases.domain.Deadline;
import org.sutiao.cases.domain.DeadlineState;
import org.sutiao.cases.domain.EventType;
import org.sutiao.cases.domain.MediationCase;
import org.sutiao.notification.application.NotificationService;
import org.sutiao.shared.domain.Actor;
import org.sutiao.shared.domain.BusinessTime;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * Handles one due deadline in its own short transaction ({@code REQUIRES_NEW}), for {@link DeadlineService}: a
 * failure rolls back that deadline alone and the scan goes on with the others. The row is read with its case in one
 * query and handled only while it is OPEN and due; closing it updates it on its version (optimistic lock), so of two
 * handlings at once (another node's scan, a repeated or concurrent firing) exactly one commits and the other, whose
 * update finds the version moved, rolls back everything it did and reports "not handled" ({@link LostRace}): each
 * deadline fires once. No lock is taken up front: a lock query per deadline cost a round trip to the database for the
 * rare race (issue 10 §2: ≥ 10,000 deadlines a minute). Not {@code @Audited} itself: it runs inside the audited
 * scan, which records one entry per cycle.
 */
@Stateless
@PermitAll
public class DeadlineHandler {
    @PersistenceContext(unitName = "sutiao")
    EntityManager em;
    @Inject
    NotificationService notifications;
    @Inject
    MediationDeadlines mediation;

    /**
     * Handles deadline {@code deadlineId} if it is still OPEN and due at {@code now}: an acceptance period that passed
     * without a decision marks the case overdue (the center and the referring court are notified); on the last
     * working day the center is reminded (a reminder found only after the period ended is dropped: the overdue notice
     * says it all, and likewise for the mediation period's reminders); the mediation period's end fails the case with
     * "period expired" and makes the failure report due; an obligation's due date, the court's review of a judicial
     * confirmation, the respondents' consent period and an overdue failure report each record and notify once.
     *
     * @param calendar the working-day calendar of the scan's cycle (read once per cycle, not per deadline)
     * @return true when the deadline was handled (it left OPEN now); false when it was no longer OPEN or not due
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean handle(Long deadlineId, Instant now, WorkingDayCalendar calendar) {
        try {
            boolean handled = handleIfOpen(deadlineId, now, calendar);
            em.flush(); // a refusal of the database surfaces here, in this deadline's transaction, not at its commit
            return handled;
        } catch (OptimisticLockException e) {
            throw new LostRace(deadlineId, e);
        } catch (RuntimeException e) {
            throw new Failed(deadlineId, e);
        }
    }

    /**
     * Another transaction changed the deadline or its case while this one handled it (it handled the deadline
     * itself, or a user acted on the case at that moment): everything this one did is rolled back, and the deadline,
     * if still OPEN, is tried again at the next scan. Not a failure.
     */
    @ApplicationException(rollback = true)
    public static class LostRace extends RuntimeException {
        private static final long serialVersionUID = 1L;

        LostRace(Long deadlineId, Throwable cause) {
            super("deadline " + deadlineId + " changed meanwhile", cause);
        }
    }

    /**
     * The handling of one deadline failed: its transaction is rolled back (an application exception, so the
     * container neither logs it as a system failure nor discards the bean); the scan logs and counts it.
     */
    @ApplicationException(rollback = true)
    public static class Failed extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Failed(Long deadlineId, Throwable cause) {
            super("deadline " + deadlineId, cause);
        }
    }

    private boolean handleIfOpen(Long deadlineId, Instant now, WorkingDayCalendar calendar) {
        // The deadline with its case, the case's center (with the court it sits at: the center's own query would
        // read it after) and its courts and mediators in one query. Its version decides who handles it.
        Deadline d = em.createNamedQuery("Deadline.forHandling", Deadline.class).setParameter("id", deadlineId)
                .setHint("eclipselink.join-fetch", "d.mediationCase")
                .setHint("eclipselink.join-fetch", "d.mediationCase.center")
                .setHint("eclipselink.left-join-fetch", "d.mediationCase.center.confirmationCourt")
                .setHint("eclipselink.left-join-fetch", "d.mediationCase.referringCourt")
                .setHint("eclipselink.left-join-fetch", "d.mediationCase.confirmationCourt")
                .setHint("eclipselink.left-join-fetch", "d.mediationCase.mediator")
                .setHint("eclipselink.left-join-fetch", "d.mediationCase.nominatedMediator")
                .getResultStream().findFirst().orElse(null);
        if (d == null) {
            return false;
        }
        if (d.state() != DeadlineState.OPEN || d.dueAt().isAfter(now)) {
            return false;
        }
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
            }
            case ACCEPTANCE_REMINDER -> {
                if (c.acceptanceDueEnd() == null || !now.isBefore(c.acceptanceDueEnd())) {
                    d.close(DeadlineState.CANCELLED, now);
                } else {
                    d.close(DeadlineState.REMINDED, now);
                    if (c.recordAcceptanceReminder(now)) {
                        notifications.notifyOrg(c.center().code(), c.id(), "notice.acceptanceReminder", null,
                                c.caseNumber(), c.acceptanceDueDate());
                    }
                }
            }
            case MEDIATION -> {
                if (c.expire(now)) {
                    d.close(DeadlineState.OVERDUE, now);
                    mediation.failed(c, now, calendar);
                } else {
                    d.close(DeadlineState.CANCELLED, now);
                }
            }
            case MEDIATION_REMINDER -> {
                long daysBefore = ChronoUnit.DAYS.between(BusinessTime.dateOf(now),
                        c.mediationDueDate() == null ? BusinessTime.dateOf(now) : c.mediationDueDate());
                boolean periodOver = c.mediationDueDate() != null
                        && !now.isBefore(BusinessTime.endOf(c.mediationDueDate()));
                if (!periodOver && c.recordMediationReminder(daysBefore, now)) {
                    d.close(DeadlineState.REMINDED, now);
                    notifications.notifyOrg(c.center().code(), c.id(), "notice.mediationReminder", null,
                            c.caseNumber(), c.mediationDueDate(), daysBefore);
                } else {
                    d.close(DeadlineState.CANCELLED, now);
                }
            }
            case OBLIGATION_DUE -> {
                if (c.status() == CaseStatus.SETTLED) {
                    d.close(DeadlineState.REMINDED, now);
                    c.recordAfterSettlement(EventType.OBLIGATION_DUE, String.valueOf(d.dueDate()), now, Actor.SYSTEM);
                    notifications.notifyOrg(c.center().code(), c.id(), "notice.obligationDue",
                            NoticeKind.obligationDueKey(c.id(), d.dueDate()), c.caseNumber(), d.dueDate());
                } else {
                    d.close(DeadlineState.CANCELLED, now);
                }
            }
            case CONFIRMATION_REVIEW -> {
                d.close(DeadlineState.OVERDUE, now);
                if (c.referringCourt() != null) {
                    notifications.notifyOrg(c.referringCourt().code(), c.id(), "notice.confirmationReviewOverdue",
                            null, c.caseNumber(), d.dueDate());
                }
            }
            case RESPONDENT_CONSENT -> {
                if (c.lapseConsent(now)) {
                    d.close(DeadlineState.OVERDUE, now);
                    notifications.notifyOrg(c.center().code(), c.id(), "notice.consentLapsed", null, c.caseNumber());
                } else {
                    d.close(DeadlineState.CANCELLED, now);
                }
            }
            case FAILURE_REPORT -> {
                d.close(DeadlineState.OVERDUE, now);
                notifications.notifyOrg(c.center().code(), c.id(), "notice.failureReportOverdue", null,
                        c.caseNumber(), d.dueDate());
            }
            default -> {
                return false;
            }
        }
        return true;
    }

    /**
     * Records a completed scan in {@code deadline_scan_status} in its own transaction (readiness requires one within
     * 2 minutes, issue 13 §4).
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void recordScan(Instant at, Duration took) {
        em.createNativeQuery("UPDATE deadline_scan_status SET last_success_at = ?1, last_duration_ms = ?2,"
                        + " scans = scans + 1 WHERE id = 1")
                .setParameter(1, Timestamp.from(at)).setParameter(2, took.toMillis()).executeUpdate();
    }
}
