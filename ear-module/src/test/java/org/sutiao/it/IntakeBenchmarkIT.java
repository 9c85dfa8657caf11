package org.sutiao.it;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Benchmark, not a test of speed (issue 10 §2, intake): where a {@code POST /referrals} spends its database work,
 * measured in figures the machine's load does not change. PostgreSQL only: run with {@code mvn -Pbench
 * -Dsutiao.db.name=<database> -Dit.test=IntakeBenchmarkIT} (any database the server may migrate; the demo data is
 * imported on a new one). Four phases — the API with 1 and with {@code bench.intake.clients} (4) concurrent
 * clients, then the raw JDBC inserts of the same rows ({@link ScaleBenchmarkIT#rawInsert}) alike — each reports:
 * referrals per second; per referral the committed transactions and the rows inserted, updated, deleted and fetched
 * ({@code pg_stat_database} deltas, read after the 10-s idle flush of the backends' statistics); and, sampled every
 * 10 ms from {@code pg_stat_activity}, what the database's backends were doing: running a statement, idle inside a
 * transaction (the server works between two statements while the transaction stays open) or waiting on a lock, with
 * the statement each sample found. Each phase is marked in the server's log ({@code SELECT 'intake-probe …'}), so
 * with {@code log_statement = all} on the database the statements of a phase can be counted between the marks.
 * Excluded from {@code mvn verify}; figures are printed and written to {@code target/benchmarks/intake.txt}.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class IntakeBenchmarkIT {
    private static final int CLIENTS = Integer.getInteger("bench.intake.clients", 4);
    private static final int ROWS = Integer.getInteger("bench.intake.referrals", 200);

    private final List<String> lines = new ArrayList<>();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Test
    void intake() throws Exception {
        Api clerk = Api.clerk();
        String consent = Instant.now().minusSeconds(3600).toString();
        long base = 50_000_000L + System.currentTimeMillis() / 1000 % 10_000_000L * 3;
        AtomicInteger next = new AtomicInteger();
        AtomicInteger failures = new AtomicInteger();
        for (int i = 0; i < 10; i++) {
            ScaleBenchmarkIT.referral(clerk, base + next.getAndIncrement(), consent, failures);
        }
        assertEquals(0, failures.get(), "warm-up referrals failed");
        long courtId;
        long centerId;
        try (Connection db = db()) {
            courtId = value(db, "SELECT id FROM court WHERE code = 'BJ-B-0105'");
            centerId = value(db, "SELECT id FROM mediation_center WHERE code = 'CCPIT-L-BJ'");
        }
        lines.add(String.format(Locale.ROOT, "[intake probe] %s; per referral: commits, rows inserted / updated /"
                + " deleted / fetched (pg_stat_database); backend samples every 10 ms", Instant.now()));
        for (int clients : new int[]{1, CLIENTS}) {
            int n = clients == 1 ? ROWS / 4 : ROWS;
            phase("API " + clients + " client(s)", n, clients, () -> {
                ScaleBenchmarkIT.referral(clerk, base + next.getAndIncrement(), consent, failures);
                return null;
            });
        }
        assertEquals(0, failures.get(), "referrals failed");
        AtomicInteger rawNext = new AtomicInteger();
        for (int clients : new int[]{1, CLIENTS}) {
            int n = clients == 1 ? ROWS / 4 : ROWS;
            List<Connection> conns = new ArrayList<>();
            for (int i = 0; i < clients; i++) {
                conns.add(db());
            }
            ThreadLocal<Connection> mine = new ThreadLocal<>();
            List<Connection> free = java.util.Collections.synchronizedList(new ArrayList<>(conns));
            phase("raw " + clients + " client(s)", n, clients, () -> {
                Connection c = mine.get();
                if (c == null) {
                    c = free.remove(0);
                    mine.set(c);
                }
                ScaleBenchmarkIT.rawInsert(c, courtId, centerId, base + 1_000_000 + rawNext.getAndIncrement());
                return null;
            });
            for (Connection c : conns) {
                c.close();
            }
        }
        lines.forEach(System.out::println);
        Path out = Path.of("target", "benchmarks", "intake.txt");
        Files.createDirectories(out.getParent());
        Files.write(out, lines, StandardCharsets.UTF_8);
    }

    private void phase(String name, int n, int clients, java.util.concurrent.Callable<Void> one) throws Exception {
        try (Connection marks = db(); Connection quiet = other()) {
            String database = marks.getCatalog();
            try (Statement s = quiet.createStatement()) {
                s.execute("SET log_statement = 'none'");
            }
            long[] before = stats(quiet, database);
            mark(marks, name + " start");
            Map<String, Integer> samples = new TreeMap<>();
            AtomicBoolean running = new AtomicBoolean(true);
            AtomicInteger sampleCount = new AtomicInteger();
            Thread sampler = new Thread(() -> sample(quiet, database, running, samples, sampleCount));
            sampler.start();
            ExecutorService pool = Executors.newFixedThreadPool(clients);
            long t = System.nanoTime();
            List<Future<Void>> done = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                done.add(pool.submit(one));
            }
            for (Future<Void> f : done) {
                f.get();
            }
            double seconds = (System.nanoTime() - t) / 1e9;
            running.set(false);
            sampler.join();
            pool.shutdown();
            mark(marks, name + " end");
            Thread.sleep(11_000); // backends flush their statistics at most 10 s after going idle
            long[] after = stats(quiet, database);
            lines.add(String.format(Locale.ROOT, "%-20s %7.1f/s  commits %.2f  rollbacks %.2f  inserted %.1f"
                            + "  updated %.1f  deleted %.1f  fetched %.1f  (%d referrals)", name, n / seconds,
                    (after[0] - before[0]) / (double) n, (after[1] - before[1]) / (double) n,
                    (after[2] - before[2]) / (double) n, (after[3] - before[3]) / (double) n,
                    (after[4] - before[4]) / (double) n, (after[5] - before[5]) / (double) n, n));
            int total = samples.values().stream().mapToInt(Integer::intValue).sum();
            lines.add(String.format(Locale.ROOT, "  %d samples, %d backend states seen (share of backend samples):",
                    sampleCount.get(), total));
            samples.entrySet().stream().sorted((a, b) -> b.getValue() - a.getValue()).limit(14)
                    .forEach(e -> lines.add(String.format(Locale.ROOT, "  %5.1f%%  %s", 100.0 * e.getValue() / total,
                            e.getKey())));
        }
    }

    /**
     * Every 10 ms: each backend of {@code database} that is active, idle in a transaction or waiting (read from
     * another database, so that the samples add no transactions to the figures).
     */
    private static void sample(Connection quiet, String database, AtomicBoolean running, Map<String, Integer> out,
                               AtomicInteger count) {
        String sql = "SELECT state, coalesce(wait_event_type || ':' || wait_event, '-'),"
                + " regexp_replace(left(query, 70), '\\s+', ' ', 'g') FROM pg_stat_activity"
                + " WHERE datname = ? AND backend_type = 'client backend'"
                + " AND state IN ('active', 'idle in transaction', 'idle in transaction (aborted)')"
                + " AND query NOT LIKE 'SELECT ''intake-probe%'";
        try (java.sql.PreparedStatement s = quiet.prepareStatement(sql)) {
            s.setString(1, database);
            while (running.get()) {
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        String state = r.getString(1).startsWith("idle") ? "idle in tx after" : r.getString(1);
                        String wait = r.getString(2);
                        String key = state + (wait.startsWith("Lock") || wait.startsWith("IO")
                                || wait.startsWith("LWLock") ? " WAIT " + wait : "") + " | " + r.getString(3);
                        out.merge(key, 1, Integer::sum);
                    }
                }
                count.incrementAndGet();
                Thread.sleep(10);
            }
        } catch (SQLException | InterruptedException e) {
            out.merge("sampler failed: " + e, 1, Integer::sum);
        }
    }

    /** xact_commit, xact_rollback, tup_inserted, tup_updated, tup_deleted, tup_fetched of {@code database}. */
    private static long[] stats(Connection db, String database) throws SQLException {
        try (Statement c = db.createStatement()) {
            c.execute("SELECT pg_stat_clear_snapshot()");
        }
        try (java.sql.PreparedStatement s = db.prepareStatement("SELECT xact_commit, xact_rollback, tup_inserted,"
                + " tup_updated, tup_deleted, tup_fetched FROM pg_stat_database WHERE datname = ?")) {
            s.setString(1, database);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                long[] v = new long[6];
                for (int i = 0; i < 6; i++) {
                    v[i] = r.getLong(i + 1);
                }
                return v;
            }
        }
    }

    private static void mark(Connection db, String what) throws SQLException {
        try (Statement s = db.createStatement()) {
            s.execute("SELECT 'intake-probe " + what.replace("'", "") + "'");
        }
    }

    private static Connection db() throws SQLException {
        return DriverManager.getConnection(System.getProperty("it.db.url"), System.getProperty("it.db.user"),
                System.getProperty("it.db.password"));
    }

    /** A connection to the server's {@code postgres} database, for reading the statistics of ours. */
    private static Connection other() throws SQLException {
        String url = System.getProperty("it.db.url");
        return DriverManager.getConnection(url.substring(0, url.lastIndexOf('/') + 1) + "postgres",
                System.getProperty("it.db.user"), System.getProperty("it.db.password"));
    }

    private static long value(Connection db, String sql) throws SQLException {
        try (Statement s = db.createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }
}
