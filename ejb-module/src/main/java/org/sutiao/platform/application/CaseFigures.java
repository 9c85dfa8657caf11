package org.sutiao.platform.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.inject.Inject;
import org.sutiao.cases.domain.CaseStatus;
import org.sutiao.cases.domain.MediationCase;

import java.time.Clock;

import java.util.EnumMap;
import java.util.Map;

/** The application's figures for the metrics (issue 13 §4): cases by status, overdue acceptances. Counts only. */
@Stateless
@PermitAll
public class CaseFigures {
    @PersistenceContext(unitName = "sutiao")
    EntityManager em;
    @Inject
    Clock clock;

    /** Cases per status (every status, 0 when none). */
    public Map<CaseStatus, Long> byStatus() {
        Map<CaseStatus, Long> counts = new EnumMap<>(CaseStatus.class);
        for (CaseStatus s : CaseStatus.values()) {
            counts.put(s, 0L);
        }
        for (Object[] row : em.createQuery("select c.status, count(c) from MediationCase c group by c.status",
                Object[].class).getResultList()) {
            counts.put((CaseStatus) row[0], ((Number) row[1]).longValue());
        }
        return counts;
    }

    /**
     * Cases still pending acceptance whose acceptance period (3 working days, notice 法办〔2024〕623号 §4(2)) has
     * lapsed, by {@link MediationCase#lapsedBefore}, the rule every view uses, whether or not the deadline timer has
     * marked them yet.
     */
    public long overdueAcceptances() {
        return em.createQuery("select count(c) from MediationCase c where c.status = :s"
                        + " and c.acceptanceDueDate < :lapsedBefore", Long.class)
                .setParameter("s", CaseStatus.PENDING_ACCEPTANCE)
                .setParameter("lapsedBefore", MediationCase.lapsedBefore(clock.instant()))
                .getSingleResult();
    }
}
