package org.sutiao.platform.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.sutiao.cases.domain.CaseStatus;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The application's figures for the metrics (issue 13 §4), counted here and published by the web module's
 * {@code MetricsBinder} in WildFly's Micrometer registry ({@code /prometheus} on the management interface): deadline
 * scans on this node (count, total and last duration) and the deadlines they handled and failed, failed logins, and
 * case figures counted in the database at most every {@link #FIGURES_TTL} (a scrape does not query more often),
 * except the closed cases, counted at most every {@link #CLOSED_TTL}: exact when counted, that count is ~90 % of the
 * cases (the one costly count, ~180 ms at 1,000,000 cases) and only grows ({@code CLOSED} is final), so between two
 * counts it is at most {@link #CLOSED_TTL} behind; every open status and the overdue acceptances are at most
 * {@link #FIGURES_TTL} old.
 */
@ApplicationScoped
public class PlatformMetrics {
    static final Duration FIGURES_TTL = Duration.ofSeconds(15);
    static final Duration CLOSED_TTL = Duration.ofMinutes(10);
    private static final Logger LOG = Logger.getLogger(PlatformMetrics.class.getName());

    @Inject
    CaseFigures figures;

    private final AtomicLong scans = new AtomicLong();
    private final AtomicLong scanNanos = new AtomicLong();
    private volatile long lastScanNanos;
    private final AtomicLong deadlinesHandled = new AtomicLong();
    private final AtomicLong deadlinesFailed = new AtomicLong();
    private final AtomicLong failedLogins = new AtomicLong();
    private volatile Snapshot snapshot = new Snapshot(Map.of(), 0, 0);
    private volatile Closed closed = new Closed(0, 0);
    /** The monotonic clock, nanoseconds (replaced in tests). */
    LongSupplier nanos = System::nanoTime;

    private record Snapshot(Map<CaseStatus, Long> byStatus, long overdue, long takenAtNanos) {
    }

    private record Closed(long count, long takenAtNanos) {
    }

    /** A deadline scan that completed, with the deadlines it handled and those whose handling failed. */
    public void scanned(Duration took, int handled, int failed) {
        scans.incrementAndGet();
        scanNanos.addAndGet(took.toNanos());
        lastScanNanos = took.toNanos();
        deadlinesHandled.addAndGet(handled);
        deadlinesFailed.addAndGet(failed);
    }

    /** A failed login. */
    public void loginFailed() {
        failedLogins.incrementAndGet();
    }

    /** Completed deadline scans on this node. */
    public long scans() {
        return scans.get();
    }

    /** Their total duration, seconds. */
    public double scanSeconds() {
        return scanNanos.get() / 1e9;
    }

    /** The last one's duration, seconds. */
    public double lastScanSeconds() {
        return lastScanNanos / 1e9;
    }

    /** Deadlines the scans on this node handled since it started. */
    public long deadlinesHandled() {
        return deadlinesHandled.get();
    }

    /** Handlings of a deadline that failed (rolled back, tried again at the next scan) on this node since it started. */
    public long deadlinesFailed() {
        return deadlinesFailed.get();
    }

    /** Failed logins on this node since it started. */
    public long failedLogins() {
        return failedLogins.get();
    }

    /** Cases in {@code status}. */
    public long cases(CaseStatus status) {
        if (status == CaseStatus.CLOSED) {
            return closed().count();
        }
        return snapshot().byStatus().getOrDefault(status, 0L);
    }

    /** Cases pending acceptance past their period. */
    public long overdueAcceptances() {
        return snapshot().overdue();
    }

    private Snapshot snapshot() {
        Snapshot s = snapshot;
        long now = nanos.getAsLong();
        if (s.takenAtNanos() == 0 || now - s.takenAtNanos() > FIGURES_TTL.toNanos()) {
            synchronized (this) {
                s = snapshot;
                if (s.takenAtNanos() == 0 || now - s.takenAtNanos() > FIGURES_TTL.toNanos()) {
                    try {
                        s = new Snapshot(figures.openByStatus(), figures.overdueAcceptances(), now);
                        snapshot = s;
                    } catch (RuntimeException e) {
                        LOG.log(Level.FINE, "Case figures not available", e);
                    }
                }
            }
        }
        return s;
    }

    private Closed closed() {
        Closed c = closed;
        long now = nanos.getAsLong();
        if (c.takenAtNanos() == 0 || now - c.takenAtNanos() > CLOSED_TTL.toNanos()) {
            synchronized (this) {
                c = closed;
                if (c.takenAtNanos() == 0 || now - c.takenAtNanos() > CLOSED_TTL.toNanos()) {
                    try {
                        c = new Closed(figures.closed(), now);
                        closed = c;
                    } catch (RuntimeException e) {
                        LOG.log(Level.FINE, "Closed cases not available", e);
                    }
                }
            }
        }
        return c;
    }
}
