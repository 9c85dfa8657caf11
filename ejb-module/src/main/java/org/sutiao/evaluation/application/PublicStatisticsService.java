package org.sutiao.evaluation.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.sutiao.evaluation.domain.FactKey;
import org.sutiao.evaluation.domain.PublicStatistics;
import org.sutiao.shared.domain.BusinessTime;
import org.sutiao.shared.domain.InvalidInputException;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The public statistics of a calendar year (issue 11 §4; notice 法办〔2024〕623号 §5(3): quality reports are
 * published), callable without login: per region and center the aggregates of {@link PublicStatistics}, with small
 * cells suppressed. Read from the centers' monthly summaries ({@code eval_summary}: at most 12 rows per center, never
 * the cases) in one grouped query. Not audited: an anonymous read of aggregates.
 */
@Stateless
public class PublicStatisticsService {
    /** The first year the service accepts: before it no mediation center of the platform existed. */
    public static final int FIRST_YEAR = 2000;

    @PersistenceContext(unitName = "sutiao")
    EntityManager em;
    @Inject
    Clock clock;

    /** The statistics of a year. */
    public record Report(int year, List<PublicStatistics.Region> regions) {
    }

    /**
     * The statistics of {@code year} (four digits, {@value #FIRST_YEAR} to the current Beijing year; blank: the
     * current Beijing year). A year without cases gives no region.
     *
     * @throws InvalidInputException on {@code year} ({@code statistics.year}) when it is not such a year
     */
    @PermitAll
    public Report statistics(String year) {
        int y = year(year);
        List<PublicStatistics.CenterSums> rows = new ArrayList<>();
        for (Object o : em.createNativeQuery("SELECT k.province, k.code, k.name,"
                        + " SUM(s.received_delegated + s.received_entrusted + s.received_direct), SUM(s.concluded),"
                        + " SUM(s.settled_full + s.settled_partial), SUM(s.duration_sum), SUM(s.duration_count),"
                        + " SUM(s.confirmations_valid)"
                        + " FROM eval_summary s JOIN mediation_center k ON k.id = s.subject_id"
                        + " WHERE s.subject = ?1 AND s.period_month BETWEEN ?2 AND ?3"
                        + " GROUP BY k.province, k.code, k.name")
                .setParameter(1, String.valueOf(FactKey.CENTER))
                .setParameter(2, java.sql.Date.valueOf(LocalDate.of(y, 1, 1)))
                .setParameter(3, java.sql.Date.valueOf(LocalDate.of(y, 12, 1)))
                .getResultList()) {
            Object[] r = (Object[]) o;
            rows.add(new PublicStatistics.CenterSums((String) r[0], (String) r[1], (String) r[2],
                    new PublicStatistics.Sums(n(r[3]), n(r[4]), n(r[5]), n(r[6]), n(r[7]), n(r[8]))));
        }
        return new Report(y, PublicStatistics.of(rows));
    }

    /** The year asked for, or the current Beijing year when blank. */
    int year(String year) {
        int current = BusinessTime.dateOf(clock.instant()).getYear();
        if (year == null || year.isBlank()) {
            return current;
        }
        String s = year.strip();
        int y = s.matches("\\d{4}") ? Integer.parseInt(s) : -1;
        if (y < FIRST_YEAR || y > current) {
            throw new InvalidInputException("year", "statistics.year", String.valueOf(FIRST_YEAR),
                    String.valueOf(current));
        }
        return y;
    }

    private static long n(Object o) {
        return o == null ? 0 : ((Number) o).longValue();
    }
}
