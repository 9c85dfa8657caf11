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

    /** Every row of the monthly and daily summaries and duration histograms, as text in key order. */
    public List<String> summaries() {
        List<String> rows = new java.util.ArrayList<>();
        for (String sql : List.of("SELECT * FROM eval_summary ORDER BY subject, period_month, subject_id",
                "SELECT * FROM eval_duration ORDER BY subject, period_month, subject_id, days",
                "SELECT * FROM eval_daily ORDER BY subject, period_day, subject_id",
                "SELECT * FROM eval_duration_daily ORDER BY subject, period_day, subject_id, days")) {
            for (Object r : em.createNativeQuery(sql).getResultList()) {
                rows.add(Arrays.deepToString((Object[]) r));
            }
        }
        return rows;
    }

    /** Records a merit of a mediator directly (the roster's own API records them through the center's pages). */
    public void addMerit(String mediatorCode, String kind, java.time.LocalDate on) {
        em.createNativeQuery("INSERT INTO mediator_merit (id, mediator_id, kind, occurred_on, reason, recorded_at,"
                        + " recorded_by) SELECT ?1, m.id, ?2, ?3, 'EvaluationIT', CURRENT_TIMESTAMP, 'it'"
                        + " FROM mediator m WHERE m.code = ?4")
                .setParameter(1, -1 - (System.nanoTime() & 0x3fffffffffffL)).setParameter(2, kind)
                .setParameter(3, java.sql.Date.valueOf(on)).setParameter(4, mediatorCode).executeUpdate();
    }

    /**
     * Moves a case's mediation due date (the timer's deadline row stays as it was, so the case stays open): the test
     * seam of "an open case past its due date", which the timer would otherwise end on its due day.
     */
    public void setMediationDue(Long caseId, java.time.LocalDate due) {
        em.createNativeQuery("UPDATE mediation_case SET mediation_due_date = ?1 WHERE id = ?2")
                .setParameter(1, java.sql.Date.valueOf(due)).setParameter(2, caseId).executeUpdate();
    }
}
