package org.sutiao.it;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sutiao.cases.application.ConflictFinding;
import org.sutiao.cases.application.ConflictFinding.Kind;

import java.util.HashSet;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The conflict check of the dialogs, for all of a center's mediators at once (issue 10), inside the server: it finds
 * exactly what the check of one mediator finds on accept and replace, and what the rule as first written (one
 * mediator, its own queries) finds, for every active mediator of the Beijing center — among them one with a declared
 * relationship, one who was an agent in another center's case, one who was a party (by ID number) in the center's
 * own case, one who is a party of the case itself, and one who appeared in the same prior case as another of them
 * but opposite nobody of this case, whose findings must stay empty.
 */
@ExtendWith(ArquillianExtension.class)
class ConflictCheckIT {
    private static final String BJ = "/centers/CCPIT-L-BJ";
    private static final String ZHUOHENG = "北京卓衡办公设备有限公司";
    private static final String ZHUOHENG_CODE = "91110105MA5DDR3E6T";
    private static final String QINGLAN = "北京青岚会展服务有限公司";
    private static final String QINGLAN_CODE = "91110108MADM6D068C";

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWithTests(new Class<?>[]{ConflictCheckIT.class, ConflictProbe.class, Api.class,
                Referrals.class, Roster.class});
    }

    @Inject
    ConflictProbe probe;

    @Test
    void theDialogsCheckOfAllMediatorsFindsWhatTheCheckOfEachFinds() {
        String hanzi = "甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳";
        String suffix = Long.toHexString(System.nanoTime()).chars().skip(8).mapToObj(c -> String.valueOf(
                hanzi.charAt(Character.digit(c, 16)))).reduce("", String::concat);
        String declaredName = "测试声明" + suffix;
        String elsewhereName = "测试外中心" + suffix;
        String ownName = "测试本中心" + suffix;
        String selfName = "测试本人" + suffix;
        String cleanName = "测试无涉" + suffix;
        String ownId = Roster.residentId();
        String selfId = Roster.residentId();
        String declared = enrol(declaredName, Roster.residentId());
        String elsewhere = enrol(elsewhereName, Roster.residentId());
        String own = enrol(ownName, ownId);
        String self = enrol(selfName, selfId);
        String clean = enrol(cleanName, Roster.residentId());
        Api.Reply relationship = Api.bjCenter().post(BJ + "/mediators/" + declared + "/relationships",
                Json.createObjectBuilder().add("counterpartType", "COMPANY").add("name", QINGLAN)
                        .add("code", QINGLAN_CODE).add("relation", "曾任法律顾问").build().toString());
        assertEquals(201, relationship.status(), relationship.body());
        Api.clerk().ensureInvited("BJ-B-0105", "CCPIT-L-ZJ");
        // another center's case: one mediator was the applicant's agent, opposite 北京青岚 (by its credit code)
        refer("CCPIT-L-ZJ", Json.createArrayBuilder()
                .add(person("APPLICANT", "测试申请人" + suffix, Roster.residentId()).add("agentName", elsewhereName))
                .add(company("RESPONDENT", "青岚会展（旧称）" + suffix, QINGLAN_CODE)));
        // the center's own case: one mediator was the applicant (by ID number) opposite 北京卓衡, whose agent was
        // another mediator — who so met only the first one, a party of no case of today
        Api.Reply bjPrior = refer("CCPIT-L-BJ", Json.createArrayBuilder()
                .add(person("APPLICANT", ownName, ownId))
                .add(company("RESPONDENT", ZHUOHENG, ZHUOHENG_CODE).add("agentName", cleanName)));
        String bjPriorNumber = Api.clerk().get("/cases/" + bjPrior.json().getJsonNumber("id")).json()
                .getString("caseNumber");
        // the case now before the center: 北京卓衡 against 北京青岚, and a third party who is one of the mediators
        String thirdParty = "测试第三人" + suffix;
        Long caseId = refer("CCPIT-L-BJ", Json.createArrayBuilder()
                .add(company("APPLICANT", ZHUOHENG, ZHUOHENG_CODE))
                .add(company("RESPONDENT", QINGLAN, QINGLAN_CODE))
                .add(person("THIRD_PARTY", thirdParty, selfId))).json().getJsonNumber("id").longValue();

        Map<String, List<ConflictFinding>> atOnce = probe.atOnce(caseId);
        assertEquals(List.of(new ConflictFinding(QINGLAN, Kind.DECLARED, QINGLAN, "曾任法律顾问", null)),
                atOnce.get(declared));
        assertEquals(List.of(new ConflictFinding(QINGLAN, Kind.PRIOR_CASE_ELSEWHERE, null, null, null)),
                atOnce.get(elsewhere), "another center's case, unnamed");
        assertEquals(List.of(new ConflictFinding(ZHUOHENG, Kind.PRIOR_CASE, ZHUOHENG, null, bjPriorNumber)),
                atOnce.get(own), "the center's own case, by number");
        assertEquals(List.of(new ConflictFinding(thirdParty, Kind.SELF, null, null, null)), atOnce.get(self));
        assertEquals(List.of(), atOnce.get(clean), "a prior case's own parties are never its other side");

        Map<String, List<ConflictFinding>> oneByOne = probe.oneByOne(caseId);
        Map<String, List<ConflictFinding>> firstRule = probe.byFirstRule(caseId);
        assertEquals(oneByOne.keySet(), atOnce.keySet());
        assertEquals(firstRule.keySet(), atOnce.keySet());
        assertTrue(atOnce.size() >= 5, atOnce.keySet().toString());
        for (String code : atOnce.keySet()) {
            assertEquals(oneByOne.get(code), atOnce.get(code), code);
            // the first rule read the prior cases' parties in no set order: the same findings, maybe reordered
            assertEquals(firstRule.get(code).size(), atOnce.get(code).size(), code + ": " + firstRule.get(code));
            assertEquals(new HashSet<>(firstRule.get(code)), new HashSet<>(atOnce.get(code)), code);
        }

        // the accept dialog shows the same findings
        JsonObject option = Roster.array(Api.bjCenter().get("/cases/" + caseId + "/assignable-mediators"))
                .getValuesAs(JsonObject.class).stream().filter(o -> own.equals(o.getString("code"))).findFirst()
                .orElseThrow();
        assertEquals(1, option.getJsonArray("conflicts").size(), option.toString());
        assertEquals(bjPriorNumber, option.getJsonArray("conflicts").getJsonObject(0).getString("caseNumber"));
    }

    private static String enrol(String name, String idNumber) {
        Api.Reply r = Api.bjCenter().post(BJ + "/mediators", Roster.profile(name, idNumber).build().toString());
        assertEquals(201, r.status(), r.body());
        return r.json().getString("code");
    }

    private static JsonObjectBuilder person(String role, String name, String idNumber) {
        return Json.createObjectBuilder().add("role", role).add("type", "NATURAL_PERSON").add("name", name)
                .add("idNumber", idNumber).add("phone", "13900001234");
    }

    private static JsonObjectBuilder company(String role, String name, String creditCode) {
        return Json.createObjectBuilder().add("role", role).add("type", "LEGAL_PERSON").add("name", name)
                .add("creditCode", creditCode).add("phone", "13900001234");
    }

    /** C01's dispute with these parties, referred by the Chaoyang court to {@code center}. */
    private static Api.Reply refer(String center, JsonArrayBuilder parties) {
        Api.Reply r = Api.clerk().post("/referrals", Referrals.c01(Referrals.newCaseNumber()).add("centerCode", center)
                .add("parties", parties).build().toString());
        assertEquals(201, r.status(), r.body());
        return r;
    }
}
