package org.sutiao.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.as.arquillian.container.ManagementClient;
import org.jboss.dmr.ModelNode;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Benchmark at national scale, not a test of speed (issue 10 §1): on the generated PostgreSQL database
 * ({@code mvn -Pbench-data}, README), every read the issue's §2 names, through HTTP as a client sees it, each
 * measured alongside a static file of the same server (the stylesheet) as the baseline: after warm-up calls, samples
 * alternate baseline and call; one line per figure {@code name  median_ms  p95_ms  baseline_ms  ratio}, then the
 * intake throughput against raw inserts of the same rows, the deadline timer's drain rate during the run and the
 * server's heap. Run with {@code mvn -Pbench} (README); excluded from {@code mvn verify}. Figures are printed and
 * written to {@code target/benchmarks/scale.txt}. It measures what exists: where §2 names something the code does
 * not offer the line says so.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ScaleBenchmarkIT {
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final String BASE = Pages.BASE;
    private static final String API = Api.BASE;
    private static final String STATIC = "/resources/css/sutiao.css";
    // HTTP/1.1 as a browser's XHR would use it here: an h2c upgrade answers GOAWAY on a request of a minute.
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private static final int INTAKE_CLIENTS = Integer.getInteger("bench.intake.clients", 4);
    private static final int INTAKE_ROWS = Integer.getInteger("bench.intake.referrals", 200);
    /** {@code -Dbench.only=intake} measures the intake alone. */
    private static final boolean INTAKE_ONLY = "intake".equals(System.getProperty("bench.only"));

    private final List<String> lines = new ArrayList<>();

    @ArquillianResource
    ManagementClient management;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Test
    void scale() throws Exception {
        Instant started = Instant.now();
        long backlogAtStart;
        long cases;
        long pendingBj;
        long clerkCase;
        long bjCase;
        String repeatName;
        String someCaseNumber;
        try (Connection db = db()) {
            backlogAtStart = count(db, "SELECT count(*) FROM deadline WHERE state = 'OPEN' AND due_at <= now()");
            cases = count(db, "SELECT count(*) FROM mediation_case");
            pendingBj = count(db, "SELECT max(c.id) FROM mediation_case c JOIN mediation_center m ON m.id = c.center_id"
                    + " WHERE m.code = 'CCPIT-L-BJ' AND c.status = 'PENDING_ACCEPTANCE' AND c.court_id IS NOT NULL"
                    + " AND NOT c.acceptance_overdue");
            clerkCase = count(db, "SELECT max(c.id) FROM mediation_case c JOIN court k ON k.id = c.court_id"
                    + " WHERE k.code = 'BJ-B-0105' AND c.status = 'CLOSED'");
            bjCase = count(db, "SELECT max(c.id) FROM mediation_case c JOIN mediation_center m ON m.id = c.center_id"
                    + " WHERE m.code = 'CCPIT-L-BJ' AND c.status = 'IN_MEDIATION'");
            repeatName = text(db, "SELECT name FROM party WHERE role = 'APPLICANT' GROUP BY name"
                    + " ORDER BY count(*) DESC LIMIT 1");
            someCaseNumber = text(db, "SELECT case_number FROM mediation_case WHERE id = " + clerkCase);
        }
        LocalDate today = LocalDate.now(ZONE);
        lines.add(String.format(Locale.ROOT, "[scale benchmark] %,d cases; %s; static baseline GET %s", cases,
                started, STATIC));
        lines.add(String.format(Locale.ROOT, "%-58s %10s %10s %11s %8s  %s", "name", "median_ms", "p95_ms",
                "baseline_ms", "ratio", "note"));

        Api hq = Api.as("hq.admin1", "Demo-Hq-2026!");
        Api clerk = Api.clerk();
        Api center = Api.bjCenter();
        Api mediator = Api.as("med.m0009", "Demo-Med-2026!");
        Api party = Api.as("party.c01.applicant", "Demo-Party-2026!");

        if (INTAKE_ONLY) {
            // -Dbench.only=intake: the intake line alone (e.g. under a profiler), after a warm-up of its own
            intake(clerk);
            lines.forEach(System.out::println);
            return;
        }
        // A warm-up round for the freshly started server's JIT before the first figure: each role's list page and
        // the static file, 30 times (outside the measurement; every figure below adds its own 2 warm-up calls).
        for (int i = 0; i < 30; i++) {
            for (Api api : List.of(hq, clerk, center, mediator)) {
                api.get("/cases?size=20");
            }
            staticFile();
        }

        // GET /cases per role, page 1 and deep: by offset (capped count) and by the `after` cursor of a page deep
        // in the list (reached by walking 50 pages of 200 once, outside the measurement).
        for (Object[] who : new Object[][]{{"hq", hq}, {"clerk", clerk}, {"center", center}, {"mediator", mediator}}) {
            Api api = (Api) who[1];
            JsonObject first = api.get("/cases?size=1").json();
            long total = first.getJsonNumber("total").longValue();
            String counted = first.getBoolean("totalExact", true) ? "" : "+";
            api("GET /cases " + who[0] + " page 1 (total " + total + counted + ")", api, "/cases?size=20", "");
            api("GET /cases " + who[0] + " first=" + total / 2, api, "/cases?size=20&first=" + total / 2,
                    "offset paging within the counted rows");
            String deep = deepCursor(api, 50);
            if (deep != null) {
                api("GET /cases " + who[0] + " after=<cursor of row 10,000>", api, "/cases?size=20&after="
                        + enc(deep), "keyset paging");
            }
        }
        api("GET /cases hq deep by date filter (pushedTo=-3y)", hq, "/cases?size=20&pushedTo=" + today.minusYears(3), "");
        api("GET /cases clerk deep by date filter (pushedTo=-3y)", clerk, "/cases?size=20&pushedTo="
                + today.minusYears(3), "");
        // Filters and sorting (HQ sees everything; clerk and center their scope).
        String[][] filters = {{"status=IN_MEDIATION", ""}, {"status=PENDING_ACCEPTANCE", ""}, {"kind=ENTRUSTED", ""},
                {"courtCode=BJ-B-0105", ""}, {"centerCode=CCPIT-L-BJ", ""},
                {"pushedFrom=" + today.minusDays(30) + "&pushedTo=" + today, ""}, {"overdue=true", ""},
                {"sort=acceptanceDueDate&asc=true", ""}, {"sort=caseNumber", ""}, {"sort=status", ""},
                {"sort=mediationDueDate", ""}, {"sort=courtCaseNumber&asc=true", ""}};
        for (String[] f : filters) {
            api("GET /cases hq " + f[0], hq, "/cases?size=20&" + f[0], f[1]);
        }
        api("GET /cases clerk status=IN_MEDIATION", clerk, "/cases?size=20&status=IN_MEDIATION", "");
        api("GET /cases center status=PENDING_ACCEPTANCE", center, "/cases?size=20&status=PENDING_ACCEPTANCE", "");
        api("GET /cases center sort=acceptanceDueDate", center, "/cases?size=20&sort=acceptanceDueDate&asc=true", "");
        api("GET /cases mediator status=IN_MEDIATION", mediator, "/cases?size=20&status=IN_MEDIATION", "");
        // Text search.
        api("GET /cases hq q=<case number>", hq, "/cases?size=20&q=" + enc(someCaseNumber), "");
        api("GET /cases hq q=<repeat party name>", hq, "/cases?size=20&q=" + enc(repeatName), "");
        api("GET /cases hq q=<court name>", hq, "/cases?size=20&q=" + enc("北京市朝阳区人民法院"), "");
        api("GET /cases hq q=<center name>", hq, "/cases?size=20&q=" + enc("北京调解中心"), "");
        api("GET /cases clerk q=<party name>", clerk, "/cases?size=20&q=" + enc(repeatName), "");
        api("GET /cases center q=<party name>", center, "/cases?size=20&q=" + enc(repeatName), "");

        // Faces lists, with a form login per role.
        page("Faces HQ cases (oversight/cases)", "hq.admin1", "Demo-Hq-2026!", "/oversight/cases.xhtml");
        page("Faces clerk referrals (court/referrals)", "clerk.bj0105", "Demo-Clerk-2026!", "/court/referrals.xhtml");
        page("Faces center inbox (center/inbox)", "ctr.bj.admin", "Demo-Center-2026!", "/center/inbox.xhtml");
        page("Faces center cases (center/cases)", "ctr.bj.admin", "Demo-Center-2026!", "/center/cases.xhtml");
        page("Faces mediator cases (mediator/cases)", "med.m0009", "Demo-Med-2026!", "/mediator/cases.xhtml");

        // Inboxes.
        for (Object[] who : new Object[][]{{"clerk", clerk}, {"center", center}, {"mediator", mediator},
                {"party", party}}) {
            JsonObject inbox = ((Api) who[1]).get("/inbox?size=20").json();
            String note = (inbox.containsKey("total") ? "total " + inbox.get("total") : "no total (capped list)")
                    + ", " + inbox.getJsonArray("items").size() + " items on the page";
            api("GET /inbox " + who[0], (Api) who[1], "/inbox?size=20", note);
        }

        // Dialogs.
        api("GET /cases/{id}/assignable-mediators (accept dialog)", center, "/cases/" + pendingBj
                + "/assignable-mediators", "case " + pendingBj);
        api("GET /applications/centers/CCPIT-L-BJ/mediators (apply dialog)", party,
                "/applications/centers/CCPIT-L-BJ/mediators", "");
        api("GET /applications/centers (apply dialog)", party, "/applications/centers", "");

        // Case detail.
        api("GET /cases/{id} clerk (closed case)", clerk, "/cases/" + clerkCase, "case " + clerkCase);
        api("GET /cases/{id} center (in mediation)", center, "/cases/" + bjCase, "case " + bjCase);
        api("GET /cases/{id} hq (metadata)", hq, "/cases/" + bjCase, "");
        api("GET /cases/{id}/mediation center", center, "/cases/" + bjCase + "/mediation", "");
        page("Faces case page clerk (cases/case)", "clerk.bj0105", "Demo-Clerk-2026!", "/cases/case.xhtml?id="
                + clerkCase);

        // Aggregates HQ sees; roster search and export.
        api("GET /fees/subsidy-statistics hq", hq, "/fees/subsidy-statistics", "");
        api("GET /roster/mediators hq (with counts)", hq, "/roster/mediators?max=20", "");
        api("GET /roster/mediators.xlsx hq", hq, "/roster/mediators.xlsx", "");
        api("GET /fees (public listing)", Api.anonymous(), "/fees", "");
        api("GET /audit hq", hq, "/audit?size=50", "");

        // Evaluation (issue 11 §2): monthly summaries by center and mediator, never the cases; ≤ 100 ms each.
        int year = org.sutiao.shared.domain.BusinessTime.today().getYear() - 1;
        api("GET /evaluation/centers hq (last year)", hq, "/evaluation/centers?from=" + year + "-01-01&to=" + year
                + "-12-31", "");
        api("GET /evaluation/centers hq (5 years)", hq, "/evaluation/centers?from=" + (year - 4) + "-01-01&to="
                + year + "-12-31", "");
        api("GET /evaluation/centers hq (region 北京, a quarter)", hq, "/evaluation/centers?from=" + year
                + "-10-01&to=" + year + "-12-31&region=%E5%8C%97%E4%BA%AC", "");
        api("GET /evaluation/mediators hq (Beijing center, last year)", hq, "/evaluation/mediators?from=" + year
                + "-01-01&to=" + year + "-12-31&center=CCPIT-L-BJ", "");
        api("GET /evaluation/mediators center (own, last year)", center, "/evaluation/mediators?from=" + year
                + "-01-01&to=" + year + "-12-31", "");
        // Public statistics (issue 11 §4): the year's center rows of the same summaries, no login; ≤ 100 ms.
        api("GET /public/statistics (last year, no login)", Api.anonymous(), "/public/statistics?year=" + year, "");
        // Early warnings (issue 11 §2): open deadlines by scope keys (V28), most urgent first; ≤ 100 ms each.
        api("GET /evaluation/warnings/counts hq", hq, "/evaluation/warnings/counts", "");
        api("GET /evaluation/warnings hq", hq, "/evaluation/warnings?size=20", "");
        api("GET /evaluation/warnings/counts center", center, "/evaluation/warnings/counts", "");
        api("GET /evaluation/warnings center", center, "/evaluation/warnings?size=20", "");
        api("GET /evaluation/warnings/counts clerk", clerk, "/evaluation/warnings/counts", "");
        api("GET /evaluation/warnings clerk", clerk, "/evaluation/warnings?size=20", "");
        api("GET /evaluation/warnings/counts mediator", mediator, "/evaluation/warnings/counts", "");
        api("GET /evaluation/months hq (trend, last year)", hq, "/evaluation/months?from=" + year + "-01-01&to="
                + year + "-12-31", "");
        // The quality report (issue 11 §3): a national annual report drafted, its figures (GET) and its PDF, each
        // generated from the summaries at the read (target < 10 s).
        Api.Reply report = hq.post("/reports", "{\"from\":\"" + year + "-01-01\",\"to\":\"" + year
                + "-12-31\",\"scope\":\"NATIONAL\"}");
        if (report.status() == 201 || report.status() == 200) {
            long reportId = report.json().getJsonNumber("id").longValue();
            api("GET /reports/{id} hq (national annual draft, figures)", hq, "/reports/" + reportId, "");
            api("GET /reports/{id}.pdf hq (national annual draft)", hq, "/reports/" + reportId + ".pdf", "");
        } else {
            lines.add("POST /reports FAILED: " + report.status() + " " + report.body());
        }
        page("Faces HQ evaluation dashboard", "hq.admin1", "Demo-Hq-2026!", "/evaluation/dashboard.xhtml");
        page("Faces center warnings list", "ctr.bj.admin", "Demo-Center-2026!", "/warnings/list.xhtml");

        try {
            intake(clerk);
        } catch (Exception | AssertionError e) {
            lines.add("intake FAILED: " + e);
        }
        try {
            drainAndHeap(started, backlogAtStart);
        } finally {
            lines.forEach(System.out::println);
            Path out = Path.of("target", "benchmarks", "scale.txt");
            Files.createDirectories(out.getParent());
            Files.write(out, lines, StandardCharsets.UTF_8);
        }
    }

    // ---------------------------------------------------------------- measuring

    /** A GET as {@code api}'s user with a long timeout (some calls take minutes at this scale). */
    private void api(String name, Api api, String path, String note) {
        String auth = api.username() == null ? null : AUTH.get(api.username());
        measure(name, () -> {
            HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(API + path)).timeout(Duration.ofMinutes(10))
                    .header("Accept-Language", "zh-CN");
            if (auth != null) {
                b.header("Authorization", auth);
            }
            try {
                return HTTP.send(b.GET().build(), HttpResponse.BodyHandlers.discarding()).statusCode();
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }, note);
    }

    private static final java.util.Map<String, String> AUTH = java.util.Map.of(
            "hq.admin1", basic("hq.admin1", "Demo-Hq-2026!"), "clerk.bj0105", basic("clerk.bj0105", "Demo-Clerk-2026!"),
            "ctr.bj.admin", basic("ctr.bj.admin", "Demo-Center-2026!"), "med.m0009", basic("med.m0009", "Demo-Med-2026!"),
            "party.c01.applicant", basic("party.c01.applicant", "Demo-Party-2026!"));

    private static String basic(String user, String password) {
        return "Basic " + java.util.Base64.getEncoder().encodeToString((user + ":" + password)
                .getBytes(StandardCharsets.UTF_8));
    }

    private void page(String name, String user, String password, String path) {
        Pages pages = new Pages();
        measure(name, () -> {
            if (pages.cookies().getCookieStore().getCookies().isEmpty()) {
                String location = pages.login(user, password).headers().firstValue("Location").orElse("");
                assertTrue(!location.contains("error"), location);
            }
            return pages.get(path).statusCode();
        }, "");
    }

    /**
     * Warm-up calls, then samples alternating the static file and the call; slow calls get fewer samples (at least
     * 3) so that the run stays within minutes.
     */
    /** The cursor after {@code pages} pages of 200 from the top of the caller's list, or null when it ends first. */
    private static String deepCursor(Api api, int pages) {
        String next = null;
        for (int i = 0; i < pages; i++) {
            JsonObject page = api.get("/cases?size=200" + (next == null ? "" : "&after=" + enc(next))).json();
            if (!page.containsKey("next") || page.isNull("next")) {
                return next;
            }
            next = page.getString("next");
        }
        return next;
    }

    private void measure(String name, Supplier<Integer> call, String note) {
        try {
            measureOrFail(name, call, note);
        } catch (RuntimeException | AssertionError e) {
            String line = String.format(Locale.ROOT, "%-58s %10s %10s %11s %8s  %s", name, "-", "-", "-", "-",
                    "FAILED: " + e);
            System.out.println(line);
            lines.add(line);
        }
    }

    private void measureOrFail(String name, Supplier<Integer> call, String note) {
        long t = System.nanoTime();
        int status = call.get();
        double first = ms(t);
        int warmups = first > 5_000 ? 0 : 2;
        for (int i = 0; i < warmups; i++) {
            call.get();
            staticFile();
        }
        int samples = (int) Math.max(3, Math.min(15, 20_000 / Math.max(first, 1)));
        if (first > 30_000) {
            samples = 2;
        }
        List<Double> times = new ArrayList<>();
        List<Double> base = new ArrayList<>();
        for (int i = 0; i < samples; i++) {
            base.add(staticFile());
            long s = System.nanoTime();
            status = call.get();
            times.add(ms(s));
        }
        double median = percentile(times, 50);
        double baseline = percentile(base, 50);
        String n = (status / 100 != 2 ? "HTTP " + status + "; " : "") + note + (samples < 15 ? (note.isEmpty() ? ""
                : "; ") + samples + " samples" + (warmups == 0 ? ", no warm-up (first call " + Math.round(first)
                + " ms)" : "") : "");
        String line = String.format(Locale.ROOT, "%-58s %10.1f %10.1f %11.2f %8.0f  %s", name, median,
                percentile(times, 95), baseline, median / baseline, n.strip());
        System.out.println(line);
        lines.add(line);
    }

    private static double staticFile() {
        try {
            long t = System.nanoTime();
            HttpResponse<byte[]> r = HTTP.send(HttpRequest.newBuilder(URI.create(BASE + STATIC)).GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            double d = ms(t);
            if (r.statusCode() != 200) {
                throw new AssertionError("static file answered " + r.statusCode());
            }
            return d;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    // ---------------------------------------------------------------- intake

    /**
     * {@code POST /referrals} by {@value #INTAKE_CLIENTS} concurrent clients against raw JDBC inserts of the same
     * rows (case, parties, claims, offer, event, two deadlines, notification; one transaction per referral) by as many
     * concurrent connections.
     */
    private void intake(Api clerk) throws Exception {
        // court case numbers no earlier run used: each run adds its referrals and raw rows, so the count grows by
        // more than a run's numbers (a time-based base collided between runs minutes apart)
        long base;
        try (Connection db = db()) {
            base = 50_000_000L + 3 * count(db, "SELECT count(*) FROM mediation_case"); // 8 digits, as a serial may have
        }
        AtomicInteger next = new AtomicInteger();
        AtomicInteger failures = new AtomicInteger();
        String consent = Instant.now().minusSeconds(3600).toString();
        // Warm-up.
        for (int i = 0; i < 5; i++) {
            referral(clerk, base + next.getAndIncrement(), consent, failures);
        }
        failures.set(0);
        ExecutorService pool = Executors.newFixedThreadPool(INTAKE_CLIENTS);
        long t = System.nanoTime();
        List<Future<?>> done = new ArrayList<>();
        for (int i = 0; i < INTAKE_ROWS; i++) {
            done.add(pool.submit(() -> referral(clerk, base + next.getAndIncrement(), consent, failures)));
        }
        for (Future<?> f : done) {
            f.get();
        }
        double apiSeconds = ms(t) / 1000;
        double apiRate = INTAKE_ROWS / apiSeconds;

        long rawBase = base + 1_000_000;
        AtomicInteger rawNext = new AtomicInteger();
        List<Connection> conns = new ArrayList<>();
        long courtId;
        long centerId;
        try (Connection db = db()) {
            courtId = count(db, "SELECT id FROM court WHERE code = 'BJ-B-0105'");
            centerId = count(db, "SELECT id FROM mediation_center WHERE code = 'CCPIT-L-BJ'");
        }
        for (int i = 0; i < INTAKE_CLIENTS; i++) {
            conns.add(db());
        }
        ThreadLocalConn local = new ThreadLocalConn(conns);
        t = System.nanoTime();
        done.clear();
        for (int i = 0; i < INTAKE_ROWS; i++) {
            done.add(pool.submit(() -> {
                rawInsert(local.get(), courtId, centerId, rawBase + rawNext.getAndIncrement());
                return null;
            }));
        }
        for (Future<?> f : done) {
            f.get();
        }
        double rawRate = INTAKE_ROWS / (ms(t) / 1000);
        pool.shutdown();
        for (Connection c : conns) {
            c.close();
        }
        String line = String.format(Locale.ROOT, "%-58s %10.1f %10s %11.1f %7.1f%%  %s",
                "intake POST /referrals vs raw insert (per s)", apiRate, "-", rawRate, 100 * apiRate / rawRate,
                INTAKE_CLIENTS + " concurrent clients, " + INTAKE_ROWS + " referrals each way; columns: API/s, raw/s,"
                        + " API as % of raw" + (failures.get() > 0 ? "; " + failures.get() + " API failures" : ""));
        System.out.println(line);
        lines.add(line);
    }

    static void referral(Api clerk, long number, String consent, AtomicInteger failures) {
        String body = Json.createObjectBuilder().add("kind", "DELEGATED")
                .add("courtCaseNumber", "(" + LocalDate.now(ZONE).getYear() + ")京0105民诉前调" + number + "号")
                .add("centerCode", "CCPIT-L-BJ").add("causeOfAction", "买卖合同纠纷").add("disputeType", "商事合同")
                .add("facts", "申请人供应办公设备，被申请人验收后拖欠余款。")
                .add("claimAmount", Json.createObjectBuilder().add("amount", "452000.00").add("currency", "CNY"))
                .add("consentRecordedAt", consent)
                .add("parties", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("role", "APPLICANT").add("type", "LEGAL_PERSON")
                                .add("name", "北京卓衡办公设备有限公司").add("creditCode", "91110105MA5DDR3E6T")
                                .add("phone", "010-55551873").add("email", "legal@zhuoheng-office.example.com"))
                        .add(Json.createObjectBuilder().add("role", "RESPONDENT").add("type", "LEGAL_PERSON")
                                .add("name", "北京青岚会展服务有限公司").add("creditCode", "91110108MADM6D068C")
                                .add("phone", "13900001234")))
                .add("claims", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("text", "请求被申请人支付剩余货款人民币452000元")
                                .add("amount", Json.createObjectBuilder().add("amount", "452000.00")
                                        .add("currency", "CNY")))
                        .add(Json.createObjectBuilder().add("text", "停止使用商标").addNull("amount")))
                .add("materials", Json.createArrayBuilder()).build().toString();
        Api.Reply r = clerk.post("/referrals", body);
        if (r.status() != 201) {
            if (failures.getAndIncrement() == 0) {
                System.out.println("[scale benchmark] POST /referrals answered " + r.status() + ": " + r.body());
            }
        }
    }

    private static final class ThreadLocalConn {
        private final List<Connection> free;
        private final ThreadLocal<Connection> mine = new ThreadLocal<>();

        ThreadLocalConn(List<Connection> conns) {
            this.free = Collections.synchronizedList(new ArrayList<>(conns));
        }

        Connection get() {
            Connection c = mine.get();
            if (c == null) {
                c = free.remove(0);
                mine.set(c);
            }
            return c;
        }
    }

    /** The rows a referral writes, inserted with plain JDBC in one transaction (ids from the shared sequence). */
    static void rawInsert(Connection db, long courtId, long centerId, long number) throws SQLException {
        db.setAutoCommit(false);
        long top;
        try (Statement s = db.createStatement(); ResultSet r = s.executeQuery("SELECT nextval('sutiao_seq')")) {
            r.next();
            top = r.getLong(1);
        }
        long id = top - 49;
        Instant now = Instant.now();
        Timestamp ts = Timestamp.from(now);
        LocalDate due = LocalDate.now(ZONE).plusDays(5);
        long caseId = id++;
        try (PreparedStatement p = db.prepareStatement("INSERT INTO mediation_case (id, version, case_number, source,"
                + " referral_kind, court_id, court_case_number, cause_of_action, dispute_type, claim_amount,"
                + " claim_currency, facts, consent_recorded_at, status, center_id, pushed_at, acceptance_due_date,"
                + " acceptance_due_provisional, acceptance_overdue, mediation_due_provisional, replacement_needed,"
                + " consent_due_provisional) VALUES (?, 1, ?, 'COURT_REFERRAL', 'DELEGATED', ?, ?, '买卖合同纠纷',"
                + " '商事合同', 452000.00, 'CNY', '申请人供应办公设备，被申请人验收后拖欠余款。', ?, 'PENDING_ACCEPTANCE', ?, ?,"
                + " ?, false, false, false, false, false)")) {
            p.setLong(1, caseId);
            p.setString(2, "CCPIT-" + due.getYear() + "-" + caseId);
            p.setLong(3, courtId);
            p.setString(4, "(" + LocalDate.now(ZONE).getYear() + ")京0105民诉前调" + number + "号");
            p.setTimestamp(5, ts);
            p.setLong(6, centerId);
            p.setTimestamp(7, ts);
            p.setObject(8, due);
            p.executeUpdate();
        }
        try (PreparedStatement p = db.prepareStatement("INSERT INTO party (id, case_id, seq, role, type, name, country,"
                + " credit_code, phone, email, identity_key) VALUES (?, ?, ?, ?, 'LEGAL_PERSON', ?, 'CN', ?, ?, ?, ?)")) {
            String[][] parties = {{"APPLICANT", "北京卓衡办公设备有限公司", "91110105MA5DDR3E6T", "010-55551873",
                    "legal@zhuoheng-office.example.com"}, {"RESPONDENT", "北京青岚会展服务有限公司",
                    "91110108MADM6D068C", "13900001234", null}};
            for (int i = 0; i < 2; i++) {
                p.setLong(1, id++);
                p.setLong(2, caseId);
                p.setInt(3, i + 1);
                p.setString(4, parties[i][0]);
                p.setString(5, parties[i][1]);
                p.setString(6, parties[i][2]);
                p.setString(7, parties[i][3]);
                p.setString(8, parties[i][4]);
                p.setString(9, parties[i][2]);
                p.addBatch();
            }
            p.executeBatch();
        }
        try (PreparedStatement p = db.prepareStatement(
                "INSERT INTO claim (id, case_id, seq, claim_text, amount, currency) VALUES (?, ?, ?, ?, ?, ?)")) {
            p.setLong(1, id++);
            p.setLong(2, caseId);
            p.setInt(3, 1);
            p.setString(4, "请求被申请人支付剩余货款人民币452000元");
            p.setBigDecimal(5, new java.math.BigDecimal("452000.00"));
            p.setString(6, "CNY");
            p.addBatch();
            p.setLong(1, id++);
            p.setLong(2, caseId);
            p.setInt(3, 2);
            p.setString(4, "停止使用商标");
            p.setBigDecimal(5, null);
            p.setString(6, null);
            p.addBatch();
            p.executeBatch();
        }
        try (PreparedStatement p = db.prepareStatement("INSERT INTO case_offer (id, case_id, seq, center_id, offered_at,"
                + " acceptance_due_date, outcome) VALUES (?, ?, 1, ?, ?, ?, 'PENDING')")) {
            p.setLong(1, id++);
            p.setLong(2, caseId);
            p.setLong(3, centerId);
            p.setTimestamp(4, ts);
            p.setObject(5, due);
            p.executeUpdate();
        }
        try (PreparedStatement p = db.prepareStatement("INSERT INTO case_event (id, case_id, occurred_at, type, actor,"
                + " actor_name, detail) VALUES (?, ?, ?, 'REFERRED', 'clerk.bj0105', '北京市朝阳区人民法院', ?)")) {
            p.setLong(1, id++);
            p.setLong(2, caseId);
            p.setTimestamp(3, ts);
            p.setString(4, "CCPIT-L-BJ 中国贸促会/中国国际商会北京调解中心");
            p.executeUpdate();
        }
        try (PreparedStatement p = db.prepareStatement("INSERT INTO deadline (id, version, case_id, kind, due_at,"
                + " due_date, provisional, state, center_id, court_id) VALUES (?, 1, ?, ?, ?, ?, false, 'OPEN', ?, ?)")) {
            for (String kind : new String[]{"ACCEPTANCE", "ACCEPTANCE_REMINDER"}) {
                p.setLong(1, id++);
                p.setLong(2, caseId);
                p.setString(3, kind);
                p.setTimestamp(4, Timestamp.from(due.atStartOfDay(ZONE).toInstant()));
                p.setObject(5, due);
                p.setLong(6, centerId);
                p.setLong(7, courtId);
                p.addBatch();
            }
            p.executeBatch();
        }
        try (PreparedStatement p = db.prepareStatement("INSERT INTO notification (id, version, recipient_org, case_id,"
                + " message_key, message_args, created_at, resolved) VALUES (?, 1, 'CCPIT-L-BJ', ?, 'notice.newReferral',"
                + " ?, ?, false)")) {
            p.setLong(1, id++);
            p.setLong(2, caseId);
            p.setString(3, "CCPIT-" + due.getYear() + "-" + caseId + "|" + due);
            p.setTimestamp(4, ts);
            p.executeUpdate();
        }
        db.commit();
    }

    // ---------------------------------------------------------------- timer and heap

    private void drainAndHeap(Instant started, long backlogAtStart) throws SQLException {
        List<Long> perScan = new ArrayList<>();
        long handled;
        long left;
        try (Connection db = db()) {
            try (PreparedStatement p = db.prepareStatement(
                    "SELECT count(*) FROM deadline WHERE state <> 'OPEN' AND handled_at >= ? AND handled_at <= now()")) {
                p.setTimestamp(1, Timestamp.from(started));
                try (ResultSet r = p.executeQuery()) {
                    r.next();
                    handled = r.getLong(1);
                }
            }
            left = count(db, "SELECT count(*) FROM deadline WHERE state = 'OPEN' AND due_at <= now()");
            // handled_at is the scan's "now": one group per scan. Every scan but the last that found work ran out of
            // its budget with more due (else the next would have found nothing), so those show the drain rate
            // itself, two scans a minute, whatever part of the run the backlog lasted. Groups of fewer than 10 are
            // not scans of a backlog (the generator's closed deadlines carry whole-second times of the day).
            try (PreparedStatement p = db.prepareStatement("SELECT handled_at, count(*) FROM deadline"
                    + " WHERE state <> 'OPEN' AND handled_at >= ? AND handled_at <= now() GROUP BY handled_at"
                    + " HAVING count(*) >= 10 ORDER BY handled_at")) {
                p.setTimestamp(1, Timestamp.from(started));
                try (ResultSet r = p.executeQuery()) {
                    while (r.next()) {
                        perScan.add(r.getLong(2));
                    }
                }
            }
        }
        String scans = "";
        if (perScan.size() > 1) {
            List<Long> full = perScan.subList(0, perScan.size() - 1);
            long sum = full.stream().mapToLong(Long::longValue).sum();
            scans = String.format(Locale.ROOT, "; while draining %,d a minute (%d full scans of 30 s: %s)",
                    sum * 2 / full.size(), full.size(), full);
        }
        double minutes = Duration.between(started, Instant.now()).toMillis() / 60_000.0;
        String line = String.format(Locale.ROOT, "%-58s %10.0f %10s %11s %8s  %s", "deadline timer drain (per minute)",
                handled / minutes, "-", "-", "-", String.format(Locale.ROOT, "%,d handled in %.1f min while the API"
                        + " served; backlog due at start %,d, left %,d", handled, minutes, backlogAtStart, left)
                        + scans);
        System.out.println(line);
        lines.add(line);
        String heap;
        try {
            ModelNode op = new ModelNode();
            op.get("operation").set("read-attribute");
            op.get("address").add("core-service", "platform-mbean").add("type", "memory");
            op.get("name").set("heap-memory-usage");
            ModelNode usage = management.getControllerClient().execute(op).get("result");
            ModelNode gcOp = new ModelNode();
            gcOp.get("operation").set("read-children-resources");
            gcOp.get("address").add("core-service", "platform-mbean").add("type", "garbage-collector");
            gcOp.get("child-type").set("name");
            gcOp.get("include-runtime").set(true);
            ModelNode gcs = management.getControllerClient().execute(gcOp).get("result");
            StringBuilder g = new StringBuilder();
            for (String gc : gcs.keys()) {
                g.append(g.isEmpty() ? "" : ", ").append(gc).append(' ')
                        .append(gcs.get(gc).get("collection-count").asLong()).append('x');
            }
            heap = String.format(Locale.ROOT, "used %,d MB of committed %,d MB, max %,d MB; GC: %s",
                    usage.get("used").asLong() >> 20, usage.get("committed").asLong() >> 20,
                    usage.get("max").asLong() >> 20, g);
        } catch (Exception e) {
            heap = "not read: " + e;
        }
        String h = String.format(Locale.ROOT, "%-58s %10s %10s %11s %8s  %s", "heap after the benchmark", "-", "-", "-",
                "-", heap);
        System.out.println(h);
        lines.add(h);
    }

    // ---------------------------------------------------------------- helpers

    private static Connection db() throws SQLException {
        return DriverManager.getConnection(System.getProperty("it.db.url"), System.getProperty("it.db.user"),
                System.getProperty("it.db.password"));
    }

    private static long count(Connection db, String sql) throws SQLException {
        try (Statement s = db.createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }

    private static String text(Connection db, String sql) throws SQLException {
        try (Statement s = db.createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getString(1);
        }
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static double ms(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e6;
    }

    private static double percentile(List<Double> values, int p) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int i = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, i)));
    }
}
