package org.sutiao.audit.infrastructure;

import jakarta.persistence.PrePersist;
import jakarta.persistence.PreRemove;
import jakarta.persistence.PreUpdate;
import org.sutiao.audit.application.WriteTracker;
import org.sutiao.audit.domain.AuditChainHead;
import org.sutiao.audit.domain.AuditEntry;

/**
 * The default entity listener of the persistence unit ({@code META-INF/orm.xml}): tells {@link WriteTracker} that
 * the current call inserts, updates or deletes a business entity, so that the audit knows a write from a read
 * without a list of method names. The audit's own rows are not business writes. Bulk JPQL updates bypass entity
 * listeners; the services that use one also persist an entity in the same call.
 */
public class WriteListener {
    @PrePersist
    @PreUpdate
    @PreRemove
    void written(Object entity) {
        if (!(entity instanceof AuditEntry) && !(entity instanceof AuditChainHead)) {
            WriteTracker.markWrite();
        }
    }
}
