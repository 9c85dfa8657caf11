package org.sutiao.it;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;

/** Referral bodies for tests (the shape of DESIGN.md §5), each with a court case number of its own. */
public final class Referrals {
    /** A tiny but well-formed PDF. */
    public static final byte[] PDF = ("%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
            + "2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n")
            .getBytes(StandardCharsets.US_ASCII);

    private Referrals() {
    }

    /** A unique pre-filing mediation number of the Chaoyang court. */
    public static String newCaseNumber() {
        return "(2026)京0105民诉前调" + Math.abs(UUID.randomUUID().getLeastSignificantBits() % 100_000_000L) + "号";
    }

    /**
     * An in-container referral command of C01's dispute between the two identities of the demo party accounts
     * ({@code party.c01.applicant}: 北京卓衡, {@code party.c01.respondent}: 北京青岚, by credit code), with a monetary
     * and a non-monetary claim.
     */
    public static org.sutiao.cases.application.ReferralCommand withPartyAccounts(
            org.sutiao.cases.domain.ReferralKind kind) {
        return new org.sutiao.cases.application.ReferralCommand(kind, newCaseNumber(), "CCPIT-L-BJ", "买卖合同纠纷",
                "商事合同", "申请人供应办公设备，被申请人验收后拖欠余款。",
                new org.sutiao.cases.application.ReferralCommand.MoneyInput("452000.00", "CNY"), java.time.Instant.now(),
                java.util.List.of(new org.sutiao.cases.application.ReferralCommand.PartyInput(
                                org.sutiao.cases.domain.PartyRole.APPLICANT, org.sutiao.cases.domain.PartyType.LEGAL_PERSON,
                                "北京卓衡办公设备有限公司", "CN", "91110105MA5DDR3E6T", null, null, null, null, null, null, null,
                                null, null, null, "C01-P1", null),
                        new org.sutiao.cases.application.ReferralCommand.PartyInput(
                                org.sutiao.cases.domain.PartyRole.RESPONDENT, org.sutiao.cases.domain.PartyType.LEGAL_PERSON,
                                "北京青岚会展服务有限公司", "CN", "91110108MADM6D068C", null, null, null, "邱文博", null,
                                null, "finance@qinglan-expo.example.com", null, null, null, "C01-P2", null)),
                java.util.List.of(new org.sutiao.cases.application.ReferralCommand.ClaimInput("支付货款452000元",
                                new org.sutiao.cases.application.ReferralCommand.MoneyInput("452000.00", "CNY")),
                        new org.sutiao.cases.application.ReferralCommand.ClaimInput("停止使用商标", null)),
                java.util.List.of());
    }

    /** A delegated referral of C01's dispute to the Beijing center, with one PDF named in Chinese. */
    public static JsonObjectBuilder c01(String courtCaseNumber) {
        JsonArrayBuilder parties = Json.createArrayBuilder()
                .add(Json.createObjectBuilder().add("role", "APPLICANT").add("type", "LEGAL_PERSON")
                        .add("name", "北京卓衡办公设备有限公司").add("creditCode", "91110105MA5DDR3E6T")
                        .add("phone", "010-55551873").add("email", "legal@zhuoheng-office.example.com"))
                .add(Json.createObjectBuilder().add("role", "RESPONDENT").add("type", "NATURAL_PERSON")
                        .add("name", "王𠈌").add("idNumber", "35020319900101123X").add("phone", "13900001234"));
        JsonArrayBuilder claims = Json.createArrayBuilder()
                .add(Json.createObjectBuilder().add("text", "请求被申请人支付剩余货款人民币452000元")
                        .add("amount", Json.createObjectBuilder().add("amount", "452000.00").add("currency", "CNY")))
                .add(Json.createObjectBuilder().add("text", "停止使用商标").addNull("amount"));
        JsonArrayBuilder materials = Json.createArrayBuilder()
                .add(Json.createObjectBuilder().add("fileName", "起诉状（副本）.pdf").add("contentType", "application/pdf")
                        .add("contentBase64", Base64.getEncoder().encodeToString(PDF)));
        return Json.createObjectBuilder().add("kind", "DELEGATED").add("courtCaseNumber", courtCaseNumber)
                .add("centerCode", "CCPIT-L-BJ").add("causeOfAction", "买卖合同纠纷").add("disputeType", "商事合同")
                .add("facts", "申请人供应办公设备，被申请人验收后拖欠余款。")
                .add("claimAmount", Json.createObjectBuilder().add("amount", "452000.00").add("currency", "CNY"))
                .add("consentRecordedAt", "2026-11-27T10:00:00+08:00")
                .add("parties", parties).add("claims", claims).add("materials", materials);
    }
}
