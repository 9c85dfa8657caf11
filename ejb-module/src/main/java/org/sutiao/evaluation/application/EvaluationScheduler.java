package org.sutiao.evaluation.application;

import jakarta.ejb.DependsOn;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import java.time.Clock;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The evaluation timer: every 20 seconds one fold ({@link EvaluationFolder#fold}), so the figures follow a
 * transition within 60 seconds (issue 11 §2). Persistent, so in a cluster each firing runs on one node; the fold
 * locks its state row besides. On a database whose facts were never computed it recomputes them first. A failed fold
 * is logged and retried at the next firing (it is idempotent).
 */
@Singleton
@DependsOn("PlatformStartup")
@Lock(LockType.WRITE)
public class EvaluationScheduler {
    private static final Logger LOG = Logger.getLogger(EvaluationScheduler.class.getName());

    @Inject
    EvaluationFolder folder;
    @Inject
    Clock clock;

    @Schedule(second = "*/20", minute = "*", hour = "*", persistent = true, info = "sutiao-evaluation-fold")
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void fold() {
        try {
            if (folder.needsRecompute()) {
                LOG.info(() -> "Evaluation: computing the facts of every case (first run on this database): "
                        + folder.recompute(clock.instant()) + " cases");
            } else {
                folder.fold(clock.instant());
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Evaluation fold failed; the next one retries", e);
        }
    }
}
