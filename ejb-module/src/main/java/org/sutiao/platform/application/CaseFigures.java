package org.sutiao.platform.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.sutiao.cases.domain.CaseStatus;
import org.sutiao.cases.domain.MediationCase;

import java.time.Clock;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

/**
 * The application's figures for the metrics (issue 13 §4): cases by status, overdue acceptances. Counts only, each
 * read from the index {@code case_status_acceptance_due} (status, acceptance due date; V22) alone: every count
 * names an indexed column ({@code count(c.status)}, not {@code count(c)}, which counts the id and so reads the
 * table). At 1,000,000 cases (PostgreSQL, a loaded 2-core machine): the open statuses together ~50 ms (100,000
 * index entries), the overdue acceptances ~1 ms, the closed cases ~180 ms (900,000 entries; see {@link #closed}).
 */
@Stateless
@PermitAll
public class CaseFigures {
    /** Every status but {@link CaseStatus#CLOSED}. */
    static final List<CaseStatus> OPEN = List.copyOf(EnumSet.complementOf(EnumSet.of(CaseStatus.CLOSED)));

    @PersistenceContext(unitName = "sutiao")
    EntityManager em;
    @Inject
    Clock clock;

    /** Cases per status other than {@code CLOSED}, exact (every such status, 0 when none). */
    public Map<CaseStatus, Long> openByStatus() {
        Map<CaseStatus, Long> counts = new EnumMap<>(CaseStatus.class);
        for (CaseStatus s : OPEN) {
            counts.put(s, 0L);
        }
        for (Object[] row : em.createQuery("select c.status, count(c.status) from MediationCase c"
                + " where c.status in :open group by c.status", Object[].class)
                .setParameter("open", OPEN).getResultList()) {
            counts.put((CaseStatus) row[0], ((Number) row[1]).longValue());
        }
        return counts;
    }

    /**
     * Closed cases, exact. The one large count (about 90 % of all cases): {@code CLOSED} is final (no transition
     * leaves it), so its count only grows and {@link PlatformMetrics} reads it less often than the open ones.
     */
    public long closed() {
        return em.createQuery("select count(c.status) from MediationCase c where c.status = :s", Long.class)
                .setParameter("s", CaseStatus.CLOSED).getSingleResult();
    }

    /**
     * Cases still pending acceptance whose acceptance period (3 working days, notice 法办〔2024〕623号 §4(2)) has
     * lapsed, by {@link MediationCase#lapsedBefore}, the rule every view uses, whether or not the deadline timer has
     * marked them yet.
     */
    public long overdueAcceptances() {
        return em.createQuery("select count(c.acceptanceDueDate) from MediationCase c where c.status = :s"
                        + " and c.acceptanceDueDate < :lapsedBefore", Long.class)
                .setParameter("s", CaseStatus.PENDING_ACCEPTANCE)
                .setParameter("lapsedBefore", MediationCase.lapsedBefore(clock.instant()))
                .getSingleResult();
    }
}
