package org.sutiao.it;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.awaitility.Awaitility;
import org.hamcrest.Matcher;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sutiao.calendar.application.CalendarService;
import org.sutiao.cases.application.DeadlineService;
import org.sutiao.cases.application.ReferralCommand;
import org.sutiao.cases.application.ReferralWriter;
import org.sutiao.cases.domain.ReferralKind;
import org.sutiao.shared.domain.Actor;
import org.sutiao.shared.domain.BusinessTime;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The mediation workspace (issue: mediation to an outcome), inside the server: disclosure and the parties' answers,
 * replacement, suspension for appraisal, extension with every party's consent, reminders, the timer that ends an
 * expired mediation, the mediator ending it, a party withdrawing, the failure report and the court's
 * acknowledgement; each move refused where the life cycle does not allow it, and scoping.
 */
@ExtendWith(ArquillianExtension.class)
class MediationIT {
    private static final Api MEDIATOR = Api.as("med.m0009", "Demo-Med-2026!");
    private static final Api APPLICANT = Api.as("party.c01.applicant", "Demo-Party-2026!");
    private static final Api RESPONDENT = Api.as("party.c01.respondent", "Demo-Party-2026!");

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWithTests(new Class<?>[]{MediationIT.class, TestProbe.class, Api.class, Referrals.class},
                Awaitility.class, Matcher.class);
    }

    @Inject
    TestProbe probe;
    @Inject
    ReferralWriter writer;
    @Inject
    DeadlineService deadlines;
    @Inject
    CalendarService calendar;

    /** A fresh delegated case of the Chaoyang court at the Beijing center whose two parties have demo accounts, accepted with M0009. */
    private Long acceptedCase() {
        ReferralCommand cmd = Referrals.withPartyAccounts(ReferralKind.DELEGATED);
        Long id = writer.create(cmd, "BJ-B-0105", null, Instant.now(), new Actor("test", "test"));
        Api.Reply accepted = Api.bjCenter().post("/cases/" + id + "/accept", "{\"mediatorCode\":\"M0009\"}");
        assertEquals(200, accepted.status(), accepted.body());
        return id;
    }

    private static long partyId(Long caseId, String role) {
        return Api.clerk().get("/cases/" + caseId).json().getJsonArray("parties").getValuesAs(JsonObject.class).stream()
                .filter(p -> role.equals(p.getString("role"))).findFirst().orElseThrow().getJsonNumber("id").longValue();
    }

    @Test
    void aDisclosedConflictNeedsEveryPartyAndARefusalMakesTheCenterReplaceTheMediator() {
        Long id = acceptedCase();
        assertEquals(400, MEDIATOR.post("/cases/" + id + "/disclosure", "{\"hasConflict\":true}").status(),
                "a disclosed conflict needs details");
        Api.Reply disclosed = MEDIATOR.post("/cases/" + id + "/disclosure",
                "{\"hasConflict\":true,\"details\":\"三年前曾为申请人提供过法律咨询\"}");
        assertEquals(200, disclosed.status(), disclosed.body());
        assertEquals(200, APPLICANT.post("/cases/" + id + "/disclosure/consent", "{\"agree\":true}").status());
        assertEquals(409, APPLICANT.post("/cases/" + id + "/disclosure/consent", "{\"agree\":true}", Api.newKey())
                .status(), "one answer per party");
        JsonObject ws = MEDIATOR.get("/cases/" + id + "/mediation").json();
        assertFalse(ws.getJsonArray("disclosures").getJsonObject(0).getBoolean("cleared"), "not every party agreed yet");
        assertEquals(200, RESPONDENT.post("/cases/" + id + "/disclosure/consent", "{\"agree\":false}").status());
        assertTrue(probe.eventTypes(id).contains("DISCLOSURE_ANSWERED"));

        Api.Reply replaced = Api.bjCenter().post("/cases/" + id + "/mediator-replacement",
                "{\"mediatorCode\":\"M0010\",\"reason\":\"被申请人不同意原调解员继续调解\"}");
        assertEquals(200, replaced.status(), replaced.body());
        assertEquals("M0010", replaced.json().getString("mediatorCode"));
        assertEquals(404, MEDIATOR.get("/cases/" + id + "/mediation").status(), "the old mediator no longer sees the case");
    }

    @Test
    void aSuspensionStopsTheClockAndMovesTheDueDateByItsDays() {
        Long id = acceptedCase();
        assertEquals(2, probe.openDeadlines(id, "MEDIATION_REMINDER"), "reminders 5 and 1 days before");
        LocalDate today = BusinessTime.dateOf(Instant.now());
        Api.Reply bad = MEDIATOR.post("/cases/" + id + "/suspensions", "{\"institution\":\"\",\"startDate\":\"2026-02-30\"}");
        assertEquals(400, bad.status(), bad.body());
        Api.Reply suspended = MEDIATOR.post("/cases/" + id + "/suspensions", Json.createObjectBuilder()
                .add("institution", "北京市价格认证中心").add("reason", "货物价值鉴定").add("startDate", today.toString())
                .build().toString());
        assertEquals(201, suspended.status(), suspended.body());
        assertEquals("SUSPENDED", probe.status(id));
        assertEquals(0, probe.openDeadlines(id, "MEDIATION"), "the clock stands still");
        assertEquals(409, MEDIATOR.post("/cases/" + id + "/suspensions", Json.createObjectBuilder()
                .add("institution", "x").add("reason", "y").add("startDate", today.toString()).build().toString()).status());
        long sid = suspended.json().getJsonNumber("id").longValue();
        assertEquals(400, MEDIATOR.post("/cases/" + id + "/suspensions/" + sid + "/end",
                "{\"endDate\":\"" + today.minusDays(1) + "\"}").status(), "cannot resume before it began");
        Api.Reply resumed = MEDIATOR.post("/cases/" + id + "/suspensions/" + sid + "/end",
                "{\"endDate\":\"" + today.plusDays(10) + "\"}");
        assertEquals(200, resumed.status(), resumed.body());
        assertEquals("IN_MEDIATION", probe.status(id));
        assertEquals(calendar.current().onOrNextWorkingDay(today.plusDays(30 + 10)).date(), probe.mediationDueDate(id),
                "10 days suspended are added to the period's 30 days (accepted today), then rolled to a working day");
        assertEquals(1, probe.openDeadlines(id, "MEDIATION"));
        assertEquals(409, MEDIATOR.post("/cases/" + id + "/suspensions/" + sid + "/end",
                "{\"endDate\":\"" + today.plusDays(11) + "\"}").status(), "already ended");
    }

    @Test
    void anExtensionTakesEffectOnlyWhenEveryPartyConsentedOnlineOrInWriting() {
        Long id = acceptedCase();
        LocalDate due = probe.mediationDueDate(id);
        assertEquals(400, MEDIATOR.post("/cases/" + id + "/extensions", "{\"newDueDate\":\"" + due + "\",\"reason\":\"x\"}")
                .status(), "must be later than the current due date");
        LocalDate wanted = due.plusDays(20);
        Api.Reply proposed = MEDIATOR.post("/cases/" + id + "/extensions",
                "{\"newDueDate\":\"" + wanted + "\",\"reason\":\"双方正在协商分期方案\"}");
        assertEquals(201, proposed.status(), proposed.body());
        long eid = proposed.json().getJsonNumber("id").longValue();
        assertEquals(409, MEDIATOR.post("/cases/" + id + "/extensions",
                "{\"newDueDate\":\"" + wanted.plusDays(1) + "\",\"reason\":\"y\"}").status(), "one proposal at a time");
        assertEquals(200, APPLICANT.post("/cases/" + id + "/extensions/" + eid + "/consent", "{}").status());
        assertEquals(due, probe.mediationDueDate(id), "one party is not every party");

        long respondent = partyId(id, "RESPONDENT");
        assertEquals(400, MEDIATOR.post("/cases/" + id + "/extensions/" + eid + "/consent",
                "{\"partyId\":" + respondent + "}").status(), "a written consent needs the uploaded document");
        Api.Reply upload = MEDIATOR.post("/cases/" + id + "/materials", Json.createObjectBuilder()
                .add("fileName", "被申请人延长调解期限同意书.pdf")
                .add("contentBase64", Base64.getEncoder().encodeToString(Referrals.PDF)).build().toString());
        assertEquals(201, upload.status(), upload.body());
        Api.Reply written = MEDIATOR.post("/cases/" + id + "/extensions/" + eid + "/consent", "{\"partyId\":" + respondent
                + ",\"materialId\":" + upload.json().getJsonNumber("id") + "}");
        assertEquals(200, written.status(), written.body());
        assertEquals(calendar.current().onOrNextWorkingDay(wanted).date(), probe.mediationDueDate(id));
        JsonObject ext = MEDIATOR.get("/cases/" + id + "/mediation").json().getJsonArray("extensions").getJsonObject(0);
        assertEquals("EFFECTIVE", ext.getString("status"));
        assertEquals(2, ext.getJsonArray("consents").size(), "each consent is kept");
        assertTrue(probe.eventTypes(id).contains("EXTENDED"));
    }

    @Test
    void atTheDueDateMediationFailsAsExpiredAndTheReportGoesToTheCourtWhichRecordsTheRegistration() {
        Long id = acceptedCase();
        LocalDate due = probe.mediationDueDate(id);
        Instant fiveDaysBefore = BusinessTime.startOf(due.minusDays(5)).plusSeconds(9 * 3600);
        assertEquals(1, deadlines.scanCase(id, fiveDaysBefore));
        assertTrue(probe.eventTypes(id).contains("MEDIATION_REMINDER"));
        assertEquals(1, deadlines.scanCase(id, BusinessTime.startOf(due)), "the reminder 1 day before");
        assertEquals("IN_MEDIATION", probe.status(id), "the period runs to 24:00 of the due date");
        deadlines.scanCase(id, BusinessTime.endOf(due));
        assertEquals("FAILED", probe.status(id));
        assertEquals("PERIOD_EXPIRED", probe.failureReasonCode(id));
        assertEquals(1, probe.openDeadlines(id, "FAILURE_REPORT"), "the failure report is due");
        assertEquals(0, deadlines.scanCase(id, BusinessTime.endOf(due)), "a repeated firing does nothing");

        Api.Reply incomplete = MEDIATOR.post("/cases/" + id + "/failure-report", "{\"basicSituation\":\"x\"}");
        assertEquals(400, incomplete.status());
        assertTrue(incomplete.body().contains("failureReasons") && incomplete.body().contains("notesForCourt")
                && incomplete.body().contains("costIncreasingConduct"), incomplete.body());
        long respondent = partyId(id, "RESPONDENT");
        String report = Json.createObjectBuilder().add("basicSituation", "组织两次线上调解，双方就付款期限分歧较大。")
                .add("failureReasons", "被申请人不同意支付违约金，调解期限届满未达成协议。")
                .add("costIncreasingConduct", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("partyId", respondent).add("description", "两次无正当理由缺席调解，增加申请人诉讼成本。")))
                .add("notesForCourt", "申请人同意先行支付部分货款的方案可供法院参考。").build().toString();
        assertEquals(409, Api.clerk().post("/cases/" + id + "/failure-report/acknowledgement",
                "{\"action\":\"CASE_REGISTERED\",\"filedCaseNumber\":\"(2026)京0105民初1号\"}").status(), "no report yet");
        Api.Reply filed = MEDIATOR.post("/cases/" + id + "/failure-report", report);
        assertEquals(201, filed.status(), filed.body());
        assertEquals(0, probe.openDeadlines(id, "FAILURE_REPORT"));
        assertEquals(409, MEDIATOR.post("/cases/" + id + "/failure-report", report, Api.newKey()).status(), "one report");

        assertEquals(400, Api.clerk().post("/cases/" + id + "/failure-report/acknowledgement",
                "{\"action\":\"TRIAL_RESUMED\"}").status(), "a delegated case is registered, not resumed");
        assertEquals(400, Api.clerk().post("/cases/" + id + "/failure-report/acknowledgement",
                "{\"action\":\"CASE_REGISTERED\"}").status(), "the filed case number is required");
        Api.Reply ack = Api.clerk().post("/cases/" + id + "/failure-report/acknowledgement",
                "{\"action\":\"CASE_REGISTERED\",\"filedCaseNumber\":\"(2026)京0105民初12345号\"}");
        assertEquals(200, ack.status(), ack.body());
        assertEquals("CLOSED", probe.status(id));
        JsonObject fr = Api.clerk().get("/cases/" + id + "/mediation").json().getJsonObject("failureReport");
        assertEquals("(2026)京0105民初12345号", fr.getString("filedCaseNumber"));
        assertEquals(respondent, fr.getJsonArray("costIncreasingConduct").getJsonObject(0).getJsonNumber("partyId")
                .longValue());
    }

    @Test
    void theTimerEndsAnExpiredMediationByItself() {
        Long id = acceptedCase();
        probe.makeMediationDueNow(id);
        Awaitility.await("the persistent timer's next scan").atMost(Duration.ofSeconds(80))
                .pollInterval(Duration.ofSeconds(2)).until(() -> "FAILED".equals(probe.status(id)));
        assertEquals("PERIOD_EXPIRED", probe.failureReasonCode(id));
        assertTrue(probe.eventTypes(id).contains("FAILED"));
    }

    @Test
    void theMediatorEndsMediationWhenAPartyCannotBeReachedAndOnlyInMediation() {
        Long id = acceptedCase();
        assertEquals(400, MEDIATOR.post("/cases/" + id + "/failure", "{\"reasonCode\":\"PERIOD_EXPIRED\",\"reason\":\"x\"}")
                .status(), "only the timer lets the period expire");
        assertEquals(403, APPLICANT.post("/cases/" + id + "/failure", "{\"reasonCode\":\"OTHER\",\"reason\":\"x\"}")
                .status(), "only the mediator ends mediation");
        Api.Reply ended = MEDIATOR.post("/cases/" + id + "/failure",
                "{\"reasonCode\":\"PARTY_UNREACHABLE\",\"reason\":\"被申请人连续十日电话、短信、邮件均无法联系\"}");
        assertEquals(200, ended.status(), ended.body());
        assertEquals("FAILED", probe.status(id));
        assertEquals(409, MEDIATOR.post("/cases/" + id + "/suspensions", Json.createObjectBuilder()
                .add("institution", "x").add("reason", "y").add("startDate", BusinessTime.today().toString()).build().toString())
                .status(), "nothing to suspend after the end");
        assertEquals(1, probe.openDeadlines(id, "FAILURE_REPORT"));
    }

    @Test
    void aPartyMayWithdrawAtAnyTimeAndTheCaseGoesBackToTheCourt() {
        Long id = acceptedCase();
        assertEquals(400, RESPONDENT.post("/cases/" + id + "/withdrawal", "{}").status(), "a reason is needed");
        Api.Reply withdrawn = RESPONDENT.post("/cases/" + id + "/withdrawal", "{\"reason\":\"决定直接起诉\"}");
        assertEquals(200, withdrawn.status(), withdrawn.body());
        assertEquals("WITHDRAWN", probe.status(id));
        assertEquals(0, probe.openDeadlines(id, "MEDIATION"));
        assertEquals(409, APPLICANT.post("/cases/" + id + "/withdrawal", "{\"reason\":\"x\"}").status());
        assertEquals(409, MEDIATOR.post("/cases/" + id + "/disclosure", "{\"hasConflict\":false}").status());
        assertEquals("WITHDRAWN", Api.clerk().get("/cases/" + id).json().getString("status"), "the court sees it");
    }

    @Test
    void sessionsComeAfterAClearedDisclosureAndKeepTheirMinutes() {
        Long id = acceptedCase();
        String session = Json.createObjectBuilder().add("scheduledAt", "2026-12-05T14:00:00+08:00").add("mode", "ONLINE")
                .add("placeOrLink", "https://meeting.example.cn/r/12345").add("participants", "申请人代理人、被申请人").build()
                .toString();
        Api.Reply early = MEDIATOR.post("/cases/" + id + "/sessions", session);
        assertEquals(409, early.status(), "the disclosure comes first: " + early.body());
        assertEquals("session.disclosureFirst", early.json().getString("code"));
        MEDIATOR.post("/cases/" + id + "/disclosure", "{\"hasConflict\":true,\"details\":\"曾与申请人法务共同授课\"}");
        APPLICANT.post("/cases/" + id + "/disclosure/consent", "{\"agree\":true}");
        assertEquals(409, MEDIATOR.post("/cases/" + id + "/sessions", session).status(), "not every party agreed yet");
        RESPONDENT.post("/cases/" + id + "/disclosure/consent", "{\"agree\":true}");
        assertEquals(400, MEDIATOR.post("/cases/" + id + "/sessions", "{\"mode\":\"ONLINE\"}").status());
        Api.Reply scheduled = MEDIATOR.post("/cases/" + id + "/sessions", session);
        assertEquals(201, scheduled.status(), scheduled.body());
        long sid = scheduled.json().getJsonNumber("id").longValue();
        assertEquals(204, MEDIATOR.put("/cases/" + id + "/sessions/" + sid + "/minutes",
                "{\"minutes\":\"双方陈述意见，申请人同意分期。\"}").status());
        JsonObject ws = APPLICANT.get("/cases/" + id + "/mediation").json();
        assertEquals("双方陈述意见，申请人同意分期。", ws.getJsonArray("sessions").getJsonObject(0).getString("minutes"),
                "the parties see the minutes");
        assertTrue(probe.eventTypes(id).contains("SESSION_MINUTES"));
    }

    @Test
    void whatWaitsForEachParticipantIsInTheirInboxWithTheAction() {
        Long id = acceptedCase();
        assertEquals(java.util.List.of("DISCLOSE"), actions(MEDIATOR, id), "the mediator discloses first");
        assertEquals(java.util.List.of(), actions(APPLICANT, id), "nothing waits for a party yet");
        assertEquals(200, MEDIATOR.post("/cases/" + id + "/disclosure",
                "{\"hasConflict\":true,\"details\":\"三年前曾为申请人提供过法律咨询\"}").status());
        assertEquals(java.util.List.of("ANSWER_DISCLOSURE"), actions(APPLICANT, id));
        JsonObject item = APPLICANT.inEnglish().get("/inbox").json().getJsonArray("items").getValuesAs(JsonObject.class)
                .stream().filter(i -> i.getJsonNumber("id").longValue() == id).findFirst().orElseThrow();
        assertEquals("Answer the disclosure", item.getString("actionLabel"), "labelled in the caller's language");
        assertEquals(200, MEDIATOR.post("/cases/" + id + "/failure",
                "{\"reasonCode\":\"PARTY_REFUSED\",\"reason\":\"拒绝继续\"}").status());
        assertEquals(java.util.List.of("WRITE_FAILURE_REPORT"), actions(MEDIATOR, id));
        assertEquals(java.util.List.of(), actions(Api.clerk(), id), "the report is not written yet");
        String report = Json.createObjectBuilder().add("basicSituation", "组织一次线上调解。")
                .add("failureReasons", "被申请人拒绝继续调解。").add("costIncreasingConduct", Json.createArrayBuilder())
                .add("notesForCourt", "无").build().toString();
        assertEquals(201, MEDIATOR.post("/cases/" + id + "/failure-report", report).status());
        assertEquals(java.util.List.of("ACKNOWLEDGE_FAILURE_REPORT"), actions(Api.clerk(), id));
        assertEquals(java.util.List.of(), actions(MEDIATOR, id));
        assertFalse(Api.as("party.c08.applicant", "Demo-Party-2026!").get("/inbox").body()
                .contains("\"id\":" + id + ","), "nobody else sees it");
    }

    /**
     * {@code GET /cases/{id}} lists what each caller may do now ({@code actions}, one decision with the page and the
     * inbox), at two points of a case's life, and each listed action's request succeeds.
     */
    @Test
    void theCaseListsWhatEachCallerMayDoNowAndEachListedActionSucceeds() {
        Long id = acceptedCase();
        LocalDate today = BusinessTime.dateOf(Instant.now());
        // in mediation, nothing disclosed yet
        assertEquals(java.util.Set.of("DISCLOSE", "RECORD_MINUTES", "END_MEDIATION", "PROPOSE_EXTENSION", "SUSPEND",
                "DRAFT_AGREEMENT"), offered(MEDIATOR, id), "no session before the disclosure");
        assertEquals(java.util.Set.of("WITHDRAW", "REQUEST_REPLACEMENT"), offered(APPLICANT, id));
        assertEquals(java.util.Set.of(), offered(Api.clerk(), id), "the court waits");
        assertEquals(java.util.Set.of("REPLACE_MEDIATOR"), offered(Api.bjCenter(), id));
        JsonObject disclose = MEDIATOR.inEnglish().get("/cases/" + id).json().getJsonArray("actions")
                .getValuesAs(JsonObject.class).stream().filter(a -> a.getString("code").equals("DISCLOSE"))
                .findFirst().orElseThrow();
        assertEquals("Declare conflicts (disclosure)", disclose.getString("label"), "labelled in the caller's language");
        assertEquals(probe.mediationDueDate(id).toString(), disclose.getString("dueDate"));
        assertTrue(APPLICANT.get("/cases/" + id).json().getJsonArray("actions").getValuesAs(JsonObject.class).stream()
                .filter(a -> a.getString("code").equals("WITHDRAW")).allMatch(a -> a.containsKey("dueDate") && a.isNull("dueDate")),
                "a withdrawal has no deadline");

        assertEquals(200, MEDIATOR.post("/cases/" + id + "/disclosure", "{\"hasConflict\":false}").status());
        assertTrue(offered(MEDIATOR, id).contains("SCHEDULE_SESSION"), "cleared: sessions may be held");
        Api.Reply session = MEDIATOR.post("/cases/" + id + "/sessions", Json.createObjectBuilder()
                .add("scheduledAt", today.plusDays(1) + "T14:00:00+08:00").add("mode", "ONLINE")
                .add("placeOrLink", "https://meeting.example.cn/r/1").add("participants", "双方当事人").build().toString());
        assertEquals(201, session.status(), session.body());
        assertEquals(204, MEDIATOR.put("/cases/" + id + "/sessions/" + session.json().getJsonNumber("id") + "/minutes",
                "{\"minutes\":\"双方陈述意见。\"}").status());
        Api.Reply proposed = MEDIATOR.post("/cases/" + id + "/extensions", "{\"newDueDate\":\""
                + probe.mediationDueDate(id).plusDays(20) + "\",\"reason\":\"双方正在协商分期方案\"}");
        assertEquals(201, proposed.status(), proposed.body());
        assertTrue(offered(MEDIATOR, id).contains("RECORD_WRITTEN_CONSENT"));
        assertFalse(offered(MEDIATOR, id).contains("PROPOSE_EXTENSION"), "one proposal at a time");
        assertTrue(offered(APPLICANT, id).contains("CONSENT_TO_EXTENSION"));
        assertEquals(200, APPLICANT.post("/cases/" + id + "/extensions/" + proposed.json().getJsonNumber("id")
                + "/consent", "{}").status());
        assertFalse(offered(APPLICANT, id).contains("CONSENT_TO_EXTENSION"), "consented");
        Api.Reply suspended = MEDIATOR.post("/cases/" + id + "/suspensions", Json.createObjectBuilder()
                .add("institution", "北京市价格认证中心").add("reason", "货物价值鉴定").add("startDate", today.toString())
                .build().toString());
        assertEquals(201, suspended.status(), suspended.body());
        assertTrue(offered(MEDIATOR, id).contains("END_SUSPENSION"));
        assertFalse(offered(MEDIATOR, id).contains("SUSPEND"));
        assertEquals(200, MEDIATOR.post("/cases/" + id + "/suspensions/" + suspended.json().getJsonNumber("id")
                + "/end", "{\"endDate\":\"" + today + "\"}").status());
        assertEquals(200, APPLICANT.post("/cases/" + id + "/replacement-request", "{\"reason\":\"希望更换调解员\"}")
                .status());
        assertFalse(offered(MEDIATOR, id).contains("SCHEDULE_SESSION"), "no session while a replacement is pending");

        // mediation ended: the mediator reports, then the court acknowledges; the parties may no longer withdraw
        assertEquals(200, MEDIATOR.post("/cases/" + id + "/failure",
                "{\"reasonCode\":\"PARTY_REFUSED\",\"reason\":\"被申请人拒绝继续调解\"}").status());
        assertEquals(java.util.Set.of("WRITE_FAILURE_REPORT"), offered(MEDIATOR, id));
        assertEquals(java.util.Set.of("RATE_SATISFACTION"), offered(APPLICANT, id),
                "nothing to withdraw from after the end; the concluded mediation may be rated");
        assertEquals(java.util.Set.of(), offered(Api.clerk(), id), "no report yet");
        assertEquals(201, MEDIATOR.post("/cases/" + id + "/failure-report", Json.createObjectBuilder()
                .add("basicSituation", "组织一次线上调解。").add("failureReasons", "被申请人拒绝继续调解。")
                .add("costIncreasingConduct", Json.createArrayBuilder()).add("notesForCourt", "无").build().toString())
                .status());
        assertEquals(java.util.Set.of(), offered(MEDIATOR, id));
        assertEquals(java.util.Set.of("ACKNOWLEDGE_FAILURE_REPORT"), offered(Api.clerk(), id));
        assertEquals(200, Api.clerk().post("/cases/" + id + "/failure-report/acknowledgement",
                "{\"action\":\"CASE_REGISTERED\",\"filedCaseNumber\":\"(2026)京0105民初12346号\"}").status());
        assertEquals(java.util.Set.of(), offered(Api.clerk(), id), "closed");

        Long other = acceptedCase();
        assertTrue(offered(RESPONDENT, other).contains("WITHDRAW"));
        assertEquals(200, RESPONDENT.post("/cases/" + other + "/withdrawal", "{\"reason\":\"决定直接起诉\"}").status());
        assertEquals(java.util.Set.of("RATE_SATISFACTION"), offered(APPLICANT, other),
                "withdrawn: nothing left to do but rate the mediation");
        assertEquals(java.util.Set.of(), offered(MEDIATOR, other));
    }

    /** The codes of the actions {@code GET /cases/{id}} offers the caller. */
    private static java.util.Set<String> offered(Api api, Long id) {
        Api.Reply r = api.get("/cases/" + id);
        assertEquals(200, r.status(), r.body());
        return r.json().getJsonArray("actions").getValuesAs(JsonObject.class).stream().map(a -> a.getString("code"))
                .collect(java.util.stream.Collectors.toSet());
    }

    /** The codes of the caller's inbox items for the case. */
    private static java.util.List<String> actions(Api api, Long id) {
        return api.get("/inbox?size=500").json().getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(i -> i.getJsonNumber("id").longValue() == id).map(i -> i.getString("action")).toList();
    }

    @Test
    void nobodyOutsideTheCaseActsOnIt() {
        Long id = acceptedCase();
        Api otherParty = Api.as("party.c08.applicant", "Demo-Party-2026!");
        assertEquals(404, otherParty.post("/cases/" + id + "/withdrawal", "{\"reason\":\"x\"}").status());
        assertEquals(404, Api.as("med.m0022", "Demo-Med-2026!").post("/cases/" + id + "/disclosure",
                "{\"hasConflict\":false}").status());
        assertEquals(403, Api.clerk().post("/cases/" + id + "/disclosure", "{\"hasConflict\":false}").status());
        assertEquals("IN_MEDIATION", probe.status(id), "nothing changed");
    }
}
