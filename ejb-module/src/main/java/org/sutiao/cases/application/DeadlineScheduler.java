package org.sutiao.cases.application;

import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.sutiao.platform.application.PlatformMetrics;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.logging.Logger;

/**
 * The deadline timer: every 30 seconds, one indexed scan of due deadlines. A persistent timer in the database
 * store, so in a cluster each firing runs on one node and none is lost across restarts (DESIGN.md §6). A scan that
 * completes writes its time, duration and count to {@code deadline_scan_status} in its own transaction (readiness
 * requires one within 2 minutes, issue 13 §4) and to the {@code sutiao_deadline_scan} meter.
 */
@Singleton
@DependsOn("PlatformStartup")
public class DeadlineScheduler {
    private static final Logger LOG = Logger.getLogger(DeadlineScheduler.class.getName());

    @Inject
    DeadlineService deadlines;
    @Inject
    Clock clock;
    @Inject
    PlatformMetrics metrics;
    @PersistenceContext(unitName = "sutiao")
    EntityManager em;

    @Schedule(second = "*/30", minute = "*", hour = "*", persistent = true, info = "sutiao-deadline-scan")
    void scan() {
        long start = System.nanoTime();
        Instant now = clock.instant();
        int handled = deadlines.scan(now);
        if (handled > 0) {
            LOG.info(() -> "Deadline scan handled " + handled + " deadline(s)");
        }
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        em.createNativeQuery("UPDATE deadline_scan_status SET last_success_at = ?1, last_duration_ms = ?2,"
                        + " scans = scans + 1 WHERE id = 1")
                .setParameter(1, Timestamp.from(clock.instant())).setParameter(2, took.toMillis()).executeUpdate();
        metrics.scanned(took);
    }
}
