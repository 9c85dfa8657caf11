package org.sutiao.audit.application;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.sutiao.platform.application.PlatformStartup;

import java.util.logging.Logger;

/**
 * Chains the audit rows written before the chain existed (migration V9) once, at start after the migration, in
 * batches of 1,000 rows, each its own short transaction, so that verification covers an upgraded database from its
 * first entry. Idempotent: on later starts, or on a second cluster node, there is nothing left to seal. Should an
 * entry be written before this ran, the writer seals the rest first ({@link AuditLog}).
 */
@Singleton
@Startup
@DependsOn(PlatformStartup.NAME)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class AuditChainSealer {
    private static final Logger LOG = Logger.getLogger(AuditChainSealer.class.getName());

    @Inject
    AuditLog log;

    @PostConstruct
    void sealAtStart() {
        int batches = 0;
        while (!log.sealLegacy(1000)) {
            batches++;
        }
        if (batches > 0) {
            int n = batches;
            LOG.info(() -> "Audit chain: pre-V9 entries sealed in " + n + " batch(es)");
        }
    }
}
