package org.sutiao.it;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes hand-made monthly center summaries for a past year and removes them again, and lists what must never show
 * in public statistics (deployed in test.war only).
 */
@Stateless
public class PublicStatisticsProbe {
    private static final String COLUMNS = "received_delegated, received_direct, concluded, settled_full,"
            + " settled_partial, failed, duration_sum, duration_count, confirmations_valid";

    @PersistenceContext(unitName = "sutiao")
    EntityManager em;

    /**
     * One summary row of a center (subject C) for a month: received (delegated, direct), concluded, settled in full,
     * in part, failed, duration sum and count, confirmations ruled valid.
     */
    public void row(String centerCode, LocalDate month, long... values) {
        Number id = (Number) em.createNativeQuery("SELECT id FROM mediation_center WHERE code = ?1")
                .setParameter(1, centerCode).getSingleResult();
        StringBuilder params = new StringBuilder();
        for (int i = 0; i < values.length; i++) {
            params.append(", ?").append(i + 3);
        }
        var q = em.createNativeQuery("INSERT INTO eval_summary (subject, subject_id, period_month, " + COLUMNS
                + ") VALUES ('C', ?1, ?2" + params + ")").setParameter(1, id.longValue())
                .setParameter(2, Date.valueOf(month));
        for (int i = 0; i < values.length; i++) {
            q.setParameter(i + 3, values[i]);
        }
        q.executeUpdate();
    }

    /** Removes every center summary row of the months from {@code from} to {@code to} (first days). */
    public int remove(LocalDate from, LocalDate to) {
        return em.createNativeQuery("DELETE FROM eval_summary WHERE subject = 'C' AND period_month BETWEEN ?1 AND ?2")
                .setParameter(1, Date.valueOf(from)).setParameter(2, Date.valueOf(to)).executeUpdate();
    }

    /** Every case number (the center's and the court's) and every party name in the database. */
    public List<String> caseNumbersAndPartyNames() {
        List<String> out = new ArrayList<>();
        for (String sql : List.of("SELECT case_number FROM mediation_case WHERE case_number IS NOT NULL",
                "SELECT court_case_number FROM mediation_case WHERE court_case_number IS NOT NULL",
                "SELECT DISTINCT name FROM party")) {
            for (Object o : em.createNativeQuery(sql).getResultList()) {
                out.add(o.toString());
            }
        }
        return out;
    }
}
