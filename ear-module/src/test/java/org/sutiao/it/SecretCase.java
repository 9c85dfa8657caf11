package org.sutiao.it;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A case of the Chaoyang court at the Beijing center, mediated by M0009 between the two demo party identities, whose
 * every text written about the dispute carries one unique marker: facts, claims, a material's name, the disclosure,
 * a session's place, participants and minutes, a suspension, an extension, the end of mediation and the four-part
 * failure report. Built through the API by its own participants, so that a test can look for the marker in what
 * others are shown.
 *
 * @param marker the unique text that must not reach anyone without a full view of the case
 */
public record SecretCase(String marker, long id, long materialId, long sessionId, long suspensionId, long extensionId,
                         long applicantId, long respondentId) {
    static final Api MEDIATOR = Api.as("med.m0009", "Demo-Med-2026!");
    static final Api APPLICANT = Api.as("party.c01.applicant", "Demo-Party-2026!");
    static final Api RESPONDENT = Api.as("party.c01.respondent", "Demo-Party-2026!");
    /** The declining center's written reason in {@link #createAfterDecline}: its own words, free of the marker. */
    static final String DECLINE_REASON = "本中心与被申请人存在利害关系";

    /** Builds a new one; fails the test when any step is refused. */
    public static SecretCase create() {
        return create(null, null);
    }

    /**
     * Builds a new one that the court first referred to another center, which declined it (with a reason free of
     * the marker: its own words, which it keeps reading), before referring it again to the Beijing center; every
     * secret is written after the decline or was text the declining center must no longer be shown.
     *
     * @param declinedByCode the code of the center that declines first (the court's roster is made to invite it)
     * @param declinedBy     that center's admin
     */
    public static SecretCase createAfterDecline(String declinedByCode, Api declinedBy) {
        return create(declinedByCode, declinedBy);
    }

    private static SecretCase create(String declinedByCode, Api declinedBy) {
        if (declinedByCode != null) {
            Api.clerk().ensureInvited("BJ-B-0105", declinedByCode);
        }
        String marker = "机密" + UUID.randomUUID().toString().substring(0, 8);
        String referral = Json.createObjectBuilder().add("kind", "DELEGATED")
                .add("courtCaseNumber", Referrals.newCaseNumber())
                .add("centerCode", declinedByCode == null ? "CCPIT-L-BJ" : declinedByCode)
                .add("causeOfAction", "买卖合同纠纷").add("disputeType", "商事合同")
                .add("facts", "事实" + marker + "：被申请人拖欠货款。")
                .add("claimAmount", money("452000.00"))
                .add("consentRecordedAt", "2026-11-27T10:00:00+08:00")
                .add("parties", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("role", "APPLICANT").add("type", "LEGAL_PERSON")
                                .add("name", "北京卓衡办公设备有限公司").add("creditCode", "91110105MA5DDR3E6T")
                                .add("phone", "010-55551873"))
                        .add(Json.createObjectBuilder().add("role", "RESPONDENT").add("type", "LEGAL_PERSON")
                                .add("name", "北京青岚会展服务有限公司").add("creditCode", "91110108MADM6D068C")
                                .add("email", "finance@qinglan-expo.example.com")))
                .add("claims", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("text", "请求支付货款" + marker).add("amount", money("452000.00"))))
                .add("materials", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("fileName", "证据" + marker + ".pdf").add("contentType", "application/pdf")
                        .add("contentBase64", Base64.getEncoder().encodeToString(Referrals.PDF))))
                .build().toString();
        JsonObject c = ok(Api.clerk().post("/referrals", referral), 201);
        long id = c.getJsonNumber("id").longValue();
        long materialId = c.getJsonArray("materials").getJsonObject(0).getJsonNumber("id").longValue();
        JsonArray parties = c.getJsonArray("parties");
        long applicant = parties.getJsonObject(0).getJsonNumber("id").longValue();
        long respondent = parties.getJsonObject(1).getJsonNumber("id").longValue();
        String base = "/cases/" + id;
        if (declinedBy != null) {
            ok(declinedBy.post(base + "/decline", json("reasonCode", "CONFLICT_OF_INTEREST", "reason", DECLINE_REASON)),
                    200);
            ok(Api.clerk().post(base + "/re-referral", json("centerCode", "CCPIT-L-BJ")), 200);
        }
        ok(Api.bjCenter().post(base + "/accept", "{\"mediatorCode\":\"M0009\"}"), 200);
        ok(MEDIATOR.post(base + "/disclosure", json("hasConflict", true, "details", "披露" + marker)), 200);
        ok(APPLICANT.post(base + "/disclosure/consent", "{\"agree\":true}"), 200);
        ok(RESPONDENT.post(base + "/disclosure/consent", "{\"agree\":true}"), 200);
        String at = Instant.now().plus(2, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS).atOffset(ZoneOffset.ofHours(8))
                .toString();
        long sessionId = ok(MEDIATOR.post(base + "/sessions", json("scheduledAt", at, "mode", "OFFLINE",
                "placeOrLink", "地点" + marker, "participants", "参加人" + marker)), 201).getJsonNumber("id").longValue();
        ok(MEDIATOR.put(base + "/sessions/" + sessionId + "/minutes", json("minutes", "笔录" + marker)), 204);
        LocalDate today = LocalDate.now(ZoneOffset.ofHours(8));
        long suspensionId = ok(MEDIATOR.post(base + "/suspensions", json("institution", "鉴定机构" + marker,
                "reason", "鉴定理由" + marker, "startDate", today.toString())), 201).getJsonNumber("id").longValue();
        ok(MEDIATOR.post(base + "/suspensions/" + suspensionId + "/end", json("endDate", today.plusDays(1).toString())),
                200);
        String due = Api.clerk().get(base).json().getString("mediationDueDate");
        long extensionId = ok(MEDIATOR.post(base + "/extensions", json("newDueDate",
                LocalDate.parse(due).plusDays(15).toString(), "reason", "延期理由" + marker)), 201)
                .getJsonNumber("id").longValue();
        ok(MEDIATOR.post(base + "/failure", json("reasonCode", "OTHER", "reason", "终止理由" + marker)), 200);
        String report = Json.createObjectBuilder().add("basicSituation", "基本情况" + marker)
                .add("failureReasons", "未成原因" + marker)
                .add("costIncreasingConduct", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("partyId", respondent).add("description", "缺席" + marker)))
                .add("notesForCourt", "建议" + marker).build().toString();
        ok(MEDIATOR.post(base + "/failure-report", report), 201);
        return new SecretCase(marker, id, materialId, sessionId, suspensionId, extensionId, applicant, respondent);
    }

    /** The texts that must never reach a metadata-only reader: the marker, and the parties' names. */
    public List<String> secrets() {
        return List.of(marker, "北京卓衡", "北京青岚");
    }

    private static JsonObject ok(Api.Reply r, int status) {
        assertEquals(status, r.status(), r.body());
        return r.body().isBlank() ? JsonObject.EMPTY_JSON_OBJECT : r.json();
    }

    private static jakarta.json.JsonObjectBuilder money(String amount) {
        return Json.createObjectBuilder().add("amount", amount).add("currency", "CNY");
    }

    private static String json(Object... kv) {
        var b = Json.createObjectBuilder();
        for (int i = 0; i < kv.length; i += 2) {
            if (kv[i + 1] instanceof Boolean v) {
                b.add((String) kv[i], v);
            } else {
                b.add((String) kv[i], String.valueOf(kv[i + 1]));
            }
        }
        return b.build().toString();
    }
}
