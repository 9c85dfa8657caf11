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
        return figures(item(HQ.get("/evaluation/centers?" + period()), "centerCode", "CCPIT-L-BJ"));
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
                "obligationsDue", "obligationsPerformedOnTime", "satisfactionMean", "satisfactionCount", "score",
                "grade", "outOfRange"), List.copyOf(first.keySet()));
        Api.Reply byRegion = HQ.get("/evaluation/centers?" + period() + "&region=浙江");
        assertEquals(200, byRegion.status(), byRegion.body());
        assertTrue(byRegion.json().getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .noneMatch(i -> i.getString("centerCode").equals("CCPIT-L-BJ")), byRegion.body());
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
        assertEquals("from", field(HQ.get("/evaluation/centers?from=2026-11-02&to=2026-12-31")));
        assertEquals("to", field(HQ.get("/evaluation/centers?from=2026-12-01&to=2026-11-30")));
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
}
