package org.sutiao.it;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import org.awaitility.Awaitility;
import org.hamcrest.Matcher;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sutiao.cases.application.ReferralWriter;
import org.sutiao.cases.domain.ReferralKind;
import org.sutiao.evaluation.application.EvaluationFolder;
import org.sutiao.shared.domain.Actor;
import org.sutiao.shared.domain.BusinessTime;

import java.security.MessageDigest;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * HQ evaluation through the API (issue 11 §2): cases driven through referral, acceptance, decline, settlement and
 * performance move the center's and the mediator's figures by exactly the expected amounts once folded (the probe
 * folds at once instead of waiting for the timer); a recompute from scratch gives the same summary rows; satisfaction
 * once per party of a concluded case; who reads what; the indicator set's versions.
 */
@ExtendWith(ArquillianExtension.class)
class EvaluationIT {
    private static final Api HQ = Api.as("hq.admin1", "Demo-Hq-2026!");
    private static final Api MEDIATOR = Api.as("med.m0009", "Demo-Med-2026!");
    private static final Api APPLICANT = Api.as("party.c01.applicant", "Demo-Party-2026!");
    private static final Api RESPONDENT = Api.as("party.c01.respondent", "Demo-Party-2026!");
    private static final String COUNTS = "received,accepted,declined,acceptedOnTime,concluded,settledFull,"
            + "settledPartial,failed,withdrawn,beyond30Days,confirmationsValid,obligationsDue,"
            + "obligationsPerformedOnTime,satisfactionCount";

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWithTests(new Class<?>[]{EvaluationIT.class, EvaluationProbe.class, TestProbe.class,
                Api.class, Referrals.class}, Awaitility.class, Matcher.class);
    }

    @Inject
    EvaluationProbe probe;
    @Inject
    TestProbe cases;
    @Inject
    ReferralWriter writer;
    @Inject
    EvaluationFolder folder;

    private static final LocalDate FROM = BusinessTime.today().withDayOfMonth(1);
    /** This month and the next: the obligation falls due 30 days after today. */
    private static final LocalDate TO = BusinessTime.today().plusMonths(1).with(TemporalAdjusters.lastDayOfMonth());

    private Long referred() {
        return writer.create(Referrals.withPartyAccounts(ReferralKind.DELEGATED), "BJ-B-0105", null, Instant.now(),
                new Actor("test", "test"));
    }

    private Long accepted() {
        Long id = referred();
        assertEquals(200, Api.bjCenter().post("/cases/" + id + "/accept", "{\"mediatorCode\":\"M0009\"}").status());
        return id;
    }

    private static long party(Long id, String role) {
        return Api.clerk().get("/cases/" + id).json().getJsonArray("parties").getValuesAs(JsonObject.class).stream()
                .filter(p -> role.equals(p.getString("role"))).findFirst().orElseThrow().getJsonNumber("id").longValue();
    }

    private Long settledInFull() throws Exception {
        Long id = accepted();
        JsonArrayBuilder obligations = Json.createArrayBuilder().add(Json.createObjectBuilder()
                .add("obligorPartyId", party(id, "RESPONDENT")).add("obligeePartyId", party(id, "APPLICANT"))
                .add("description", "支付货款").add("amount", Json.createObjectBuilder().add("amount", "400000.00")
                        .add("currency", "CNY"))
                .add("dueDate", BusinessTime.today().plusDays(30).toString()).add("method", "银行转账"));
        String body = Json.createObjectBuilder().add("scope", "FULL")
                .add("claimOutcomes", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("claimSeq", 1).add("settled", true))
                        .add(Json.createObjectBuilder().add("claimSeq", 2).add("settled", true)))
                .add("facts", "双方确认货款余额。").add("terms", "被申请人于30日内付清。")
                .add("obligations", obligations).build().toString();
        Api.Reply put = MEDIATOR.put("/cases/" + id + "/agreement", body);
        assertEquals(200, put.status(), put.body());
        String sha = put.json().getString("documentSha256");
        for (Api who : List.of(APPLICANT, RESPONDENT, MEDIATOR, Api.bjCenter())) {
            Api.Reply r = who.post("/cases/" + id + "/agreement/signatures", "{\"documentSha256\":\"" + sha + "\"}");
            assertEquals(200, r.status(), r.body());
        }
        assertEquals("SETTLED", cases.status(id));
        return id;
    }

    private static String period() {
        return "from=" + FROM + "&to=" + TO;
    }

    private static Map<String, Long> figures(JsonObject item) {
        return List.of(COUNTS.split(",")).stream().collect(Collectors.toMap(k -> k,
                k -> item.getJsonNumber(k).longValue()));
    }

    private static JsonObject item(Api.Reply r, String field, String code) {
        assertEquals(200, r.status(), r.body());
        return r.json().getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(i -> code.equals(i.getString(field))).findFirst().orElseThrow(() -> new AssertionError(r.body()));
    }

    private Map<String, Long> center() {
        return center(FROM, TO);
    }

    private static Map<String, Long> center(LocalDate from, LocalDate to) {
        return figures(item(HQ.get("/evaluation/centers?from=" + from + "&to=" + to), "centerCode", "CCPIT-L-BJ"));
    }

    private Map<String, Long> mediator() {
        return figures(item(HQ.get("/evaluation/mediators?" + period() + "&center=CCPIT-L-BJ"), "mediatorCode",
                "M0009"));
    }

    private static void assertDelta(Map<String, Long> before, Map<String, Long> after, Map<String, Integer> expected) {
        for (String k : COUNTS.split(",")) {
            assertEquals(before.get(k) + expected.getOrDefault(k, 0), after.get(k), k + ": " + before + " → " + after);
        }
    }

    @Test
    void casesDrivenThroughTheApiMoveTheFiguresByExactlyTheExpectedAmounts() throws Exception {
        folder.recompute(Instant.now());
        Map<String, Long> center = center();
        Map<String, Long> mediator = mediator();
        // any date range (issue 11 §1): today alone (daily rows only), today to the obligation's due day (partial
        // edge months around whole ones, or one run of days), and the days after today (nothing happens there)
        LocalDate today = BusinessTime.today();
        LocalDate due = today.plusDays(30);
        Map<String, Long> todayOnly = center(today, today);
        Map<String, Long> toDue = center(today, due);
        Map<String, Long> after = center(today.plusDays(1), due);

        Long settled = settledInFull();
        Api.Reply performed = RESPONDENT.post("/cases/" + settled + "/performance", "{\"obligationSeq\":1,"
                + "\"performedOn\":\"" + BusinessTime.today() + "\",\"evidence\":\"银行回单\"}");
        assertEquals(200, performed.status(), performed.body());
        Long declined = referred();
        assertEquals(200, Api.bjCenter().post("/cases/" + declined + "/decline",
                "{\"reasonCode\":\"NO_CAPACITY\",\"reason\":\"本月排期已满\"}").status());
        Long open = accepted();

        assertEquals("SETTLED_FULL", HQ.get("/cases/" + settled).json().getString("outcome"));
        assertEquals("DECLINED", Api.clerk().get("/cases/" + declined).json().getString("outcome"));
        JsonObject openCase = Api.clerk().get("/cases/" + open).json();
        assertTrue(openCase.get("outcome") == null || openCase.isNull("outcome"), "no outcome while open");
        assertTrue(Api.clerk().get("/cases?status=DECLINED").body().contains("\"outcome\":\"DECLINED\""),
                "the list rows carry the outcome too");

        assertEquals(409, APPLICANT.post("/cases/" + open + "/satisfaction", "{\"score\":5}").status(),
                "not before the case concluded");
        Api.Reply bad = RESPONDENT.post("/cases/" + settled + "/satisfaction", "{\"score\":9}");
        assertEquals(400, bad.status(), bad.body());
        assertEquals("score", bad.json().getJsonArray("errors").getJsonObject(0).getString("field"));
        assertEquals(201, APPLICANT.post("/cases/" + settled + "/satisfaction",
                "{\"score\":5,\"comment\":\"调解员很专业\"}").status());
        Api.Reply again = APPLICANT.post("/cases/" + settled + "/satisfaction", "{\"score\":1}", Api.newKey());
        assertEquals(409, again.status(), "once per party: " + again.body());
        assertEquals(201, RESPONDENT.post("/cases/" + settled + "/satisfaction", "{\"score\":3}").status());
        assertEquals(403, MEDIATOR.post("/cases/" + settled + "/satisfaction", "{\"score\":3}").status(),
                "only a party rates");

        folder.fold(Instant.now());
        assertDelta(center, center(), Map.of("received", 3, "accepted", 2, "acceptedOnTime", 2, "declined", 1,
                "concluded", 1, "settledFull", 1, "obligationsDue", 1, "obligationsPerformedOnTime", 1,
                "satisfactionCount", 2));
        assertDelta(mediator, mediator(), Map.of("accepted", 2, "acceptedOnTime", 2, "concluded", 1,
                "settledFull", 1, "obligationsDue", 1, "obligationsPerformedOnTime", 1, "satisfactionCount", 2));
        assertTrue(cases.auditEntries(settled, "rate") >= 4, "each rating and each refused one is audited");
        assertDelta(todayOnly, center(today, today), Map.of("received", 3, "accepted", 2, "acceptedOnTime", 2,
                "declined", 1, "concluded", 1, "settledFull", 1, "satisfactionCount", 2));
        assertDelta(toDue, center(today, due), Map.of("received", 3, "accepted", 2, "acceptedOnTime", 2,
                "declined", 1, "concluded", 1, "settledFull", 1, "obligationsDue", 1, "obligationsPerformedOnTime", 1,
                "satisfactionCount", 2));
        assertDelta(after, center(today.plusDays(1), due), Map.of("obligationsDue", 1,
                "obligationsPerformedOnTime", 1));

        List<String> incremental = probe.summaries();
        assertTrue(incremental.size() > 0);
        folder.recompute(Instant.now());
        assertEquals(incremental, probe.summaries(), "recompute = incremental");
    }

    @Test
    void theAnswerHasTheIssuesShapeAndTheSetsVersion() {
        Api.Reply r = HQ.get("/evaluation/centers?from=" + FROM + "&to=" + FROM.with(TemporalAdjusters.lastDayOfMonth()));
        assertEquals(200, r.status(), r.body());
        JsonObject body = r.json();
        assertEquals(FROM.toString(), body.getString("from"));
        assertEquals(1, body.getInt("indicatorSetVersion"));
        JsonObject first = body.getJsonArray("items").getJsonObject(0);
        assertEquals(List.of("centerCode", "name", "received", "accepted", "declined", "acceptedOnTime",
                "acceptedOnTimeRate", "concluded", "settledFull", "settledPartial", "failed", "withdrawn",
                "successRate", "meanDurationDays", "medianDurationDays", "beyond30Days", "confirmationsValid",
                "obligationsDue", "obligationsPerformedOnTime", "satisfactionMean", "satisfactionCount", "openPastDue",
                "score", "grade", "outOfRange"), List.copyOf(first.keySet()), "the issue's names and the one added");
        Api.Reply byRegion = HQ.get("/evaluation/centers?" + period() + "&region=浙江");
        assertEquals(200, byRegion.status(), byRegion.body());
        assertTrue(byRegion.json().getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .noneMatch(i -> i.getString("centerCode").equals("CCPIT-L-BJ")), byRegion.body());
    }

    @Test
    void theMonthlyTrendSumsWhatEachMonthsEvaluationSums() {
        accepted();
        folder.fold(Instant.now());
        // from the middle of a month two months back (daily edge rows) to today (another edge)
        LocalDate from = FROM.minusMonths(2).plusDays(14);
        LocalDate to = BusinessTime.today();
        Api.Reply trend = HQ.get("/evaluation/months?from=" + from + "&to=" + to);
        assertEquals(200, trend.status(), trend.body());
        List<JsonObject> months = trend.json().getJsonArray("items").getValuesAs(JsonObject.class);
        assertEquals(3, months.size(), trend.body());
        long receivedInAll = 0;
        for (JsonObject m : months) {
            LocalDate first = LocalDate.parse(m.getString("month") + "-01");
            LocalDate start = first.isBefore(from) ? from : first;
            LocalDate end = first.with(TemporalAdjusters.lastDayOfMonth()).isAfter(to) ? to
                    : first.with(TemporalAdjusters.lastDayOfMonth());
            List<JsonObject> centers = HQ.get("/evaluation/centers?from=" + start + "&to=" + end).json()
                    .getJsonArray("items").getValuesAs(JsonObject.class);
            for (String field : List.of("received", "accepted", "declined", "concluded", "settledFull", "failed")) {
                assertEquals(centers.stream().mapToLong(c -> c.getJsonNumber(field).longValue()).sum(),
                        m.getJsonNumber(field).longValue(), field + " of " + m.getString("month"));
            }
            receivedInAll += m.getJsonNumber("received").longValue();
        }
        assertTrue(receivedInAll > 0, "this test's referral is in this month");
        JsonObject own = Api.bjCenter().get("/evaluation/months?from=" + FROM + "&to=" + to).json()
                .getJsonArray("items").getJsonObject(0);
        assertEquals(center(FROM, to).get("received"), own.getJsonNumber("received").longValue(),
                "a center admin's trend is its own center's");
        assertEquals(403, MEDIATOR.get("/evaluation/months?from=" + FROM + "&to=" + to).status());
        assertEquals("to", field(HQ.get("/evaluation/months?from=" + to + "&to=" + FROM.minusDays(1))));
    }

    @Test
    void hqReadsEveryCenterACenterOnlyItselfAndOthersNothing() {
        Api.Reply own = Api.bjCenter().get("/evaluation/centers?" + period());
        assertEquals(200, own.status(), own.body());
        assertEquals(List.of("CCPIT-L-BJ"), own.json().getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .map(i -> i.getString("centerCode")).toList());
        assertEquals(200, Api.bjCenter().get("/evaluation/mediators?" + period()).status());
        assertEquals(403, Api.bjCenter().get("/evaluation/mediators?" + period() + "&center=CCPIT-L-ZJ").status());
        assertTrue(HQ.get("/evaluation/centers?" + period()).json().getJsonArray("items").size() > 1);
        assertEquals(403, MEDIATOR.get("/evaluation/centers?" + period()).status());
        assertEquals(403, Api.clerk().get("/evaluation/mediators?" + period()).status());
        assertEquals(403, APPLICANT.get("/evaluation/centers?" + period()).status());
    }

    @Test
    void badPeriodsAnswer400OnTheField() {
        assertEquals("from", field(HQ.get("/evaluation/centers?from=2026-13-01&to=2026-12-31")));
        assertEquals(200, HQ.get("/evaluation/centers?from=2026-11-02&to=2026-12-17").status(), "any days");
        assertEquals(200, HQ.get("/evaluation/centers?from=2026-12-17&to=2026-12-17").status(), "one day");
        Api.Reply reversed = HQ.get("/evaluation/centers?from=2026-12-02&to=2026-12-01");
        assertEquals("to", field(reversed));
        assertEquals("统计期间的结束日期早于开始日期。",
                reversed.json().getJsonArray("errors").getJsonObject(0).getString("message"), "localized");
        assertEquals("to", field(HQ.get("/evaluation/mediators?from=2026-12-01")));
        assertEquals("center", field(HQ.get("/evaluation/mediators?from=2026-11-01&to=2026-12-31")),
                "HQ drills down from one center");
    }

    private static String field(Api.Reply r) {
        assertEquals(400, r.status(), r.body());
        return r.json().getJsonArray("errors").getJsonObject(0).getString("field");
    }

    @Test
    void hqAddsAVersionEffectiveFromALaterDayWithoutChangingPastResults() {
        String items = "[{\"code\":\"SUCCESS_RATE\",\"weight\":60,\"min\":0.5,\"max\":1},"
                + "{\"code\":\"SATISFACTION_MEAN\",\"weight\":40,\"min\":4,\"max\":5}]";
        String past = "{\"effectiveFrom\":\"" + BusinessTime.today() + "\",\"excellentFrom\":85,\"goodFrom\":60,"
                + "\"indicators\":" + items + "}";
        assertEquals("effectiveFrom", field(HQ.post("/evaluation/indicator-sets", past)));
        String unknown = "{\"effectiveFrom\":\"2099-01-01\",\"excellentFrom\":85,\"goodFrom\":60,"
                + "\"indicators\":[{\"code\":\"SPEED\",\"weight\":1,\"min\":0,\"max\":1}]}";
        assertEquals("indicators[0].code", field(HQ.post("/evaluation/indicator-sets", unknown)));
        LocalDate latest;
        try (var reader = Json.createReader(new java.io.StringReader(HQ.get("/evaluation/indicator-sets").body()))) {
            latest = LocalDate.parse(reader.readArray().getJsonObject(0).getString("effectiveFrom"));
        }
        // a database kept from an earlier run may hold a later version already
        LocalDate effective = latest.isAfter(LocalDate.of(2098, 12, 31)) ? latest.plusYears(1).withDayOfYear(1)
                : LocalDate.of(2099, 1, 1);
        String future = "{\"effectiveFrom\":\"" + effective + "\",\"excellentFrom\":85,\"goodFrom\":60,"
                + "\"indicators\":" + items + "}";
        assertEquals(403, Api.bjCenter().post("/evaluation/indicator-sets", future).status());
        Api.Reply created = HQ.post("/evaluation/indicator-sets", future);
        assertEquals(201, created.status(), created.body());
        int version = created.json().getInt("version");
        assertTrue(version >= 2);
        try (var reader = Json.createReader(new java.io.StringReader(HQ.get("/evaluation/indicator-sets").body()))) {
            assertEquals(version, reader.readArray().getJsonObject(0).getInt("version"), "newest first");
        }
        assertEquals(version, HQ.get("/evaluation/centers?from=" + effective + "&to="
                + effective.with(TemporalAdjusters.lastDayOfMonth())).json()
                .getInt("indicatorSetVersion"));
        assertEquals(1, HQ.get("/evaluation/centers?" + period()).json().getInt("indicatorSetVersion"),
                "a period ending before the new version keeps the old one");
    }

    private static final Api SUPERVISOR = Api.as("spc.supervisor1", "Demo-Spc-2026!");
    private static final Api OTHER_CLERK = Api.as("clerk.bj0491", "Demo-Clerk-2026!");
    private static final Api OTHER_MEDIATOR = Api.as("med.m0013", "Demo-Med-2026!");
    private static final Api ZJ_CENTER = Api.as("ctr.zj.admin", "Demo-Center-2026!");
    private static final String COURT_COUNTS = "received,receivedDelegated,accepted,acceptedOnTime,declined,concluded,"
            + "settledFull,failed,pendingConfirmations";

    private static Map<String, Long> courtFigures(Api who) {
        JsonObject it = item(who.get("/evaluation/courts?" + period()), "courtCode", "BJ-B-0105");
        return List.of(COURT_COUNTS.split(",")).stream().collect(Collectors.toMap(k -> k,
                k -> it.getJsonNumber(k).longValue()));
    }

    private static List<String> codes(Api.Reply r, String field) {
        assertEquals(200, r.status(), r.body());
        return r.json().getJsonArray("items").getValuesAs(JsonObject.class).stream().map(i -> i.getString(field))
                .toList();
    }

    @Test
    void courtsReadTheirOwnReferralsFiguresAndNoOtherCourts() {
        folder.recompute(Instant.now());
        Map<String, Long> before = courtFigures(Api.clerk());
        referred();
        Long declined = referred();
        assertEquals(200, Api.bjCenter().post("/cases/" + declined + "/decline",
                "{\"reasonCode\":\"NO_CAPACITY\",\"reason\":\"本月排期已满\"}").status());
        accepted();
        folder.fold(Instant.now());
        Map<String, Long> after = courtFigures(Api.clerk());
        for (String k : COURT_COUNTS.split(",")) {
            long expected = switch (k) {
                case "received", "receivedDelegated" -> 3;
                case "accepted", "acceptedOnTime", "declined" -> 1;
                default -> 0;
            };
            assertEquals(before.get(k) + expected, after.get(k), k + ": " + before + " → " + after);
        }
        assertEquals(after, courtFigures(HQ), "HQ sees the court's same figures");
        assertEquals(after, courtFigures(SUPERVISOR), "and so does a supervisor (national, as CaseScope)");

        assertEquals(List.of("BJ-B-0105"), codes(Api.clerk().get("/evaluation/courts?" + period()), "courtCode"),
                "a clerk sees its own court only");
        assertEquals(List.of("BJ-B-0105"), codes(HQ.get("/evaluation/courts?" + period() + "&court=BJ-B-0105"),
                "courtCode"));
        assertTrue(codes(OTHER_CLERK.get("/evaluation/courts?" + period()), "courtCode").stream()
                .noneMatch("BJ-B-0105"::equals), "another court's clerk never sees this court");
        assertEquals(403, OTHER_CLERK.get("/evaluation/courts?" + period() + "&court=BJ-B-0105").status());
        assertEquals(403, MEDIATOR.get("/evaluation/courts?" + period()).status());
        assertEquals(403, Api.bjCenter().get("/evaluation/courts?" + period()).status());
        assertEquals(403, APPLICANT.get("/evaluation/courts?" + period()).status());
        assertEquals(403, Api.clerk().get("/evaluation/centers?" + period()).status(), "no center list for courts");
        assertEquals("to", field(Api.clerk().get("/evaluation/courts?from=2026-12-02&to=2026-12-01")));
    }

    @Test
    void aMediatorReadsItsOwnFiguresAndLoadAndNoOneElses() {
        folder.recompute(Instant.now());
        Api.Reply first = MEDIATOR.get("/evaluation/mediators/me?" + period());
        assertEquals(List.of("M0009"), codes(first, "mediatorCode"));
        long accepted = first.json().getJsonArray("items").getJsonObject(0).getJsonNumber("accepted").longValue();
        long inMediation = load(first, "IN_MEDIATION");
        accepted();
        folder.fold(Instant.now());
        Api.Reply then = MEDIATOR.get("/evaluation/mediators/me?" + period());
        assertEquals(accepted + 1, then.json().getJsonArray("items").getJsonObject(0).getJsonNumber("accepted")
                .longValue());
        assertEquals(inMediation + 1, load(then, "IN_MEDIATION"), "the load is live, not folded");
        assertTrue(then.json().getJsonNumber("pastDue").longValue() >= 0);
        assertEquals("调解中", then.json().getJsonArray("load").getValuesAs(JsonObject.class).stream()
                .filter(l -> "IN_MEDIATION".equals(l.getString("status"))).findFirst().orElseThrow()
                .getString("statusLabel"));

        assertEquals(List.of("M0013"), codes(OTHER_MEDIATOR.get("/evaluation/mediators/me?" + period()),
                "mediatorCode"), "another mediator sees itself only");
        assertEquals(403, MEDIATOR.get("/evaluation/mediators?" + period() + "&center=CCPIT-L-BJ").status(),
                "not the center's list");
        assertEquals(403, HQ.get("/evaluation/mediators/me?" + period()).status());
        assertEquals(403, Api.bjCenter().get("/evaluation/mediators/me?" + period()).status());
        assertEquals(403, Api.clerk().get("/evaluation/mediators/me?" + period()).status());
    }

    private static long load(Api.Reply r, String status) {
        assertEquals(200, r.status(), r.body());
        return r.json().getJsonArray("load").getValuesAs(JsonObject.class).stream()
                .filter(l -> status.equals(l.getString("status"))).findFirst().orElseThrow()
                .getJsonNumber("count").longValue();
    }

    private static long openPastDue(Api who, String path, String field, String code) {
        return item(who.get(path), field, code).getJsonNumber("openPastDue").longValue();
    }

    /** The center's, its mediator's, the court's and the mediator's own count of open cases past due, in that order. */
    private static List<Long> openPastDue() {
        return List.of(openPastDue(HQ, "/evaluation/centers?" + period(), "centerCode", "CCPIT-L-BJ"),
                openPastDue(HQ, "/evaluation/mediators?" + period() + "&center=CCPIT-L-BJ", "mediatorCode", "M0009"),
                openPastDue(Api.clerk(), "/evaluation/courts?" + period(), "courtCode", "BJ-B-0105"),
                MEDIATOR.get("/evaluation/mediators/me?" + period()).json().getJsonNumber("pastDue").longValue());
    }

    @Test
    void anOpenCasePastItsDueDateCountsNowForItsCenterMediatorAndCourt() {
        Long id = accepted();
        List<Long> before = openPastDue();
        probe.setMediationDue(id, BusinessTime.today());
        assertEquals(before, openPastDue(), "due today is not past due");
        probe.setMediationDue(id, BusinessTime.today().minusDays(1));
        List<Long> after = openPastDue();
        assertEquals(before.stream().map(n -> n + 1).toList(), after, "due yesterday and open: one more each");
        JsonObject center = item(HQ.get("/evaluation/centers?" + period()), "centerCode", "CCPIT-L-BJ");
        assertTrue(center.getJsonArray("outOfRange").getValuesAs(jakarta.json.JsonString.class).stream()
                .anyMatch(s -> "OPEN_PAST_DUE".equals(s.getString())), "outside 0–0 of version 1: " + center);
        LocalDate lastYear = FROM.minusYears(1);
        assertEquals(after.get(0), openPastDue(HQ, "/evaluation/centers?from=" + lastYear + "&to="
                + lastYear.plusDays(6), "centerCode", "CCPIT-L-BJ"), "a figure of now, whatever the period");
        assertEquals(200, MEDIATOR.post("/cases/" + id + "/failure", "{\"reasonCode\":\"OTHER\",\"reason\":\"双方分歧过大\"}")
                .status());
        assertEquals(before, openPastDue(), "a concluded case is no longer open");
    }

    @Test
    void theCaseListFiltersByMediatorWithinTheCallersScope() {
        Long id = accepted();
        for (Api who : List.of(Api.bjCenter(), HQ, MEDIATOR)) {
            Api.Reply r = who.get("/cases?mediator=M0009&size=200");
            assertEquals(200, r.status(), r.body());
            List<JsonObject> items = r.json().getJsonArray("items").getValuesAs(JsonObject.class);
            assertTrue(items.stream().anyMatch(i -> i.getJsonNumber("id").longValue() == id), r.body());
            assertTrue(items.stream().allMatch(i -> "M0009".equals(i.getString("mediatorCode"))), r.body());
        }
        assertTrue(Api.bjCenter().get("/cases?mediator=M0013&size=200").json().getJsonArray("items")
                .getValuesAs(JsonObject.class).stream().noneMatch(i -> i.getJsonNumber("id").longValue() == id));
        assertEquals(0, ZJ_CENTER.get("/cases?mediator=M0009").json().getJsonArray("items").size(),
                "another center's mediator: nothing outside the caller's scope");
        assertEquals(0, OTHER_MEDIATOR.get("/cases?mediator=M0009").json().getJsonArray("items").size());
        assertEquals(0, HQ.get("/cases?mediator=NO-SUCH").json().getJsonArray("items").size());
    }

    @Test
    void hqCommendsACenterKeptAsAMeritAndAudited() {
        Api.Reply bad = HQ.post("/evaluation/centers/CCPIT-L-BJ/commendations", "{\"reason\":\"  \"}");
        assertEquals("reason", field(bad));
        int before = array(HQ.get("/evaluation/centers/CCPIT-L-BJ/commendations")).size();
        assertEquals(before, array(Api.bjCenter().get("/evaluation/centers/CCPIT-L-BJ/commendations")).size(),
                "nothing written by the refused one; the center reads its own record");
        String today = "from=" + BusinessTime.today() + "&to=" + BusinessTime.today();
        long commendedToday = construction(HQ.get("/evaluation/centers/construction?" + today)).getJsonNumber(
                "commendations").longValue();
        Api.Reply ok = HQ.post("/evaluation/centers/CCPIT-L-BJ/commendations", "{\"reason\":\"年度调解成功率突出\"}");
        assertEquals(201, ok.status(), ok.body());
        assertEquals("COMMENDATION", ok.json().getString("kind"));
        assertEquals(BusinessTime.today().toString(), ok.json().getString("occurredOn"));
        assertEquals(before + 1, array(HQ.get("/evaluation/centers/CCPIT-L-BJ/commendations")).size());
        JsonObject own = construction(Api.bjCenter().get("/evaluation/centers/construction?" + today));
        assertEquals(commendedToday + 1, own.getJsonNumber("commendations").longValue(), "center construction counts it");
        assertTrue(own.getJsonNumber("fullTimeMediators").longValue() + own.getJsonNumber("partTimeMediators")
                .longValue() > 0, own.toString());
        assertEquals(List.of("CCPIT-L-BJ"), codes(Api.bjCenter().get("/evaluation/centers/construction?" + today),
                "centerCode"), "a center admin sees its own construction only");
        assertEquals(403, MEDIATOR.get("/evaluation/centers/construction?" + today).status());
        assertEquals(403, Api.clerk().get("/evaluation/centers/construction?" + today).status());
        assertEquals(200, Api.bjCenter().get("/evaluation/mediators/merits?" + period()).status());
        assertEquals(403, Api.bjCenter().get("/evaluation/mediators/merits?" + period() + "&center=CCPIT-L-ZJ")
                .status());
        assertEquals("center", field(HQ.get("/evaluation/mediators/merits?" + period())));
        assertEquals(403, Api.bjCenter().post("/evaluation/centers/CCPIT-L-BJ/commendations",
                "{\"reason\":\"自我表彰\"}").status());
        assertEquals(404, HQ.post("/evaluation/centers/NO-SUCH/commendations", "{\"reason\":\"x\"}").status());
        assertEquals(404, ZJ_CENTER.get("/evaluation/centers/CCPIT-L-BJ/commendations").status(),
                "another center's record is not found");
        long audited = cases.count("select count(a) from AuditEntry a where a.action = 'commendCenter'");
        assertTrue(audited >= 3, "the commendation and the refused ones are audited: " + audited);
    }

    private static jakarta.json.JsonArray array(Api.Reply r) {
        assertEquals(200, r.status(), r.body());
        try (var reader = Json.createReader(new java.io.StringReader(r.body()))) {
            return reader.readArray();
        }
    }

    private static JsonObject construction(Api.Reply r) {
        return item(r, "centerCode", "CCPIT-L-BJ");
    }

    @Test
    void aMediatorsMeritsCountWhenDatedInThePeriod() {
        String today = "from=" + BusinessTime.today() + "&to=" + BusinessTime.today() + "&center=CCPIT-L-BJ";
        JsonObject before = item(HQ.get("/evaluation/mediators/merits?" + today), "mediatorCode", "M0013");
        probe.addMerit("M0013", "SANCTION", BusinessTime.today());
        probe.addMerit("M0013", "COMMENDATION", LocalDate.of(2001, 1, 1));
        JsonObject after = item(Api.bjCenter().get("/evaluation/mediators/merits?" + today), "mediatorCode", "M0013");
        assertEquals(before.getJsonNumber("sanctions").longValue() + 1, after.getJsonNumber("sanctions").longValue());
        assertEquals(before.getJsonNumber("commendations").longValue(),
                after.getJsonNumber("commendations").longValue(), "a commendation of 2001 is outside the period");
    }
}
