package org.sutiao.testing.bench;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import org.sutiao.calendar.domain.DayKind;
import org.sutiao.calendar.domain.DueDate;
import org.sutiao.calendar.domain.WorkingDayCalendar;
import org.sutiao.cases.domain.AcceptancePeriod;
import org.sutiao.cases.domain.MediationPeriodRule;
import org.sutiao.cases.domain.ReferralKind;
import org.sutiao.fees.domain.FeeCalculator;
import org.sutiao.shared.domain.BusinessTime;
import org.sutiao.shared.domain.IdNumbers;
import org.sutiao.shared.domain.IdentityType;
import org.sutiao.shared.domain.Money;

import java.io.StringReader;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Writes N generated cases into a PostgreSQL database that the application has already migrated and given its
 * reference data and demo accounts (the {@code bench-data} profile starts the server on it first). Plain JDBC and
 * {@code COPY}: every row goes through the real schema, shaped like what the entities write (enum names, version 1,
 * ids from {@code sutiao_seq}, which is advanced past them; deadlines, offers, events, fees consistent with each
 * case's status). Deterministic: chunk k of {@value #CHUNK} cases is drawn from {@code Random(seed * 31 + k)}
 * relative to a fixed anchor date, both kept in {@code bench_generation}, so a rerun adds only the missing chunks.
 * <p>
 * System properties: {@code bench.url}, {@code bench.user}, {@code bench.password}, {@code bench.cases} (default
 * 1,000,000), {@code bench.seed}. Test code: never part of the EAR.
 */
public final class BenchDataGenerator {
    /** Generated court case numbers start here, above every number of the demo data (seed/cases.json: ≤ 22,417). */
    static final int COURT_NUMBER_BASE = 100_001;
    static final int CHUNK = 10_000;
    static final int MEDIATORS_PER_CENTER = 170;
    static final ZoneId ZONE = BusinessTime.ZONE;
    static final String BIG_CENTER = "CCPIT-L-BJ";
    static final String CLERK_COURT = "BJ-B-0105";

    private final Connection db;
    private final long seed;
    private final LocalDate anchor;
    private final Instant now;
    private WorkingDayCalendar calendar;
    private final Map<LocalDate, DueDate> acceptanceDue = new HashMap<>();
    private final Map<LocalDate, DueDate> mediationDue = new HashMap<>();
    private final Map<LocalDate, Boolean> workingDays = new HashMap<>();
    private final List<Ref> courts = new ArrayList<>();
    private final List<Ref> centers = new ArrayList<>();
    private final Map<Long, List<Ref>> mediators = new HashMap<>();
    private final Map<String, String> clerkOf = new HashMap<>();
    private final Map<String, String> adminOf = new HashMap<>();
    private final List<Fee> fees = new ArrayList<>();
    private final List<String[]> repeatCompanies = new ArrayList<>();
    private volatile long nextId;

    record Ref(long id, String code, String name, String prefix, String province, String industry) {
    }

    record Fee(long id, long centerId, String currency, String basis, LocalDate from, BigDecimal minimum,
               BigDecimal hourly, List<BigDecimal[]> brackets) {
    }

    BenchDataGenerator(Connection db, long seed, LocalDate anchor) {
        this.db = db;
        this.seed = seed;
        this.anchor = anchor;
        this.now = anchor.atTime(8, 0).atZone(ZONE).toInstant();
    }

    public static void main(String[] args) throws Exception {
        String url = System.getProperty("bench.url", "jdbc:postgresql://127.0.0.1:5432/sutiao_bench");
        long n = Long.parseLong(System.getProperty("bench.cases", "1000000").replace("_", ""));
        long seed = Long.parseLong(System.getProperty("bench.seed", "20260101"));
        long t0 = System.nanoTime();
        String user = System.getProperty("bench.user", "postgres");
        String password = System.getProperty("bench.password", "postgres");
        if (!imported(url, user, password)) {
            ServerImport.run(url, user, password);
        }
        try (Connection db = DriverManager.getConnection(url, user, password)) {
            requireImported(db);
            LocalDate anchor = anchor(db);
            BenchDataGenerator g = new BenchDataGenerator(db, seed, anchor);
            long written = g.run(n);
            System.out.printf(Locale.ROOT, "[bench-data] %s: %,d cases requested, %,d written now, anchor %s;"
                    + " generation took %.1f s%n", url, n, written, anchor, (System.nanoTime() - t0) / 1e9);
        }
    }

    private static boolean imported(String url, String user, String password) {
        try (Connection db = DriverManager.getConnection(url, user, password)) {
            requireImported(db);
            return true;
        } catch (SQLException | IllegalStateException e) {
            return false;
        }
    }

    private static void requireImported(Connection db) throws SQLException {
        try (Statement s = db.createStatement(); ResultSet r = s.executeQuery(
                "SELECT count(*) FROM user_account WHERE username IN ('hq.admin1', 'clerk.bj0105', 'ctr.bj.admin')")) {
            r.next();
            if (r.getInt(1) != 3) {
                throw new IllegalStateException("The database lacks the application's demo import: start the server"
                        + " on it once with demo data (mvn -Pbench-data does)");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("The database is not migrated: start the server on it once with demo"
                    + " data (mvn -Pbench-data does): " + e.getMessage(), e);
        }
    }

    private static LocalDate anchor(Connection db) throws SQLException {
        try (Statement s = db.createStatement()) {
            s.execute("CREATE TABLE IF NOT EXISTS bench_generation (chunk INTEGER PRIMARY KEY, cases INTEGER NOT NULL,"
                    + " seed BIGINT NOT NULL, anchor DATE NOT NULL, first_case_id BIGINT NOT NULL,"
                    + " written_at TIMESTAMP WITH TIME ZONE NOT NULL)");
            try (ResultSet r = s.executeQuery("SELECT min(anchor) FROM bench_generation")) {
                r.next();
                return r.getDate(1) != null ? r.getDate(1).toLocalDate() : LocalDate.now(ZONE);
            }
        }
    }

    long run(long n) throws Exception {
        db.setAutoCommit(false);
        try (Statement s = db.createStatement()) {
            // Rows are consistent by construction: no per-row foreign-key trigger during the bulk load.
            s.execute("SET session_replication_role = replica");
            s.execute("SET synchronous_commit = off");
        }
        loadReference();
        topUpRoster();
        db.commit();
        long done = 0;
        int nextChunk = 0;
        try (Statement s = db.createStatement(); ResultSet r = s.executeQuery(
                "SELECT coalesce(sum(cases), 0), coalesce(max(chunk) + 1, 0) FROM bench_generation")) {
            r.next();
            done = r.getLong(1);
            nextChunk = r.getInt(2);
        }
        long written = 0;
        long t0 = System.nanoTime();
        // One thread draws the next chunk while this one copies the previous: ids are taken in order from the
        // sequence's value at the start (nothing else writes during the load) and the sequence follows each commit.
        reserveIds();
        java.util.concurrent.ExecutorService drawer = java.util.concurrent.Executors.newSingleThreadExecutor();
        java.util.concurrent.Future<Chunk> next = null;
        long planned = done;
        int k = nextChunk;
        try {
            while (done < n) {
                if (next == null) {
                    next = draw(drawer, k, (int) Math.min(CHUNK, n - planned), planned);
                    planned += Math.min(CHUNK, n - planned);
                }
                Chunk ch = next.get();
                next = null;
                if (planned < n) {
                    next = draw(drawer, k + 1, (int) Math.min(CHUNK, n - planned), planned);
                    planned += Math.min(CHUNK, n - planned);
                }
                store(ch);
                db.commit();
                int size = ch.size;
                done += size;
                written += size;
                k++;
            if (k % 10 == 0 || done >= n) {
                System.out.printf(Locale.ROOT, "[bench-data] %,d cases (%.0f cases/s; %.0f s of it in COPY)%n", done,
                        written / ((System.nanoTime() - t0) / 1e9), copyNanos / 1e9);
            }
            }
        } finally {
            drawer.shutdownNow();
        }
        if (written > 0 || evaluationMissing()) {
            // issue 11: the evaluation's facts and summaries of every case, as the application's recompute makes them
            long t1 = System.nanoTime();
            long facts = BenchEvaluationFacts.fill(db);
            System.out.printf(Locale.ROOT, "[bench-data] evaluation: %,d facts and their summaries in %.0f s%n", facts,
                    (System.nanoTime() - t1) / 1e9);
        }
        if (written > 0) {
            db.setAutoCommit(true);
            try (Statement s = db.createStatement()) {
                // the subsidies were copied past the application: its summary of them is rebuilt from them (V29)
                s.execute(org.sutiao.fees.application.SubsidySummary.CLEAR_SQL);
                s.execute(org.sutiao.fees.application.SubsidySummary.REBUILD_SQL);
                // a database in service is vacuumed by autovacuum: the visibility map its index-only scans rely on is set
                s.execute("VACUUM ANALYZE");
            }
        }
        return written;
    }

    /** True when the evaluation's facts were never computed on this database (an older generation). */
    private boolean evaluationMissing() throws SQLException {
        try (Statement s = db.createStatement(); ResultSet r = s.executeQuery(
                "SELECT recomputed_at IS NULL OR NOT EXISTS (SELECT 1 FROM eval_summary) FROM eval_fold_state")) {
            return r.next() && r.getBoolean(1);
        }
    }

    // ---------------------------------------------------------------- reference data

    private void loadReference() throws SQLException {
        Map<LocalDate, DayKind> days = new HashMap<>();
        Set<Integer> years = new HashSet<>();
        query("SELECT cal_date, kind FROM calendar_day", r -> days.put(r.getDate(1).toLocalDate(),
                DayKind.valueOf(r.getString(2))));
        query("SELECT notice_year FROM calendar_year", r -> years.add(r.getInt(1)));
        calendar = new WorkingDayCalendar(days, years);
        // ~35 courts refer: the intermediate and basic courts of the pilot regions.
        query("SELECT id, code, name, case_no_prefix, province FROM court WHERE level IN ('BASIC', 'INTERMEDIATE')"
                + " AND case_no_prefix IS NOT NULL ORDER BY code", r -> courts.add(new Ref(r.getLong(1), r.getString(2),
                r.getString(3), r.getString(4), r.getString(5), null)));
        query("SELECT id, code, name, province, industry FROM mediation_center ORDER BY code", r -> centers.add(
                new Ref(r.getLong(1), r.getString(2), r.getString(3), null, r.getString(4), r.getString(5))));
        query("SELECT org_code, min(username) FROM user_account WHERE role = 'COURT_CLERK' GROUP BY org_code",
                r -> clerkOf.put(r.getString(1), r.getString(2)));
        query("SELECT org_code, min(username) FROM user_account WHERE role = 'CENTER_ADMIN' GROUP BY org_code",
                r -> adminOf.put(r.getString(1), r.getString(2)));
        Map<Long, Fee> byId = new LinkedHashMap<>();
        query("SELECT id, center_id, currency, basis, effective_from, minimum_fee, hourly_rate FROM fee_schedule"
                + " ORDER BY effective_from, version_no", r -> byId.put(r.getLong(1), new Fee(r.getLong(1), r.getLong(2),
                r.getString(3), r.getString(4), r.getDate(5).toLocalDate(), r.getBigDecimal(6), r.getBigDecimal(7),
                new ArrayList<>())));
        query("SELECT schedule_id, lower_bound, upper_bound, rate_percent FROM fee_bracket ORDER BY schedule_id, seq",
                r -> byId.get(r.getLong(1)).brackets().add(new BigDecimal[]{r.getBigDecimal(2), r.getBigDecimal(3),
                        r.getBigDecimal(4)}));
        fees.addAll(byId.values());
        Random rnd = new Random(seed);
        for (int i = 0; i < 400; i++) {
            repeatCompanies.add(new String[]{companyName(rnd, i % 7 == 0 ? "集团股份有限公司" : "有限公司"),
                    creditCode(rnd), personName(rnd)});
        }
    }

    private void loadMediators() throws SQLException {
        mediators.clear();
        query("SELECT m.id, m.code, m.name, m.center_id FROM mediator m JOIN national_roster_entry n"
                + " ON n.mediator_id = m.id WHERE m.status = 'ACTIVE' ORDER BY m.id", r -> mediators.computeIfAbsent(
                r.getLong(4), k -> new ArrayList<>()).add(new Ref(r.getLong(1), r.getString(2), r.getString(3), null,
                null, null)));
    }

    /** Every center gets {@value #MEDIATORS_PER_CENTER} mediators on the national roster (one approved report). */
    private void topUpRoster() throws Exception {
        Map<Long, Integer> counts = new HashMap<>();
        query("SELECT center_id, count(*) FROM mediator GROUP BY center_id", r -> counts.put(r.getLong(1), r.getInt(2)));
        long codeNext;
        try (Statement s = db.createStatement(); ResultSet r = s.executeQuery(
                "SELECT next_value FROM code_counter WHERE name = 'mediator'")) {
            r.next();
            codeNext = r.getLong(1);
        }
        reserveIds();
        Random rnd = new Random(seed ^ 0x5EED);
        StringBuilder med = new StringBuilder();
        StringBuilder nat = new StringBuilder();
        StringBuilder rep = new StringBuilder();
        StringBuilder item = new StringBuilder();
        Instant at = LocalDate.of(anchor.getYear(), 1, 2).atTime(10, 0).atZone(ZONE).toInstant();
        int added = 0;
        String[] specialties = {"商事合同", "跨境贸易", "投资", "海事海商", "知识产权", "金融", "建设工程", "电子商务"};
        String[] professions = {"律师", "仲裁员", "退休法官", "企业法务", "高校教师", "会计师"};
        for (Ref c : centers) {
            int missing = MEDIATORS_PER_CENTER - counts.getOrDefault(c.id(), 0);
            if (missing <= 0) {
                continue;
            }
            long reportId = id();
            row(rep, reportId, 1, c.id(), "APPROVED", ts(at), "system", "bench roster", ts(at), "system", null);
            for (int i = 0; i < missing; i++) {
                long mid = id();
                String code = "M" + codeNext++;
                String name = personName(rnd);
                String employment = rnd.nextInt(3) == 0 ? "PART_TIME" : "FULL_TIME";
                String spec = specialties[rnd.nextInt(specialties.length)] + ";"
                        + specialties[rnd.nextInt(specialties.length)];
                String languages = rnd.nextInt(4) == 0 ? "zh;en" : "zh";
                String profession = professions[rnd.nextInt(professions.length)];
                int years = 2 + rnd.nextInt(30);
                String cert = rnd.nextInt(3) == 0 ? "SENIOR" : "INTERMEDIATE";
                String certNo = "CCPIT-MC-" + code;
                LocalDate certTo = LocalDate.of(anchor.getYear() + 1 + rnd.nextInt(3), 1 + rnd.nextInt(12), 1)
                        .minusDays(1);
                String idNumber = residentId(rnd, 1955 + rnd.nextInt(45));
                row(med, mid, 1, code, name, c.id(), employment, spec, languages, profession, years, true, "ACTIVE",
                        idNumber, "139" + String.format("%08d", rnd.nextInt(100_000_000)), cert, certNo,
                        LocalDate.of(anchor.getYear() - 3, 1 + rnd.nextInt(12), 1), certTo, "0.0", null, null, null);
                row(nat, mid, reportId, ts(at), code, name, c.code(), c.name(), c.province(), c.industry(), employment,
                        profession, spec, languages, years, cert, certNo, certTo, "ACTIVE", "0.0");
                row(item, id(), reportId, mid, "initial roster", code, name, c.code(), c.name(), c.province(),
                        c.industry(), employment, profession, spec, languages, years, cert, certNo, certTo, "ACTIVE");
                added++;
            }
        }
        if (added > 0) {
            copy("roster_report (id, version, center_id, status, submitted_at, submitted_by, note, reviewed_at,"
                    + " reviewed_by, review_comments)", rep);
            copy("mediator (id, version, code, name, center_id, employment, specialties, languages, profession,"
                    + " years_experience, certified, status, id_number, phone, cert_level, cert_number, cert_valid_from,"
                    + " cert_valid_to, training_hours, exit_date, exit_reason, exit_note)", med);
            copy("national_roster_entry (mediator_id, report_id, approved_at, code, name, center_code, center_name,"
                    + " region, industry, employment, profession, specialties, languages, years_experience, cert_level,"
                    + " cert_number, cert_valid_to, status, training_hours)", nat);
            copy("roster_report_item (id, report_id, mediator_id, changes, code, name, center_code, center_name,"
                    + " region, industry, employment, profession, specialties, languages, years_experience, cert_level,"
                    + " cert_number, cert_valid_to, status)", item);
            try (PreparedStatement p = db.prepareStatement(
                    "UPDATE code_counter SET next_value = ? WHERE name = 'mediator'")) {
                p.setLong(1, codeNext);
                p.executeUpdate();
            }
            System.out.printf(Locale.ROOT, "[bench-data] %,d mediators added to the national roster%n", added);
        }
        releaseIds();
        loadMediators();
    }

    // ---------------------------------------------------------------- cases

    private final class Chunk {
        int k;
        int size;
        long firstCaseId;
        long lastId;
        final StringBuilder cases = new StringBuilder(8 << 20);
        final StringBuilder parties = new StringBuilder(8 << 20);
        final StringBuilder claims = new StringBuilder(4 << 20);
        final StringBuilder offers = new StringBuilder(2 << 20);
        final StringBuilder events = new StringBuilder(8 << 20);
        final StringBuilder deadlines = new StringBuilder(4 << 20);
        final StringBuilder notifications = new StringBuilder(4 << 20);
        final StringBuilder fees = new StringBuilder(1 << 20);
        final StringBuilder shares = new StringBuilder(1 << 20);
        final StringBuilder subsidies = new StringBuilder(1 << 18);
        final StringBuilder agreements = new StringBuilder(2 << 20);
        final StringBuilder reports = new StringBuilder(2 << 20);
        final StringBuilder suspensions = new StringBuilder(1 << 16);
    }

    private java.util.concurrent.Future<Chunk> draw(java.util.concurrent.ExecutorService drawer, int k, int size,
                                                    long firstIndex) {
        return drawer.submit(() -> {
            Chunk ch = new Chunk();
            ch.k = k;
            ch.size = size;
            ch.firstCaseId = nextId;
            Random rnd = new Random(seed * 31 + k);
            for (int i = 0; i < size; i++) {
                oneCase(ch, rnd, firstIndex + i);
            }
            ch.lastId = nextId;
            return ch;
        });
    }

    private void store(Chunk ch) throws Exception {
        int k = ch.k;
        int size = ch.size;
        long firstCaseId = ch.firstCaseId;
        copy("mediation_case (id, version, case_number, source, referral_kind, court_id, court_case_number,"
                + " idempotency_key, cause_of_action, dispute_type, claim_amount, claim_currency, facts,"
                + " consent_recorded_at, status, center_id, mediator_id, pushed_at, acceptance_due_date,"
                + " acceptance_due_provisional, acceptance_overdue, accepted_at, mediation_due_date,"
                + " mediation_due_provisional, failure_reason_code, failure_reason, ended_at, replacement_needed,"
                + " settled_scope, consent_due_date, applicant_username, confirmation_court_id, consent_due_provisional,"
                + " nominated_mediator_id, conflict_override_reason)", ch.cases);
        copy("party (id, case_id, seq, role, type, name, country, credit_code, foreign_registration_no, id_type,"
                + " id_number, legal_representative, address, phone, email, agent_name, agent_phone,"
                + " litigation_position, external_ref, identity_key, agent_id_number, agent_identity_key,"
                + " consent_agreed, consent_reason, consent_at)", ch.parties);
        copy("claim (id, case_id, seq, claim_text, amount, currency)", ch.claims);
        copy("case_offer (id, case_id, seq, center_id, offered_at, acceptance_due_date, outcome, decided_at,"
                + " decided_by, decline_code, decline_reason)", ch.offers);
        copy("case_event (id, case_id, occurred_at, type, actor, actor_name, detail)", ch.events);
        copy("deadline (id, version, case_id, kind, due_at, due_date, provisional, state, handled_at)", ch.deadlines);
        try (PreparedStatement p = db.prepareStatement("UPDATE deadline d SET center_id = c.center_id,"
                + " mediator_id = c.mediator_id, court_id = COALESCE(c.court_id, c.confirmation_court_id)"
                + " FROM mediation_case c WHERE c.id = d.case_id AND d.state = 'OPEN' AND d.case_id >= ?"
                + " AND d.case_id < ?")) {
            // an open deadline carries its case's final scope keys, as MediationCase keeps them (V28)
            p.setLong(1, firstCaseId);
            p.setLong(2, ch.lastId);
            p.executeUpdate();
        }
        copy("notification (id, version, recipient_org, recipient_role, case_id, message_key, message_args,"
                + " dedup_key, created_at, resolved)", ch.notifications);
        copy("case_fee (id, version, case_id, schedule_id, basis, claim_base, hours, amount, currency, accepted_on,"
                + " computed_at)", ch.fees);
        copy("case_fee_share (id, case_fee_id, seq, party_id, amount, status, paid_on)", ch.shares);
        copy("case_subsidy (id, case_id, center_id, amount, currency, source, granted_on, recorded_by, recorded_at)",
                ch.subsidies);
        copy("agreement (id, version, case_id, revision, scope, facts, terms, uploaded_scan, document,"
                + " document_sha256, status, effective_at, effective_on, updated_at, updated_by)", ch.agreements);
        copy("failure_report (id, version, case_id, basic_situation, failure_reasons, notes_for_court, submitted_at,"
                + " submitted_by, acknowledged_at, acknowledged_by, court_action, filed_case_number)", ch.reports);
        copy("case_suspension (id, case_id, institution, reason, start_date, end_date, started_at, ended_at)",
                ch.suspensions);
        try (PreparedStatement p = db.prepareStatement("INSERT INTO bench_generation (chunk, cases, seed, anchor,"
                + " first_case_id, written_at) VALUES (?, ?, ?, ?, ?, now())")) {
            p.setInt(1, k);
            p.setInt(2, size);
            p.setLong(3, seed);
            p.setObject(4, anchor);
            p.setLong(5, firstCaseId);
            p.executeUpdate();
        }
        try (Statement s = db.createStatement()) {
            // EclipseLink takes the 50 ids up to each value it draws: the next draw must lie beyond what we used.
            s.execute("SELECT setval('sutiao_seq', " + (ch.lastId + 50) + ")");
        }
    }

    private static final String[] CAUSES = {"买卖合同纠纷", "国际货物买卖合同纠纷", "服务合同纠纷", "建设工程施工合同纠纷",
            "融资租赁合同纠纷", "金融借款合同纠纷", "技术服务合同纠纷", "货运代理合同纠纷", "仓储合同纠纷", "股权转让纠纷",
            "特许经营合同纠纷", "网络服务合同纠纷", "进出口代理合同纠纷", "海上、通海水域货物运输合同纠纷", "侵害商标权纠纷"};
    private static final String[] TYPES = {"商事合同", "跨境贸易", "电子商务", "金融", "建设工程", "知识产权", "海事海商",
            "投资"};
    private static final String[] FAILURES = {"PERIOD_EXPIRED", "PARTY_UNREACHABLE", "PARTY_REFUSED", "REFUSED_TO_SIGN",
            "OTHER"};
    private static final String[] DECLINES = {"OUTSIDE_SCOPE", "BEYOND_EXPERTISE", "CONFLICT_OF_INTEREST",
            "NO_CAPACITY", "OTHER"};

    /** Status drawn for a case: ~90 % closed, the rest across every open status. */
    private static String status(Random rnd, boolean direct) {
        double x = rnd.nextDouble() * 100;
        if (x < 90) {
            return "CLOSED";
        }
        x -= 90;
        if (x < 2.0) {
            return "PENDING_ACCEPTANCE";
        }
        if (x < 5.0) {
            return "IN_MEDIATION";
        }
        if (x < 5.5) {
            return "SUSPENDED";
        }
        if (x < 7.0) {
            return "SETTLED";
        }
        if (x < 8.2) {
            return "FAILED";
        }
        if (x < 8.8) {
            return "WITHDRAWN";
        }
        if (x < 9.5) {
            return direct ? "PENDING_CONSENT" : "DECLINED";
        }
        return direct ? "CONSENT_REFUSED" : "IN_MEDIATION";
    }

    private void oneCase(Chunk ch, Random rnd, long index) {
        boolean direct = rnd.nextInt(100) < 8;
        String status = status(rnd, direct);
        // One center carries ~25 % of the volume (the others share the rest; they may draw it too).
        Ref center = rnd.nextInt(100) < 22 ? center(BIG_CENTER) : centers.get(rnd.nextInt(centers.size()));
        Ref court = direct ? null : courts.get(rnd.nextInt(courts.size()));
        String kind = direct ? null : rnd.nextInt(10) < 6 ? "DELEGATED" : "ENTRUSTED";
        // When: closed cases over five years weighted to recent ones; open ones recently.
        LocalDate pushDay;
        boolean closed = status.equals("CLOSED");
        if (closed) {
            int back = weightedYearsBack(rnd);
            LocalDate from = LocalDate.of(anchor.getYear() - back, 1, 1);
            LocalDate to = back == 0 ? anchor.minusDays(75) : LocalDate.of(anchor.getYear() - back, 12, 31);
            pushDay = from.plusDays(rnd.nextInt((int) (to.toEpochDay() - from.toEpochDay()) + 1));
        } else {
            int back = switch (status) {
                case "PENDING_ACCEPTANCE" -> rnd.nextInt(9);
                case "DECLINED", "PENDING_CONSENT", "CONSENT_REFUSED" -> 2 + rnd.nextInt(10);
                case "IN_MEDIATION" -> 3 + rnd.nextInt(30);
                default -> 10 + rnd.nextInt(50);
            };
            pushDay = anchor.minusDays(back);
        }
        while (!isWorkingDay(pushDay)) {
            pushDay = pushDay.minusDays(1);
        }
        Instant pushedAt = at(pushDay, 9 * 60 + rnd.nextInt(8 * 60 + 30), rnd);
        if (pushedAt.isAfter(now)) {
            pushedAt = now.minusSeconds(60 + rnd.nextInt(3600));
        }
        long caseId = id();
        String caseNumber = "CCPIT-" + pushDay.getYear() + "-" + String.format("%06d", caseId);
        String clerk = court == null ? null : clerkOf.getOrDefault(court.code(), court.code());
        String courtCaseNumber = court == null ? null : "(" + pushDay.getYear() + ")" + court.prefix()
                + (kind.equals("DELEGATED") ? "民诉前调" : "民初") + (COURT_NUMBER_BASE + index) + "号";
        String cause = CAUSES[rnd.nextInt(CAUSES.length)];
        String type = TYPES[rnd.nextInt(TYPES.length)];
        String currency = center.code().equals("CCPIT-HQ") && rnd.nextInt(5) == 0 ? "USD" : "CNY";

        // Parties: an applicant (a fifth are repeat companies) and one to three respondents (~2 on average).
        int nParties = rnd.nextInt(100) < 85 ? 2 : rnd.nextInt(3) < 2 ? 3 : 4;
        List<Long> partyIds = new ArrayList<>();
        List<Object[]> partyRows = new ArrayList<>();
        String applicantName = null;
        for (int p = 1; p <= nParties; p++) {
            long pid = id();
            partyIds.add(pid);
            boolean applicant = p == 1;
            boolean company;
            String name;
            String code;
            String rep;
            if (applicant && rnd.nextInt(5) == 0) {
                String[] c = repeatCompanies.get((int) Math.min(repeatCompanies.size() - 1,
                        Math.abs(rnd.nextGaussian()) * repeatCompanies.size() / 3));
                company = true;
                name = c[0];
                code = c[1];
                rep = c[2];
            } else {
                company = rnd.nextInt(100) < (applicant ? 85 : 70);
                name = company ? companyName(rnd, "有限公司") : personName(rnd);
                code = company ? creditCode(rnd) : residentId(rnd, 1950 + rnd.nextInt(50));
                rep = company ? personName(rnd) : null;
            }
            if (applicant) {
                applicantName = name;
            }
            String position = court == null ? null : applicant ? "原告" : "被告";
            Boolean consent = null;
            Instant consentAt = null;
            partyRows.add(new Object[]{pid, caseId, p, applicant ? "APPLICANT" : "RESPONDENT",
                    company ? "LEGAL_PERSON" : "NATURAL_PERSON", name, "CN", company ? code : null, null,
                    company ? null : "RESIDENT_ID", company ? null : code, rep,
                    (company ? "北京市朝阳区建国路" : "北京市海淀区中关村大街") + (1 + rnd.nextInt(300)) + "号",
                    "1" + (30 + rnd.nextInt(60)) + String.format("%08d", rnd.nextInt(100_000_000)),
                    company ? "legal" + pid + "@example.com" : null, null, null, position, null,
                    IdentityType.key(code), null, null, consent, null, consentAt});
        }
        // Claims: ~2 per case, the monetary ones adding up to the claim amount.
        BigDecimal amount = BigDecimal.valueOf((long) Math.exp(9 + rnd.nextDouble() * 6.5)).setScale(2,
                RoundingMode.UNNECESSARY);
        int nClaims = 1 + rnd.nextInt(3);
        BigDecimal first = nClaims == 1 ? amount : amount.multiply(BigDecimal.valueOf(80 + rnd.nextInt(20)))
                .divide(BigDecimal.valueOf(100), 2, RoundingMode.DOWN);
        for (int c = 1; c <= nClaims; c++) {
            BigDecimal a = c == 1 ? first : c == 2 ? amount.subtract(first) : null;
            if (a != null && a.signum() == 0) {
                a = null;
            }
            String text = c == 1 ? "请求被申请人支付货款" + a + "元" : c == 2 && a != null ? "请求被申请人支付违约金" + a + "元"
                    : "请求被申请人承担本案调解费用";
            row(ch.claims, id(), caseId, c, text, a, a == null ? null : currency);
        }
        String actorCourt = court == null ? "party" : clerk;
        String actorCourtName = court == null ? applicantName : court.name();
        String centerAdmin = adminOf.getOrDefault(center.code(), "system");

        // The offer(s): 4 % went to a first center that declined or let the period lapse.
        Instant offerAt = pushedAt;
        int offerSeq = 1;
        DueDate accDue = acceptanceDue(pushDay);
        boolean reReferred = !direct && rnd.nextInt(100) < 4 && !status.equals("PENDING_ACCEPTANCE")
                && !status.equals("DECLINED") && pushDay.isBefore(anchor.minusDays(15));
        if (direct) {
            event(ch, caseId, pushedAt, "APPLIED", "party", applicantName, center.code() + " " + center.name());
            notify(ch, center.code(), caseId, "notice.newApplication", pushedAt, caseNumber, accDue.date());
        } else {
            event(ch, caseId, pushedAt, "REFERRED", actorCourt, actorCourtName, center.code() + " " + center.name());
            notify(ch, center.code(), caseId, "notice.newReferral", pushedAt, caseNumber, accDue.date());
        }
        if (reReferred) {
            Ref firstCenter = centers.get(rnd.nextInt(centers.size()));
            boolean declined = rnd.nextBoolean();
            Instant decided = declined ? offerAt.plusSeconds(3600 * (20 + rnd.nextInt(40))) : null;
            String code = declined ? DECLINES[rnd.nextInt(DECLINES.length)] : null;
            row(ch.offers, id(), caseId, offerSeq++, firstCenter.id(), ts(offerAt), accDue.date(),
                    declined ? "DECLINED" : "LAPSED", ts(decided), declined ? adminOf.getOrDefault(firstCenter.code(),
                            "system") : null, code, declined ? "本中心暂无相应专业调解员" : null);
            deadline(ch, caseId, "ACCEPTANCE", accDue.end(), accDue, declined ? "MET" : "OVERDUE",
                    declined ? decided : accDue.end().plusSeconds(30));
            Instant reminder = AcceptancePeriod.reminderAt(accDue);
            deadline(ch, caseId, "ACCEPTANCE_REMINDER", reminder, accDue, declined && decided.isBefore(reminder)
                    ? "CANCELLED" : "REMINDED", declined && decided.isBefore(reminder) ? decided : reminder);
            if (declined) {
                event(ch, caseId, decided, "DECLINED", adminOf.getOrDefault(firstCenter.code(), "system"),
                        firstCenter.name(), code);
            } else {
                event(ch, caseId, accDue.end().plusSeconds(30), "ACCEPTANCE_OVERDUE", "system", "系统", null);
            }
            LocalDate again = (declined ? BusinessTime.dateOf(decided) : accDue.date()).plusDays(1 + rnd.nextInt(3));
            while (!isWorkingDay(again)) {
                again = again.plusDays(1);
            }
            offerAt = at(again, 9 * 60 + rnd.nextInt(480), rnd);
            accDue = acceptanceDue(again);
            event(ch, caseId, offerAt, "RE_REFERRED", actorCourt, actorCourtName, center.code() + " " + center.name());
            notify(ch, center.code(), caseId, "notice.newReferral", offerAt, caseNumber, accDue.date());
        }
        Instant reminderAt = AcceptancePeriod.reminderAt(accDue);
        long offerId = id();

        // Case columns that depend on the path.
        Ref mediator = null;
        Instant acceptedAt = null;
        DueDate medDue = null;
        LocalDate consentDue = null;
        boolean consentDueProvisional = false;
        boolean overdue = false;
        String failureCode = null;
        String failureText = null;
        Instant endedAt = null;
        String scope = null;
        String caseStatus = status;

        if (status.equals("PENDING_ACCEPTANCE")) {
            row(ch.offers, offerId, caseId, offerSeq, center.id(), ts(offerAt), accDue.date(), "PENDING", null, null,
                    null, null);
            boolean lapsed = !now.isBefore(accDue.end());
            // After the due date most were marked by the timer; ~30 % wait in its backlog (open and due).
            boolean marked = lapsed && rnd.nextInt(10) < 7;
            overdue = marked;
            deadline(ch, caseId, "ACCEPTANCE", accDue.end(), accDue, marked ? "OVERDUE" : "OPEN",
                    marked ? accDue.end().plusSeconds(30) : null);
            boolean reminded = marked || (!lapsed && !now.isBefore(reminderAt) && rnd.nextInt(10) < 8);
            deadline(ch, caseId, "ACCEPTANCE_REMINDER", reminderAt, accDue, reminded ? "REMINDED" : "OPEN",
                    reminded ? reminderAt.plusSeconds(30) : null);
            if (reminded) {
                event(ch, caseId, reminderAt.plusSeconds(30), "ACCEPTANCE_REMINDER", "system", "系统", null);
                notify(ch, center.code(), caseId, "notice.acceptanceReminder", reminderAt, caseNumber, accDue.date());
            }
            if (marked) {
                event(ch, caseId, accDue.end().plusSeconds(30), "ACCEPTANCE_OVERDUE", "system", "系统", null);
                notify(ch, center.code(), caseId, "notice.acceptanceOverdue", accDue.end(), caseNumber, accDue.date());
                if (court != null) {
                    notify(ch, court.code(), caseId, "notice.acceptanceOverdue", accDue.end(), caseNumber,
                            accDue.date());
                }
            }
        } else if (status.equals("DECLINED")) {
            Instant decided = minBefore(offerAt.plusSeconds(3600 * (4 + rnd.nextInt(40))), accDue.end(), now);
            String code = DECLINES[rnd.nextInt(DECLINES.length)];
            row(ch.offers, offerId, caseId, offerSeq, center.id(), ts(offerAt), accDue.date(), "DECLINED",
                    ts(decided), centerAdmin, code, "本中心暂无相应专业调解员");
            deadline(ch, caseId, "ACCEPTANCE", accDue.end(), accDue, "MET", decided);
            deadline(ch, caseId, "ACCEPTANCE_REMINDER", reminderAt, accDue, "CANCELLED", decided);
            event(ch, caseId, decided, "DECLINED", centerAdmin, center.name(), code);
            notify(ch, court.code(), caseId, "notice.declined", decided, caseNumber, center.name());
        } else {
            // Accepted within the period.
            mediator = pick(rnd, center);
            acceptedAt = minBefore(offerAt.plusSeconds(3600 * (2 + rnd.nextInt(50))), accDue.end(), now);
            row(ch.offers, offerId, caseId, offerSeq, center.id(), ts(offerAt), accDue.date(), "ACCEPTED",
                    ts(acceptedAt), centerAdmin, null, null);
            deadline(ch, caseId, "ACCEPTANCE", accDue.end(), accDue, "MET", acceptedAt);
            boolean remindedFirst = reminderAt.isBefore(acceptedAt);
            deadline(ch, caseId, "ACCEPTANCE_REMINDER", reminderAt, accDue, remindedFirst ? "REMINDED" : "MET",
                    remindedFirst ? reminderAt.plusSeconds(30) : acceptedAt);
            Instant periodStart = acceptedAt;
            if (direct) {
                DueDate cd = acceptanceDue(BusinessTime.dateOf(acceptedAt));
                consentDue = cd.date();
                consentDueProvisional = cd.provisional();
                event(ch, caseId, acceptedAt, "ACCEPTED", centerAdmin, center.name(), mediator.code() + " "
                        + mediator.name() + " · " + consentDue);
                if (status.equals("PENDING_CONSENT")) {
                    deadline(ch, caseId, "RESPONDENT_CONSENT", cd.end(), cd, "OPEN", null);
                } else if (status.equals("CONSENT_REFUSED") || (closed && rnd.nextInt(100) < 5)) {
                    Instant refused = minBefore(acceptedAt.plusSeconds(3600 * (5 + rnd.nextInt(40))), cd.end(), now);
                    deadline(ch, caseId, "RESPONDENT_CONSENT", cd.end(), cd, "CANCELLED", refused);
                    event(ch, caseId, refused, "RESPONDENT_REFUSED", "party", "被申请人", "不同意调解");
                    answer(partyRows, false, refused);
                    notify(ch, center.code(), caseId, "notice.consentRefused", refused, caseNumber);
                    failureCode = "RESPONDENT_REFUSED";
                    failureText = "不同意调解";
                    endedAt = refused;
                    caseStatus = closed ? "CLOSED" : "CONSENT_REFUSED";
                    if (closed) {
                        event(ch, caseId, refused.plusSeconds(3600 * 24), "CLOSED", "system", "系统", null);
                    }
                    status = "-";
                } else {
                    periodStart = minBefore(acceptedAt.plusSeconds(3600 * (3 + rnd.nextInt(40))), cd.end(), now);
                    deadline(ch, caseId, "RESPONDENT_CONSENT", cd.end(), cd, "MET", periodStart);
                    event(ch, caseId, periodStart, "RESPONDENT_CONSENTED", "party", "被申请人", null);
                    answer(partyRows, true, periodStart);
                    notify(ch, center.code(), caseId, "notice.consentGiven", periodStart, caseNumber);
                }
            }
            if (!status.equals("PENDING_CONSENT") && !status.equals("-")) {
                medDue = mediationDue(BusinessTime.dateOf(periodStart));
                if (!direct) {
                    event(ch, caseId, acceptedAt, "ACCEPTED", centerAdmin, center.name(), mediator.code() + " "
                            + mediator.name() + " · " + medDue.date());
                    notify(ch, court.code(), caseId, "notice.accepted", acceptedAt, caseNumber, center.name());
                }
                // How it ends (or where it stands): settled, failed, withdrawn; suspended; still running.
                String path = switch (status) {
                    case "CLOSED" -> {
                        int x = rnd.nextInt(100);
                        yield x < 55 ? "SETTLED" : x < 90 ? "FAILED" : "WITHDRAWN";
                    }
                    default -> status;
                };
                Instant end = medDue.end();
                Instant outcome = switch (path) {
                    case "IN_MEDIATION", "SUSPENDED" -> null;
                    default -> minBefore(periodStart.plusSeconds(3600L * 24 * (3 + rnd.nextInt(27))), end,
                            now.minusSeconds(3600));
                };
                if (path.equals("FAILED") && rnd.nextInt(100) < 30) {
                    outcome = end.isBefore(now) ? end.plusSeconds(30) : outcome;
                }
                int sessions = 1 + rnd.nextInt(2);
                for (int s = 0; s < sessions; s++) {
                    Instant sat = periodStart.plusSeconds(3600L * 24 * (1 + 2 * s));
                    if (sat.isBefore(now) && (outcome == null || sat.isBefore(outcome))) {
                        event(ch, caseId, sat, "SESSION_SCHEDULED", mediator.code(), mediator.name(), "线上调解室");
                    }
                }
                // The period rows: the deadline and its reminders (5 and 1 days before).
                String periodState = outcome == null ? "OPEN" : "CANCELLED";
                Instant periodHandled = outcome;
                if (path.equals("SUSPENDED")) {
                    Instant susp = minBefore(periodStart.plusSeconds(3600L * 24 * (2 + rnd.nextInt(10))), end, now);
                    periodState = "CANCELLED";
                    periodHandled = susp;
                    event(ch, caseId, susp, "SUSPENDED", mediator.code(), mediator.name(), "鉴定");
                    row(ch.suspensions, id(), caseId, "某司法鉴定中心", "工程质量鉴定", BusinessTime.dateOf(susp), null,
                            ts(susp), null);
                }
                boolean backlog = path.equals("IN_MEDIATION") && !end.isAfter(now);
                deadline(ch, caseId, "MEDIATION", end, medDue, periodState, periodHandled);
                for (int days : new int[]{5, 1}) {
                    Instant rat = BusinessTime.startOf(medDue.date().minusDays(days)).plusSeconds(9 * 3600);
                    if (!rat.isAfter(periodStart)) {
                        continue;
                    }
                    Instant limit = periodHandled == null ? now : periodHandled;
                    boolean fired = rat.isBefore(limit) && !backlog;
                    String st = fired ? "REMINDED" : periodHandled == null ? "OPEN" : "CANCELLED";
                    deadline(ch, caseId, "MEDIATION_REMINDER", rat, medDue, st, st.equals("OPEN") ? null
                            : fired ? rat.plusSeconds(30) : periodHandled);
                    if (fired) {
                        event(ch, caseId, rat.plusSeconds(30), "MEDIATION_REMINDER", "system", "系统", days + "");
                        notify(ch, center.code(), caseId, "notice.mediationReminder", rat, caseNumber, medDue.date(),
                                days);
                    }
                }
                switch (path) {
                    case "SETTLED" -> {
                        scope = rnd.nextInt(10) == 0 ? "PARTIAL" : "FULL";
                        Instant drafted = outcome.minusSeconds(3600L * 24);
                        event(ch, caseId, drafted.isBefore(periodStart) ? periodStart : drafted, "AGREEMENT_DRAFTED",
                                mediator.code(), mediator.name(), "1");
                        event(ch, caseId, outcome.minusSeconds(600), "AGREEMENT_SIGNED", centerAdmin, center.name(),
                                "CENTER");
                        event(ch, caseId, outcome, "SETTLED", "system", "系统", scope);
                        notify(ch, center.code(), caseId, "notice.agreementEffective", outcome, caseNumber);
                        if (court != null) {
                            notify(ch, court.code(), caseId, "notice.agreementEffective", outcome, caseNumber);
                        }
                        row(ch.agreements, id(), 3, caseId, 1, scope, "双方就货款支付达成一致。",
                                "被申请人于十五日内支付" + amount + "元。", false, "\\\\x255044462d312e340a",
                                "0".repeat(64), "EFFECTIVE", ts(outcome), BusinessTime.dateOf(outcome), ts(outcome),
                                centerAdmin);
                        if (closed) {
                            Instant closedAt = outcome.plusSeconds(3600L * 24 * (5 + rnd.nextInt(40)));
                            event(ch, caseId, closedAt.isAfter(now) ? now : closedAt, "CLOSED", "system", "系统", null);
                        } else {
                            caseStatus = "SETTLED";
                        }
                    }
                    case "FAILED" -> {
                        boolean expired = !outcome.isBefore(end);
                        failureCode = expired ? "PERIOD_EXPIRED" : FAILURES[1 + rnd.nextInt(FAILURES.length - 1)];
                        failureText = expired ? null : "双方分歧较大，无法达成一致";
                        endedAt = outcome;
                        event(ch, caseId, outcome, "FAILED", expired ? "system" : mediator.code(),
                                expired ? "系统" : mediator.name(), failureCode);
                        if (court != null) {
                            notify(ch, court.code(), caseId, "notice.mediationFailed", outcome, caseNumber);
                        }
                        DueDate reportDue = acceptanceDue(BusinessTime.dateOf(outcome));
                        boolean reported = closed || rnd.nextBoolean();
                        Instant reportedAt = reported ? minBefore(outcome.plusSeconds(3600L * (4 + rnd.nextInt(40))),
                                reportDue.end(), now) : null;
                        deadline(ch, caseId, "FAILURE_REPORT", reportDue.end(), reportDue, reported ? "MET" : "OPEN",
                                reportedAt);
                        if (reported) {
                            event(ch, caseId, reportedAt, "FAILURE_REPORTED", mediator.code(), mediator.name(), null);
                            if (court != null) {
                                notify(ch, court.code(), caseId, "notice.failureReported", reportedAt, caseNumber);
                            }
                            Instant ack = closed ? reportedAt.plusSeconds(3600L * 24 * (1 + rnd.nextInt(10))) : null;
                            if (ack != null && ack.isAfter(now)) {
                                ack = now;
                            }
                            String action = closed ? direct ? "APPLICANT_INFORMED"
                                    : kind.equals("DELEGATED") ? "CASE_REGISTERED" : "TRIAL_RESUMED" : null;
                            row(ch.reports, id(), closed ? 2 : 1, caseId, "双方当事人经调解未能达成一致。",
                                    "争议金额分歧较大。", "建议依法审理。", ts(reportedAt), mediator.code(), ts(ack),
                                    closed ? (direct ? "party" : clerk) : null, action,
                                    "CASE_REGISTERED".equals(action) ? "(" + BusinessTime.dateOf(ack).getYear() + ")"
                                            + court.prefix() + "民初" + (index + 1) + "号" : null);
                            if (closed) {
                                event(ch, caseId, ack, "FAILURE_REPORT_ACKNOWLEDGED", direct ? "party" : clerk,
                                        actorCourtName, action);
                                notify(ch, center.code(), caseId, "notice.failureAcknowledged", ack, caseNumber);
                                event(ch, caseId, ack, "CLOSED", "system", "系统", null);
                            }
                        }
                        caseStatus = closed ? "CLOSED" : "FAILED";
                    }
                    case "WITHDRAWN" -> {
                        endedAt = outcome;
                        event(ch, caseId, outcome, "WITHDRAWN", "party", applicantName, "申请人撤回调解申请");
                        notify(ch, center.code(), caseId, "notice.withdrawn", outcome, caseNumber);
                        if (court != null) {
                            notify(ch, court.code(), caseId, "notice.withdrawn", outcome, caseNumber);
                        }
                        if (closed) {
                            event(ch, caseId, outcome.plusSeconds(3600L * 24), "CLOSED", "system", "系统", null);
                        }
                        caseStatus = closed ? "CLOSED" : "WITHDRAWN";
                    }
                    default -> {
                        // IN_MEDIATION, SUSPENDED: still running.
                    }
                }
            }
            fee(ch, rnd, caseId, center, currency, amount, acceptedAt, partyIds, closed);
        }
        for (Object[] pr : partyRows) {
            row(ch.parties, pr);
        }
        row(ch.cases, caseId, 1, caseNumber, direct ? "DIRECT_APPLICATION" : "COURT_REFERRAL", kind,
                court == null ? null : court.id(), courtCaseNumber, null, cause, type, amount, currency,
                "申请人与被申请人因" + cause.replace("纠纷", "") + "发生争议，申请人主张" + amount + "元。",
                ts(direct ? pushedAt : pushedAt.minusSeconds(86_400)), caseStatus, center.id(),
                mediator == null ? null : mediator.id(), ts(pushedAt), accDue.date(), accDue.provisional(), overdue,
                ts(acceptedAt), medDue == null ? null : medDue.date(), medDue != null && medDue.provisional(),
                failureCode, failureText, ts(endedAt), false, scope, consentDue, null, null, consentDueProvisional,
                null, null);
    }

    /** The respondents' answer to a direct application (consent_agreed, consent_reason, consent_at). */
    private static void answer(List<Object[]> partyRows, boolean agree, Instant at) {
        for (Object[] pr : partyRows) {
            if ("RESPONDENT".equals(pr[3])) {
                pr[22] = agree;
                pr[23] = agree ? null : "不同意调解";
                pr[24] = ts(at);
            }
        }
    }

    private void fee(Chunk ch, Random rnd, long caseId, Ref center, String currency, BigDecimal amount,
                     Instant acceptedAt, List<Long> partyIds, boolean closed) {
        LocalDate on = BusinessTime.dateOf(acceptedAt);
        Fee schedule = null;
        for (Fee f : fees) {
            if (f.centerId() == center.id() && f.currency().equals(currency) && !f.from().isAfter(on)) {
                schedule = f;
            }
        }
        if (schedule == null) {
            return;
        }
        BigDecimal hours = null;
        BigDecimal raw;
        if (schedule.basis().equals("MEDIATOR_HOURS")) {
            hours = BigDecimal.valueOf(2 + rnd.nextInt(14), 1).add(BigDecimal.ONE);
            raw = hours.multiply(schedule.hourly());
        } else {
            raw = BigDecimal.ZERO;
            for (BigDecimal[] b : schedule.brackets()) {
                if (amount.compareTo(b[0]) <= 0) {
                    break;
                }
                BigDecimal top = b[1] == null || amount.compareTo(b[1]) < 0 ? amount : b[1];
                raw = raw.add(top.subtract(b[0]).multiply(b[2]));
            }
            raw = raw.divide(BigDecimal.valueOf(100));
        }
        BigDecimal fee = raw.max(schedule.minimum()).setScale(2, RoundingMode.HALF_UP);
        long feeId = id();
        row(ch.fees, feeId, 1, caseId, schedule.id(), schedule.basis(), amount, hours, fee, currency, on,
                ts(acceptedAt));
        List<BigDecimal> split = FeeCalculator.split(new Money(fee, currency), partyIds.size(), 0);
        for (int i = 0; i < partyIds.size(); i++) {
            int x = rnd.nextInt(100);
            String st = !closed ? (x < 30 ? "PAID" : "UNPAID") : x < 85 ? "PAID" : x < 90 ? "WAIVED" : "UNPAID";
            row(ch.shares, id(), feeId, i + 1, partyIds.get(i), split.get(i), st,
                    st.equals("PAID") ? on.plusDays(1 + rnd.nextInt(20)) : null);
        }
        if (rnd.nextInt(100) < 12) {
            LocalDate granted = on.plusDays(10 + rnd.nextInt(60));
            if (granted.isAfter(anchor)) {
                granted = anchor;
            }
            row(ch.subsidies, id(), caseId, center.id(), fee.divide(BigDecimal.valueOf(2), 2, RoundingMode.HALF_UP), currency,
                    "地方财政调解经费补贴", granted, "system", ts(granted.atTime(10, 0).atZone(ZONE).toInstant()));
        }
    }

    private Ref pick(Random rnd, Ref center) {
        List<Ref> list = mediators.get(center.id());
        return list.get(rnd.nextInt(list.size()));
    }

    private Ref center(String code) {
        for (Ref c : centers) {
            if (c.code().equals(code)) {
                return c;
            }
        }
        throw new IllegalStateException("no center " + code);
    }

    private void event(Chunk ch, long caseId, Instant at, String type, String actor, String actorName, Object detail) {
        row(ch.events, id(), caseId, ts(at), type, actor, actorName == null ? actor : actorName, detail);
    }

    private void deadline(Chunk ch, long caseId, String kind, Instant dueAt, DueDate due, String state,
                          Instant handled) {
        row(ch.deadlines, id(), state.equals("OPEN") ? 1 : 2, caseId, kind, ts(dueAt), due.date(), due.provisional(),
                state, ts(handled));
    }

    private void notify(Chunk ch, String org, long caseId, String key, Instant at, Object... args) {
        StringBuilder joined = new StringBuilder();
        for (Object a : args) {
            joined.append(joined.isEmpty() ? "" : "|").append(a);
        }
        row(ch.notifications, id(), 1, org, null, caseId, key, joined.toString(), null, ts(at), false);
    }

    // ---------------------------------------------------------------- dates

    private int weightedYearsBack(Random rnd) {
        int x = rnd.nextInt(15);
        return x < 5 ? 0 : x < 9 ? 1 : x < 12 ? 2 : x < 14 ? 3 : 4;
    }

    private boolean isWorkingDay(LocalDate d) {
        return workingDays.computeIfAbsent(d, x -> calendar.isPublished(x.getYear()) ? calendar.isWorkingDay(x)
                : x.getDayOfWeek() != DayOfWeek.SATURDAY && x.getDayOfWeek() != DayOfWeek.SUNDAY);
    }

    private DueDate acceptanceDue(LocalDate day) {
        return acceptanceDue.computeIfAbsent(day, d -> AcceptancePeriod.dueFor(
                d.atTime(12, 0).atZone(ZONE).toInstant(), calendar));
    }

    private DueDate mediationDue(LocalDate day) {
        return mediationDue.computeIfAbsent(day, d -> new MediationPeriodRule(ReferralKind.DELEGATED, 30, "bench")
                .dueFrom(d, calendar));
    }

    private static Instant at(LocalDate day, int minuteOfDay, Random rnd) {
        return day.atStartOfDay(ZONE).toInstant().plusSeconds(minuteOfDay * 60L + rnd.nextInt(60));
    }

    private static Instant minBefore(Instant wanted, Instant limit, Instant now) {
        Instant t = wanted.isAfter(limit) ? limit.minusSeconds(3600) : wanted;
        return t.isAfter(now) ? now.minusSeconds(60) : t;
    }

    // ---------------------------------------------------------------- names and numbers

    private static final String[] CITIES = {"北京", "上海", "天津", "杭州", "宁波", "厦门", "广州", "深圳", "南宁", "重庆", "昆明",
            "南昌", "石家庄", "义乌", "苏州", "青岛"};
    private static final String BRAND = "华盛泰恒瑞鑫达辉嘉宏远博安新元通德丰海启明润中兴凯晟卓越信诚永和祥瑞晨光云帆锦程";
    private static final String[] TRADES = {"贸易", "科技", "实业", "电子商务", "供应链管理", "进出口", "建设工程", "物流", "服装",
            "机械设备", "化工", "汽车销售", "食品", "医疗器械", "网络科技", "会展服务"};
    private static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢";
    private static final String GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍鑫鹏宇晨浩然子涵欣怡梓轩雨泽思远若溪";

    static String companyName(Random rnd, String suffix) {
        return CITIES[rnd.nextInt(CITIES.length)] + BRAND.charAt(rnd.nextInt(BRAND.length()))
                + BRAND.charAt(rnd.nextInt(BRAND.length())) + TRADES[rnd.nextInt(TRADES.length)] + suffix;
    }

    static String personName(Random rnd) {
        String s = "" + SURNAMES.charAt(rnd.nextInt(SURNAMES.length())) + GIVEN.charAt(rnd.nextInt(GIVEN.length()));
        return rnd.nextBoolean() ? s + GIVEN.charAt(rnd.nextInt(GIVEN.length())) : s;
    }

    private static final String CC_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] CC_WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    /** A unified social credit code with a valid check character (GB 32100-2015). */
    static String creditCode(Random rnd) {
        StringBuilder b = new StringBuilder("91");
        b.append(String.format("%06d", 110000 + rnd.nextInt(540000)));
        for (int i = 0; i < 9; i++) {
            b.append(CC_ALPHABET.charAt(rnd.nextInt(CC_ALPHABET.length())));
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += CC_ALPHABET.indexOf(b.charAt(i)) * CC_WEIGHTS[i];
        }
        return b.append(CC_ALPHABET.charAt((31 - sum % 31) % 31)).toString();
    }

    /** A resident ID with a valid check character (GB 11643-1999). */
    static String residentId(Random rnd, int year) {
        String body = String.format("%06d", 110101 + rnd.nextInt(540000)) + year
                + String.format("%02d%02d", 1 + rnd.nextInt(12), 1 + rnd.nextInt(28))
                + String.format("%03d", rnd.nextInt(1000));
        return body + IdNumbers.checkCharacter(body);
    }

    // ---------------------------------------------------------------- ids and COPY

    /** Ids come from the shared sequence: the chunk takes the ones after its current value and advances it. */
    private void reserveIds() throws SQLException {
        try (Statement s = db.createStatement(); ResultSet r = s.executeQuery("SELECT last_value FROM sutiao_seq")) {
            r.next();
            nextId = r.getLong(1) + 1;
        }
    }

    private void releaseIds() throws SQLException {
        try (Statement s = db.createStatement()) {
            // EclipseLink takes the 50 ids up to each value it draws: the next draw must lie beyond what we used.
            s.execute("SELECT setval('sutiao_seq', " + (nextId + 50) + ")");
        }
    }

    private long id() {
        return nextId++;
    }

    private long copyNanos;

    private void copy(String target, StringBuilder rows) throws Exception {
        if (rows.isEmpty()) {
            return;
        }
        long t = System.nanoTime();
        CopyManager copy = db.unwrap(PGConnection.class).getCopyAPI();
        copy.copyIn("COPY " + target + " FROM STDIN", new StringReader(rows.toString()));
        rows.setLength(0);
        copyNanos += System.nanoTime() - t;
    }

    private static void row(StringBuilder b, Object... values) {
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                b.append('\t');
            }
            Object v = values[i];
            if (v == null) {
                b.append("\\N");
            } else if (v instanceof Boolean bool) {
                b.append(bool ? 't' : 'f');
            } else {
                b.append(v);
            }
        }
        b.append('\n');
    }

    private static String ts(Instant i) {
        return i == null ? null : i.toString();
    }

    @FunctionalInterface
    private interface RowHandler {
        void accept(ResultSet r) throws SQLException;
    }

    private void query(String sql, RowHandler each) throws SQLException {
        try (Statement s = db.createStatement(); ResultSet r = s.executeQuery(sql)) {
            while (r.next()) {
                each.accept(r);
            }
        }
    }
}
