package org.sutiao.it;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
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
import org.sutiao.cases.application.ReferralCommand;
import org.sutiao.cases.application.ReferralWriter;
import org.sutiao.cases.domain.ReferralKind;
import org.sutiao.shared.domain.Actor;
import org.sutiao.shared.domain.BusinessTime;

import java.security.MessageDigest;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Outcomes (issue: mediation to an outcome), inside the server: the agreement drafted from the template as a PDF
 * with Chinese text, signed by every party, the mediator and the center, each signature bound to the document's
 * SHA-256, a change restarting signing; judicial confirmation within 30 days ruled VALID; the mediation document of
 * an entrusted case; voluntary performance closing the case.
 */
@ExtendWith(ArquillianExtension.class)
class AgreementIT {
    private static final Api MEDIATOR = Api.as("med.m0009", "Demo-Med-2026!");
    private static final Api APPLICANT = Api.as("party.c01.applicant", "Demo-Party-2026!");
    private static final Api RESPONDENT = Api.as("party.c01.respondent", "Demo-Party-2026!");

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWithTests(new Class<?>[]{AgreementIT.class, TestProbe.class, Api.class, Referrals.class},
                Awaitility.class, Matcher.class);
    }

    @Inject
    TestProbe probe;
    @Inject
    ReferralWriter writer;
    @Inject
    org.sutiao.calendar.application.CalendarService calendar;

    private Long acceptedCase(ReferralKind kind) {
        ReferralCommand cmd = Referrals.withPartyAccounts(kind);
        Long id = writer.create(cmd, "BJ-B-0105", null, Instant.now(), new Actor("test", "test"));
        assertEquals(200, Api.bjCenter().post("/cases/" + id + "/accept", "{\"mediatorCode\":\"M0009\"}").status());
        return id;
    }

    private static long party(Long id, String role) {
        return Api.clerk().get("/cases/" + id).json().getJsonArray("parties").getValuesAs(JsonObject.class).stream()
                .filter(p -> role.equals(p.getString("role"))).findFirst().orElseThrow().getJsonNumber("id").longValue();
    }

    private static String agreement(Long id, String scope, boolean secondSettled, String terms) {
        long applicant = party(id, "APPLICANT");
        long respondent = party(id, "RESPONDENT");
        JsonArrayBuilder obligations = Json.createArrayBuilder().add(Json.createObjectBuilder()
                .add("obligorPartyId", respondent).add("obligeePartyId", applicant)
                .add("description", "支付货款").add("amount", Json.createObjectBuilder().add("amount", "400000.00").add("currency", "CNY"))
                .add("dueDate", BusinessTime.today().plusDays(30).toString()).add("method", "银行转账"));
        return Json.createObjectBuilder().add("scope", scope)
                .add("claimOutcomes", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("claimSeq", 1).add("settled", true))
                        .add(Json.createObjectBuilder().add("claimSeq", 2).add("settled", secondSettled)))
                .add("facts", "双方确认货款余额为45.2万元，争议在于违约金。").add("terms", terms)
                .add("obligations", obligations).build().toString();
    }

    private static String sha256(byte[] b) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(b));
    }

    private static String sign(Api who, Long id, String sha) {
        Api.Reply r = who.post("/cases/" + id + "/agreement/signatures", "{\"documentSha256\":\"" + sha + "\"}");
        assertEquals(200, r.status(), r.body());
        return r.body();
    }

    private Long settled(ReferralKind kind) throws Exception {
        Long id = acceptedCase(kind);
        Api.Reply put = MEDIATOR.put("/cases/" + id + "/agreement", agreement(id, "FULL", true, "被申请人于30日内付清，经办人王𠈌。"));
        assertEquals(200, put.status(), put.body());
        String sha = put.json().getString("documentSha256");
        sign(APPLICANT, id, sha);
        sign(RESPONDENT, id, sha);
        sign(MEDIATOR, id, sha);
        sign(Api.bjCenter(), id, sha);
        assertEquals("SETTLED", probe.status(id));
        return id;
    }

    @Test
    void theAgreementIsAPdfWithChineseTextSignedByEveryoneAgainstItsHash() throws Exception {
        Long id = acceptedCase(ReferralKind.DELEGATED);
        Api.Reply mismatch = MEDIATOR.put("/cases/" + id + "/agreement", agreement(id, "FULL", false, "条款"));
        assertEquals(400, mismatch.status(), "FULL needs every claim settled: " + mismatch.body());
        Api.Reply put = MEDIATOR.put("/cases/" + id + "/agreement", agreement(id, "FULL", true, "被申请人于30日内付清，经办人王𠈌。"));
        assertEquals(200, put.status(), put.body());
        String sha = put.json().getString("documentSha256");
        byte[] pdf = APPLICANT.getBytes("/cases/" + id + "/agreement.pdf");
        assertEquals(sha, sha256(pdf), "the hash is the hash of the exact document served");
        String text = new PdfTextExtractor(new PdfReader(pdf)).getTextFromPage(1);
        assertTrue(text.contains("调解协议书") && text.contains("王𠈌") && text.contains("北京青岚会展服务有限公司"),
                "Chinese text, the rare character included: " + text);

        assertEquals(409, APPLICANT.post("/cases/" + id + "/agreement/signatures", "{\"documentSha256\":\""
                + "0".repeat(64) + "\"}").status(), "a signature binds to the document actually shown");
        sign(APPLICANT, id, sha);
        assertEquals(409, APPLICANT.post("/cases/" + id + "/agreement/signatures", "{\"documentSha256\":\"" + sha + "\"}",
                Api.newKey()).status(), "once per signer");

        Api.Reply changed = MEDIATOR.put("/cases/" + id + "/agreement", agreement(id, "FULL", true, "被申请人于20日内付清。"));
        String sha2 = changed.json().getString("documentSha256");
        assertFalse(sha.equals(sha2));
        assertTrue(changed.json().getJsonArray("missingSignatures").toString().contains("北京卓衡"),
                "a change after a signature restarts signing: " + changed.body());
        assertEquals(409, RESPONDENT.post("/cases/" + id + "/agreement/signatures", "{\"documentSha256\":\"" + sha + "\"}")
                .status(), "the old document can no longer be signed");
        sign(APPLICANT, id, sha2);
        sign(RESPONDENT, id, sha2);
        sign(MEDIATOR, id, sha2);
        assertEquals("IN_MEDIATION", probe.status(id), "not in effect before the center seals");
        String last = sign(Api.bjCenter(), id, sha2);
        assertTrue(last.contains("\"status\":\"EFFECTIVE\""), last);
        assertEquals("SETTLED", probe.status(id));
        assertTrue(probe.eventTypes(id).contains("SETTLED"));
        assertEquals(409, MEDIATOR.put("/cases/" + id + "/agreement", agreement(id, "FULL", true, "x")).status());
        String metadataOnly = Api.as("hq.admin1", "Demo-Hq-2026!").get("/cases/" + id).body();
        assertFalse(metadataOnly.contains("北京卓衡") || metadataOnly.contains("王𠈌") || metadataOnly.contains("高振宇"),
                "HQ sees case metadata only: no party names, not even as the actor of a signature: " + metadataOnly);
    }

    @Test
    void everyPartyJoinsTheConfirmationAndTheCourtRulesValidWithTheRulingDocument() throws Exception {
        Long id = settled(ReferralKind.DELEGATED);
        Api.Reply first = APPLICANT.post("/cases/" + id + "/judicial-confirmation", "");
        assertEquals(200, first.status(), first.body());
        assertEquals("JOINING", first.json().getJsonObject("judicialConfirmation").getString("status"));
        assertEquals(409, APPLICANT.post("/cases/" + id + "/judicial-confirmation", "", Api.newKey()).status());
        Api.Reply all = RESPONDENT.post("/cases/" + id + "/judicial-confirmation", "");
        JsonObject jc = all.json().getJsonObject("judicialConfirmation");
        assertEquals("UNDER_REVIEW", jc.getString("status"));
        assertEquals(calendar.current().onOrNextWorkingDay(org.sutiao.shared.domain.BusinessTime.dateOf(Instant.now())
                        .plusDays(30)).date().toString(), jc.getString("reviewDueDate"),
                "the court's 30 days, ending on a working day");
        assertEquals(1, probe.openDeadlines(id, "CONFIRMATION_REVIEW"));

        assertEquals(200, Api.clerk().post("/cases/" + id + "/judicial-confirmation/supplement-request",
                "{\"note\":\"请补充付款账户信息\"}").status());
        assertEquals(400, Api.clerk().post("/cases/" + id + "/judicial-confirmation/ruling",
                "{\"ruling\":\"VALID\",\"rulingNumber\":\"(2026)京0105民特1号\",\"rulingDate\":\"" + BusinessTime.today() + "\"}")
                .status(), "the ruling document is required");
        Api.Reply upload = Api.clerk().post("/cases/" + id + "/materials", Json.createObjectBuilder()
                .add("fileName", "民事裁定书.pdf").add("contentBase64", Base64.getEncoder().encodeToString(Referrals.PDF))
                .build().toString());
        assertEquals(201, upload.status(), upload.body());
        Api.Reply ruled = Api.clerk().post("/cases/" + id + "/judicial-confirmation/ruling", Json.createObjectBuilder()
                .add("ruling", "VALID").add("rulingNumber", "(2026)京0105民特1号").add("rulingDate", BusinessTime.today().toString())
                .add("materialId", upload.json().getJsonNumber("id")).build().toString());
        assertEquals(200, ruled.status(), ruled.body());
        assertEquals("CLOSED", probe.status(id));
        assertEquals(0, probe.openDeadlines(id, "CONFIRMATION_REVIEW"));
    }

    @Test
    void theJointApplicationComesWithinThirtyDaysAfterTheAgreementTookEffect() throws Exception {
        Long id = settled(ReferralKind.DELEGATED);
        probe.backdateAgreement(id, 45);
        Api.Reply late = APPLICANT.post("/cases/" + id + "/judicial-confirmation", "");
        assertEquals(409, late.status(), late.body());
        assertEquals("confirmation.windowClosed", late.json().getString("code"));
        assertTrue(late.json().getString("detail").contains("三十日"), late.body());
    }

    @Test
    void anEntrustedCaseGetsAMediationDocumentInEffectWhenEveryPartyReceivedIt() throws Exception {
        Long id = settled(ReferralKind.ENTRUSTED);
        assertEquals(409, APPLICANT.post("/cases/" + id + "/judicial-confirmation", "").status(),
                "no judicial confirmation for an entrusted case");
        assertEquals(200, APPLICANT.post("/cases/" + id + "/mediation-document/request", "").status());
        assertEquals(409, RESPONDENT.post("/cases/" + id + "/mediation-document/receipt", "").status(), "not issued yet");
        Api.Reply upload = Api.clerk().post("/cases/" + id + "/materials", Json.createObjectBuilder()
                .add("fileName", "民事调解书.pdf").add("contentBase64", Base64.getEncoder().encodeToString(Referrals.PDF))
                .build().toString());
        assertEquals(200, Api.clerk().post("/cases/" + id + "/mediation-document", "{\"documentNumber\":\"(2026)京0105民初3号\","
                + "\"materialId\":" + upload.json().getJsonNumber("id") + "}").status());
        assertEquals(200, APPLICANT.post("/cases/" + id + "/mediation-document/receipt", "").status());
        assertEquals("SETTLED", probe.status(id));
        assertEquals(200, RESPONDENT.post("/cases/" + id + "/mediation-document/receipt", "").status());
        assertEquals("CLOSED", probe.status(id), "in effect when every party received it");
    }

    @Test
    void whenEveryObligationIsPerformedTheCaseCloses() throws Exception {
        Long id = settled(ReferralKind.DELEGATED);
        assertEquals(1, probe.openDeadlines(id, "OBLIGATION_DUE"), "a reminder at the obligation's due date");
        assertEquals(400, RESPONDENT.post("/cases/" + id + "/performance", "{\"obligationSeq\":9,\"performedOn\":\""
                + BusinessTime.today() + "\"}").status());
        Api.Reply done = RESPONDENT.post("/cases/" + id + "/performance", "{\"obligationSeq\":1,\"performedOn\":\""
                + BusinessTime.today() + "\",\"evidence\":\"银行回单 No.20261130\"}");
        assertEquals(200, done.status(), done.body());
        assertEquals("CLOSED", probe.status(id));
        assertEquals(0, probe.openDeadlines(id, "OBLIGATION_DUE"));
    }
}
