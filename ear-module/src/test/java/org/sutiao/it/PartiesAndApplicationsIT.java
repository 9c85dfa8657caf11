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
import org.sutiao.cases.application.DeadlineService;
import org.sutiao.shared.domain.BusinessTime;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Parties as identities and direct applications (issue: mediation to an outcome; 人民法院在线调解规则 Art. 15, 17;
 * notice 法办〔2024〕623号 §4(4)5), inside the server: a PARTY account sees nothing and can do nothing until it has
 * confirmed its identity against the case records, then sees every case of that identity and no other; parties
 * without an account are invited through their contact details; a direct application is accepted by the center,
 * consented to by the respondent and mediated, or ended by a refusal or by silence (the timer); a failed one goes
 * back to the applicant with how to file; its judicial confirmation goes to the basic court where the center sits.
 */
@ExtendWith(ArquillianExtension.class)
class PartiesAndApplicationsIT {
    private static final Api MEDIATOR = Api.as("med.m0009", "Demo-Med-2026!");

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWithTests(new Class<?>[]{PartiesAndApplicationsIT.class, TestProbe.class, Api.class,
                Referrals.class, Identities.class, AuthProbe.class}, Awaitility.class, Matcher.class);
    }

    @Inject
    AuthProbe auth;

    /** Each test starts with fresh per-address counts (all tests come from one address). */
    @org.junit.jupiter.api.BeforeEach
    void freshAddressCounts() {
        auth.clearAddressCounts();
    }

    @Inject
    TestProbe probe;
    @Inject
    DeadlineService deadlines;

    private static Long refer(JsonArrayBuilder parties) {
        Api.Reply r = Api.clerk().post("/referrals",
                Referrals.c01(Referrals.newCaseNumber()).add("parties", parties).build().toString());
        assertEquals(201, r.status(), r.body());
        return r.json().getJsonNumber("id").longValue();
    }

    private static List<Long> caseIds(Api who) {
        return who.get("/cases?size=100").json().getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .map(c -> c.getJsonNumber("id").longValue()).toList();
    }

    private static String firstField(Api.Reply r) {
        return r.json().getJsonArray("errors").getJsonObject(0).getString("field");
    }

    private static String code(Api.Reply r) {
        return r.json().getString("code");
    }

    @Test
    void aPartyAccountActsOnlyAsTheConfirmedIdentityOfTheCaseRecords() {
        String code = Identities.newCreditCode();
        String name = "北京测试身份" + code.substring(10) + "有限公司";
        Long asApplicant = refer(Json.createArrayBuilder()
                .add(Identities.company("APPLICANT", name, code, "legal@test.example.com"))
                .add(Identities.company("RESPONDENT", "北京青岚会展服务有限公司", "91110108MADM6D068C", null)));
        Long asRespondent = refer(Json.createArrayBuilder()
                .add(Identities.company("APPLICANT", "北京卓衡办公设备有限公司", "91110105MA5DDR3E6T", null))
                .add(Identities.company("RESPONDENT", "  " + name.replace("有限公司", "有限公司 "), code, null)));

        Api party = Identities.register("idtest");
        assertEquals(0, party.get("/cases").json().getInt("total"), "nothing before the confirmation");
        assertEquals(404, party.get("/cases/" + asApplicant).status());
        Api.Reply early = party.post("/applications", "{}");
        assertTrue(early.status() == 409 || early.status() == 400, early.body());

        Api.Reply wrongName = party.post("/me/identity", Identities.confirmation("北京别的公司", code).build().toString());
        assertEquals(202, wrongName.status(), "a name that does not match answers like any other: " + wrongName.body());
        assertFalse(wrongName.json().containsKey("demoCode"), "but no code went anywhere");
        assertEquals(400, party.post("/me/identity/verification", "{\"code\":\"000000\"}").status());
        String badCheck = code.substring(0, 17) + (code.charAt(17) == '0' ? '1' : '0');
        Api.Reply invalid = party.post("/me/identity", Identities.confirmation(name, badCheck).build().toString());
        assertEquals(400, invalid.status());
        assertEquals("identityCode", firstField(invalid), "a wrong check character");
        Api.Reply noAck = party.post("/me/identity", Identities.confirmation(name, code)
                .add("warningAcknowledged", false).build().toString());
        assertEquals(400, noAck.status());
        assertEquals("warningAcknowledged", firstField(noAck));
        assertEquals(0, party.get("/cases").json().getInt("total"), "a refused confirmation changed nothing");

        long mailsBefore = probe.count("select count(m) from OutboundMessage m where m.address = 'legal@test.example.com'");
        JsonObject ok = Identities.confirm(party, Identities.confirmation(" " + name + " ", code.toLowerCase())
                .build().toString());
        assertTrue(ok.getBoolean("confirmed"));
        assertEquals("RECORDS", ok.getString("proof"));
        assertEquals(mailsBefore + 1, probe.count(
                        "select count(m) from OutboundMessage m where m.address = 'legal@test.example.com'"),
                "the code went to the e-mail the court recorded for the identity");
        assertEquals(409, party.post("/me/identity", Identities.confirmation(name, code).build().toString()).status(),
                "confirmed once");
        List<Long> seen = caseIds(party);
        assertTrue(seen.containsAll(List.of(asApplicant, asRespondent)), "as applicant and as respondent: " + seen);
        assertEquals(2, seen.size(), "only the identity's cases: " + seen);
        assertEquals(404, party.get("/cases/" + probe.count("select min(c.id) from MediationCase c")).status());

        Api other = Identities.register("idtest2");
        Api.Reply taken = other.post("/me/identity", Identities.confirmation(name, code).build().toString());
        assertEquals(202, taken.status(), "an identity another account proved answers alike: " + taken.body());
        assertFalse(taken.json().containsKey("demoCode"), "and sends nothing");
        assertFalse(other.get("/me/identity").json().getBoolean("confirmed"));

        Api.Reply weak = Api.anonymous().post("/party-accounts",
                "{\"username\":\"Bad Name\",\"password\":\"short\",\"displayName\":\"x\"}");
        assertEquals(400, weak.status());
        assertTrue(weak.body().contains("username") && weak.body().contains("password"), weak.body());
    }

    @Test
    void partiesWithoutAnAccountAreInvitedThroughTheirContactDetails() {
        Long id = refer(Json.createArrayBuilder()
                .add(Identities.company("APPLICANT", "北京卓衡办公设备有限公司", "91110105MA5DDR3E6T", null))
                .add(Identities.company("RESPONDENT", "北京受邀测试有限公司", Identities.newCreditCode(),
                        "invitee@test.example.com"))
                .add(Identities.company("THIRD_PARTY", "北京无联系方式有限公司", Identities.newCreditCode(), null)));
        List<String> accounts = Api.clerk().get("/cases/" + id).json().getJsonArray("parties")
                .getValuesAs(JsonObject.class).stream().map(p -> p.getString("account")).toList();
        assertEquals(List.of("CONFIRMED", "INVITED", "NONE"), accounts);
        assertEquals(1, probe.count("select count(i) from PartyInvitation i where i.mediationCase.id = " + id));
    }

    @Test
    void anAppointedAgentsAccountActsForThePartyItRepresents() {
        java.util.concurrent.ThreadLocalRandom r = java.util.concurrent.ThreadLocalRandom.current();
        String agentId = "110105" + (1960 + r.nextInt(40)) + String.format("%02d%02d%03d", 1 + r.nextInt(12),
                1 + r.nextInt(28), r.nextInt(1000));
        agentId = agentId + org.sutiao.shared.domain.IdNumbers.checkCharacter(agentId);
        Long id = refer(Json.createArrayBuilder()
                .add(Identities.company("APPLICANT", "北京卓衡办公设备有限公司", "91110105MA5DDR3E6T", null))
                .add(Identities.company("RESPONDENT", "北京代理测试有限公司", Identities.newCreditCode(), null)
                        .add("agentName", "陈律师").add("agentPhone", "13800138000").add("agentIdNumber", agentId)));
        Api agent = Identities.register("agent");
        Api.Reply wrong = agent.post("/me/identity", Json.createObjectBuilder().add("name", "李律师")
                .add("identityType", "RESIDENT_ID").add("identityCode", agentId)
                .add("serviceAddress", "lawyer@test.example.com").add("warningAcknowledged", true).build().toString());
        assertEquals(202, wrong.status(), wrong.body());
        assertFalse(wrong.json().containsKey("demoCode"), "the agent's name is on record too: nothing sent");
        Identities.confirm(agent, Json.createObjectBuilder().add("name", "陈律师")
                .add("identityType", "RESIDENT_ID").add("identityCode", agentId)
                .add("serviceAddress", "lawyer@test.example.com").add("warningAcknowledged", true).build().toString());
        assertEquals(List.of(id), caseIds(agent));
        assertTrue(agent.get("/me/identity").json().getString("identityCode").contains("*"), "shown masked");
        Api.Reply bad = Api.clerk().post("/referrals", Referrals.c01(Referrals.newCaseNumber()).add("parties",
                Json.createArrayBuilder()
                        .add(Identities.company("APPLICANT", "北京卓衡办公设备有限公司", "91110105MA5DDR3E6T", null))
                        .add(Identities.company("RESPONDENT", "北京代理测试有限公司", Identities.newCreditCode(), null)
                                .add("agentIdNumber", "110105196001010000"))).build().toString());
        assertEquals(400, bad.status(), "an agent's ID number with a wrong check digit");
    }

    /** A direct application of a fresh applicant against a fresh respondent (with an e-mail) to the Beijing center. */
    private static String application(String respondentName, String respondentCode) {
        return Json.createObjectBuilder().add("centerCode", "CCPIT-L-BJ").add("causeOfAction", "广告合同纠纷")
                .add("disputeType", "电子商务").add("facts", "申请人为被申请人投放广告，被申请人拒付广告费。")
                .add("claimAmount", Json.createObjectBuilder().add("amount", "310000.00").add("currency", "CNY"))
                .add("applicantPhone", "010-55551502")
                .add("respondents", Json.createArrayBuilder().add(Identities.company("RESPONDENT", respondentName,
                        respondentCode, "respondent@test.example.com")))
                .add("claims", Json.createArrayBuilder().add(Json.createObjectBuilder().add("text", "支付广告费310000元")
                        .add("amount", Json.createObjectBuilder().add("amount", "310000.00").add("currency", "CNY"))))
                .build().toString();
    }

    private record Direct(Long id, Api applicant, Api respondent) {
    }

    /** Applied and accepted; the respondent has an account. */
    private Direct accepted() {
        String a = Identities.newCreditCode();
        String r = Identities.newCreditCode();
        Api applicant = Identities.confirmed("app", "北京申请测试" + a.substring(10) + "有限公司", a);
        Api.Reply applied = applicant.post("/applications", application("上海被申请测试" + r.substring(10) + "有限公司", r));
        assertEquals(201, applied.status(), applied.body());
        JsonObject c = applied.json();
        assertEquals("PENDING_ACCEPTANCE", c.getString("status"));
        assertEquals("DIRECT_APPLICATION", c.getString("source"));
        assertFalse(c.containsKey("courtCode"));
        Long id = c.getJsonNumber("id").longValue();
        Api respondent = Identities.confirmed("resp", "上海被申请测试" + r.substring(10) + "有限公司", r);
        assertEquals(409, respondent.post("/cases/" + id + "/respondent-consent", "{\"agree\":true}").status(),
                "nothing to answer before the center accepts");
        Api.Reply acc = Api.bjCenter().post("/cases/" + id + "/accept", "{\"mediatorCode\":\"M0009\"}");
        assertEquals(200, acc.status(), acc.body());
        assertEquals("PENDING_CONSENT", acc.json().getString("status"));
        assertNotNull(acc.json().getString("consentDueDate"));
        assertFalse(acc.json().containsKey("mediationDueDate"), "the period starts with the consent");
        assertEquals(1, probe.openDeadlines(id, "RESPONDENT_CONSENT"));
        return new Direct(id, applicant, respondent);
    }

    @Test
    void aDirectApplicationIsMediatedOnceTheRespondentConsents() {
        Direct d = accepted();
        JsonObject inbox = d.respondent().get("/inbox").json().getJsonArray("items").getValuesAs(JsonObject.class)
                .stream().filter(i -> i.getJsonNumber("id").longValue() == d.id()).findFirst().orElseThrow();
        assertEquals("ANSWER_APPLICATION", inbox.getString("action"));
        assertFalse(d.applicant().get("/cases/" + d.id() + "/fee").json().getBoolean("chargeable"),
                "no fee before mediation starts");
        assertEquals(409, d.applicant().post("/cases/" + d.id() + "/respondent-consent", "{\"agree\":true}").status(),
                "the applicant does not answer its own application");
        Api.Reply yes = d.respondent().post("/cases/" + d.id() + "/respondent-consent", "{\"agree\":true}");
        assertEquals(200, yes.status(), yes.body());
        assertEquals("IN_MEDIATION", yes.json().getString("status"));
        assertEquals(LocalDate.parse(yes.json().getString("mediationDueDate")), probe.mediationDueDate(d.id()));
        assertEquals(0, probe.openDeadlines(d.id(), "RESPONDENT_CONSENT"));
        assertEquals(1, probe.openDeadlines(d.id(), "MEDIATION"));
        assertTrue(d.applicant().get("/cases/" + d.id() + "/fee").json().getBoolean("chargeable"),
                "charged by the center's schedule once mediation started");
        assertEquals(List.of("APPLIED", "ACCEPTED", "RESPONDENT_CONSENTED"), probe.eventTypes(d.id()));
        assertTrue(yes.json().getJsonArray("timeline").getValuesAs(JsonObject.class).get(0).getString("actor")
                .startsWith("北京申请测试"), "a party acts under its confirmed name, not the display name it chose");
        assertEquals(409, d.respondent().post("/cases/" + d.id() + "/respondent-consent", "{\"agree\":true}",
                Api.newKey()).status());
    }

    @Test
    void anApplicationCannotNameTheRespondentsAgentNorTheSameRespondentTwiceNorBeSentInAnotherEncoding() {
        String a = Identities.newCreditCode();
        String r = Identities.newCreditCode();
        Api applicant = Identities.confirmed("app", "北京申请测试" + a.substring(10) + "有限公司", a);
        String respondent = "上海被申请测试" + r.substring(10) + "有限公司";
        jakarta.json.JsonObject base = Json.createReader(new java.io.StringReader(application(respondent, r)))
                .readObject();
        Api.Reply agent = applicant.post("/applications", Json.createObjectBuilder(base).add("respondents",
                Json.createArrayBuilder().add(Identities.company("RESPONDENT", respondent, r, null)
                        .add("agentName", "托儿").add("agentIdNumber", "11010519491231002X"))).build().toString());
        assertEquals(400, agent.status(), agent.body());
        assertEquals("respondents[0].agentIdNumber", firstField(agent), "a respondent appoints its own agent");
        Api.Reply twice = applicant.post("/applications", Json.createObjectBuilder(base).add("respondents",
                Json.createArrayBuilder().add(Identities.company("RESPONDENT", respondent, r, null))
                        .add(Identities.company("RESPONDENT", respondent, r.toLowerCase(), null))).build().toString());
        assertEquals(400, twice.status(), twice.body());
        assertEquals("respondents[1].name", firstField(twice));
        Api.Reply gbk = applicant.postBytes("/applications",
                application(respondent, r).getBytes(java.nio.charset.Charset.forName("GBK")));
        assertEquals(400, gbk.status(), gbk.body());
        assertEquals("request.unreadable", code(gbk));
        Api.Reply phone = applicant.post("/applications", Json.createObjectBuilder(base).add("applicantPhone", "abc")
                .build().toString());
        assertEquals("applicantPhone", firstField(phone));
        JsonArrayBuilder many = Json.createArrayBuilder();
        for (int i = 0; i <= 100; i++) {
            many.add(Json.createObjectBuilder().add("text", "请求" + i));
        }
        Api.Reply tooMany = applicant.post("/applications", Json.createObjectBuilder(base).add("claims", many)
                .build().toString());
        assertEquals("claims", firstField(tooMany), "at most 100 claims");
        assertEquals(404, applicant.get("/applications/centers/NO-SUCH/mediators").status());
        assertEquals(0, caseIds(applicant).size(), "nothing stored");

        Api disguised = Identities.register("bidi");
        Api.Reply bidi = disguised.post("/me/identity", Identities.confirmation("恶意\u202e司公限有", Identities
                .newCreditCode()).build().toString());
        assertEquals(400, bidi.status(), bidi.body());
        assertEquals("name", firstField(bidi));
    }

    @Test
    void aRefusalOrNoAnswerWithinThreeWorkingDaysEndsTheApplication() {
        Direct refused = accepted();
        Api.Reply respondentWithdraws = refused.respondent().post("/cases/" + refused.id() + "/withdrawal",
                "{\"reason\":\"不想调解\"}");
        assertEquals(409, respondentWithdraws.status(), "a respondent refuses, with its reason recorded");
        assertEquals("application.refuseInstead", code(respondentWithdraws));
        Api.Reply noReason = refused.respondent().post("/cases/" + refused.id() + "/respondent-consent",
                "{\"agree\":false}");
        assertEquals(400, noReason.status(), "a refusal gives its reason");
        assertEquals("PENDING_CONSENT", probe.status(refused.id()), "nothing half-written");
        Api.Reply no = refused.respondent().post("/cases/" + refused.id() + "/respondent-consent",
                "{\"agree\":false,\"reason\":\"双方已自行协商\"}");
        assertEquals(200, no.status(), no.body());
        assertEquals("CONSENT_REFUSED", probe.status(refused.id()));
        assertEquals("RESPONDENT_REFUSED", probe.failureReasonCode(refused.id()));
        assertFalse(refused.applicant().get("/cases/" + refused.id() + "/fee").json().getBoolean("chargeable"),
                "a refused application is not charged");

        Direct silent = accepted();
        probe.makeDueNow(silent.id(), "RESPONDENT_CONSENT");
        assertEquals(1, deadlines.scanCase(silent.id(), Instant.now()));
        assertEquals("CONSENT_REFUSED", probe.status(silent.id()));
        assertEquals("RESPONDENT_NO_ANSWER", probe.failureReasonCode(silent.id()));
        assertEquals(0, deadlines.scanCase(silent.id(), Instant.now()), "a repeated scan does nothing");
        assertEquals(409, silent.respondent().post("/cases/" + silent.id() + "/respondent-consent",
                "{\"agree\":true}").status(), "too late");
    }

    private Direct inMediation() {
        Direct d = accepted();
        assertEquals(200, d.respondent().post("/cases/" + d.id() + "/respondent-consent", "{\"agree\":true}").status());
        return d;
    }

    @Test
    void aFailedDirectApplicationGoesBackToTheApplicantWithHowToFile() {
        Direct d = inMediation();
        assertEquals(200, MEDIATOR.post("/cases/" + d.id() + "/failure",
                "{\"reasonCode\":\"PARTY_REFUSED\",\"reason\":\"被申请人拒绝继续调解\"}").status());
        String report = Json.createObjectBuilder().add("basicSituation", "组织两次在线调解。")
                .add("failureReasons", "双方对广告数据真实性分歧较大。")
                .add("costIncreasingConduct", Json.createArrayBuilder()).add("notesForCourt", "无").build().toString();
        assertEquals(201, MEDIATOR.post("/cases/" + d.id() + "/failure-report", report).status());
        assertEquals(404, Api.clerk().get("/cases/" + d.id()).status(), "no court has this case");
        assertTrue(d.applicant().get("/inbox").json().getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .anyMatch(i -> i.getJsonNumber("id").longValue() == d.id()
                        && "READ_FAILURE_REPORT".equals(i.getString("action"))));
        assertEquals(409, d.respondent().post("/cases/" + d.id() + "/failure-report/acknowledgement", "{}").status(),
                "only the applicant");
        Api.Reply ack = d.applicant().post("/cases/" + d.id() + "/failure-report/acknowledgement", "{}");
        assertEquals(200, ack.status(), ack.body());
        assertEquals("CLOSED", ack.json().getString("status"));
        assertTrue(ack.json().getJsonArray("timeline").getValuesAs(JsonObject.class).stream()
                .anyMatch(e -> e.getString("detail", "").contains("APPLICANT_INFORMED")));
    }

    @Test
    void aDirectCasesJudicialConfirmationGoesToTheBasicCourtWhereTheCenterSits() {
        Direct d = inMediation();
        JsonObject c = d.applicant().get("/cases/" + d.id()).json();
        long applicant = 0;
        long respondent = 0;
        for (JsonObject p : c.getJsonArray("parties").getValuesAs(JsonObject.class)) {
            if ("APPLICANT".equals(p.getString("role"))) {
                applicant = p.getJsonNumber("id").longValue();
            } else {
                respondent = p.getJsonNumber("id").longValue();
            }
        }
        String agreement = Json.createObjectBuilder().add("scope", "FULL")
                .add("claimOutcomes", Json.createArrayBuilder().add(Json.createObjectBuilder().add("claimSeq", 1)
                        .add("settled", true)))
                .add("facts", "双方确认广告已投放。").add("terms", "被申请人于30日内支付广告费。")
                .add("obligations", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("obligorPartyId", respondent).add("obligeePartyId", applicant).add("description", "支付广告费")
                        .add("amount", Json.createObjectBuilder().add("amount", "300000.00").add("currency", "CNY"))
                        .add("dueDate", BusinessTime.today().plusDays(30).toString()).add("method", "银行转账")))
                .build().toString();
        Api.Reply put = MEDIATOR.put("/cases/" + d.id() + "/agreement", agreement);
        assertEquals(200, put.status(), put.body());
        String sha = "{\"documentSha256\":\"" + put.json().getString("documentSha256") + "\"}";
        for (Api who : List.of(d.applicant(), d.respondent(), MEDIATOR, Api.bjCenter())) {
            assertEquals(200, who.post("/cases/" + d.id() + "/agreement/signatures", sha).status());
        }
        assertEquals("SETTLED", probe.status(d.id()));
        assertEquals(404, Api.clerk().get("/cases/" + d.id()).status(), "not before the application");
        assertEquals(200, d.applicant().post("/cases/" + d.id() + "/judicial-confirmation", "").status());
        Api.Reply all = d.respondent().post("/cases/" + d.id() + "/judicial-confirmation", "");
        assertEquals(200, all.status(), all.body());
        assertTrue(all.body().contains("BJ-B-0105") || all.body().contains("北京市朝阳区人民法院"), all.body());
        assertEquals(200, Api.clerk().get("/cases/" + d.id()).status(),
                "the Chaoyang court (where the Beijing center sits) reviews it");
        assertEquals(404, Api.as("clerk.bj0491", "Demo-Clerk-2026!").get("/cases/" + d.id()).status());
    }
}
