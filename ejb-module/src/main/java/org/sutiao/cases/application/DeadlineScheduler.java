package org.sutiao.cases.application;

import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;

import java.time.Clock;
import java.util.logging.Logger;

/**
 * The deadline timer: every 30 seconds, one indexed scan of due deadlines. A persistent timer in the database
 * store, so in a cluster each firing runs on one node and none is lost across restarts (DESIGN.md §6).
 */
@Singleton
@DependsOn("PlatformStartup")
public class DeadlineScheduler {
    private static final Logger LOG = Logger.getLogger(DeadlineScheduler.class.getName());

    @Inject
    DeadlineService deadlines;
    @Inject
    Clock clock;

    @Schedule(second = "*/30", minute = "*", hour = "*", persistent = true, info = "sutiao-deadline-scan")
    void scan() {
        int handled = deadlines.scan(clock.instant());
        if (handled > 0) {
            LOG.info(() -> "Deadline scan handled " + handled + " deadline(s)");
        }
    }
}
