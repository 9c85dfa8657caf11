package org.sutiao.audit.application;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.sutiao.platform.application.PlatformStartup;

import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Seals the audit entries written since the last run onto the chain (NIST SP 800-53 AU-9; {@link AuditLog#seal}): at
 * start (the rows of an upgraded database, pre-V9 ones included), every second, and on demand before a verification,
 * in batches of {@value #BATCH} entries, each its own short transaction holding the chain head's lock. So an entry is
 * chained about a second after its transaction committed, whatever the load, and appenders never wait for the chain.
 * Single-flight on a node (a second caller waits for the running pass, then seals what is left, usually nothing; a
 * timer firing while a pass runs is skipped); across cluster nodes the head's row lock keeps the chain linear. The
 * timer is not persistent: every node runs its own, and an idle one only reads (no lock, nothing written).
 */
@Singleton
@Startup
@DependsOn(PlatformStartup.NAME)
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class AuditChainSealer {
    /** Entries sealed per transaction. */
    static final int BATCH = 1000;
    private static final Logger LOG = Logger.getLogger(AuditChainSealer.class.getName());

    private final ReentrantLock running = new ReentrantLock();

    @Inject
    AuditLog log;

    @PostConstruct
    void sealAtStart() {
        long sealed = sealAll();
        if (sealed > 0) {
            LOG.info(() -> "Audit chain: " + sealed + " entries sealed at start");
        }
    }

    /** Every second: seals what was written since; skipped while another pass runs on this node. */
    @Schedule(hour = "*", minute = "*", second = "*", persistent = false, info = "audit chain sealer")
    void tick() {
        if (!running.tryLock()) {
            return;
        }
        try {
            sealBatches();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Audit chain: sealing failed, retried in a second", e);
        } finally {
            running.unlock();
        }
    }

    /**
     * Seals every entry committed until now (a verification calls it first, so that it checks them all).
     *
     * @return how many entries were sealed by this call
     */
    public long sealAll() {
        running.lock();
        try {
            return sealBatches();
        } finally {
            running.unlock();
        }
    }

    private long sealBatches() {
        long sealed = 0;
        int n;
        do {
            n = log.seal(BATCH);
            sealed += n;
        } while (n == BATCH);
        return sealed;
    }
}
