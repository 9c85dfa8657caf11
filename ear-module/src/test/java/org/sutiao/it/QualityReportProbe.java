package org.sutiao.it;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.LocalDate;

/** Counts the quality reports of a period inside the server (deployed in test.war only). */
@Stateless
public class QualityReportProbe {
    @PersistenceContext(unitName = "sutiao")
    EntityManager em;

    /** How many national reports of this kind the period has. */
    public long periodic(LocalDate from, LocalDate to, String kind) {
        return ((Number) em.createNativeQuery("SELECT COUNT(*) FROM quality_report WHERE period_from = ?1"
                + " AND period_to = ?2 AND scope = 'NATIONAL' AND kind = ?3").setParameter(1, from)
                .setParameter(2, to).setParameter(3, kind).getSingleResult()).longValue();
    }
}
