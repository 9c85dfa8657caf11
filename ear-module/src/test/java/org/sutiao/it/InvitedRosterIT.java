package org.sutiao.it;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.StringReader;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Courts' invited rosters and pilot regions (issue: rosters): referral only to an invited center, add and remove
 * with reasons, the court's invited mediators offered first, scoping of the roster, HQ enabling a region.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class InvitedRosterIT {
    private static final String ROSTER = "/courts/BJ-B-0491/invited-roster";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    private static Api internetCourtClerk() {
        return Api.as("clerk.bj0491", "Demo-Clerk-2026!");
    }

    private static JsonArray array(Api.Reply r) {
        try (JsonReader reader = Json.createReader(new StringReader(r.body()))) {
            return reader.readArray();
        }
    }

    private static Api.Reply referTo(String centerCode, String number) {
        return internetCourtClerk().post("/referrals", Referrals.c01(number).add("centerCode", centerCode)
                .add("courtCaseNumber", number.replace("京0105", "京0491")).build().toString());
    }

    @Test
    void demoRostersHoldTheDemoCentersAndHq() {
        List<String> centers = array(internetCourtClerk().get(ROSTER)).getValuesAs(JsonObject.class).stream()
                .map(e -> e.getString("centerCode", "")).toList();
        assertTrue(centers.containsAll(List.of("CCPIT-L-BJ", "CCPIT-HQ")), centers.toString());
    }

    @Test
    void aCourtRefersOnlyToCentersOnItsRosterWhileTheEntryIsValid() {
        String notInvited = "CCPIT-I-AUTO";
        array(internetCourtClerk().get(ROSTER)).getValuesAs(JsonObject.class).stream()
                .filter(e -> notInvited.equals(e.getString("centerCode", "")) && !e.getBoolean("removed"))
                .forEach(e -> internetCourtClerk().delete(ROSTER + "/" + e.getJsonNumber("id") + "?reason=reset"));

        String number = Referrals.newCaseNumber().replace("京0105", "京0491");
        Api.Reply refused = referTo(notInvited, number);
        assertEquals(409, refused.status(), refused.body());
        assertEquals("referral.centerNotInvited", refused.json().getString("code"));
        assertTrue(refused.json().getString("detail").contains("特邀调解名册"));
        assertEquals(0, internetCourtClerk().get("/cases?q=" + URLEncoder.encode(number, StandardCharsets.UTF_8))
                .json().getInt("total"), "nothing stored");

        Api.Reply bad = internetCourtClerk().post(ROSTER, "{\"centerCode\":\"" + notInvited
                + "\",\"mediatorCode\":\"M0009\",\"validFrom\":\"2026-01-01\"}");
        assertEquals(400, bad.status(), "a center or a mediator, not both");
        assertEquals(400, internetCourtClerk().post(ROSTER, "{\"centerCode\":\"" + notInvited
                + "\",\"validFrom\":\"2026-06-01\",\"validTo\":\"2026-01-01\"}").status(), "reversed period");
        Api.Reply added = internetCourtClerk().post(ROSTER, "{\"centerCode\":\"" + notInvited
                + "\",\"validFrom\":\"2026-01-01\"}");
        assertEquals(201, added.status(), added.body());
        assertEquals(409, internetCourtClerk().post(ROSTER, "{\"centerCode\":\"" + notInvited
                + "\",\"validFrom\":\"2026-02-01\"}").status(), "overlapping duplicate");
        assertEquals(201, referTo(notInvited, number).status());

        String entry = ROSTER + "/" + added.json().getJsonNumber("id");
        assertEquals(400, internetCourtClerk().delete(entry).status(), "a removal needs a reason");
        assertEquals(404, Api.clerk().delete(entry + "?reason=x").status(), "another court's clerk");
        assertEquals(204, internetCourtClerk().delete(entry + "?reason=" + URLEncoder.encode("合作协议到期",
                StandardCharsets.UTF_8)).status());
        JsonObject removed = array(internetCourtClerk().get(ROSTER)).getValuesAs(JsonObject.class).stream()
                .filter(e -> e.getJsonNumber("id").equals(added.json().getJsonNumber("id"))).findFirst().orElseThrow();
        assertTrue(removed.getBoolean("removed"), "kept on record");
        assertEquals("合作协议到期", removed.getString("removalReason"));
        assertEquals(409, referTo(notInvited, Referrals.newCaseNumber()).status());
    }

    @Test
    void theCourtsInvitedMediatorsAreOfferedFirstAndMarked() {
        Api.Reply invite = internetCourtClerk().post(ROSTER, "{\"mediatorCode\":\"M0012\",\"validFrom\":\"2026-01-01\"}");
        assertTrue(invite.status() == 201 || invite.status() == 409, invite.body());
        assertEquals(409, internetCourtClerk().post(ROSTER, "{\"mediatorCode\":\"M0013\",\"validFrom\":\"2026-01-01\"}")
                .status(), "an exited mediator cannot be invited");
        Api.Reply c = referTo("CCPIT-L-BJ", Referrals.newCaseNumber());
        assertEquals(201, c.status(), c.body());
        Api.Reply options = Api.bjCenter().get("/cases/" + c.json().getJsonNumber("id") + "/assignable-mediators");
        assertEquals(200, options.status(), options.body());
        List<JsonObject> list = array(options).getValuesAs(JsonObject.class);
        assertEquals("M0012", list.get(0).getString("code"), list.toString());
        assertTrue(list.get(0).getBoolean("invited"));
        assertFalse(list.get(1).getBoolean("invited"));
        assertTrue(list.stream().noneMatch(o -> "M0013".equals(o.getString("code"))), "exited mediators are not offered");
    }

    @Test
    void rostersAreScopedAndHqEnablesRegions() {
        assertEquals(404, Api.clerk().get(ROSTER).status(), "another court's clerk");
        assertEquals(200, Api.as("hq.admin1", "Demo-Hq-2026!").get(ROSTER).status(), "HQ reads every roster");
        assertEquals(403, Api.as("hq.admin1", "Demo-Hq-2026!").post(ROSTER, "{\"centerCode\":\"CCPIT-L-BJ\"}").status());
        assertEquals(403, Api.bjCenter().get(ROSTER).status());

        List<String> regions = array(Api.clerk().get("/pilot-regions")).getValuesAs(JsonObject.class).stream()
                .map(r -> r.getString("region")).toList();
        assertTrue(regions.containsAll(List.of("北京", "天津", "河北", "浙江", "福建", "江西", "广东", "广西", "重庆", "云南")));
        assertEquals(403, Api.clerk().put("/pilot-regions/" + URLEncoder.encode("四川", StandardCharsets.UTF_8), "{\"enabledFrom\":\"2027-01-01\"}").status());
        Api.Reply enabled = Api.as("hq.admin1", "Demo-Hq-2026!").put("/pilot-regions/" + URLEncoder.encode("四川", StandardCharsets.UTF_8), "{\"enabledFrom\":\"2027-01-01\"}");
        assertEquals(200, enabled.status(), enabled.body());
        assertEquals("2027-01-01", enabled.json().getString("enabledFrom"));
    }
}
