package org.sutiao.audit.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.sutiao.audit.domain.AuditEntry;

import java.time.Clock;
import java.util.List;

/**
 * Records who read a case's detail or materials (DESIGN.md §4: every such read is audited), in the caller's
 * transaction.
 */
@Stateless
@PermitAll
public class AuditLog {
    /** Action names written to the log. */
    public static final String READ_CASE = "READ_CASE";
    public static final String READ_MATERIAL = "READ_MATERIAL";

    @PersistenceContext(unitName = "sutiao")
    EntityManager em;
    @Inject
    Clock clock;

    /** Records an act of a known caller on a case (null for none). */
    public void record(org.sutiao.identity.application.Caller caller, String action, Long caseId, String detail) {
        record(caller.username(), action, caseId, detail);
    }

    public void record(String username, String action, Long caseId, String detail) {
        em.persist(new AuditEntry(clock.instant(), username, action, caseId, detail));
    }

    /** The entries of one case in time order. */
    public List<AuditEntry> forCase(Long caseId) {
        return em.createNamedQuery("AuditEntry.byCase", AuditEntry.class).setParameter("caseId", caseId)
                .getResultList();
    }
}
