package org.sutiao.platform;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.sutiao.cases.domain.Deadline;
import org.sutiao.cases.domain.Material;
import org.sutiao.cases.domain.MediationCase;
import org.sutiao.cases.domain.Party;
import org.sutiao.identity.domain.UserAccount;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An upgrade from the first release (issue 13 §5): an empty database is migrated to V1 and given the data that
 * release wrote (a court, a center, a clerk's account, a referred case pending acceptance with two parties, a
 * material, an event and its acceptance deadline); then every later migration is applied one by one, V2 … V13 (the
 * released ones, {@code db/released-migrations.txt}), with the data in place, and finally the rest to the current
 * version. The rows are read back with exactly the columns today's entities map ({@link MediationCase},
 * {@link Party}, {@link Deadline}, {@link Material}, {@link UserAccount}: read from their JPA annotations), so a
 * migration that drops or renames a mapped column, or adds a NOT NULL one without a value for old rows, fails here.
 * In-memory H2 (a second or two); PostgreSQL runs the same migrations in the container tests with {@code -Ppostgres}.
 */
class UpgradeFromFirstReleaseTest {
    private static final String URL = "jdbc:h2:mem:upgrade" + System.nanoTime() + ";DB_CLOSE_DELAY=-1";

    private static Flyway flyway(String target) {
        var config = Flyway.configure().dataSource(URL, "sa", "sa").locations("classpath:db/migration");
        if (target != null) {
            config.target(target);
        }
        return config.load();
    }

    @Test
    void theFirstReleasesDataSurvivesEveryMigrationOneByOneAndReadsWithTodaysMappings() throws Exception {
        assertEquals(1, flyway("1").migrate().migrationsExecuted);
        try (Connection c = DriverManager.getConnection(URL, "sa", "sa"); Statement s = c.createStatement()) {
            s.executeUpdate("INSERT INTO court (id, version, code, name, level, province, city, case_no_prefix)"
                    + " VALUES (1, 0, 'BJ-B-0105', '北京市朝阳区人民法院', 'BASIC', '北京', '北京', '京0105')");
            s.executeUpdate("INSERT INTO mediation_center (id, version, code, name, kind, province, address, phone)"
                    + " VALUES (2, 0, 'CCPIT-L-BJ', '中国国际贸易促进委员会北京调解中心', 'LOCAL', '北京',"
                    + " '北京市朝阳区', '010-00000000')");
            s.executeUpdate("INSERT INTO user_account (id, version, username, password_hash, display_name, role,"
                    + " org_code, active) VALUES (3, 0, 'clerk.bj0105', 'PBKDF2WithHmacSHA256:600000:c2FsdA==:aGFzaA==',"
                    + " '朝阳法院书记员', 'COURT_CLERK', 'BJ-B-0105', TRUE)");
            s.executeUpdate("INSERT INTO mediation_case (id, version, case_number, source, referral_kind, court_id,"
                    + " court_case_number, cause_of_action, dispute_type, claim_amount, claim_currency, facts,"
                    + " consent_recorded_at, status, center_id, pushed_at, acceptance_due_date,"
                    + " acceptance_due_provisional, acceptance_overdue, mediation_due_provisional) VALUES (10, 1,"
                    + " 'SUT-2026-000010', 'COURT_REFERRAL', 'DELEGATED', 1, '(2026)京0105民诉前调1873号', '买卖合同纠纷',"
                    + " '商事合同', 452000.00, 'CNY', '申请人供应办公设备，被申请人验收后拖欠余款。',"
                    + " TIMESTAMP WITH TIME ZONE '2026-03-01 10:00:00+08:00', 'PENDING_ACCEPTANCE', 2,"
                    + " TIMESTAMP WITH TIME ZONE '2026-03-02 10:00:00+08:00', DATE '2026-03-05', FALSE, FALSE, FALSE)");
            s.executeUpdate("INSERT INTO party (id, case_id, seq, role, type, name, country, credit_code, phone, email)"
                    + " VALUES (11, 10, 1, 'APPLICANT', 'LEGAL_PERSON', '北京卓衡办公设备有限公司', 'CN',"
                    + " '91110105MA5DDR3E6T', '010-55551873', 'legal@zhuoheng-office.example.com')");
            s.executeUpdate("INSERT INTO party (id, case_id, seq, role, type, name, country, id_type, id_number)"
                    + " VALUES (12, 10, 2, 'RESPONDENT', 'NATURAL_PERSON', '王𠈌', 'CN', 'RESIDENT_ID',"
                    + " '35020319900101123X')");
            s.executeUpdate("INSERT INTO material (id, case_id, file_name, content_type, size_bytes, sha256,"
                    + " uploaded_at, uploaded_by) VALUES (13, 10, '起诉状.pdf', 'application/pdf', 4, '"
                    + "0".repeat(64) + "', TIMESTAMP WITH TIME ZONE '2026-03-02 10:00:00+08:00', 'clerk.bj0105')");
            s.executeUpdate("INSERT INTO material_content (id, material_id, content) VALUES (14, 13, X'25504446')");
            s.executeUpdate("INSERT INTO case_event (id, case_id, occurred_at, type, actor, actor_name, detail)"
                    + " VALUES (15, 10, TIMESTAMP WITH TIME ZONE '2026-03-02 10:00:00+08:00', 'REFERRED',"
                    + " 'clerk.bj0105', '朝阳法院书记员', NULL)");
            s.executeUpdate("INSERT INTO deadline (id, version, case_id, kind, due_at, due_date, provisional, state)"
                    + " VALUES (16, 0, 10, 'ACCEPTANCE', TIMESTAMP WITH TIME ZONE '2026-03-05 23:59:59+08:00',"
                    + " DATE '2026-03-05', FALSE, 'OPEN')");
        }
        for (int v = 2; v <= 13; v++) {
            assertEquals(1, flyway(String.valueOf(v)).migrate().migrationsExecuted, "V" + v + " alone");
            assertEquals(1L, count("SELECT COUNT(*) FROM mediation_case WHERE id = 10"), "the case after V" + v);
        }
        assertTrue(flyway(null).migrate().migrationsExecuted >= 1, "the later migrations");
        assertEquals(0, flyway(null).info().pending().length, "at the current version");

        Map<String, Object> kase = row(MediationCase.class, 10);
        assertEquals("PENDING_ACCEPTANCE", kase.get("STATUS"));
        assertEquals("(2026)京0105民诉前调1873号", kase.get("COURT_CASE_NUMBER"));
        assertEquals(0, new java.math.BigDecimal("452000.00").compareTo((java.math.BigDecimal) kase.get("CLAIM_AMOUNT")));
        assertEquals(java.sql.Date.valueOf("2026-03-05"), kase.get("ACCEPTANCE_DUE_DATE"));
        assertEquals("王𠈌", row(Party.class, 12).get("NAME"), "a character outside the BMP survives");
        assertEquals("91110105MA5DDR3E6T", row(Party.class, 11).get("CREDIT_CODE"));
        assertEquals("OPEN", row(Deadline.class, 16).get("STATE"));
        assertEquals("起诉状.pdf", row(Material.class, 13).get("FILE_NAME"));
        Map<String, Object> account = row(UserAccount.class, 3);
        assertEquals("clerk.bj0105", account.get("USERNAME"));
        assertEquals(Boolean.TRUE, account.get("ACTIVE"));
        assertEquals(1L, count("SELECT COUNT(*) FROM material_content WHERE material_id = 13"));
        assertEquals(1L, count("SELECT COUNT(*) FROM case_event WHERE case_id = 10"));
    }

    private static long count(String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(URL, "sa", "sa"); Statement s = c.createStatement();
             ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }

    /** The row {@code id} of the entity's table, with exactly the columns the entity maps (upper-case names). */
    private static Map<String, Object> row(Class<?> entity, long id) throws SQLException {
        List<String> columns = columns(entity);
        String sql = "SELECT " + String.join(", ", columns) + " FROM " + entity.getAnnotation(Table.class).name()
                + " WHERE id = " + id;
        Map<String, Object> row = new LinkedHashMap<>();
        try (Connection c = DriverManager.getConnection(URL, "sa", "sa"); Statement s = c.createStatement();
             ResultSet r = s.executeQuery(sql)) {
            assertTrue(r.next(), entity.getSimpleName() + " " + id);
            for (int i = 1; i <= columns.size(); i++) {
                row.put(r.getMetaData().getColumnLabel(i).toUpperCase(java.util.Locale.ROOT), r.getObject(i));
            }
        }
        return row;
    }

    /** The columns of the entity's own table its fields map (joins, collections and transients left out). */
    static List<String> columns(Class<?> type) {
        List<String> columns = new ArrayList<>();
        for (Class<?> k = type; k != null && k != Object.class; k = k.getSuperclass()) {
            for (Field f : k.getDeclaredFields()) {
                if (Modifier.isStatic(f.getModifiers()) || Modifier.isTransient(f.getModifiers())
                        || f.isAnnotationPresent(Transient.class) || f.isAnnotationPresent(OneToMany.class)
                        || f.isAnnotationPresent(ManyToMany.class) || f.isAnnotationPresent(ElementCollection.class)) {
                    continue;
                }
                if (f.isAnnotationPresent(ManyToOne.class) || f.isAnnotationPresent(OneToOne.class)) {
                    OneToOne one = f.getAnnotation(OneToOne.class);
                    JoinColumn join = f.getAnnotation(JoinColumn.class);
                    if ((one == null || one.mappedBy().isEmpty()) && join != null) {
                        columns.add(join.name());
                    }
                    continue;
                }
                if (f.isAnnotationPresent(Embedded.class)) {
                    Map<String, String> overrides = new LinkedHashMap<>();
                    for (AttributeOverride o : f.getAnnotationsByType(AttributeOverride.class)) {
                        overrides.put(o.name(), o.column().name());
                    }
                    for (Field e : f.getType().getDeclaredFields()) {
                        if (!Modifier.isStatic(e.getModifiers())) {
                            Column col = e.getAnnotation(Column.class);
                            columns.add(overrides.getOrDefault(e.getName(),
                                    col != null && !col.name().isEmpty() ? col.name() : e.getName()));
                        }
                    }
                    continue;
                }
                Column col = f.getAnnotation(Column.class);
                columns.add(col != null && !col.name().isEmpty() ? col.name() : f.getName());
            }
        }
        return columns;
    }
}
