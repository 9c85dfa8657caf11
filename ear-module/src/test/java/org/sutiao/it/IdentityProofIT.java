package org.sutiao.it;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sutiao.notification.domain.OutboundMessage;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A party's identity is proven, not claimed (issue 9; 人民法院在线调解规则 Art. 17; notice §2(1)): the code goes to the
 * contact details a court recorded, so knowing a company's public name and credit code gets an attacker nothing; an
 * identity no case records yet is only declared and sees only its own applications until the records prove it; a
 * proof by the records supersedes an earlier declaration of the same identity. Runs in the server, with the demo's
 * showing of codes switched off as in production: the codes are read from the outbox, as their recipients would
 * read their mail.
 */
@ExtendWith(ArquillianExtension.class)
class IdentityProofIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWithTests(new Class<?>[]{IdentityProofIT.class, AuthProbe.class, Api.class,
                Referrals.class, Identities.class});
    }

    @Inject
    AuthProbe auth;
    @PersistenceContext(unitName = "sutiao")
    EntityManager em;
    private String demoSwitch;

    @BeforeEach
    void production() {
        auth.clearAddressCounts();
        demoSwitch = System.getProperty("sutiao.demo-data");
        System.setProperty("sutiao.demo-data", "false");
    }

    @AfterEach
    void restore() {
        if (demoSwitch == null) {
            System.clearProperty("sutiao.demo-data");
        } else {
            System.setProperty("sutiao.demo-data", demoSwitch);
        }
    }

    private static Long refer(JsonArrayBuilder parties) {
        Api.Reply r = Api.clerk().post("/referrals",
                Referrals.c01(Referrals.newCaseNumber()).add("parties", parties).build().toString());
        assertEquals(201, r.status(), r.body());
        return r.json().getJsonNumber("id").longValue();
    }

    /** The code of the latest message to {@code address}, as its recipient reads it. */
    private String mailedCode(String address) {
        List<OutboundMessage> mail = em.createNamedQuery("OutboundMessage.toAddress", OutboundMessage.class)
                .setParameter("address", address).setMaxResults(1).getResultList();
        assertFalse(mail.isEmpty(), "a message to " + address);
        assertEquals("outbound.identityCode", mail.get(0).messageKey());
        return mail.get(0).args()[0];
    }

    private long mails(String address) {
        return em.createQuery("select count(m) from OutboundMessage m where m.address = :a", Long.class)
                .setParameter("a", address).getSingleResult();
    }

    private static Api.Reply verify(Api who, String code) {
        return who.post("/me/identity/verification", "{\"code\":\"" + code + "\"}");
    }

    private static String company(String code) {
        return "北京核验测试" + code.substring(10) + "有限公司";
    }

    private static int total(Api who) {
        return who.get("/cases").json().getInt("total");
    }

    @Test
    void knowingAPublicNameAndCreditCodeGetsAnAttackerNothing() {
        String code = Identities.newCreditCode();
        String name = company(code);
        String victimMail = "legal-" + code.toLowerCase() + "@victim.example.com";
        Long id = refer(Json.createArrayBuilder()
                .add(Identities.company("APPLICANT", name, code, victimMail))
                .add(Identities.company("RESPONDENT", "北京青岚会展服务有限公司", "91110108MADM6D068C", null)));

        Api attacker = Identities.register("attacker");
        Api.Reply sent = attacker.post("/me/identity", Identities.confirmation(name, code).build().toString());
        assertEquals(202, sent.status(), sent.body());
        assertFalse(sent.json().containsKey("demoCode"), "production shows no code: " + sent.body());
        assertFalse(sent.body().contains("victim"), "nor where it went");
        assertEquals(1, mails(victimMail), "the code went to the address the court recorded");
        String code6 = mailedCode(victimMail);
        String wrong = code6.equals("000000") ? "000001" : "000000";
        for (int i = 1; i < 5; i++) {
            Api.Reply r = verify(attacker, wrong);
            assertEquals(400, r.status(), r.body());
            assertEquals("code", r.json().getJsonArray("errors").getJsonObject(0).getString("field"));
            assertTrue(r.body().contains("验证码不正确"), r.body());
        }
        Api.Reply fifth = verify(attacker, wrong);
        assertTrue(fifth.body().contains("验证码已失效"), "five wrong codes spend it: " + fifth.body());
        assertTrue(verify(attacker, code6).body().contains("验证码已失效"), "even the right one, after");
        assertFalse(attacker.get("/me/identity").json().getBoolean("confirmed"));
        assertEquals(0, total(attacker));
        assertEquals(404, attacker.get("/cases/" + id).status());

        Api owner = Identities.register("owner");
        assertEquals(202, owner.post("/me/identity", Identities.confirmation(name, code).build().toString()).status());
        JsonObject proven = verify(owner, mailedCode(victimMail)).json();
        assertTrue(proven.getBoolean("confirmed"), proven.toString());
        assertEquals("RECORDS", proven.getString("proof"));
        assertEquals(200, owner.get("/cases/" + id).status(), "the party who reads its mail sees its case");
    }

    @Test
    void aDeclaredIdentitySeesOnlyItsOwnApplicationsUntilTheRecordsProveIt() {
        String code = Identities.newCreditCode();
        String name = company(code);
        Api declared = Identities.register("declared");
        String own = "own-" + code.toLowerCase() + "@party.example.com";
        assertEquals(202, declared.post("/me/identity", Json.createObjectBuilder(Identities.confirmation(name, code)
                .build()).add("serviceAddress", own).build().toString()).status());
        JsonObject status = verify(declared, mailedCode(own)).json();
        assertEquals("DECLARED", status.getString("proof"), "no case recorded it: the code went to its own address");

        String recorded = "court-" + code.toLowerCase() + "@party.example.com";
        Long id = refer(Json.createArrayBuilder()
                .add(Identities.company("APPLICANT", "北京卓衡办公设备有限公司", "91110105MA5DDR3E6T", null))
                .add(Identities.company("RESPONDENT", name, code, recorded)));
        assertEquals(0, total(declared), "a later case of the identity stays hidden from a declaration");
        assertEquals(404, declared.get("/cases/" + id).status());
        assertEquals("INVITED", Api.clerk().get("/cases/" + id).json().getJsonArray("parties")
                .getJsonObject(1).getString("account"), "and the party is invited through the recorded contact");

        Api.Reply ask = declared.post("/me/identity/proof", "");
        assertEquals(202, ask.status(), ask.body());
        JsonObject proven = verify(declared, mailedCode(recorded)).json();
        assertEquals("RECORDS", proven.getString("proof"));
        assertEquals(200, declared.get("/cases/" + id).status());
        assertEquals(409, declared.post("/me/identity/proof", "").status(), "proven once");
    }

    @Test
    void aProofByTheRecordsSupersedesAnEarlierDeclaration() {
        String code = Identities.newCreditCode();
        String name = company(code);
        Api squatter = Identities.register("squatter");
        String squatterMail = "squat-" + code.toLowerCase() + "@attacker.example.com";
        squatter.post("/me/identity", Json.createObjectBuilder(Identities.confirmation(name, code).build())
                .add("serviceAddress", squatterMail).build().toString());
        assertEquals("DECLARED", verify(squatter, mailedCode(squatterMail)).json().getString("proof"));

        String recorded = "real-" + code.toLowerCase() + "@party.example.com";
        Long id = refer(Json.createArrayBuilder()
                .add(Identities.company("APPLICANT", name, code, recorded))
                .add(Identities.company("RESPONDENT", "北京青岚会展服务有限公司", "91110108MADM6D068C", null)));
        assertEquals(0, total(squatter));

        Api owner = Identities.register("realowner");
        assertEquals(202, owner.post("/me/identity", Identities.confirmation(name, code).build().toString()).status());
        assertEquals("RECORDS", verify(owner, mailedCode(recorded)).json().getString("proof"));
        assertEquals(200, owner.get("/cases/" + id).status());
        assertFalse(squatter.get("/me/identity").json().getBoolean("confirmed"), "the declaration is withdrawn");
        assertEquals(1, em.createQuery("select count(a) from AuditEntry a where a.action = 'IDENTITY_SUPERSEDED'"
                + " and a.detail like :d", Long.class).setParameter("d", "%" + squatter.username() + "%")
                .getSingleResult());
    }

    /** Both steps for an identity no case records: the code goes to {@code ownAddress}. */
    private JsonObject declare(Api who, String name, String code, String ownAddress) {
        Api.Reply sent = who.post("/me/identity", Json.createObjectBuilder(Identities.confirmation(name, code).build())
                .add("serviceAddress", ownAddress).build().toString());
        assertEquals(202, sent.status(), sent.body());
        return verify(who, mailedCode(ownAddress)).json();
    }

    @Test
    void contactsAnApplicantWroteForACompanyProveOnlyTheCasesThatRecordThem() {
        String victimCode = Identities.newCreditCode();
        String victim = company(victimCode);
        String a = Identities.newCreditCode();
        Api applicant = Identities.register("applier");
        assertEquals("DECLARED", declare(applicant, "北京申请方" + a.substring(10) + "有限公司", a,
                "app-" + a.toLowerCase() + "@attacker.example.com").getString("proof"));
        String grab = "grab-" + victimCode.toLowerCase() + "@attacker.example.com";
        Api.Reply applied = applicant.post("/applications", Json.createObjectBuilder()
                .add("centerCode", "CCPIT-L-BJ").add("causeOfAction", "广告合同纠纷").add("disputeType", "电子商务")
                .add("facts", "申请人为被申请人投放广告，被申请人拒付广告费。")
                .add("claimAmount", Json.createObjectBuilder().add("amount", "31000.00").add("currency", "CNY"))
                .add("applicantPhone", "010-55551502")
                .add("respondents", Json.createArrayBuilder().add(Identities.company("RESPONDENT", victim, victimCode,
                        grab)))
                .add("claims", Json.createArrayBuilder().add(Json.createObjectBuilder().add("text", "支付广告费31000元")
                        .add("amount", Json.createObjectBuilder().add("amount", "31000.00").add("currency", "CNY"))))
                .build().toString());
        assertEquals(201, applied.status(), applied.body());
        Long application = applied.json().getJsonNumber("id").longValue();

        Api accomplice = Identities.register("accomplice");
        assertEquals(202, accomplice.post("/me/identity", Identities.confirmation(victim, victimCode).build()
                .toString()).status());
        assertEquals("APPLICANT", verify(accomplice, mailedCode(grab)).json().getString("proof"),
                "an address an applicant wrote proves only so much");
        assertEquals(200, accomplice.get("/cases/" + application).status(), "the case that records that address");

        String victimMail = "legal-" + victimCode.toLowerCase() + "@victim.example.com";
        Long courtCase = refer(Json.createArrayBuilder()
                .add(Identities.company("APPLICANT", "北京卓衡办公设备有限公司", "91110105MA5DDR3E6T", null))
                .add(Identities.company("RESPONDENT", victim, victimCode, victimMail)));
        assertEquals(404, accomplice.get("/cases/" + courtCase).status(), "but not what a court recorded");
        assertEquals(1, total(accomplice));

        Api owner = Identities.register("victim");
        assertEquals(202, owner.post("/me/identity", Identities.confirmation(victim, victimCode).build().toString())
                .status());
        assertEquals("RECORDS", verify(owner, mailedCode(victimMail)).json().getString("proof"),
                "the court's contact outranks the applicant's");
        assertFalse(accomplice.get("/me/identity").json().getBoolean("confirmed"), "the weaker claim is withdrawn");
        assertEquals(0, total(accomplice));
        List<Long> seen = owner.get("/cases?size=10").json().getJsonArray("items").getValuesAs(JsonObject.class)
                .stream().map(c -> c.getJsonNumber("id").longValue()).toList();
        assertTrue(seen.containsAll(List.of(application, courtCase)), seen.toString());
    }

    @Test
    void codesAreRationedPerAccount() {
        Api greedy = Identities.register("greedy");
        String code = Identities.newCreditCode();
        java.util.function.IntFunction<String> body = i -> Json.createObjectBuilder(Identities.confirmation(
                "北京不存在的公司", code).build()).add("serviceAddress", "greedy" + i + "@party.example.com").build()
                .toString();
        for (int i = 0; i < 5; i++) {
            assertEquals(202, greedy.post("/me/identity", body.apply(i)).status());
        }
        Api.Reply sixth = greedy.post("/me/identity", body.apply(5));
        assertEquals(429, sixth.status(), sixth.body());
        assertTrue(sixth.body().contains("获取验证码次数过多"), sixth.body());
        assertNotNull(sixth.header("Retry-After"));
        assertEquals(409, verify(Identities.register("nocode"), "123456").status(), "no code requested yet");
    }
}
