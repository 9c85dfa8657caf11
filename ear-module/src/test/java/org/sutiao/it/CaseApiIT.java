package org.sutiao.it;

import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The referral and acceptance API on the real EAR: persistence with materials, idempotency (also under
 * concurrency), validation, accept/decline rules and conflicts, and scoping per role.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CaseApiIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    private static JsonObject refer(String number) {
        Api.Reply r = Api.clerk().post("/referrals", Referrals.c01(number).build().toString());
        assertEquals(201, r.status(), r.body());
        return r.json();
    }

    @Test
    void healthAnswersWithoutLoginAndTheRestNeedsOne() {
        Api.Reply health = Api.anonymous().get("/health");
        assertEquals(200, health.status());
        assertEquals("UP", health.json().getString("status"));
        Api.Reply anonymous = Api.anonymous().get("/cases");
        assertEquals(401, anonymous.status());
        assertTrue(anonymous.header("WWW-Authenticate").startsWith("Basic"));
        assertEquals("application/problem+json", anonymous.header("Content-Type").split(";")[0]);
        assertEquals("auth.required", anonymous.json().getString("code"));
        Api.Reply wrong = Api.as("clerk.bj0105", "wrong").get("/cases");
        assertEquals(401, wrong.status());
        assertEquals("auth.required", wrong.json().getString("code"));
        Api.Reply post = Api.anonymous().post("/referrals", "{\"caseNumber\":\"x\"}");
        assertEquals(401, post.status(), "a body the caller may not send is not read");
        assertEquals("auth.required", post.json().getString("code"));
    }

    @Test
    void referralPersistsWithItsMaterialsAndAnswersTheContractShape() throws Exception {
        String number = Referrals.newCaseNumber();
        JsonObject c = refer(number);
        assertEquals("PENDING_ACCEPTANCE", c.getString("status"));
        assertEquals(number, c.getString("courtCaseNumber"));
        assertTrue(c.getString("caseNumber").startsWith("CCPIT-"));
        assertTrue(c.getString("acceptanceDueAt").endsWith("T23:59:59+08:00"), c.getString("acceptanceDueAt"));
        assertEquals("350203********123X", c.getJsonArray("parties").getJsonObject(1).getString("idNumber"));
        assertEquals("王𠈌", c.getJsonArray("parties").getJsonObject(1).getString("name"));
        assertEquals(2, c.getJsonArray("claims").size());
        assertFalse(c.getJsonArray("claims").getJsonObject(1).containsKey("amount"), "non-monetary claim");

        JsonObject material = c.getJsonArray("materials").getJsonObject(0);
        assertEquals("起诉状（副本）.pdf", material.getString("fileName"));
        assertEquals("application/pdf", material.getString("contentType"));
        String expectedHash = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Referrals.PDF));
        assertEquals(expectedHash, material.getString("sha256"));

        long id = c.getJsonNumber("id").longValue();
        byte[] bytes = Api.clerk().getBytes("/cases/" + id + "/materials/" + material.getJsonNumber("id").longValue());
        assertArrayEquals(Referrals.PDF, bytes);
        JsonObject again = Api.clerk().get("/cases/" + id).json();
        assertEquals("REFERRED", again.getJsonArray("timeline").getJsonObject(0).getString("type"));
    }

    @Test
    void aRetryWithTheSameKeyOrCaseNumberReturnsTheSameCase() {
        String number = Referrals.newCaseNumber();
        String body = Referrals.c01(number).build().toString();
        String key = "key-" + UUID.randomUUID();
        Api.Reply first = Api.clerk().post("/referrals", body, key);
        assertEquals(201, first.status(), first.body());
        Api.Reply retry = Api.clerk().post("/referrals", body, key);
        assertEquals(200, retry.status());
        assertEquals("true", retry.header("Idempotent-Replayed"));
        assertEquals(first.json().getJsonNumber("id"), retry.json().getJsonNumber("id"));
        Api.Reply sameNumberNoKey = Api.clerk().post("/referrals", body);
        assertEquals(first.json().getJsonNumber("id"), sameNumberNoKey.json().getJsonNumber("id"));
        Api.Reply keyReused = Api.clerk().post("/referrals", Referrals.c01(Referrals.newCaseNumber()).build().toString(),
                key);
        assertEquals(409, keyReused.status());
        assertEquals("referral.idempotencyKeyReused", keyReused.json().getString("code"));
    }

    @Test
    void concurrentDuplicatePushesMakeOneCase() throws Exception {
        String number = Referrals.newCaseNumber();
        String body = Referrals.c01(number).build().toString();
        int pushes = 8;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(pushes);
        try {
            List<Callable<Api.Reply>> tasks = IntStream.range(0, pushes).<Callable<Api.Reply>>mapToObj(i -> () -> {
                start.await();
                return Api.clerk().post("/referrals", body);
            }).toList();
            List<Future<Api.Reply>> futures = tasks.stream().map(pool::submit).toList();
            start.countDown();
            Set<Long> ids = new java.util.HashSet<>();
            int created = 0;
            for (Future<Api.Reply> f : futures) {
                Api.Reply r = f.get();
                assertTrue(r.status() == 201 || r.status() == 200, r.status() + " " + r.body());
                created += r.status() == 201 ? 1 : 0;
                ids.add(r.json().getJsonNumber("id").longValue());
            }
            assertEquals(1, ids.size(), "every push answers the same case");
            assertEquals(1, created, "exactly one push created it");
        } finally {
            pool.shutdownNow();
        }
        JsonObject page = Api.clerk().get("/cases?q=" + URLEncoder.encode(number, StandardCharsets.UTF_8)).json();
        assertEquals(1, page.getInt("total"));
    }

    @Test
    void invalidInputIsRefusedFieldByFieldInTheCallersLanguageAndNothingIsStored() {
        String number = Referrals.newCaseNumber();
        String body = Referrals.c01(number).remove("consentRecordedAt").add("centerCode", "").build().toString()
                .replace("91110105MA5DDR3E6T", "91110105MA5DDR3E6X");
        Api.Reply zh = Api.clerk().post("/referrals", body);
        assertEquals(400, zh.status());
        assertEquals("application/problem+json", zh.header("Content-Type").split(";")[0]);
        Set<String> fields = zh.json().getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                .map(e -> e.getString("field")).collect(Collectors.toSet());
        assertTrue(fields.containsAll(Set.of("consentRecordedAt", "centerCode", "parties[0].creditCode")), fields.toString());
        assertTrue(zh.body().contains("统一社会信用代码"), zh.body());
        Api.Reply en = Api.clerk().inEnglish().post("/referrals", body);
        assertTrue(en.body().contains("unified social credit code"), en.body());
        assertEquals(0, Api.clerk().get("/cases?q=" + URLEncoder.encode(number, StandardCharsets.UTF_8)).json().getInt("total"));

        Api.Reply gbk = Api.clerk().postWithType("/referrals", body, "application/json; charset=GBK");
        assertEquals(415, gbk.status());
        assertEquals("request.charset", gbk.json().getString("code"));

        Api.Reply unreadable = Api.clerk().post("/referrals", "{\"kind\":\"SOMETIMES\"}");
        assertEquals(400, unreadable.status());
        assertEquals("request.unreadable", unreadable.json().getString("code"));
        String message = unreadable.json().getJsonArray("errors").getJsonObject(0).getString("message");
        assertTrue(message.contains("SOMETIMES") && message.contains("DELEGATED") && message.contains("ENTRUSTED"),
                "the unknown value and the allowed ones: " + message);
        Api.Reply notAList = Api.clerk().post("/referrals", "{\"parties\":\"x\"}");
        assertEquals(400, notAList.status());
        assertEquals("parties", notAList.json().getJsonArray("errors").getJsonObject(0).getString("field"));
        String exe = Referrals.c01(Referrals.newCaseNumber()).build().toString()
                .replaceFirst("\"contentBase64\":\"[^\"]+\"", "\"contentBase64\":\"TVqQAAMAAAAEAAAA\"");
        Api.Reply wrongType = Api.clerk().post("/referrals", exe);
        assertEquals(400, wrongType.status());
        assertEquals("materials[0]", wrongType.json().getJsonArray("errors").getJsonObject(0).getString("field"));
    }

    @Test
    void materialsUpToTwentyMegabytesAreTakenAndLargerOnesRefusedWithAReason() {
        byte[] big = new byte[15 * 1024 * 1024];
        System.arraycopy(Referrals.PDF, 0, big, 0, Referrals.PDF.length);
        String ok = Referrals.c01(Referrals.newCaseNumber()).build().toString().replaceFirst(
                "\"contentBase64\":\"[^\"]+\"", "\"contentBase64\":\"" + Base64.getEncoder().encodeToString(big) + "\"");
        Api.Reply taken = Api.clerk().post("/referrals", ok);
        assertEquals(201, taken.status(), taken.body().length() > 300 ? taken.body().substring(0, 300) : taken.body());
        assertEquals(big.length, taken.json().getJsonArray("materials").getJsonObject(0).getInt("size"));

        byte[] tooBig = new byte[21 * 1024 * 1024];
        System.arraycopy(Referrals.PDF, 0, tooBig, 0, Referrals.PDF.length);
        String number = Referrals.newCaseNumber();
        String refused = Referrals.c01(number).build().toString().replaceFirst(
                "\"contentBase64\":\"[^\"]+\"", "\"contentBase64\":\"" + Base64.getEncoder().encodeToString(tooBig) + "\"");
        Api.Reply r = Api.clerk().post("/referrals", refused);
        assertEquals(400, r.status());
        assertTrue(r.body().contains("material.") || r.body().contains("20"), r.body());
        assertEquals(0, Api.clerk().get("/cases?q=" + URLEncoder.encode(number, StandardCharsets.UTF_8)).json().getInt("total"));
    }

    @Test
    void consentMustPrecedeThePush() {
        String body = Referrals.c01(Referrals.newCaseNumber()).add("consentRecordedAt", "2030-01-01T00:00:00+08:00")
                .build().toString();
        Api.Reply r = Api.clerk().post("/referrals", body);
        assertEquals(400, r.status());
        assertEquals("consentRecordedAt", r.json().getJsonArray("errors").getJsonObject(0).getString("field"));
    }

    @Test
    void theCenterAcceptsWithAnActiveMediatorOfItsOwnAndTheMediationPeriodStarts() {
        JsonObject c = refer(Referrals.newCaseNumber());
        String path = "/cases/" + c.getJsonNumber("id").longValue();
        Api.Reply exited = Api.bjCenter().post(path + "/accept", "{\"mediatorCode\":\"M0013\"}");
        assertEquals(409, exited.status());
        assertEquals("mediator.notAssignable", exited.json().getString("code"));
        Api.Reply foreign = Api.bjCenter().post(path + "/accept", "{\"mediatorCode\":\"M0001\"}");
        assertEquals(409, foreign.status());
        Api.Reply unknown = Api.bjCenter().post(path + "/accept", "{\"mediatorCode\":\"M9999\"}");
        assertEquals(400, unknown.status());
        Api.Reply stale = Api.bjCenter().post(path + "/accept", "{\"mediatorCode\":\"M0009\",\"version\":0}");
        assertEquals(409, stale.status());
        assertEquals("case.staleVersion", stale.json().getString("code"));
        Api.Reply clerkTries = Api.clerk().post(path + "/accept", "{\"mediatorCode\":\"M0009\"}");
        assertEquals(403, clerkTries.status());

        Api.Reply ok = Api.bjCenter().post(path + "/accept", "{\"mediatorCode\":\"M0009\"}");
        assertEquals(200, ok.status(), ok.body());
        JsonObject accepted = ok.json();
        assertEquals("IN_MEDIATION", accepted.getString("status"));
        assertEquals("M0009", accepted.getString("mediatorCode"));
        assertNotNull(accepted.getString("mediationDueDate"));
        assertEquals("ACCEPTED", accepted.getJsonArray("offers").getJsonObject(0).getString("outcome"));

        Api.Reply declineAccepted = Api.bjCenter().post(path + "/decline", "{\"reasonCode\":\"OTHER\",\"reason\":\"迟了\"}");
        assertEquals(409, declineAccepted.status());
        assertEquals("case.illegalTransition", declineAccepted.json().getString("code"));
        assertEquals("IN_MEDIATION", Api.clerk().get(path).json().getString("status"), "the court sees the result");
    }

    @Test
    void aDeclineNeedsReasonsAndTheCourtMayReferTheCaseElsewhere() {
        JsonObject c = refer(Referrals.newCaseNumber());
        String path = "/cases/" + c.getJsonNumber("id").longValue();
        assertEquals(400, Api.bjCenter().post(path + "/decline", "{\"reasonCode\":\"OTHER\"}").status());
        assertEquals(400, Api.bjCenter().post(path + "/decline", "{\"reasonCode\":\"MAYBE\",\"reason\":\"x\"}").status());
        assertEquals(409, Api.clerk().post(path + "/re-referral", "{\"centerCode\":\"CCPIT-L-ZJ\"}").status(),
                "a pending case on time cannot be taken away");

        Api.Reply declined = Api.bjCenter().post(path + "/decline",
                "{\"reasonCode\":\"CONFLICT_OF_INTEREST\",\"reason\":\"被申请人母公司为本中心管委会成员\"}");
        assertEquals(200, declined.status(), declined.body());
        long id = c.getJsonNumber("id").longValue();
        assertTrue(inboxIds(Api.clerk()).contains(id), "the declined case waits in the court's inbox");
        assertFalse(inboxIds(Api.bjCenter()).contains(id), "and no longer in the center's");
        JsonObject seenByCourt = Api.clerk().get(path).json();
        assertEquals("DECLINED", seenByCourt.getString("status"));
        JsonObject offer = seenByCourt.getJsonArray("offers").getJsonObject(0);
        assertEquals("CONFLICT_OF_INTEREST", offer.getString("declineReasonCode"));
        assertEquals("被申请人母公司为本中心管委会成员", offer.getString("declineReason"));
        assertEquals(409, Api.bjCenter().post(path + "/accept", "{\"mediatorCode\":\"M0009\"}").status());

        assertEquals(409, Api.clerk().post(path + "/re-referral", "{\"centerCode\":\"CCPIT-L-BJ\"}").status());
        Api.clerk().ensureInvited("BJ-B-0105", "CCPIT-L-ZJ");
        Api.Reply again = Api.clerk().post(path + "/re-referral", "{\"centerCode\":\"CCPIT-L-ZJ\"}");
        assertEquals(200, again.status(), again.body());
        assertEquals("PENDING_ACCEPTANCE", again.json().getString("status"));
        assertEquals(2, again.json().getJsonArray("offers").size(), "the history of offers is kept");
        Api.Reply kept = Api.bjCenter().get(path);
        assertEquals(200, kept.status(), "the declining center keeps reading it (issue 12 Flow)");
        assertEquals("OWN_OFFERS", kept.json().getString("visibility"));
        assertEquals(0, kept.json().getJsonArray("actions").size(), "read-only");
        assertEquals("被申请人母公司为本中心管委会成员",
                kept.json().getJsonArray("offers").getJsonObject(0).getString("declineReason"), "its decision");
        assertEquals(404, Api.bjCenter().post(path + "/accept", "{\"mediatorCode\":\"M0009\"}").status());
        assertEquals(200, Api.as("ctr.zj.admin", "Demo-Center-2026!").get(path).status());
    }

    private static List<Long> inboxIds(Api api) {
        return api.get("/inbox?size=500").json().getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .map(i -> i.getJsonNumber("id").longValue()).toList();
    }

    @Test
    void theCentersInboxHoldsItsPendingReferralsSoonestDueFirst() {
        JsonObject c = refer(Referrals.newCaseNumber());
        List<JsonObject> items = Api.bjCenter().get("/inbox").json().getJsonArray("items")
                .getValuesAs(JsonObject.class);
        assertTrue(items.stream().anyMatch(i -> i.getJsonNumber("id").equals(c.getJsonNumber("id"))));
        for (int i = 1; i < items.size(); i++) {
            assertTrue(items.get(i - 1).getString("acceptanceDueDate")
                    .compareTo(items.get(i).getString("acceptanceDueDate")) <= 0, "soonest due first");
        }
        items.forEach(i -> assertEquals("PENDING_ACCEPTANCE", i.getString("status")));
        assertEquals(3, items.stream().filter(i -> i.getJsonNumber("id").equals(c.getJsonNumber("id")))
                .findFirst().orElseThrow().getInt("workingDaysLeft"), "3 working days on the push date");
        assertEquals(0, Api.as("ops.oncall", "Demo-Ops-2026!").get("/inbox").json().getJsonArray("items").size());
    }

    @Test
    void everyRoleSeesOnlyItsScope() {
        JsonObject c = refer(Referrals.newCaseNumber());
        String path = "/cases/" + c.getJsonNumber("id").longValue();
        assertEquals(404, Api.as("ctr.zj.admin", "Demo-Center-2026!").get(path).status(), "another center");
        assertEquals(404, Api.as("clerk.bj0491", "Demo-Clerk-2026!").get(path).status(), "another court");
        assertEquals(404, Api.as("med.m0009", "Demo-Med-2026!").get(path).status(), "not yet assigned");
        assertEquals(404, Api.as("ops.oncall", "Demo-Ops-2026!").get(path).status(), "operators see no case");
        Api.Reply otherCourtDecides = Api.as("ctr.zj.admin", "Demo-Center-2026!")
                .post(path + "/decline", "{\"reasonCode\":\"OTHER\",\"reason\":\"x\"}");
        assertEquals(404, otherCourtDecides.status());

        JsonObject hq = Api.as("hq.admin1", "Demo-Hq-2026!").get(path).json();
        assertEquals(c.getString("caseNumber"), hq.getString("caseNumber"));
        assertNull(hq.get("parties"), "metadata only: no parties");
        assertNull(hq.get("materials"), "metadata only: no materials");
        assertNull(hq.get("facts"));
        long materialId = c.getJsonArray("materials").getJsonObject(0).getJsonNumber("id").longValue();
        Api.Reply material = Api.as("spc.supervisor1", "Demo-Spc-2026!").get(path + "/materials/" + materialId);
        assertEquals(403, material.status(), "materials are content: a reason must be recorded first");
        assertEquals("case.fullAccessRequired", material.json().getString("code"));

        Api.bjCenter().post(path + "/accept", "{\"mediatorCode\":\"M0009\"}");
        assertEquals(200, Api.as("med.m0009", "Demo-Med-2026!").get(path).status(), "the assigned mediator");
        JsonObject mediatorList = Api.as("med.m0009", "Demo-Med-2026!").get("/cases?size=200").json();
        mediatorList.getJsonArray("items").getValuesAs(JsonObject.class)
                .forEach(i -> assertEquals("M0009", i.getString("mediatorCode")));
        JsonObject centerList = Api.bjCenter().get("/cases?size=200").json();
        centerList.getJsonArray("items").getValuesAs(JsonObject.class)
                .forEach(i -> assertEquals("CCPIT-L-BJ", i.getString("centerCode")));
        JsonObject courtList = Api.clerk().get("/cases?size=200").json();
        // the court's referrals, and direct applications whose judicial confirmation was applied for at the court
        // (no referring court: CaseScope's COALESCE(court, confirmation court))
        courtList.getJsonArray("items").getValuesAs(JsonObject.class)
                .forEach(i -> assertEquals("DIRECT_APPLICATION".equals(i.getString("source")) ? null : "BJ-B-0105",
                        i.getString("courtCode", null), i.toString()));
        assertEquals(0, Api.as("ops.oncall", "Demo-Ops-2026!").get("/cases").json().getInt("total"));
        assertTrue(Api.as("hq.admin1", "Demo-Hq-2026!").get("/cases").json().getInt("total")
                > courtList.getInt("total"), "HQ lists every court's cases");
    }

    @Test
    void theCentersListShowsOverdueDemoCasesAndFiltersWork() {
        String query = "/cases?status=PENDING_ACCEPTANCE&overdue=true&sort=acceptanceDueDate&asc=true";
        Awaitility.await("the first deadline scan").atMost(Duration.ofSeconds(75)).pollInterval(Duration.ofSeconds(3))
                .until(() -> Api.bjCenter().get(query).json().getInt("total") > 0);
        JsonObject overdue = Api.bjCenter().get(query).json();
        JsonObject first = overdue.getJsonArray("items").getJsonObject(0);
        assertTrue(first.getBoolean("acceptanceOverdue"));
        assertEquals(400, Api.bjCenter().get("/cases?status=LOST").status());
        assertEquals(400, Api.bjCenter().get("/cases?size=0").status());
        assertEquals(400, Api.bjCenter().get("/cases?first=abc").status());
        assertEquals(400, Api.bjCenter().get("/cases?sort=garbage").status());
        Api.Reply hqOverdue = Api.as("hq.admin1", "Demo-Hq-2026!").get("/cases?overdue=true");
        assertEquals(200, hqOverdue.status(), hqOverdue.body());
        assertTrue(hqOverdue.json().getInt("total") >= overdue.getInt("total"), "HQ sees every center's overdue cases");
        assertEquals(0, Api.bjCenter().get("/cases?q=%25").json().getInt("total"), "LIKE wildcards are literal");
    }

    /** The ids of every page of {@code query} followed by its cursor, {@code size} at a time. */
    private static List<Long> byCursor(Api api, String query, int size, Runnable betweenPages) {
        List<Long> ids = new java.util.ArrayList<>();
        String next = null;
        int pages = 0;
        do {
            Api.Reply r = api.get("/cases?" + query + "&size=" + size
                    + (next == null ? "" : "&after=" + URLEncoder.encode(next, StandardCharsets.UTF_8)));
            assertEquals(200, r.status(), r.body());
            JsonObject page = r.json();
            page.getJsonArray("items").getValuesAs(JsonObject.class)
                    .forEach(i -> ids.add(i.getJsonNumber("id").longValue()));
            assertEquals(next == null, page.containsKey("total") && !page.isNull("total"),
                    "counted on the first page only");
            next = page.containsKey("next") && !page.isNull("next") ? page.getString("next") : null;
            betweenPages.run();
            assertTrue(++pages < 100, "the cursor ends");
        } while (next != null);
        return ids;
    }

    private static List<Long> byOffset(Api api, String query) {
        return api.get("/cases?" + query + "&size=200").json().getJsonArray("items").getValuesAs(JsonObject.class)
                .stream().map(i -> i.getJsonNumber("id").longValue()).toList();
    }

    @Test
    void keysetPagingNeitherSkipsNorRepeatsRowsWhileCasesArrive() {
        String prefix = "(2026)京0105民诉前调" + (10_000 + Math.abs(UUID.randomUUID().getLeastSignificantBits()
                % 90_000L));
        for (int i = 0; i < 7; i++) {
            refer(prefix + "0" + i + "号");
        }
        String q = "q=" + URLEncoder.encode(prefix, StandardCharsets.UTF_8);
        List<Long> before = byOffset(Api.clerk(), q);
        assertEquals(7, before.size());
        int[] added = {0};
        List<Long> walked = byCursor(Api.clerk(), q, 2, () -> refer(prefix + "1" + added[0]++ + "号"));
        assertEquals(before, walked, "newer cases arriving between pages neither shift nor repeat the pages after");
        assertEquals(7 + added[0], byOffset(Api.clerk(), q).size(), "and they are listed from the first page on");
        // a sort by a column that is empty for pending cases pages through the empty ones by id, in both directions
        for (String sort : List.of("sort=mediationDueDate&asc=true", "sort=mediationDueDate&asc=false",
                "sort=courtCaseNumber&asc=true", "sort=courtCaseNumber&asc=false", "sort=status&asc=true")) {
            String query = q + "&" + sort;
            assertEquals(byOffset(Api.clerk(), query), byCursor(Api.clerk(), query, 3, () -> { }), sort);
        }
        // a cursor is bound to its sort; a forged one is a 400 on "after", never a 500
        String next = Api.clerk().get("/cases?" + q + "&size=2").json().getString("next");
        for (String bad : List.of("sort=caseNumber&after=" + URLEncoder.encode(next, StandardCharsets.UTF_8),
                "asc=true&after=" + URLEncoder.encode(next, StandardCharsets.UTF_8), "after=bm90LWEtY3Vyc29y",
                "after=%25%25")) {
            Api.Reply r = Api.clerk().get("/cases?" + q + "&" + bad);
            assertEquals(400, r.status(), bad + ": " + r.body());
            assertEquals("after", r.json().getJsonArray("errors").getJsonObject(0).getString("field"), bad);
        }
    }

    @Test
    void theInboxCountsEveryItemAndPagesThroughThem() {
        for (int i = 0; i < 3; i++) {
            refer(Referrals.newCaseNumber());
        }
        JsonObject all = Api.bjCenter().get("/inbox?size=500").json();
        int total = all.getInt("total");
        assertEquals(total, all.getJsonArray("items").size(), "every item, none capped");
        assertTrue(total >= 3);
        List<String> paged = new java.util.ArrayList<>();
        for (int first = 0; first < total; first += 2) {
            JsonObject page = Api.bjCenter().get("/inbox?first=" + first + "&size=2").json();
            assertEquals(total, page.getInt("total"));
            page.getJsonArray("items").getValuesAs(JsonObject.class)
                    .forEach(i -> paged.add(i.getJsonNumber("id") + i.getString("action")));
        }
        assertEquals(all.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .map(i -> i.getJsonNumber("id") + i.getString("action")).toList(), paged, "the pages make the whole");
        assertEquals(400, Api.bjCenter().get("/inbox?size=0").status());
    }
}
