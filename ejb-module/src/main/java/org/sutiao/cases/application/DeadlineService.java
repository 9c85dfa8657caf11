package org.sutiao.cases.application;

import org.sutiao.audit.application.Audited;
import org.sutiao.audit.application.WriteTracker;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedExecutorService;
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
import org.sutiao.cases.domain.MediationCase;
import org.sutiao.confirmation.domain.JudicialConfirmation;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The scans of due deadlines (the timer's {@link DeadlineScheduler} and single cases) and the recomputation of
 * provisional deadlines. A scan reads the ids of due OPEN deadlines in pages of {@link #PAGE} with one indexed query
 * on (state, due_at), in (due_at, id) order, and has {@link DeadlineHandler} handle each in its own short transaction:
 * a failure rolls back that deadline alone, is logged and counted, and the scan goes on after it (the page cursor
 * moves past it, so it is tried again at the next scan, never in a loop within one). It keeps going while there is
 * work, within a time budget ({@link #CYCLE_BUDGET}) shorter than the timer's period, so scans never overlap and a
 * backlog after downtime drains at a steady rate across cycles, a page at a time with at most {@link #WORKERS}
 * deadlines in hand at once. Idempotent: each deadline row leaves OPEN once (the handler re-reads it and closes it on its version), and
 * the case re-checks its own state, so a late, repeated or concurrent firing does no harm. "Now" is a parameter: tests
 * never wait for real days.
 */
@Stateless
@Audited
@PermitAll
public class DeadlineService {
    private static final Logger LOG = Logger.getLogger(DeadlineService.class.getName());
    /** Due deadline ids read per query. */
    static final int PAGE = 100;
    /** How long one scan keeps handling due deadlines: well within the timer's 30-second period. */
    static final Duration CYCLE_BUDGET = Duration.ofSeconds(28);
    /** Deadlines handled at the same time by one scan (each in its own transaction and pooled connection). */
    static final int WORKERS = 4;
    /** Failures one after the other that end a scan (the database or the server going away, not one bad row). */
    static final int FAILURES_IN_A_ROW = 10;

    @PersistenceContext(unitName = "sutiao")
    EntityManager em;
    @Inject
    DeadlineHandler handler;
    @Resource
    ManagedExecutorService executor;
    @Inject
    CalendarService calendar;
    @Inject
    Clock clock;
    @Inject
    MediationDeadlines mediation;

    /**
     * Handles the open deadlines due at or before {@code now}, oldest first, each in its own transaction, for at most
     * {@link #CYCLE_BUDGET}: acceptance and its reminder, the mediation period (expiry fails the case with "period
     * expired" and makes the failure report due) and its reminders, an obligation, the respondents' consent, the
     * court's review and an overdue failure report (see {@link DeadlineHandler#handle}). Runs outside any
     * transaction (each deadline has its own); the calendar is read once for the whole scan. Each page is handled by
     * {@link #WORKERS} tasks of the server's managed executor, each taking the deadlines of its share of the cases in
     * due order (a case's deadlines stay in one task, one after the other), and the next page is read when all are
     * done: concurrent short transactions share the database's commits, and no more than {@link #WORKERS} are open.
     *
     * @return the deadlines handled and failed, and whether the scan stopped early with more due: its budget ran out,
     * or {@link #FAILURES_IN_A_ROW} handlings failed one after the other in one task
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public DeadlineScan scan(Instant now) {
        long stopAt = System.nanoTime() + CYCLE_BUDGET.toNanos();
        WorkingDayCalendar cal = calendar.current();
        Tally tally = new Tally();
        Instant afterDue = Instant.EPOCH;
        long afterId = 0;
        try {
            while (true) {
                List<Object[]> page = em.createNamedQuery("Deadline.dueAfter", Object[].class)
                        .setParameter("now", now).setParameter("afterDue", afterDue).setParameter("afterId", afterId)
                        .setMaxResults(PAGE).getResultList();
                if (page.isEmpty()) {
                    break;
                }
                List<List<Long>> shares = new ArrayList<>();
                for (int i = 0; i < WORKERS; i++) {
                    shares.add(new ArrayList<>());
                }
                for (Object[] row : page) {
                    shares.get((int) Math.floorMod((Long) row[2], (long) WORKERS)).add((Long) row[0]);
                }
                List<Callable<Void>> tasks = new ArrayList<>();
                for (List<Long> share : shares) {
                    if (!share.isEmpty()) {
                        tasks.add(() -> {
                            // part of this audited scan: the notices' audited service records nothing per deadline
                            if (WriteTracker.inside(() -> handleShare(share, now, cal, stopAt, tally))) {
                                tally.wrote.set(true);
                            }
                            return null;
                        });
                    }
                }
                for (Future<Void> f : executor.invokeAll(tasks)) {
                    f.get();
                }
                if (tally.stopped.get() || page.size() < PAGE) {
                    break;
                }
                afterDue = (Instant) page.get(page.size() - 1)[1];
                afterId = (Long) page.get(page.size() - 1)[0];
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException e) {
            throw new IllegalStateException("A deadline task failed", e.getCause());
        }
        if (tally.wrote.get()) {
            WriteTracker.markWrite(); // the tasks wrote on the executor's threads: this scan is audited as a write
        }
        return new DeadlineScan(tally.handled.get(), tally.failed.get(), tally.stopped.get());
    }

    /** What the tasks of one scan count together. */
    private static final class Tally {
        final AtomicInteger handled = new AtomicInteger();
        final AtomicInteger failed = new AtomicInteger();
        final AtomicBoolean stopped = new AtomicBoolean();
        final AtomicBoolean wrote = new AtomicBoolean();
    }

    /** One task of a scan: its share of a page, in due order, until done, stopped or out of time. */
    private void handleShare(List<Long> share, Instant now, WorkingDayCalendar cal, long stopAt, Tally tally) {
        int inARow = 0;
        for (Long id : share) {
            if (tally.stopped.get()) {
                return;
            }
            if (System.nanoTime() - stopAt > 0) {
                tally.stopped.set(true);
                return;
            }
            Boolean done = handleOne(id, now, cal);
            if (done == null) {
                tally.failed.incrementAndGet();
                if (++inARow == FAILURES_IN_A_ROW && !tally.stopped.getAndSet(true)) {
                    LOG.warning(() -> "Deadline scan stopped after " + FAILURES_IN_A_ROW
                            + " failures in a row; the rest wait for the next scan");
                }
            } else {
                inARow = 0;
                if (done) {
                    tally.handled.incrementAndGet();
                }
            }
        }
    }

    /**
     * Handles the open deadlines of one case that are due at {@code now}: the same rules as {@link #scan}, each in its
     * own transaction, for one case (after a manual correction, and in tests that must not touch other cases).
     *
     * @return the number of deadline rows handled
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public int scanCase(Long caseId, Instant now) {
        WorkingDayCalendar cal = calendar.current();
        int handled = 0;
        for (Long id : em.createNamedQuery("Deadline.dueOfCase", Long.class).setParameter("caseId", caseId)
                .setParameter("now", now).getResultList()) {
            handled += Boolean.TRUE.equals(handleOne(id, now, cal)) ? 1 : 0;
        }
        return handled;
    }

    /** One deadline in its own transaction: true handled, false no longer due or open, null failed (logged). */
    private Boolean handleOne(Long id, Instant now, WorkingDayCalendar cal) {
        try {
            return handler.handle(id, now, cal);
        } catch (DeadlineHandler.LostRace e) {
            LOG.fine(() -> "Deadline " + id + " changed meanwhile; not handled by this scan");
            return false;
        } catch (RuntimeException e) {
            LOG.warning(() -> "Deadline " + id + " failed (rolled back; tried again at the next scan): "
                    + rootCause(e));
            LOG.log(Level.FINE, "Deadline " + id + " failed", e);
            return null;
        }
    }

    private static String rootCause(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getClass().getSimpleName() + ": " + t.getMessage();
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
