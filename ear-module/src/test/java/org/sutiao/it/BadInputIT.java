package org.sutiao.it;

import org.sutiao.testing.ZipBomb;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.awaitility.Awaitility;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sutiao.cases.application.ReferralWriter;
import org.sutiao.cases.domain.ReferralKind;
import org.sutiao.shared.domain.Actor;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * Bad input refused cleanly (issue 9 §4), inside the server: text with a NUL, a bidi override or a zero-width
 * character answers a localized 400 naming the field and writes nothing, in the API and in a Faces form; concurrent
 * requests that would create the same record answer one success and 409s, never a 500; a DOCX bomb answers 400; a
 * forged view state shows the localized expired page.
 */
@ExtendWith(ArquillianExtension.class)
class BadInputIT {
    private static final Api MEDIATOR = Api.as("med.m0009", "Demo-Med-2026!");
    private static final String PAGES = Api.BASE.substring(0, Api.BASE.length() - "/api/v1".length());

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWithTests(new Class<?>[]{BadInputIT.class, TestProbe.class, Api.class, Referrals.class,
                ZipBomb.class},
                Awaitility.class, org.hamcrest.Matcher.class);
    }

    @Inject
    TestProbe probe;
    @Inject
    ReferralWriter writer;

    private static List<String> fields(Api.Reply r) {
        return r.json().getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                .map(e -> e.getString("field")).toList();
    }

    private long cases() {
        return probe.count("SELECT COUNT(c) FROM MediationCase c");
    }

    @Test
    void unsafeTextInAReferralAnswersALocalized400NamingTheFieldAndWritesNothing() {
        long before = cases();
        Api.Reply bidi = Api.clerk().post("/referrals", Referrals.c01(Referrals.newCaseNumber())
                .add("facts", "申请人供应办公设备\u202E，被申请人拖欠余款。").build().toString());
        assertEquals(400, bidi.status(), bidi.body());
        assertEquals("validation.failed", bidi.json().getString("code"));
        assertEquals(List.of("facts"), fields(bidi));
        assertTrue(bidi.body().contains("U+202E"), bidi.body());

        Api.Reply nul = Api.clerk().inEnglish().post("/referrals", Referrals.c01(Referrals.newCaseNumber())
                .add("facts", "申请人\u0000供应办公设备").build().toString());
        assertEquals(400, nul.status(), "a NUL is refused before PostgreSQL sees it: " + nul.body());
        assertEquals(List.of("facts"), fields(nul));
        assertTrue(nul.json().getJsonArray("errors").getJsonObject(0).getString("message")
                .contains("control character U+0000"), nul.body());

        JsonObject valid = Referrals.c01(Referrals.newCaseNumber()).build();
        JsonObject zeroWidth = Json.createObjectBuilder(valid).add("parties", Json.createArrayBuilder()
                .add(valid.getJsonArray("parties").get(0))
                .add(Json.createObjectBuilder(valid.getJsonArray("parties").getJsonObject(1))
                        .add("name", "王\u200B𠈌"))).build();
        Api.Reply hidden = Api.clerk().post("/referrals", zeroWidth.toString());
        assertEquals(400, hidden.status(), hidden.body());
        assertEquals(List.of("parties[1].name"), fields(hidden));

        Api.Reply twoLines = Api.clerk().post("/referrals", Referrals.c01(Referrals.newCaseNumber())
                .add("causeOfAction", "买卖合同\n纠纷").build().toString());
        assertEquals(400, twoLines.status(), "a one-line field: " + twoLines.body());
        assertEquals(List.of("causeOfAction"), fields(twoLines));
        assertEquals(before, cases(), "nothing written");

        Api.Reply multiLineFacts = Api.clerk().post("/referrals", Referrals.c01(Referrals.newCaseNumber())
                .add("facts", "第一段：供货。\n第二段：拖欠余款。").build().toString());
        assertEquals(201, multiLineFacts.status(), "facts are multi-line: " + multiLineFacts.body());
    }

    @Test
    void unsafeTextAnywhereIsRefusedBeforeTheService() {
        Long id = acceptedCase();
        Api.Reply minutes = MEDIATOR.post("/cases/" + id + "/disclosure",
                "{\"hasConflict\":true,\"details\":\"曾为\\u202e申请人提供咨询\"}");
        assertEquals(400, minutes.status(), minutes.body());
        assertEquals(List.of("details"), fields(minutes));
        assertEquals(0, MEDIATOR.get("/cases/" + id + "/mediation").json().getJsonArray("disclosures").size(),
                "nothing written");
        Api.Reply query = Api.as("hq.admin1", "Demo-Hq-2026!").get("/roster/mediators?q=%E2%80%AE");
        assertEquals(400, query.status(), query.body());
        assertEquals(List.of("q"), fields(query));
        Api.Reply register = Api.anonymous().post("/party-accounts", Json.createObjectBuilder()
                .add("username", "nul." + ThreadLocalRandom.current().nextInt(1_000_000)).add("password", "Test-Party-2026")
                .add("displayName", "张\u0000三").build().toString());
        assertEquals(400, register.status(), register.body());
        assertEquals(List.of("displayName"), fields(register));
    }

    @Test
    void fiveSimultaneousRegistrationsOfOneUsernameAnswerOneSuccessAndConflicts() throws Exception {
        String body = Json.createObjectBuilder().add("username", "race." + Long.toString(
                        ThreadLocalRandom.current().nextLong(1L << 40), 36))
                .add("password", "Test-Party-2026").add("displayName", "并发注册").build().toString();
        List<Integer> statuses = atOnce(5, () -> Api.anonymous().post("/party-accounts", body).status());
        assertEquals(List.of(201, 409, 409, 409, 409), statuses);
    }

    @Test
    void twoSimultaneousFailureReportsAnswerOneSuccessAndAConflict() throws Exception {
        Long id = acceptedCase();
        List<Integer> ended = atOnce(2, () -> MEDIATOR.post("/cases/" + id + "/failure",
                "{\"reasonCode\":\"PARTY_REFUSED\",\"reason\":\"拒绝继续\"}").status());
        assertEquals(List.of(200, 409), ended);
        String report = Json.createObjectBuilder().add("basicSituation", "组织一次线上调解。")
                .add("failureReasons", "被申请人拒绝继续调解。").add("costIncreasingConduct", Json.createArrayBuilder())
                .add("notesForCourt", "无").build().toString();
        List<Integer> reported = atOnce(2, () -> MEDIATOR.post("/cases/" + id + "/failure-report", report).status());
        assertEquals(List.of(201, 409), reported);
        assertEquals(1, probe.count("SELECT COUNT(r) FROM FailureReport r WHERE r.mediationCase.id = " + id));
    }

    @Test
    void aDocxThatInflatesToGigabytesAnswers400() {
        Long id = acceptedCase();
        byte[] bomb = ZipBomb.docx(64, 64 * 1024 * 1024);
        String body = Json.createObjectBuilder().add("fileName", "合同.docx")
                .add("contentBase64", Base64.getEncoder().encodeToString(bomb)).build().toString();
        long start = System.nanoTime();
        Api.Reply r = MEDIATOR.inEnglish().post("/cases/" + id + "/materials", body);
        System.out.printf("BadInputIT: a %d-byte DOCX inflating to 4 GiB answered %d in %d ms%n", bomb.length,
                r.status(), (System.nanoTime() - start) / 1_000_000);
        assertEquals(400, r.status(), r.body());
        assertTrue(r.body().contains("unpacks to too much"), r.body());
        assertEquals(0, probe.count("SELECT COUNT(m) FROM Material m WHERE m.mediationCase.id = " + id),
                "nothing stored");
    }

    @Test
    void aForgedOrStaleViewStateShowsTheLocalizedExpiredPage() throws Exception {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        String page = PAGES + "/register.xhtml";
        HttpResponse<String> forged = browser.send(form(page, Map.of("register-form", "register-form",
                "register-form:username", "forged", "jakarta.faces.ViewState", "-123456789:forged")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(302, forged.statusCode(), forged.body());
        assertTrue(forged.headers().firstValue("Location").orElse("").endsWith("/sutiao/expired.xhtml"),
                forged.headers().toString());
        HttpResponse<String> shown = browser.send(HttpRequest.newBuilder(URI.create(PAGES + "/expired.xhtml"))
                .header("Accept-Language", "zh-CN").GET().build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, shown.statusCode());
        assertTrue(shown.body().contains("页面已过期") && shown.body().contains("id=\"expired-text\""), shown.body());

        HttpResponse<String> ajax = browser.send(form(page, Map.of("register-form", "register-form",
                        "jakarta.faces.partial.ajax", "true", "jakarta.faces.source", "register-form:submit",
                        "jakarta.faces.ViewState", "-1:forged")).header("Faces-Request", "partial/ajax").build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, ajax.statusCode());
        assertTrue(ajax.body().contains("<redirect url=\"/sutiao/expired.xhtml\""), "ajax: " + ajax.body());
    }

    @Test
    void aFacesFormRefusesUnsafeTextBesideTheField() throws Exception {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        String page = PAGES + "/register.xhtml";
        HttpResponse<String> opened = browser.send(HttpRequest.newBuilder(URI.create(page)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        Matcher viewState = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"")
                .matcher(opened.body());
        assertTrue(viewState.find(), opened.body());
        assertTrue(opened.body().contains("locales/locale-zh.js"),
                "PrimeFaces' client-side messages (an oversize upload) in Chinese: " + opened.body());
        String username = "bidi." + ThreadLocalRandom.current().nextInt(1_000_000);
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("register-form", "register-form");
        fields.put("register-form:username", username);
        fields.put("register-form:display-name", "张\u202E三");
        fields.put("register-form:password", "Test-Party-2026");
        fields.put("register-form:password-again", "Test-Party-2026");
        fields.put("register-form:submit", "register-form:submit");
        fields.put("jakarta.faces.ViewState", viewState.group(1));
        HttpResponse<String> noNonce = browser.send(form(page, fields).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(302, noNonce.statusCode(), "a postback without the page's CSP nonce (an old or forged page)");
        assertTrue(noNonce.headers().firstValue("Location").orElse("").endsWith("/expired.xhtml"),
                "goes to the localized page, not a 500");
        Matcher nonce = Pattern.compile("nonce=\"([^\"]+)\"").matcher(opened.body());
        assertTrue(nonce.find(), "the page carries its CSP nonce");
        fields.put("primefaces.nonce", nonce.group(1));
        HttpResponse<String> posted = browser.send(form(page, fields).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, posted.statusCode(), posted.body());
        assertTrue(posted.body().contains("U+202E"), "the message beside the field: " + posted.body());
        assertEquals(0, probe.count("SELECT COUNT(a) FROM UserAccount a WHERE a.username = '" + username + "'"),
                "nothing written");
    }

    @Test
    void aPostWithAnIdempotencyKeyRecordsOnceAndAnswersRetriesTheSame() throws Exception {
        Long id = acceptedCase();
        String path = "/cases/" + id + "/materials";
        String pdf = Json.createObjectBuilder().add("fileName", "证据.pdf")
                .add("contentBase64", Base64.getEncoder().encodeToString(Referrals.PDF)).build().toString();
        String key = "k-" + ThreadLocalRandom.current().nextLong(1L << 40);
        Api.Reply first = MEDIATOR.post(path, pdf, key);
        assertEquals(201, first.status(), first.body());
        Api.Reply retry = MEDIATOR.post(path, pdf, key);
        assertEquals(201, retry.status(), retry.body());
        assertEquals(first.json().getJsonNumber("id"), retry.json().getJsonNumber("id"), "the same record");
        assertEquals("true", retry.header("Idempotent-Replayed"));
        assertEquals(1, materials(id), "recorded once");

        Api.Reply other = MEDIATOR.post(path, pdf.replace("证据.pdf", "其他.pdf"), key);
        assertEquals(409, other.status(), other.body());
        assertEquals("idempotency.keyReused", other.json().getString("code"));

        String failedKey = "k-" + ThreadLocalRandom.current().nextLong(1L << 40);
        assertEquals(400, MEDIATOR.post(path, "{\"fileName\":\"x.pdf\",\"contentBase64\":\"\"}", failedKey)
                .status());
        assertEquals(201, MEDIATOR.post(path, pdf, failedKey).status(), "a failed request releases its key");
        assertEquals(2, materials(id));

        String doubleClick = "k-" + ThreadLocalRandom.current().nextLong(1L << 40);
        List<Integer> statuses = atOnce(3, () -> MEDIATOR.post(path, pdf, doubleClick).status());
        assertTrue(statuses.stream().allMatch(s -> s == 201 || s == 409), statuses.toString());
        assertEquals(3, materials(id), "three clicks at once record once: " + statuses);
    }

    @Test
    void aDoubleSubmitWithoutAKeyRecordsOnceAndGetsTheFirstAnswer() throws Exception {
        Long id = acceptedCase();
        String today = LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();
        String subsidy = "{\"amount\":{\"amount\":\"300.00\",\"currency\":\"CNY\"},\"source\":\"北京市朝阳区财政局\","
                + "\"grantedOn\":\"" + today + "\"}";
        String path = "/cases/" + id + "/subsidies";
        Api.Reply first = Api.bjCenter().post(path, subsidy);
        assertEquals(201, first.status(), first.body());
        Api.Reply again = Api.bjCenter().post(path, subsidy);
        assertEquals(201, again.status(), again.body());
        assertEquals("true", again.header("Idempotent-Replayed"));
        assertEquals(first.body(), again.body(), "the first answer");
        assertEquals(1, subsidies(id), "a double submit records once");

        String pdf = Json.createObjectBuilder().add("fileName", "双击.pdf")
                .add("contentBase64", Base64.getEncoder().encodeToString(Referrals.PDF)).build().toString();
        List<Integer> statuses = atOnce(3, () -> MEDIATOR.post("/cases/" + id + "/materials", pdf).status());
        assertTrue(statuses.stream().allMatch(s -> s == 201 || s == 409), statuses.toString());
        assertEquals(1, materials(id), "three clicks at once, no key: one material " + statuses);

        Api hq = Api.as("hq.admin1", "Demo-Hq-2026!");
        String reason = "{\"reason\":\"抽查本案调解过程是否合规，依照监督职责查阅全部材料。\"}";
        assertEquals(201, hq.post("/cases/" + id + "/full-access", reason).status());
        assertEquals(201, hq.post("/cases/" + id + "/full-access", reason).status());
        assertEquals(1, probe.count("SELECT COUNT(g) FROM FullAccessGrant g WHERE g.caseId = " + id),
                "a grant recorded once");

        probe.ageAnswers("ctr.bj.admin", 11);
        Api.Reply later = Api.bjCenter().post(path, subsidy);
        assertEquals(201, later.status(), later.body());
        assertNull(later.header("Idempotent-Replayed"), "after 10 seconds the same request is a new one");
        assertEquals(2, subsidies(id));

        String other = subsidy.replace("300.00", "200.00");
        assertEquals(201, Api.bjCenter().post(path, other).status());
        Api.Reply abA = Api.bjCenter().post(path, subsidy);
        assertNull(abA.header("Idempotent-Replayed"), "A, B, A: only the last request is repeated by a double click");
        assertEquals(4, subsidies(id));
    }

    @Test
    void aClaimLeftInProgressByARequestThatDiedExpiresAfterTwoMinutes() {
        Long id = acceptedCase();
        String pdf = Json.createObjectBuilder().add("fileName", "重试.pdf")
                .add("contentBase64", Base64.getEncoder().encodeToString(Referrals.PDF)).build().toString();
        String fresh = "k-" + ThreadLocalRandom.current().nextLong(1L << 40);
        probe.abandonedClaim("med.m0009", fresh, 30);
        Api.Reply running = MEDIATOR.post("/cases/" + id + "/materials", pdf, fresh);
        assertEquals(409, running.status(), "30 s: it may still run " + running.body());
        assertEquals("idempotency.inProgress", running.json().getString("code"));
        String dead = "k-" + ThreadLocalRandom.current().nextLong(1L << 40);
        probe.abandonedClaim("med.m0009", dead, 121);
        Api.Reply retried = MEDIATOR.post("/cases/" + id + "/materials", pdf, dead);
        assertEquals(201, retried.status(), "an abandoned claim expired: " + retried.body());
        assertEquals(1, materials(id));
    }

    @Test
    void implausibleAmountsAndAnEmptyCalendarYearAreRefusedOnTheirFields() {
        Long id = acceptedCase();
        String today = LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();
        Api.Reply huge = Api.bjCenter().post("/cases/" + id + "/subsidies", "{\"amount\":{\"amount\":\"1000000000000\","
                + "\"currency\":\"CNY\"},\"source\":\"北京市朝阳区财政局\",\"grantedOn\":\"" + today + "\"}");
        assertEquals(400, huge.status(), huge.body());
        assertEquals(List.of("amount.amount"), fields(huge));
        assertTrue(huge.json().getJsonArray("errors").getJsonObject(0).getString("message").contains("100000000000"),
                "names the cap: " + huge.body());
        assertEquals(0, subsidies(id), "nothing written");

        JsonObject referral = Referrals.c01(Referrals.newCaseNumber()).build();
        JsonObject claimAboveTotal = Json.createObjectBuilder(referral).add("claims", Json.createArrayBuilder()
                .add(Json.createObjectBuilder().add("text", "支付货款").add("amount", Json.createObjectBuilder()
                        .add("amount", "452000.01").add("currency", "CNY")))).build();
        long before = cases();
        Api.Reply above = Api.clerk().post("/referrals", claimAboveTotal.toString());
        assertEquals(400, above.status(), above.body());
        assertEquals(List.of("claims[0].amount.amount"), fields(above));
        Api.Reply hugeClaim = Api.clerk().post("/referrals", Json.createObjectBuilder(referral).add("claimAmount",
                Json.createObjectBuilder().add("amount", "100000000000.01").add("currency", "CNY")).build().toString());
        assertEquals(400, hugeClaim.status(), hugeClaim.body());
        assertTrue(fields(hugeClaim).contains("claimAmount.amount"), hugeClaim.body());
        assertEquals(before, cases(), "nothing written");

        Api ops = Api.as("ops.oncall", "Demo-Ops-2026!");
        Api.Reply empty = ops.put("/calendar/2099", "{\"source\":\"测试\",\"entries\":[]}");
        assertEquals(400, empty.status(), empty.body());
        assertEquals(List.of("entries"), fields(empty));
        assertEquals(0, probe.count("SELECT COUNT(y) FROM CalendarYear y WHERE y.year = 2099"), "nothing loaded");
    }

    @Test
    void aSubsidyIsInTheCurrencyOfTheCaseAndXxxIsNoCurrency() {
        Long id = acceptedCase();
        String today = LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();
        Api.Reply usd = Api.bjCenter().post("/cases/" + id + "/subsidies", "{\"amount\":{\"amount\":\"100.00\","
                + "\"currency\":\"USD\"},\"source\":\"北京市朝阳区财政局\",\"grantedOn\":\"" + today + "\"}");
        assertEquals(400, usd.status(), usd.body());
        assertEquals(List.of("amount.currency"), fields(usd));
        Api.Reply xxx = Api.bjCenter().post("/cases/" + id + "/subsidies", "{\"amount\":{\"amount\":\"100.00\","
                + "\"currency\":\"XXX\"},\"source\":\"北京市朝阳区财政局\",\"grantedOn\":\"" + today + "\"}");
        assertEquals(400, xxx.status(), xxx.body());
        assertEquals(0, probe.count("SELECT COUNT(s) FROM CaseSubsidy s WHERE s.mediationCase.id = " + id));
        Api.Reply cny = Api.bjCenter().post("/cases/" + id + "/subsidies", "{\"amount\":{\"amount\":\"100.00\","
                + "\"currency\":\"CNY\"},\"source\":\"北京市朝阳区财政局\",\"grantedOn\":\"" + today + "\"}");
        assertEquals(201, cny.status(), cny.body());
    }

    @Test
    void onlyProvincialLevelRegionsOfTheMainlandArePilotRegions() {
        Api hq = Api.as("hq.admin1", "Demo-Hq-2026!");
        Api.Reply hongKong = hq.put("/pilot-regions/" + URLEncoder.encode("香港", StandardCharsets.UTF_8),
                "{\"enabledFrom\":\"2027-01-01\"}");
        assertEquals(400, hongKong.status(), hongKong.body());
        assertEquals(List.of("region"), fields(hongKong));
        assertEquals(0, probe.count("SELECT COUNT(r) FROM PilotRegion r WHERE r.region = '香港'"), "nothing written");
    }

    private long subsidies(Long id) {
        return probe.count("SELECT COUNT(s) FROM CaseSubsidy s WHERE s.mediationCase.id = " + id);
    }

    private long materials(Long id) {
        return probe.count("SELECT COUNT(m) FROM Material m WHERE m.mediationCase.id = " + id);
    }

    private static HttpRequest.Builder form(String url, Map<String, String> fields) {
        String body = fields.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        return HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept-Language", "zh-CN").POST(HttpRequest.BodyPublishers.ofString(body));
    }

    /** A fresh delegated case at the Beijing center between the two demo party accounts, accepted with M0009. */
    private Long acceptedCase() {
        Long id = writer.create(Referrals.withPartyAccounts(ReferralKind.DELEGATED), "BJ-B-0105", null, Instant.now(),
                new Actor("test", "test"));
        Api.Reply accepted = Api.bjCenter().post("/cases/" + id + "/accept", "{\"mediatorCode\":\"M0009\"}");
        assertEquals(200, accepted.status(), accepted.body());
        return id;
    }

    /** Runs {@code n} copies of {@code call} released at the same instant; their results, sorted. */
    private static List<Integer> atOnce(int n, Callable<Integer> call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(n);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Integer>> futures = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return call.call();
                }));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> f : futures) {
                statuses.add(f.get(2, TimeUnit.MINUTES));
            }
            Collections.sort(statuses);
            return statuses;
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void implausibleDatesAreRefusedBesideTheirFieldAndNothingIsWritten() {
        Long id = acceptedCase();
        Api.Reply session = MEDIATOR.post("/cases/" + id + "/sessions", Json.createObjectBuilder()
                .add("scheduledAt", "9999-12-31T10:00:00+08:00").add("mode", "ONLINE").add("placeOrLink", "线上会议室")
                .add("participants", "双方").build().toString());
        assertEquals(400, session.status(), session.body());
        assertEquals("scheduledAt", session.json().getJsonArray("errors").getJsonObject(0).getString("field"));
        String referral = Referrals.c01(Referrals.newCaseNumber()).add("consentRecordedAt", "1900-01-01T10:00:00+08:00")
                .build().toString();
        Api.Reply refused = Api.clerk().post("/referrals", referral);
        assertEquals(400, refused.status(), refused.body());
        assertTrue(refused.body().contains("consentRecordedAt"), refused.body());
    }
}
