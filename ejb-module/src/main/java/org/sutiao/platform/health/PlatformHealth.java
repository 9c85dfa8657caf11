package org.sutiao.platform.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Readiness (an EAR library bean, shared by the EJB and web modules), decided once for the MicroProfile Health checks ({@code /health/ready} on the management interface) and
 * {@code GET /api/v1/health} (issue 13 §4): the database answers; Flyway's history in the database ends at the version
 * this node migrated to, with no failed migration; the deadline timer's last successful scan (in the database, so
 * any node of a cluster sees it) is at most {@link #SCAN_MAX_AGE} old (within that time after a start, no scan yet
 * is fine). Plain JDBC, no transaction: a probe must not wait for the persistence unit.
 */
@ApplicationScoped
public class PlatformHealth {
    /** The deadline timer fires every 30 s; older than this, it is not running. */
    public static final Duration SCAN_MAX_AGE = Duration.ofMinutes(2);

    /** The application's data source (global JNDI: this EAR library bean gets no resource injection of a module). */
    static final String DATA_SOURCE = "java:jboss/datasources/SutiaoDS";
    private volatile DataSource dataSource;
    @Inject
    PlatformStatus status;
    /** The system clock (this jar cannot see ejb-module's {@code ClockProducer}). */
    Clock clock = Clock.systemUTC();
    /** How long {@link #recentCheck()} reuses a report: one probe's three checks query once. */
    static final Duration REUSE = Duration.ofSeconds(1);
    private volatile Report recent;
    private volatile long recentAtNanos;

    /** One part of readiness: up or not, with its figures. */
    public record Check(boolean up, Map<String, Object> data) {
    }

    /** Every check: {@code database}, {@code flyway}, {@code deadlineTimer}. */
    public record Report(boolean up, String databaseProduct, Map<String, Check> checks) {
    }

    /** The report of a check at most {@link #REUSE} old, else a new one ({@code /health/ready}'s three checks). */
    public Report recentCheck() {
        Report r = recent;
        if (r == null || System.nanoTime() - recentAtNanos > REUSE.toNanos()) {
            r = check();
            recent = r;
            recentAtNanos = System.nanoTime();
        }
        return r;
    }

    /** Runs the checks now (plain JDBC, 5 s connection validation at most). */
    public Report check() {
        Map<String, Check> checks = new LinkedHashMap<>();
        String product = null;
        try (Connection c = dataSource().getConnection()) {
            boolean valid = c.isValid(5);
            product = c.getMetaData().getDatabaseProductName();
            checks.put("database", new Check(valid, Map.of("product", product)));
            checks.put("flyway", guarded(() -> flyway(c)));
            checks.put("deadlineTimer", guarded(() -> deadlineTimer(c)));
        } catch (SQLException e) {
            checks.put("database", new Check(false, Map.of("error", String.valueOf(e.getSQLState()))));
        }
        boolean up = checks.size() == 3 && checks.values().stream().allMatch(Check::up);
        return new Report(up, product, checks);
    }

    private DataSource dataSource() throws SQLException {
        DataSource ds = dataSource;
        if (ds == null) {
            try {
                ds = InitialContext.doLookup(DATA_SOURCE);
            } catch (NamingException e) {
                throw new SQLException("No data source " + DATA_SOURCE, "08001", e);
            }
            dataSource = ds;
        }
        return ds;
    }

    private interface Query {
        Check run() throws SQLException;
    }

    private static Check guarded(Query q) {
        try {
            return q.run();
        } catch (SQLException e) {
            return new Check(false, Map.of("error", String.valueOf(e.getSQLState())));
        }
    }

    private Check flyway(Connection c) throws SQLException {
        String expected = status.schemaVersion();
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("expected", expected == null ? "" : expected);
        String current = null;
        try (PreparedStatement s = c.prepareStatement(
                "SELECT \"version\" FROM \"flyway_schema_history\" WHERE \"success\" = TRUE"
                        + " AND \"version\" IS NOT NULL ORDER BY \"installed_rank\" DESC")) {
            s.setMaxRows(1);
            try (ResultSet r = s.executeQuery()) {
                if (r.next()) {
                    current = r.getString(1);
                }
            }
        }
        long failed;
        try (PreparedStatement s = c.prepareStatement("SELECT COUNT(*) FROM \"flyway_schema_history\" WHERE \"success\" = FALSE");
             ResultSet r = s.executeQuery()) {
            r.next();
            failed = r.getLong(1);
        }
        data.put("version", current == null ? "" : current);
        data.put("failed", failed);
        return new Check(expected != null && expected.equals(current) && failed == 0, data);
    }

    private Check deadlineTimer(Connection c) throws SQLException {
        Instant now = clock.instant();
        Map<String, Object> data = new LinkedHashMap<>();
        Instant last = null;
        try (PreparedStatement s = c.prepareStatement(
                "SELECT last_success_at, last_duration_ms, scans FROM deadline_scan_status WHERE id = 1");
             ResultSet r = s.executeQuery()) {
            if (r.next()) {
                OffsetDateTime at = r.getObject(1, OffsetDateTime.class);
                last = at == null ? null : at.toInstant();
                data.put("lastDurationMs", r.getLong(2));
                data.put("scans", r.getLong(3));
            }
        }
        data.put("lastScanAt", last == null ? "" : last.toString());
        boolean fresh = last != null && !last.isBefore(now.minus(SCAN_MAX_AGE));
        boolean starting = status.startedAt().isAfter(now.minus(SCAN_MAX_AGE));
        if (last != null) {
            data.put("secondsSinceLastScan", Math.max(0, Duration.between(last, now).toSeconds()));
        }
        return new Check(fresh || starting, data);
    }
}
