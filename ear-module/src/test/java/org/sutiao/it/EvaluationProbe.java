package org.sutiao.it;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.Arrays;
import java.util.List;

/** Reads the evaluation's summary tables inside the server (deployed in test.war only). */
@Stateless
public class EvaluationProbe {
    @PersistenceContext(unitName = "sutiao")
    EntityManager em;

    /** Every row of the summaries and the duration histogram, as text in key order. */
    public List<String> summaries() {
        List<String> rows = new java.util.ArrayList<>();
        for (String sql : List.of("SELECT * FROM eval_summary ORDER BY subject, period_month, subject_id",
                "SELECT * FROM eval_duration ORDER BY subject, period_month, subject_id, days")) {
            for (Object r : em.createNativeQuery(sql).getResultList()) {
                rows.add(Arrays.deepToString((Object[]) r));
            }
        }
        return rows;
    }
}
