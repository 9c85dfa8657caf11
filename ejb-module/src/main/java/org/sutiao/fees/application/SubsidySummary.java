package org.sutiao.fees.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import javax.sql.DataSource;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;

/**
 * The subsidy statistics kept on write (table {@code subsidy_summary}, V29; issue 10 §2: every aggregate HQ sees within
 * 100 ms at 1,000,000 cases): one row per center, calendar year of the grant date and currency with the sum and the
 * number of subsidies, changed in the transaction of the subsidy write that changes them, so the rows equal what
 * {@link #RECOUNT_SQL} computes from {@code case_subsidy} whenever no write is in flight. Each change is one atomic
 * statement on the row's primary key that adds to the row or creates it: on PostgreSQL {@code INSERT … ON CONFLICT
 * DO UPDATE} (concurrent writes of the same group wait for each other's row lock and add up; none is lost, none
 * fails); on H2 (development and tests) a {@code MERGE}, whose only race, two first subsidies of a group at the same
 * moment, fails one of them as a unique-key conflict (409) rather than miscounting. Rows whose count went back to 0
 * (a case's subsidies followed it to another center) stay and are not read.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class SubsidySummary {
    /** The statistics from the summary with the centers' code and name: code, name, year, currency, sum, count. */
    public static final String READ_SQL = "SELECT m.code, m.name, s.grant_year, s.currency, s.total, s.subsidies"
            + " FROM subsidy_summary s JOIN mediation_center m ON m.id = s.center_id WHERE s.subsidies > 0";
    /** The same figures computed from the subsidies themselves (the recompute path; one scan of case_subsidy). */
    public static final String RECOUNT_SQL = "SELECT m.code, m.name, s.grant_year, s.currency, s.total, s.subsidies"
            + " FROM (SELECT center_id, CAST(EXTRACT(YEAR FROM granted_on) AS INTEGER) AS grant_year, currency,"
            + " SUM(amount) AS total, COUNT(*) AS subsidies FROM case_subsidy"
            + " GROUP BY center_id, CAST(EXTRACT(YEAR FROM granted_on) AS INTEGER), currency) s"
            + " JOIN mediation_center m ON m.id = s.center_id";
    /** Empties the summary before {@link #REBUILD_SQL} (after subsidies were loaded past the application). */
    public static final String CLEAR_SQL = "DELETE FROM subsidy_summary";
    /** Fills an empty summary from the subsidies (V29 does the same once). */
    public static final String REBUILD_SQL = "INSERT INTO subsidy_summary (center_id, grant_year, currency, total,"
            + " subsidies) SELECT center_id, CAST(EXTRACT(YEAR FROM granted_on) AS INTEGER), currency, SUM(amount),"
            + " COUNT(*) FROM case_subsidy GROUP BY center_id, CAST(EXTRACT(YEAR FROM granted_on) AS INTEGER), currency";

    private static final String UPSERT_POSTGRESQL = "INSERT INTO subsidy_summary (center_id, grant_year, currency,"
            + " total, subsidies) VALUES (?1, ?2, ?3, ?4, ?5) ON CONFLICT (center_id, grant_year, currency) DO UPDATE"
            + " SET total = subsidy_summary.total + EXCLUDED.total,"
            + " subsidies = subsidy_summary.subsidies + EXCLUDED.subsidies";
    private static final String UPSERT_H2 = "MERGE INTO subsidy_summary t USING (VALUES (CAST(?1 AS BIGINT),"
            + " CAST(?2 AS INTEGER), CAST(?3 AS VARCHAR(3)), CAST(?4 AS NUMERIC(19, 2)), CAST(?5 AS BIGINT)))"
            + " s (center_id, grant_year, currency, total, subsidies) ON t.center_id = s.center_id"
            + " AND t.grant_year = s.grant_year AND t.currency = s.currency"
            + " WHEN MATCHED THEN UPDATE SET total = t.total + s.total, subsidies = t.subsidies + s.subsidies"
            + " WHEN NOT MATCHED THEN INSERT (center_id, grant_year, currency, total, subsidies)"
            + " VALUES (s.center_id, s.grant_year, s.currency, s.total, s.subsidies)";

    /** Which statement this database takes; read once from the data source. */
    private static volatile String upsert;

    @PersistenceContext(unitName = "sutiao")
    EntityManager em;
    @Resource(lookup = "java:jboss/datasources/SutiaoDS")
    DataSource dataSource;

    /** One change of a group: {@code amount} and {@code subsidies} added (negative when subsidies leave it). */
    public record Delta(long centerId, int year, String currency, BigDecimal amount, long subsidies) {
    }

    /**
     * Adds the changes to the summary in the caller's transaction, in the order of their keys (center, year,
     * currency), so that two transactions changing the same rows lock them in the same order and never deadlock.
     */
    public void add(List<Delta> deltas) {
        String sql = upsert();
        deltas.stream().sorted(java.util.Comparator.comparingLong(Delta::centerId).thenComparingInt(Delta::year)
                .thenComparing(Delta::currency)).forEach(d -> em.createNativeQuery(sql)
                .setParameter(1, d.centerId()).setParameter(2, d.year()).setParameter(3, d.currency())
                .setParameter(4, d.amount()).setParameter(5, d.subsidies()).executeUpdate());
    }

    private String upsert() {
        String s = upsert;
        if (s == null) {
            try (Connection c = dataSource.getConnection()) {
                s = c.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres")
                        ? UPSERT_POSTGRESQL : UPSERT_H2;
            } catch (SQLException e) {
                throw new IllegalStateException("The database cannot be reached", e);
            }
            upsert = s;
        }
        return s;
    }
}
