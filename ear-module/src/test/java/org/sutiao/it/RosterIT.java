package org.sutiao.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The mediator roster (issue: rosters): a center keeps its roster, every change is recorded and reported up, HQ
 * approves or returns, the national roster shows approved data only and exports to Excel, courts invite from it
 * only, exited mediators are never assignable, the conflict check blocks an assignment unless overridden, parties
 * can name a mediator, training hours reach the roster, a center that is not operating receives nothing, scoping.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RosterIT {
    private static final String BJ = "/centers/CCPIT-L-BJ";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Test
    void theNationalRosterShowsOnlyWhatHqApproved() {
        String id = Roster.residentId();
        Api.Reply enrolled = Api.bjCenter().post(BJ + "/mediators", Roster.profile("测试调解员甲", id).build().toString());
        assertEquals(201, enrolled.status(), enrolled.body());
        String code = enrolled.json().getString("code");
        assertTrue(code.matches("M\\d{4,}"), code);
        assertEquals(id.substring(0, 6) + "********" + id.substring(14), enrolled.json().getString("idNumber"),
                "the ID number is stored but shown masked");
        assertFalse(enrolled.body().contains(id), "the full ID number never leaves the server");
        assertNull(Roster.national(code), "not on the national roster before HQ approves");

        Api.Reply duplicate = Api.bjCenter().post(BJ + "/mediators", Roster.profile("重复", id).build().toString());
        assertEquals(400, duplicate.status(), duplicate.body());

        Api.Reply report = Api.bjCenter().post(BJ + "/roster-reports", "{\"note\":\"" + System.nanoTime() + "\"}");
        assertEquals(201, report.status(), report.body());
        String reportId = report.json().getJsonNumber("id").toString();
        assertEquals(409, Api.bjCenter().post(BJ + "/roster-reports", "{\"note\":\"again\"}").status(),
                "one report waits at a time");
        JsonObject detail = Roster.hq().get("/roster-reports/" + reportId).json();
        assertTrue(detail.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .anyMatch(i -> code.equals(i.getString("mediatorCode")) && i.getString("changes").contains(
                        org.sutiao.shared.application.Messages.get(org.sutiao.shared.application.Messages.CHINESE,
                                "rosterChange.enrolled", "测试调解员甲", org.sutiao.shared.application.Messages.get(
                                        org.sutiao.shared.application.Messages.CHINESE, "employment.PART_TIME")))
                        && !i.getString("changes").contains("PART_TIME")),
                "the report's changes in Chinese words, employment by its label: " + detail);

        Api.Reply noComments = Roster.hq().post("/roster-reports/" + reportId + "/approval", "{\"approve\":false}");
        assertEquals(400, noComments.status(), "a return needs comments");
        Api.Reply returned = Roster.hq().post("/roster-reports/" + reportId + "/approval",
                "{\"approve\":false,\"comments\":\"请补充证书扫描件\"}");
        assertEquals(200, returned.status(), returned.body());
        assertEquals("RETURNED", returned.json().getString("status"));
        assertNull(Roster.national(code), "a returned report publishes nothing");
        assertEquals(409, Roster.hq().post("/roster-reports/" + reportId + "/approval", "{\"approve\":true}").status(),
                "a reviewed report cannot be reviewed again");
        assertTrue(Roster.array(Api.bjCenter().get(BJ + "/roster-changes")).getValuesAs(JsonObject.class).stream()
                .anyMatch(c -> code.equals(c.getString("mediatorCode"))), "returned changes go into the next report");

        Roster.reportAndApprove();
        JsonObject published = Roster.national(code);
        assertNotNull(published, "approved: on the national roster");
        assertEquals("测试调解员甲", published.getString("name"));
        assertFalse(published.containsKey("idNumber"), "the national roster holds no identity numbers");

        // a later edit is recorded, but the national roster keeps the approved name until the next approval
        JsonObject record = Api.bjCenter().get(BJ + "/mediators/" + code).json();
        long version = record.getJsonObject("mediator").getJsonNumber("version").longValue();
        Api.Reply edited = Api.bjCenter().put(BJ + "/mediators/" + code, Json.createObjectBuilder()
                .add("profile", Roster.profile("测试调解员乙", "")).add("version", version).build().toString());
        assertEquals(400, edited.status(), "the ID number is required: " + edited.body());
        edited = Api.bjCenter().put(BJ + "/mediators/" + code, Json.createObjectBuilder()
                .add("profile", Roster.profile("测试调解员乙", id)).add("version", version).build().toString());
        assertEquals(200, edited.status(), edited.body());
        Api.Reply stale = Api.bjCenter().put(BJ + "/mediators/" + code, Json.createObjectBuilder()
                .add("profile", Roster.profile("测试调解员丙", id)).add("version", version).build().toString());
        assertEquals(409, stale.status(), "an edit made on a stale version is refused");
        assertEquals("测试调解员甲", Roster.national(code).getString("name"));
        assertTrue(Api.bjCenter().get(BJ + "/mediators/" + code).json().getJsonArray("changes")
                .getValuesAs(JsonObject.class).stream().anyMatch(c -> c.getString("summary").contains("测试调解员乙")
                        && "ctr.bj.admin".equals(c.getString("changedBy"))), "who and when are kept");
        Roster.reportAndApprove();
        assertEquals("测试调解员乙", Roster.national(code).getString("name"));
    }

    @Test
    void anExitedMediatorStaysInTheHistoryAndCannotBeAssignedOrInvited() {
        String code = Roster.enrolAtBeijing("测试退出者");
        Roster.reportAndApprove();
        long version = Api.bjCenter().get(BJ + "/mediators/" + code).json().getJsonObject("mediator")
                .getJsonNumber("version").longValue();
        assertEquals(400, Api.bjCenter().post(BJ + "/mediators/" + code + "/exit",
                "{\"exitDate\":\"2026-11-30\",\"exitReason\":\"OTHER\"}").status(), "OTHER needs a note");
        Api.Reply exit = Api.bjCenter().post(BJ + "/mediators/" + code + "/exit",
                "{\"exitDate\":\"2026-11-30\",\"exitReason\":\"RESIGNED\",\"version\":" + version + "}");
        assertEquals(204, exit.status(), exit.body());

        assertTrue(Roster.array(Api.bjCenter().get(BJ + "/mediators")).getValuesAs(JsonObject.class).stream()
                .anyMatch(m -> code.equals(m.getString("code")) && "EXITED".equals(m.getString("status"))),
                "kept in the history");
        Api.Reply referral = Api.clerk().post("/referrals", Referrals.c01(Referrals.newCaseNumber()).build().toString());
        assertEquals(201, referral.status(), referral.body());
        String caseId = referral.json().getJsonNumber("id").toString();
        assertFalse(Api.bjCenter().get("/cases/" + caseId + "/assignable-mediators").body().contains(code),
                "not offered");
        Api.Reply accept = Api.bjCenter().post("/cases/" + caseId + "/accept", "{\"mediatorCode\":\"" + code + "\"}");
        assertEquals(409, accept.status(), accept.body());
        assertEquals("mediator.notAssignable", accept.json().getString("code"));
        Api.Reply invite = Api.clerk().post("/courts/BJ-B-0105/invited-roster",
                "{\"mediatorCode\":\"" + code + "\",\"validFrom\":\"2026-12-01\"}");
        assertEquals(409, invite.status(), invite.body());
        Api.Reply edit = Api.bjCenter().put(BJ + "/mediators/" + code, Json.createObjectBuilder()
                .add("profile", Roster.profile("复活", Roster.residentId())).build().toString());
        assertEquals(409, edit.status(), "an exited record is closed");
    }

    @Test
    void courtsInviteOnlyMediatorsOnTheApprovedRoster() {
        String code = Roster.enrolAtBeijing("测试待审者");
        Api.Reply early = Api.clerk().post("/courts/BJ-B-0105/invited-roster",
                "{\"mediatorCode\":\"" + code + "\",\"validFrom\":\"2026-12-01\"}");
        assertEquals(409, early.status(), early.body());
        assertEquals("invitedRoster.notApproved", early.json().getString("code"));
        Roster.reportAndApprove();
        Api.Reply invited = Api.clerk().post("/courts/BJ-B-0105/invited-roster",
                "{\"mediatorCode\":\"" + code + "\",\"validFrom\":\"2026-01-01\"}");
        assertEquals(201, invited.status(), invited.body());

        Api.Reply referral = Api.clerk().post("/referrals", Referrals.c01(Referrals.newCaseNumber()).build().toString());
        List<JsonObject> options = Roster.array(Api.bjCenter().get("/cases/" + referral.json().getJsonNumber("id")
                + "/assignable-mediators")).getValuesAs(JsonObject.class);
        JsonObject option = options.stream().filter(o -> code.equals(o.getString("code"))).findFirst().orElseThrow();
        assertTrue(option.getBoolean("invited"));
        assertTrue(options.indexOf(option) < options.stream().filter(o -> !o.getBoolean("invited")).map(options::indexOf)
                .findFirst().orElse(Integer.MAX_VALUE), "invited mediators come first");
    }

    @Test
    void aConflictBlocksTheAssignmentUnlessTheCenterRecordsWhy() {
        String code = Roster.enrolAtBeijing("测试冲突者");
        // declared with another spelling of the legal form and full-width brackets: still the same company
        Api.Reply declared = Api.bjCenter().post(BJ + "/mediators/" + code + "/relationships", Json.createObjectBuilder()
                .add("counterpartType", "COMPANY").add("name", "北京卓衡办公设备有限责任公司").add("relation", "曾任法律顾问")
                .build().toString());
        assertEquals(201, declared.status(), declared.body());
        Api.Reply referral = Api.clerk().post("/referrals", Referrals.c01(Referrals.newCaseNumber()).build().toString());
        String caseId = referral.json().getJsonNumber("id").toString();
        JsonObject option = Roster.array(Api.bjCenter().get("/cases/" + caseId + "/assignable-mediators"))
                .getValuesAs(JsonObject.class).stream().filter(o -> code.equals(o.getString("code"))).findFirst()
                .orElseThrow();
        assertFalse(option.getJsonArray("conflicts").isEmpty(), "the hit is shown before choosing");

        Api.Reply blocked = Api.bjCenter().post("/cases/" + caseId + "/accept", "{\"mediatorCode\":\"" + code + "\"}");
        assertEquals(409, blocked.status(), blocked.body());
        assertEquals("mediator.conflict", blocked.json().getString("code"));
        assertTrue(blocked.json().getString("detail").contains("北京卓衡办公设备有限公司"), blocked.body());
        assertEquals("PENDING_ACCEPTANCE", Api.clerk().get("/cases/" + caseId).json().getString("status"));

        Api.Reply accepted = Api.bjCenter().post("/cases/" + caseId + "/accept", "{\"mediatorCode\":\"" + code
                + "\",\"conflictOverrideReason\":\"顾问关系已于三年前终止，将向当事人披露\"}");
        assertEquals(200, accepted.status(), accepted.body());
        assertTrue(Api.clerk().get("/cases/" + caseId).body().contains("顾问关系已于三年前终止"),
                "the override reason is on the timeline");
    }

    private static final String ZHUOHENG = "北京卓衡办公设备有限公司";
    private static final String QINGLAN = "北京青岚会展服务有限公司";

    private static jakarta.json.JsonObjectBuilder party(String role, String type, String name, String codeField,
                                                        String code) {
        return Json.createObjectBuilder().add("role", role).add("type", type).add("name", name).add(codeField, code)
                .add("phone", "13900001234");
    }

    /** C01's dispute with these parties, referred by the Chaoyang court to {@code center}. */
    private static Api.Reply refer(String center, jakarta.json.JsonArrayBuilder parties) {
        Api.Reply r = Api.clerk().post("/referrals", Referrals.c01(Referrals.newCaseNumber()).add("centerCode", center)
                .add("parties", parties).build().toString());
        assertEquals(201, r.status(), r.body());
        return r;
    }

    @Test
    void theConflictCheckNamesAnotherCentersCaseToNoOne() {
        String hanzi = "甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳";
        String suffix = Long.toHexString(System.nanoTime()).chars().skip(8).mapToObj(c -> String.valueOf(
                hanzi.charAt(Character.digit(c, 16)))).reduce("", String::concat);
        String name = "测试跨中心" + suffix;
        String code = Roster.enrolAtBeijing(name);
        Api.clerk().ensureInvited("BJ-B-0105", "CCPIT-L-ZJ");
        // another center's case: the mediator was the applicant's agent, opposite 北京青岚 under an older name
        String otherName = "青岚会展（旧称）" + suffix;
        Api.Reply zj = refer("CCPIT-L-ZJ", Json.createArrayBuilder()
                .add(party("APPLICANT", "NATURAL_PERSON", "王𠈌", "idNumber", "35020319900101123X").add("agentName", name))
                .add(party("RESPONDENT", "LEGAL_PERSON", otherName, "creditCode", "91110108MADM6D068C")));
        JsonObject zjCase = Api.clerk().get("/cases/" + zj.json().getJsonNumber("id")).json();
        // a case of the Beijing center itself: the mediator was the agent opposite 北京卓衡
        Api.Reply bjPrior = refer("CCPIT-L-BJ", Json.createArrayBuilder()
                .add(party("APPLICANT", "NATURAL_PERSON", "王𠈌", "idNumber", "35020319900101123X").add("agentName", name))
                .add(party("RESPONDENT", "LEGAL_PERSON", ZHUOHENG, "creditCode", "91110105MA5DDR3E6T")));
        String bjPriorNumber = Api.clerk().get("/cases/" + bjPrior.json().getJsonNumber("id")).json()
                .getString("caseNumber");
        // the case the Beijing center now accepts: 北京卓衡 against 北京青岚
        Api.Reply now = refer("CCPIT-L-BJ", Json.createArrayBuilder()
                .add(party("APPLICANT", "LEGAL_PERSON", ZHUOHENG, "creditCode", "91110105MA5DDR3E6T"))
                .add(party("RESPONDENT", "LEGAL_PERSON", QINGLAN, "creditCode", "91110108MADM6D068C")));
        String caseId = now.json().getJsonNumber("id").toString();

        Api.Reply options = Api.bjCenter().get("/cases/" + caseId + "/assignable-mediators");
        Api.Reply blocked = Api.bjCenter().post("/cases/" + caseId + "/accept", "{\"mediatorCode\":\"" + code + "\"}");
        Api.Reply blockedEn = Api.bjCenter().inEnglish().post("/cases/" + caseId + "/accept",
                "{\"mediatorCode\":\"" + code + "\"}");
        assertEquals(409, blocked.status(), blocked.body());
        assertEquals("mediator.conflict", blocked.json().getString("code"));
        String other = zjCase.getString("caseNumber");
        for (Api.Reply r : List.of(options, blocked, blockedEn)) {
            for (String secret : List.of(other, zjCase.getString("courtCaseNumber"), otherName, "旧称", "CCPIT-L-ZJ",
                    "浙江")) {
                assertFalse(r.body().contains(secret), "the other center's " + secret + " leaks: " + r.body());
            }
        }
        JsonObject option = Roster.array(options).getValuesAs(JsonObject.class).stream()
                .filter(o -> code.equals(o.getString("code"))).findFirst().orElseThrow();
        List<JsonObject> findings = option.getJsonArray("conflicts").getValuesAs(JsonObject.class);
        assertTrue(findings.stream().anyMatch(f -> QINGLAN.equals(f.getString("party"))
                && "PRIOR_CASE_ELSEWHERE".equals(f.getString("kind"))), findings.toString());
        assertTrue(findings.stream().anyMatch(f -> ZHUOHENG.equals(f.getString("party"))
                && "PRIOR_CASE".equals(f.getString("kind"))
                && bjPriorNumber.equals(f.getString("caseNumber"))), "the center's own case is named: " + findings);
        String detail = blocked.json().getString("detail");
        assertTrue(detail.contains(QINGLAN) && detail.contains("另一案件"), detail);
        assertTrue(detail.contains(bjPriorNumber), "its own case by number: " + detail);
        assertTrue(blockedEn.json().getString("detail").contains("in another case"), blockedEn.body());
    }

    @Test
    void partiesMayNameAnApprovedMediatorWhoIsOfferedFirst() {
        String pending = Roster.enrolAtBeijing("测试未审核");
        Api.Reply refused = Api.clerk().post("/referrals", Referrals.c01(Referrals.newCaseNumber())
                .add("nominatedMediatorCode", pending).build().toString());
        assertEquals(400, refused.status(), refused.body());
        Roster.reportAndApprove();
        Api.Reply named = Api.clerk().post("/referrals", Referrals.c01(Referrals.newCaseNumber())
                .add("nominatedMediatorCode", "M0010").build().toString());
        assertEquals(201, named.status(), named.body());
        JsonObject first = Roster.array(Api.bjCenter().get("/cases/" + named.json().getJsonNumber("id")
                + "/assignable-mediators")).getJsonObject(0);
        assertEquals("M0010", first.getString("code"));
        assertTrue(first.getBoolean("nominated"));
    }

    @Test
    void trainingHoursReachTheRosters() {
        Api.Reply course = Roster.hq().post("/training/courses",
                "{\"title\":\"商事调解实务\",\"provider\":\"贸促会培训中心\",\"heldOn\":\"2026-10-10\",\"hours\":\"6\"}");
        assertEquals(201, course.status(), course.body());
        String id = course.json().getJsonNumber("id").toString();
        double before = Roster.national("M0011").getJsonNumber("trainingHours").doubleValue();
        assertEquals(400, Roster.hq().post("/training/courses/" + id + "/attendance",
                "{\"mediatorCode\":\"M0011\",\"hours\":\"7\"}").status(), "no more hours than the course");
        assertEquals(201, Roster.hq().post("/training/courses/" + id + "/attendance",
                "{\"mediatorCode\":\"M0011\"}").status());
        assertEquals(409, Roster.hq().post("/training/courses/" + id + "/attendance",
                "{\"mediatorCode\":\"M0011\",\"hours\":\"6\"}").status(), "once per course");
        assertEquals(before + 6, Roster.national("M0011").getJsonNumber("trainingHours").doubleValue(), 0.001);
    }

    @Test
    void searchFiltersCountsAndTheExcelExportAgree() throws IOException {
        JsonObject all = Roster.hq().get("/roster/mediators?max=1").json();
        JsonObject beijing = Roster.hq().get("/roster/mediators?region=" + enc("北京") + "&max=500").json();
        assertTrue(beijing.getInt("total") > 0 && beijing.getInt("total") < all.getInt("total"));
        assertTrue(beijing.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .allMatch(e -> "北京".equals(e.getString("region"))));
        assertEquals(all.getInt("total"), all.getJsonObject("countsByRegion").values().stream()
                .mapToInt(v -> ((jakarta.json.JsonNumber) v).intValue()).sum(), "region counts add up");
        JsonObject english = Roster.hq().get("/roster/mediators?language=fr&specialty=" + enc("投资") + "&max=500").json();
        assertTrue(english.getJsonArray("items").getValuesAs(JsonObject.class).stream().allMatch(e ->
                e.getJsonArray("languages").toString().contains("\"fr\"")
                        && e.getJsonArray("specialties").toString().contains("投资")));
        assertEquals(400, Roster.hq().get("/roster/mediators?employment=SOMETIMES").status());
        JsonObject exited = Roster.hq().get("/roster/mediators?status=EXITED").json();
        assertTrue(exited.getInt("total") >= 3, "the demo's exited mediators stay listed with their status");

        byte[] xlsx = Roster.hq().getBytes("/roster/mediators.xlsx?region=" + enc("北京"));
        String sheet = entry(xlsx, "xl/worksheets/sheet1.xml");
        assertEquals(beijing.getInt("total") + 1, sheet.split("<row ", -1).length - 1, "header + one row per mediator");
        assertTrue(sheet.contains("所属调解中心") && (sheet.contains("专职") || sheet.contains("兼职")), "Chinese, readable");
        assertFalse(sheet.contains("天津"), "the filter applies to the export");
        assertEquals(403, Api.as("party.c01.applicant", "Demo-Party-2026!").get("/roster/mediators.xlsx").status());
    }

    @Test
    void eachCenterKeepsOnlyItsOwnRoster() {
        Api zj = Api.as("ctr.zj.admin", "Demo-Center-2026!");
        assertEquals(404, zj.get(BJ + "/mediators").status());
        assertEquals(404, zj.get(BJ + "/mediators/M0009").status());
        assertEquals(404, zj.post(BJ + "/mediators", Roster.profile("越权", Roster.residentId()).build().toString())
                .status());
        assertEquals(404, Api.bjCenter().get("/centers/CCPIT-L-ZJ/mediators/M0022").status());
        assertEquals(200, Roster.hq().get(BJ + "/mediators").status(), "HQ reads every roster");
        assertEquals(403, Api.clerk().get(BJ + "/mediators").status());
        assertEquals(403, Api.bjCenter().post("/roster-reports/1/approval", "{\"approve\":true}").status(),
                "only HQ approves");
    }

    @Test
    void aCenterThatIsNotOperatingReceivesNoReferrals() {
        JsonObject center = Roster.hq().get("/centers/CCPIT-L-BJ").json();
        JsonObject form = Json.createObjectBuilder(formOf(center)).add("status", "SUSPENDED").build();
        Api.Reply noOffice = Roster.hq().put("/centers/CCPIT-L-BJ", Json.createObjectBuilder()
                .add("center", Json.createObjectBuilder(form).add("venues", Json.createArrayBuilder().add(
                        Json.createObjectBuilder().add("kind", "MEDIATION_ROOM").add("name", "调解室")))).build().toString());
        assertEquals(400, noOffice.status(), "a center needs its fixed office");
        Api.Reply suspended = Roster.hq().put("/centers/CCPIT-L-BJ", Json.createObjectBuilder().add("center", form)
                .add("version", center.getJsonNumber("version")).build().toString());
        assertEquals(200, suspended.status(), suspended.body());
        try {
            Api.Reply refused = Api.clerk().post("/referrals", Referrals.c01(Referrals.newCaseNumber()).build().toString());
            assertEquals(409, refused.status(), refused.body());
            assertEquals("referral.centerNotOperating", refused.json().getString("code"));
        } finally {
            Api.Reply active = Roster.hq().put("/centers/CCPIT-L-BJ", Json.createObjectBuilder()
                    .add("center", Json.createObjectBuilder(form).add("status", "ACTIVE")).build().toString());
            assertEquals(200, active.status(), active.body());
        }
        assertEquals(403, Api.bjCenter().put("/centers/CCPIT-L-BJ", Json.createObjectBuilder().add("center", form)
                .build().toString()).status(), "only HQ keeps the construction facts");
    }

    @Test
    void headquartersSetsTheBasicCourtWhereACenterSitsForJudicialConfirmationOfDirectApplications() {
        String fj = "/centers/CCPIT-L-FJ";
        JsonObject center = Roster.hq().get(fj).json();
        assertTrue(absent(center, "confirmationCourtCode"), "福建's address names no district with a basic court on record");
        JsonObject form = formOf(center);
        Api.Reply intermediate = Roster.hq().put(fj, Json.createObjectBuilder().add("center",
                Json.createObjectBuilder(form).add("confirmationCourtCode", "FJ-I-02")).build().toString());
        assertEquals(400, intermediate.status(), intermediate.body());
        assertTrue(intermediate.body().contains("confirmationCourtCode"), intermediate.body());
        Api.Reply elsewhere = Roster.hq().put(fj, Json.createObjectBuilder().add("center",
                Json.createObjectBuilder(form).add("confirmationCourtCode", "BJ-B-0105")).build().toString());
        assertEquals(400, elsewhere.status(), "a court of another province: " + elsewhere.body());
        assertEquals(center.getJsonNumber("version"), Roster.hq().get(fj).json().getJsonNumber("version"),
                "nothing written");
        try {
            Api.Reply set = Roster.hq().put(fj, Json.createObjectBuilder().add("center",
                    Json.createObjectBuilder(form).add("confirmationCourtCode", "FJ-B-0203")).build().toString());
            assertEquals(200, set.status(), set.body());
            assertEquals("FJ-B-0203", set.json().getString("confirmationCourtCode"));
            assertEquals("福建省厦门市思明区人民法院", set.json().getString("confirmationCourtName"));
        } finally {
            Api.Reply derived = Roster.hq().put(fj, Json.createObjectBuilder().add("center", form).build().toString());
            assertEquals(200, derived.status(), derived.body());
            assertTrue(absent(derived.json(), "confirmationCourtCode"), "left empty, the court is derived again");
        }
        JsonObject bj = Roster.hq().get(BJ).json();
        assertEquals("BJ-B-0105", bj.getString("confirmationCourtCode"), "Beijing's address is in 朝阳区");
    }

    /** The center form of {@code PUT /centers/{code}} holding a center's current facts (its court left out). */
    private static JsonObject formOf(JsonObject center) {
        var form = Json.createObjectBuilder();
        for (String key : List.of("name", "province", "industry", "parentCode", "address", "phone", "orgForm",
                "status", "establishedOn", "officeAreaSqm", "contactPerson", "contactEmail", "venues")) {
            if (center.containsKey(key)) {
                form.add(key, center.get(key));
            }
        }
        return form.build();
    }

    /** A null field is left out of the JSON. */
    private static boolean absent(JsonObject o, String key) {
        return !o.containsKey(key) || o.isNull(key);
    }

    @Test
    void badInputIsRefusedAndNothingIsWritten() {
        String code = Roster.enrolAtBeijing("测试坏输入");
        Api.Reply semicolon = Api.bjCenter().post(BJ + "/mediators", Roster.profile("分号", Roster.residentId())
                .add("specialties", Json.createArrayBuilder().add("商事;合同")).build().toString());
        assertEquals(400, semicolon.status(), "a ';' would split one specialty into two");
        Api.Reply yes = Roster.hq().post("/roster-reports/1/approval", "{\"approve\":\"yes\"}");
        assertEquals(400, yes.status(), "a string is not a yes: " + yes.body());
        Api.Reply suspend = Api.bjCenter().post(BJ + "/mediators/" + code + "/suspension",
                "{\"suspended\":\"no\",\"reason\":\"x\"}");
        assertEquals(400, suspend.status());
        assertEquals("ACTIVE", Api.bjCenter().get(BJ + "/mediators/" + code).json().getJsonObject("mediator")
                .getString("status"), "nothing changed");
        assertEquals(400, Api.bjCenter().post(BJ + "/mediators/" + code + "/exit",
                "{\"exitDate\":\"+99999-01-01\",\"exitReason\":\"RESIGNED\"}").status(), "an implausible date");
        assertEquals(204, Api.bjCenter().post(BJ + "/mediators/" + code + "/exit",
                "{\"exitDate\":\"2026-11-30\",\"exitReason\":\"RESIGNED\"}").status());
        assertEquals(409, Api.bjCenter().post(BJ + "/mediators/" + code + "/assessments",
                "{\"period\":\"2026\",\"score\":\"90\",\"grade\":\"EXCELLENT\",\"assessor\":\"张三\"}").status(),
                "an exited mediator's record is closed");
        assertEquals(0, Roster.hq().get("/roster/mediators?q=" + enc("%")).json().getInt("total"),
                "'%' is searched for literally");
        assertEquals(400, Roster.hq().get("/roster/mediators?first=abc").status());

        JsonObject center = Roster.hq().get("/centers/CCPIT-L-TJ").json();
        JsonObject form = Json.createObjectBuilder().add("name", center.getString("name"))
                .add("province", center.getString("province")).add("address", center.getString("address"))
                .add("phone", center.getString("phone")).add("orgForm", "PUBLIC_INSTITUTION").add("status", "ACTIVE")
                .add("parentCode", "CCPIT-L-TJ").add("venues", Json.createArrayBuilder().addNull()
                        .add(Json.createObjectBuilder().add("kind", "OFFICE").add("name", "办公室"))).build();
        Api.Reply refused = Roster.hq().put("/centers/CCPIT-L-TJ", Json.createObjectBuilder().add("center", form)
                .build().toString());
        assertEquals(400, refused.status(), refused.body());
        assertTrue(refused.body().contains("parentCode") && refused.body().contains("venues"), refused.body());
        assertEquals(center.getJsonNumber("version"), Roster.hq().get("/centers/CCPIT-L-TJ").json().getJsonNumber("version"));
    }

    @Test
    void reportsSubmittedTwiceAtOnceMakeOneReport() throws Exception {
        Roster.enrolAtBeijing("测试并发报送");
        List<java.util.concurrent.CompletableFuture<Integer>> calls = new java.util.ArrayList<>();
        String body = "{\"note\":\"concurrent " + System.nanoTime() + "\"}";
        for (int i = 0; i < 6; i++) {
            calls.add(java.util.concurrent.CompletableFuture.supplyAsync(() ->
                    Api.bjCenter().post(BJ + "/roster-reports", body).status()));
        }
        List<Integer> statuses = new java.util.ArrayList<>();
        for (var c : calls) {
            statuses.add(c.get());
        }
        // a double submit (same body) gets the first answer again or 409 while it runs: one report either way
        assertTrue(statuses.stream().allMatch(s -> s == 201 || s == 409), statuses.toString());
        assertEquals(1, Roster.array(Roster.hq().get("/roster-reports?status=SUBMITTED")).getValuesAs(JsonObject.class)
                .stream().filter(r -> "CCPIT-L-BJ".equals(r.getString("centerCode"))).count(), statuses.toString());
        JsonObject pending = Roster.array(Roster.hq().get("/roster-reports?status=SUBMITTED")).getValuesAs(JsonObject.class)
                .stream().filter(r -> "CCPIT-L-BJ".equals(r.getString("centerCode"))).findFirst().orElseThrow();
        assertEquals(200, Roster.hq().post("/roster-reports/" + pending.getJsonNumber("id") + "/approval",
                "{\"approve\":true}").status());
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static String entry(byte[] zip, String name) throws IOException {
        // the streaming writer leaves sizes to data descriptors: read it through the central directory
        java.nio.file.Path file = java.nio.file.Files.createTempFile("roster", ".xlsx");
        try {
            java.nio.file.Files.write(file, zip);
            try (ZipFile z = new ZipFile(file.toFile())) {
                ZipEntry e = z.getEntry(name);
                if (e == null) {
                    throw new AssertionError(name + " not in the workbook");
                }
                return new String(z.getInputStream(e).readAllBytes(), StandardCharsets.UTF_8);
            }
        } finally {
            java.nio.file.Files.deleteIfExists(file);
        }
    }
}
