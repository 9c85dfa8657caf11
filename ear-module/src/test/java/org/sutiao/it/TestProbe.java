package org.sutiao.it;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.sutiao.cases.domain.CaseEvent;
import org.sutiao.cases.domain.MediationCase;

import java.time.LocalDate;
import java.util.List;

/** Reads the database inside the server for in-container tests (deployed in test.war only). */
@Stateless
public class TestProbe {
    @PersistenceContext(unitName = "sutiao")
    EntityManager em;

    /** What the container's entity manager really is. */
    public String entityManagerDelegate() {
        return em.getDelegate().getClass().getName();
    }

    public boolean overdue(Long caseId) {
        return em.find(MediationCase.class, caseId).acceptanceOverdue();
    }

    public LocalDate acceptanceDueDate(Long caseId) {
        return em.find(MediationCase.class, caseId).acceptanceDueDate();
    }

    public boolean acceptanceDueProvisional(Long caseId) {
        return em.find(MediationCase.class, caseId).acceptanceDueProvisional();
    }

    public List<String> eventTypes(Long caseId) {
        return em.find(MediationCase.class, caseId).events().stream().map(CaseEvent::type).map(Enum::name).toList();
    }

    public long count(String jpql) {
        return em.createQuery(jpql, Long.class).getSingleResult();
    }

    /** Audit entries of one case with the given action. */
    public long auditEntries(Long caseId, String action) {
        return em.createQuery("select count(a) from AuditEntry a where a.caseId = :c and a.action = :a", Long.class)
                .setParameter("c", caseId).setParameter("a", action).getSingleResult();
    }

    public long openNotices(String messageKey, String dedupKey) {
        return em.createQuery("select count(n) from Notification n where n.messageKey = :k and n.resolved = :resolved"
                        + " and n.dedupKey = :d", Long.class)
                .setParameter("k", messageKey).setParameter("d", dedupKey).setParameter("resolved", Boolean.FALSE)
                .getSingleResult();
    }
}
