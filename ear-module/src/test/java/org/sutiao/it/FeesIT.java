package org.sutiao.it;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Fee schedules and case fees (issue 4, notice 法办〔2024〕623号 §5(4)): the public listing and page without login,
 * publication of versions that supersede and are never edited, a case charged by the schedule in force on its
 * acceptance date, no fee without a schedule, the split, payments, hours, subsidies, and scoping.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class FeesIT {
    private static final String PAGE_BASE = Api.BASE.substring(0, Api.BASE.length() - "/api/v1".length());
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    private static Api zjCenter() {
        return Api.as("ctr.zj.admin", "Demo-Center-2026!");
    }

    private static Api szCenter() {
        return Api.as("ctr.gdsz.admin", "Demo-Center-2026!");
    }

    private static Api hq() {
        return Api.as("hq.admin1", "Demo-Hq-2026!");
    }

    private static Map<String, JsonObject> centers(Api.Reply listing) {
        return listing.json().getJsonArray("centers").getValuesAs(JsonObject.class).stream()
                .collect(Collectors.toMap(c -> c.getString("code"), c -> c));
    }

    private static JsonObject currency(JsonObject center, String currency) {
        return center.getJsonArray("schedules").getValuesAs(JsonObject.class).stream()
                .filter(s -> currency.equals(s.getString("currency"))).findFirst()
                .orElseThrow(() -> new AssertionError(center.getString("code") + " has no " + currency));
    }

    /** Refers a case (C01's dispute, or one with the given body changes) and accepts it; returns its id. */
    private static long referAndAccept(JsonObjectBuilder body, Api center, String mediatorCode) {
        Api.Reply referred = Api.clerk().post("/referrals", body.build().toString());
        assertEquals(201, referred.status(), referred.body());
        long id = referred.json().getJsonNumber("id").longValue();
        Api.Reply accepted = center.post("/cases/" + id + "/accept", "{\"mediatorCode\":\"" + mediatorCode + "\"}");
        assertEquals(200, accepted.status(), accepted.body());
        return id;
    }

    private static HttpResponse<String> page(String path, String method, boolean follow) {
        try {
            HttpClient client = follow ? HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).build() : HTTP;
            return client.send(HttpRequest.newBuilder(URI.create(path)).method(method, HttpRequest.BodyPublishers.noBody())
                    .header("Accept-Language", "zh-CN").build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new AssertionError(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private static int patchAsZjCenter(String path) {
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create(Api.BASE + path))
                    .header("Authorization", "Basic " + Base64.getEncoder()
                            .encodeToString("ctr.zj.admin:Demo-Center-2026!".getBytes(StandardCharsets.UTF_8)))
                    .header("Content-Type", "application/json")
                    .method("PATCH", HttpRequest.BodyPublishers.ofString("{\"minimumFee\":\"1\"}")).build(),
                    HttpResponse.BodyHandlers.ofString()).statusCode();
        } catch (IOException e) {
            throw new AssertionError(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private static String brackets(String effectiveFrom, String firstRate) {
        return "{\"currency\":\"CNY\",\"basis\":\"AMOUNT_BRACKETS\",\"effectiveFrom\":\"" + effectiveFrom
                + "\",\"minimumFee\":\"800\",\"notes\":\"FeesIT\",\"brackets\":[{\"lowerBound\":\"0\",\"upperBound\":\"200000\","
                + "\"ratePercent\":\"" + firstRate + "\"},{\"lowerBound\":\"200000\",\"upperBound\":null,\"ratePercent\":\"1\"}]}";
    }

    @Test
    void thePublishedFeesAnswerWithoutLoginAndEveryDemoCenterHasASchedule() {
        Api.Reply listing = Api.anonymous().get("/fees");
        assertEquals(200, listing.status(), listing.body());
        assertEquals(TODAY.toString(), listing.json().getString("asOf"));
        Map<String, JsonObject> centers = centers(listing);
        assertTrue(centers.size() >= 23, centers.keySet().toString());
        centers.values().forEach(c -> assertFalse(c.getJsonArray("schedules").isEmpty(), c.getString("code")));

        JsonObject bj = currency(centers.get("CCPIT-L-BJ"), "CNY");
        JsonObject inForce = bj.getJsonObject("inForce");
        assertEquals("AMOUNT_BRACKETS", inForce.getString("basis"));
        assertEquals("IN_FORCE", inForce.getString("status"));
        assertEquals("1000.00", inForce.getJsonObject("minimumFee").getString("amount"));
        JsonArray brackets = inForce.getJsonArray("brackets");
        assertEquals("0.00", brackets.getJsonObject(0).getString("lowerBound"));
        assertEquals("100000.00", brackets.getJsonObject(0).getString("upperBound"));
        assertEquals("2", brackets.getJsonObject(0).getString("ratePercent"));
        assertFalse(brackets.getJsonObject(brackets.size() - 1).containsKey("upperBound"), "open last bracket (null)");
        assertFalse(centers.get("CCPIT-L-BJ").getString("name").isBlank());

        JsonObject sz = currency(centers.get("CCPIT-L-GD-SZ"), "CNY").getJsonObject("inForce");
        assertEquals("MEDIATOR_HOURS", sz.getString("basis"));
        assertEquals("800.00", sz.getJsonObject("hourlyRate").getString("amount"));
        assertEquals("USD", currency(centers.get("CCPIT-HQ"), "USD").getString("currency"));

        assertEquals(401, Api.anonymous().get("/fees/subsidy-statistics").status(), "only the listing is public");
        assertEquals(401, Api.anonymous().get("/centers/CCPIT-L-BJ/fee-schedules").status());
    }

    @Test
    void aNewVersionSupersedesAndAPublishedVersionIsNeverEdited() {
        String path = "/centers/CCPIT-L-ZJ/fee-schedules";
        Api.Reply now = zjCenter().post(path, brackets(TODAY.toString(), "1.8"));
        assertEquals(201, now.status(), now.body());
        int current = now.json().getInt("version");
        assertEquals("IN_FORCE", now.json().getString("status"));
        assertTrue(now.header("Location").endsWith(path + "/CNY/" + current), now.header("Location"));
        Api.Reply later = zjCenter().post(path, brackets(TODAY.plusDays(400).toString(), "1.6"));
        assertEquals(201, later.status(), later.body());
        int next = later.json().getInt("version");
        assertEquals(current + 1, next);
        assertEquals("SCHEDULED", later.json().getString("status"));

        JsonObject zj = currency(centers(Api.anonymous().get("/fees")).get("CCPIT-L-ZJ"), "CNY");
        assertEquals(current, zj.getJsonObject("inForce").getInt("version"),
                "in force: the newest version whose effective date has come");
        Map<Integer, String> history = zj.getJsonArray("history").getValuesAs(JsonObject.class).stream()
                .collect(Collectors.toMap(h -> h.getInt("version"), h -> h.getString("status")));
        assertEquals("IN_FORCE", history.get(current));
        assertEquals("SCHEDULED", history.get(next));
        assertEquals("SUPERSEDED", history.get(1), "the demo version is kept in the history");

        String published = path + "/CNY/" + current;
        String before = zjCenter().get(published).body();
        assertEquals(405, zjCenter().put(published, brackets(TODAY.toString(), "9")).status());
        assertEquals(405, patchAsZjCenter(published));
        assertEquals(405, zjCenter().delete(published).status());
        assertEquals(405, zjCenter().put(path, brackets(TODAY.toString(), "9")).status());
        assertEquals(before, zjCenter().get(published).body(), "unchanged");
    }

    @Test
    void onlyTheCentersAdminOrHqPublishValidSchedulesFromToday() {
        String path = "/centers/CCPIT-L-ZJ/fee-schedules";
        assertEquals(404, zjCenter().post("/centers/CCPIT-L-BJ/fee-schedules", brackets(TODAY.toString(), "2"))
                .status(), "another center's schedule");
        assertEquals(403, Api.clerk().post(path, brackets(TODAY.toString(), "2")).status());
        assertEquals(401, Api.anonymous().post(path, brackets(TODAY.toString(), "2")).status());

        Api.Reply past = zjCenter().post(path, brackets(TODAY.minusDays(1).toString(), "2"));
        assertEquals(400, past.status(), "a fee must be public before it charges");
        assertEquals("effectiveFrom", past.json().getJsonArray("errors").getJsonObject(0).getString("field"));
        Api.Reply gap = zjCenter().post(path, brackets(TODAY.toString(), "2").replace(
                "{\"lowerBound\":\"200000\"", "{\"lowerBound\":\"250000\""));
        assertEquals(400, gap.status(), gap.body());
        assertEquals("brackets[1].lowerBound", gap.json().getJsonArray("errors").getJsonObject(0).getString("field"));
        assertEquals(400, zjCenter().post(path, brackets(TODAY.toString(), "101")).status(), "rate above 100 %");

        Api.Reply byHq = hq().post("/centers/CCPIT-L-ZJ-JX/fee-schedules", "{\"currency\":\"EUR\",\"basis\":"
                + "\"MEDIATOR_HOURS\",\"effectiveFrom\":\"" + TODAY + "\",\"minimumFee\":\"300\",\"hourlyRate\":\"120.50\"}");
        assertEquals(201, byHq.status(), byHq.body());
        assertEquals("120.50", byHq.json().getJsonObject("hourlyRate").getString("amount"));
    }

    @Test
    void anAcceptedCaseIsChargedByTheScheduleInForceOnItsAcceptanceDate() {
        Api.Reply referred = Api.clerk().post("/referrals", Referrals.c01(Referrals.newCaseNumber()).build().toString());
        assertEquals(201, referred.status(), referred.body());
        long id = referred.json().getJsonNumber("id").longValue();
        JsonObject pending = Api.bjCenter().get("/cases/" + id + "/fee").json();
        assertFalse(pending.getBoolean("chargeable"));
        assertEquals("fee.notYetAccepted", pending.getJsonObject("notCharged").getString("code"));

        assertEquals(200, Api.bjCenter().post("/cases/" + id + "/accept", "{\"mediatorCode\":\"M0009\"}").status());
        int inForce = currency(centers(Api.anonymous().get("/fees")).get("CCPIT-L-BJ"), "CNY")
                .getJsonObject("inForce").getInt("version");
        Api.Reply reply = Api.bjCenter().get("/cases/" + id + "/fee");
        assertEquals(200, reply.status(), reply.body());
        JsonObject fee = reply.json().getJsonObject("fee");
        assertTrue(reply.json().getBoolean("chargeable"));
        assertEquals(inForce, fee.getInt("scheduleVersion"));
        assertEquals(TODAY.toString(), fee.getString("acceptedOn"));
        assertEquals("452000.00", fee.getJsonObject("claimBase").getString("amount"));
        assertEquals("7280.00", fee.getJsonObject("amount").getString("amount"), "2 000 + 352 000 × 1.5 %");
        assertEquals("CNY", fee.getJsonObject("amount").getString("currency"));
        List<JsonObject> shares = fee.getJsonArray("shares").getValuesAs(JsonObject.class);
        assertEquals(List.of("3640.00", "3640.00"), shares.stream()
                .map(s -> s.getJsonObject("amount").getString("amount")).toList());
        assertEquals(200, Api.clerk().get("/cases/" + id + "/fee").status(), "the referring court reads it");

        long applicant = shares.get(0).getJsonNumber("partyId").longValue();
        long respondent = shares.get(1).getJsonNumber("partyId").longValue();
        long version = fee.getJsonNumber("version").longValue();
        Api.Reply wrongSum = Api.bjCenter().put("/cases/" + id + "/fee/shares", "{\"version\":" + version
                + ",\"shares\":[{\"partyId\":" + applicant + ",\"amount\":\"5000.00\"},{\"partyId\":" + respondent
                + ",\"amount\":\"2000.00\"}]}");
        assertEquals(400, wrongSum.status(), wrongSum.body());
        assertEquals("shares", wrongSum.json().getJsonArray("errors").getJsonObject(0).getString("field"));
        assertEquals(403, Api.clerk().put("/cases/" + id + "/fee/shares", "{\"shares\":[]}").status());

        Api.Reply split = Api.bjCenter().put("/cases/" + id + "/fee/shares", "{\"version\":" + version
                + ",\"shares\":[{\"partyId\":" + applicant + ",\"amount\":\"5280.00\"},{\"partyId\":" + respondent
                + ",\"amount\":\"2000.00\"}]}");
        assertEquals(200, split.status(), split.body());
        assertEquals(409, Api.bjCenter().put("/cases/" + id + "/fee/shares", "{\"version\":" + version
                + ",\"shares\":[{\"partyId\":" + applicant + ",\"amount\":\"7280.00\"}]}").status(), "stale version");

        Api.Reply paid = Api.bjCenter().post("/cases/" + id + "/fee/shares/" + applicant + "/payment",
                "{\"status\":\"PAID\",\"paidOn\":\"" + TODAY + "\"}");
        assertEquals(200, paid.status(), paid.body());
        JsonObject first = paid.json().getJsonObject("fee").getJsonArray("shares").getJsonObject(0);
        assertEquals("PAID", first.getString("status"));
        assertEquals("5280.00", first.getJsonObject("amount").getString("amount"));
        assertEquals(400, Api.bjCenter().post("/cases/" + id + "/fee/shares/" + respondent + "/payment",
                "{\"status\":\"PAID\",\"paidOn\":\"" + TODAY.plusDays(1) + "\"}").status(), "paid in the future");
        assertEquals(409, Api.bjCenter().post("/cases/" + id + "/fee/hours", "{\"hours\":\"2\"}").status(),
                "charged by claim amount, not by hours");
    }

    @Test
    void hourlyFeesFollowTheRecordedHours() {
        Api.clerk().ensureInvited("BJ-B-0105", "CCPIT-L-GD-SZ");
        long id = referAndAccept(Referrals.c01(Referrals.newCaseNumber()).add("centerCode", "CCPIT-L-GD-SZ"),
                szCenter(), "M0047");
        JsonObject fee = szCenter().get("/cases/" + id + "/fee").json().getJsonObject("fee");
        assertEquals("MEDIATOR_HOURS", fee.getString("basis"));
        assertEquals("0.00", fee.getString("hours"));
        assertEquals("2000.00", fee.getJsonObject("amount").getString("amount"), "the minimum at 0 hours");
        Api.Reply hours = szCenter().post("/cases/" + id + "/fee/hours", "{\"hours\":\"3.5\"}");
        assertEquals(200, hours.status(), hours.body());
        assertEquals("2800.00", hours.json().getJsonObject("fee").getJsonObject("amount").getString("amount"));
        assertEquals(400, szCenter().post("/cases/" + id + "/fee/hours", "{\"hours\":\"-1\"}").status());
    }

    @Test
    void aCenterWithoutAScheduleInTheCasesCurrencyCannotCharge() {
        JsonObjectBuilder usd = Referrals.c01(Referrals.newCaseNumber())
                .add("claimAmount", Json.createObjectBuilder().add("amount", "60000.00").add("currency", "USD"))
                .add("claims", Json.createArrayBuilder().add(Json.createObjectBuilder().add("text", "支付货款 60000 美元")
                        .add("amount", Json.createObjectBuilder().add("amount", "60000.00").add("currency", "USD"))));
        long id = referAndAccept(usd, Api.bjCenter(), "M0009");
        Api.Reply reply = Api.bjCenter().get("/cases/" + id + "/fee");
        assertEquals(200, reply.status(), reply.body());
        assertFalse(reply.json().getBoolean("chargeable"), "accepted, but not charged");
        assertFalse(reply.json().containsKey("fee"), "no fee (null)");
        JsonObject why = reply.json().getJsonObject("notCharged");
        assertEquals("fee.noSchedule", why.getString("code"));
        assertTrue(why.getString("detail").contains("USD"), why.getString("detail"));
        assertTrue(Api.bjCenter().inEnglish().get("/cases/" + id + "/fee").json().getJsonObject("notCharged")
                .getString("detail").contains("no USD fee schedule"));
        Api.Reply split = Api.bjCenter().put("/cases/" + id + "/fee/shares", "{\"shares\":[]}");
        assertEquals(409, split.status(), split.body());
        assertEquals("fee.noSchedule", split.json().getString("code"));
    }

    @Test
    void aCasesFeeOutsideTheCallersScopeIsNotFound() {
        long id = referAndAccept(Referrals.c01(Referrals.newCaseNumber()), Api.bjCenter(), "M0009");
        assertEquals(404, zjCenter().get("/cases/" + id + "/fee").status(), "another center");
        assertEquals(404, zjCenter().put("/cases/" + id + "/fee/shares", "{\"shares\":[]}").status());
        assertEquals(404, Api.as("clerk.bj0491", "Demo-Clerk-2026!").get("/cases/" + id + "/fee").status(),
                "another court");
        assertEquals(404, Api.as("ops.oncall", "Demo-Ops-2026!").get("/cases/" + id + "/fee").status());
        assertEquals(404, Api.bjCenter().get("/cases/999999999/fee").status());
        JsonObject metadataOnly = hq().get("/cases/" + id + "/fee").json();
        assertTrue(metadataOnly.getBoolean("chargeable"));
        assertTrue(metadataOnly.getJsonObject("fee").getJsonArray("shares").isEmpty(), "HQ sees no party names");
    }

    @Test
    void subsidiesAreRecordedPerCaseAndCountedForHq() {
        List<JsonObject> before = subsidyStatistics();
        long id = referAndAccept(Referrals.c01(Referrals.newCaseNumber()), Api.bjCenter(), "M0009");
        Api.Reply recorded = Api.bjCenter().post("/cases/" + id + "/subsidies", "{\"amount\":{\"amount\":\"5000.00\","
                + "\"currency\":\"CNY\"},\"source\":\"北京市朝阳区财政局\",\"grantedOn\":\"" + TODAY + "\"}");
        assertEquals(201, recorded.status(), recorded.body());
        JsonObject subsidy = recorded.json().getJsonArray("subsidies").getJsonObject(0);
        assertEquals("5000.00", subsidy.getJsonObject("amount").getString("amount"));
        assertEquals("北京市朝阳区财政局", subsidy.getString("source"));
        assertEquals(400, Api.bjCenter().post("/cases/" + id + "/subsidies", "{\"amount\":{\"amount\":\"0\","
                + "\"currency\":\"CNY\"},\"source\":\"x\",\"grantedOn\":\"" + TODAY + "\"}").status());

        Api.Reply lastYear = Api.bjCenter().post("/cases/" + id + "/subsidies", "{\"amount\":{\"amount\":\"0.35\","
                + "\"currency\":\"CNY\"},\"source\":\"北京市财政局\",\"grantedOn\":\"" + TODAY.minusYears(1) + "\"}");
        assertEquals(201, lastYear.status(), lastYear.body());

        List<JsonObject> after = subsidyStatistics();
        JsonObject bj = bjCny(after, TODAY.getYear()).orElseThrow();
        assertEquals("中国贸促会/中国国际商会北京调解中心", bj.getString("centerName"));
        assertEquals(count(bjCny(before, TODAY.getYear())) + 1, bj.getJsonNumber("subsidies").longValue(),
                "one more subsidy this year");
        assertSameAmount(total(bjCny(before, TODAY.getYear())).add(new java.math.BigDecimal("5000.00")),
                total(java.util.Optional.of(bj)), "summed exactly");
        JsonObject bjLast = bjCny(after, TODAY.getYear() - 1).orElseThrow();
        assertEquals(count(bjCny(before, TODAY.getYear() - 1)) + 1, bjLast.getJsonNumber("subsidies").longValue(),
                "counted in the year of the grant date");
        assertSameAmount(total(bjCny(before, TODAY.getYear() - 1)).add(new java.math.BigDecimal("0.35")),
                total(java.util.Optional.of(bjLast)), "summed in its year");
        for (int i = 1; i < after.size(); i++) {
            JsonObject a = after.get(i - 1);
            JsonObject b = after.get(i);
            int byCenter = a.getString("centerCode").compareTo(b.getString("centerCode"));
            assertTrue(byCenter < 0 || byCenter == 0 && (a.getInt("year") > b.getInt("year")
                            || a.getInt("year") == b.getInt("year") && a.getJsonObject("total").getString("currency")
                            .compareTo(b.getJsonObject("total").getString("currency")) < 0),
                    "by center, newest year first, then currency: " + a + " before " + b);
        }
        assertEquals(403, Api.bjCenter().get("/fees/subsidy-statistics").status());
    }

    @Test
    void aSubsidyIsCountedForTheCenterTheCaseWasReferredToAgain() {
        Api.Reply referred = Api.clerk().post("/referrals", Referrals.c01(Referrals.newCaseNumber()).build().toString());
        assertEquals(201, referred.status(), referred.body());
        String path = "/cases/" + referred.json().getJsonNumber("id").longValue();
        Api.Reply recorded = Api.bjCenter().post(path + "/subsidies", "{\"amount\":{\"amount\":\"12.34\","
                + "\"currency\":\"CNY\"},\"source\":\"北京市朝阳区财政局\",\"grantedOn\":\"" + TODAY + "\"}");
        assertEquals(201, recorded.status(), recorded.body());
        List<JsonObject> before = subsidyStatistics();
        Api.Reply declined = Api.bjCenter().post(path + "/decline",
                "{\"reasonCode\":\"CONFLICT_OF_INTEREST\",\"reason\":\"被申请人母公司为本中心管委会成员\"}");
        assertEquals(200, declined.status(), declined.body());
        Api.clerk().ensureInvited("BJ-B-0105", "CCPIT-L-ZJ");
        Api.Reply again = Api.clerk().post(path + "/re-referral", "{\"centerCode\":\"CCPIT-L-ZJ\"}");
        assertEquals(200, again.status(), again.body());

        List<JsonObject> after = subsidyStatistics();
        int year = TODAY.getYear();
        assertEquals(count(cny(before, "CCPIT-L-BJ", year)) - 1, count(cny(after, "CCPIT-L-BJ", year)),
                "counted for the case's center as before: no longer Beijing's");
        assertSameAmount(total(cny(before, "CCPIT-L-BJ", year)).subtract(new java.math.BigDecimal("12.34")),
                total(cny(after, "CCPIT-L-BJ", year)), "Beijing's total");
        assertEquals(count(cny(before, "CCPIT-L-ZJ", year)) + 1, count(cny(after, "CCPIT-L-ZJ", year)),
                "but Zhejiang's, where the case now is");
        assertSameAmount(total(cny(before, "CCPIT-L-ZJ", year)).add(new java.math.BigDecimal("12.34")),
                total(cny(after, "CCPIT-L-ZJ", year)), "Zhejiang's total");
        assertEquals(recount(), after, "the statistics kept on write equal the recount from the subsidies");
    }

    @Test
    void theStatisticsKeptOnWriteEqualTheRecountAlsoUnderConcurrentWrites() throws Exception {
        long id = referAndAccept(Referrals.c01(Referrals.newCaseNumber()), Api.bjCenter(), "M0009");
        String path = "/cases/" + id + "/subsidies";
        int year = TODAY.getYear() - 2;
        String body = "{\"amount\":{\"amount\":\"0.01\",\"currency\":\"CNY\"},\"source\":\"北京市财政局\","
                + "\"grantedOn\":\"" + TODAY.minusYears(2) + "\"}";
        Api.Reply first = Api.bjCenter().post(path, body);
        assertEquals(201, first.status(), first.body());
        List<JsonObject> before = subsidyStatistics();
        int writers = 8;
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(writers);
        try {
            java.util.concurrent.CountDownLatch go = new java.util.concurrent.CountDownLatch(1);
            List<java.util.concurrent.Future<Api.Reply>> replies = new java.util.ArrayList<>();
            for (int i = 0; i < writers; i++) {
                // each a request of its own (the same body again within seconds would be answered as a double submit)
                String own = body.replace("北京市财政局", "北京市财政局第" + (i + 1) + "批");
                replies.add(pool.submit(() -> {
                    go.await();
                    return Api.bjCenter().post(path, own);
                }));
            }
            go.countDown();
            for (java.util.concurrent.Future<Api.Reply> r : replies) {
                Api.Reply reply = r.get();
                assertEquals(201, reply.status(), reply.body());
            }
        } finally {
            pool.shutdown();
        }
        List<JsonObject> after = subsidyStatistics();
        assertEquals(count(cny(before, "CCPIT-L-BJ", year)) + writers, count(cny(after, "CCPIT-L-BJ", year)),
                "every concurrent subsidy counted once in the same row");
        assertSameAmount(total(cny(before, "CCPIT-L-BJ", year)).add(new java.math.BigDecimal("0.08")),
                total(cny(after, "CCPIT-L-BJ", year)), "and summed");
        assertEquals(recount(), after, "the statistics kept on write equal the recount from the subsidies");
        assertEquals(403, Api.bjCenter().get("/fees/subsidy-statistics?recount=true").status(), "HQ's alone");
    }

    private static void assertSameAmount(java.math.BigDecimal expected, java.math.BigDecimal actual, String what) {
        assertEquals(0, expected.compareTo(actual), what + ": expected " + expected + ", was " + actual);
    }

    private List<JsonObject> subsidyStatistics() {
        Api.Reply stats = hq().get("/fees/subsidy-statistics");
        assertEquals(200, stats.status(), stats.body());
        try (JsonReader reader = Json.createReader(new StringReader(stats.body()))) {
            return reader.readArray().getValuesAs(JsonObject.class);
        }
    }

    /** The statistics computed from the subsidies themselves (the recompute path). */
    private List<JsonObject> recount() {
        Api.Reply stats = hq().get("/fees/subsidy-statistics?recount=true");
        assertEquals(200, stats.status(), stats.body());
        try (JsonReader reader = Json.createReader(new StringReader(stats.body()))) {
            return reader.readArray().getValuesAs(JsonObject.class);
        }
    }

    private static java.util.Optional<JsonObject> bjCny(List<JsonObject> stats, int year) {
        return cny(stats, "CCPIT-L-BJ", year);
    }

    private static java.util.Optional<JsonObject> cny(List<JsonObject> stats, String center, int year) {
        return stats.stream().filter(s -> center.equals(s.getString("centerCode")) && s.getInt("year") == year
                && "CNY".equals(s.getJsonObject("total").getString("currency"))).findFirst();
    }

    private static long count(java.util.Optional<JsonObject> s) {
        return s.map(o -> o.getJsonNumber("subsidies").longValue()).orElse(0L);
    }

    private static java.math.BigDecimal total(java.util.Optional<JsonObject> s) {
        return s.map(o -> new java.math.BigDecimal(o.getJsonObject("total").getString("amount")))
                .orElse(java.math.BigDecimal.ZERO);
    }

    @Test
    void thePublicFeePageOpensWithoutLogin() {
        HttpResponse<String> page = page(PAGE_BASE + "/fees.xhtml", "GET", false);
        assertEquals(200, page.statusCode());
        String html = page.body();
        assertTrue(html.contains("中国贸促会/中国国际商会北京调解中心"), "a center's name");
        assertTrue(html.contains("m-public-fees"), "the public menu item");
        assertFalse(html.contains("m-inbox") || html.contains("id=\"logout\""), "nothing of a logged-in user");
        assertTrue(html.contains("id=\"login\""));

        HttpResponse<String> shortUrl = page(PAGE_BASE + "/fees", "GET", false);
        assertEquals(302, shortUrl.statusCode());
        assertTrue(shortUrl.headers().firstValue("Location").orElse("").endsWith("/sutiao/fees.xhtml"));
        assertEquals(200, page(PAGE_BASE + "/fees", "GET", true).statusCode());
        assertNull(page.headers().firstValue("WWW-Authenticate").orElse(null));
    }
}
