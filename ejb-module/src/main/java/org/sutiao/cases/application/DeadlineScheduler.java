package org.sutiao.cases.application;

import jakarta.ejb.DependsOn;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.sutiao.platform.application.PlatformMetrics;

import java.time.Clock;
import java.time.Duration;
import java.util.logging.Logger;

/**
 * The deadline timer: every 30 seconds, one scan of due deadlines ({@link DeadlineService#scan}), which handles each
 * in its own short transaction for at most 28 seconds, so a backlog after downtime drains cycle after cycle. A
 * persistent timer in the database store, so in a cluster each firing runs on one node and none is lost across
 * restarts (DESIGN.md §6); on a node, the singleton's write lock lets one scan run at a time, and the scan's budget
 * ends it before the next firing. The firing itself runs outside a transaction. A scan that completes writes its time
 * and duration to {@code deadline_scan_status} in its own transaction (readiness requires one within 2 minutes,
 * issue 13 §4) and to the meters; a scan that found work logs its count, failures and duration at INFO.
 */
@Singleton
@DependsOn("PlatformStartup")
@Lock(LockType.WRITE)
public class DeadlineScheduler {
    private static final Logger LOG = Logger.getLogger(DeadlineScheduler.class.getName());

    @Inject
    DeadlineService deadlines;
    @Inject
    DeadlineHandler handler;
    @Inject
    Clock clock;
    @Inject
    PlatformMetrics metrics;

    @Schedule(second = "*/30", minute = "*", hour = "*", persistent = true, info = "sutiao-deadline-scan")
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void scan() {
        long start = System.nanoTime();
        DeadlineScan result = deadlines.scan(clock.instant());
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        if (result.foundWork()) {
            LOG.info(() -> "Deadline scan: " + result.handled() + " handled, " + result.failed() + " failed in "
                    + took.toMillis() + " ms" + (result.stoppedEarly() ? " (stopped early: more are due)" : ""));
        }
        handler.recordScan(clock.instant(), took);
        metrics.scanned(took, result.handled(), result.failed());
    }
}
