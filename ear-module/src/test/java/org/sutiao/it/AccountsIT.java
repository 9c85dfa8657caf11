package org.sutiao.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sutiao.shared.domain.BusinessTime;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Accounts for real people through the API (issue 13 §1), as an operator would bring a deployment up: the bootstrap
 * operator (created by the server from {@code sutiao.bootstrap.*}, see arquillian.xml) must change its password
 * before anything else, then creates an HQ account; HQ creates a center admin; the center admin creates a mediator's
 * account tied to its roster; each new account must change its password first; every creation above one's reach is
 * refused (403), every password against the policy answers 400 on the field and writes nothing; a deactivated account
 * (by an edit or by the mediator's exit) can no longer log in; the audit log holds each change.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AccountsIT {
    /** The server's bootstrap operator (arquillian.xml) and the password this test gives it. */
    static final String BOOTSTRAP = "ops.bootstrap";
    static final String BOOTSTRAP_INITIAL = "Bootstrap-Initial-2026";
    static final String BOOTSTRAP_CHANGED = "Bootstrap-Changed-2026";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    private static String code(Api.Reply r) {
        return r.body() != null && r.body().startsWith("{") ? r.json().getString("code", "") : "";
    }

    private static List<String> fields(Api.Reply r) {
        return r.json().getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                .map(e -> e.getString("field")).toList();
    }

    private static String account(String username, String displayName, String role, String org, String password,
                                  String mediatorCode) {
        var b = Json.createObjectBuilder().add("username", username).add("displayName", displayName).add("role", role)
                .add("organizationCode", org).add("email", username + "@example.org").add("phone", "010-5555 0100")
                .add("initialPassword", password);
        if (mediatorCode != null) {
            b.add("mediatorCode", mediatorCode);
        }
        return b.build().toString();
    }

    private static String change(String current, String next) {
        return Json.createObjectBuilder().add("currentPassword", current).add("newPassword", next).build().toString();
    }

    /** The first login of a new account: nothing but the change is open; after it the new password works. */
    private static Api firstLogin(String username, String initial, String probePath) {
        Api first = Api.as(username, initial);
        Api.Reply refused = first.get(probePath);
        assertEquals(403, refused.status(), refused.body());
        assertEquals("account.passwordChangeRequired", code(refused));
        String changed = initial + "-mine";
        Api.Reply ok = first.post("/me/password", change(initial, changed));
        assertEquals(204, ok.status(), ok.body());
        assertEquals(401, Api.as(username, initial).get(probePath).status(), "the initial password is gone");
        Api now = Api.as(username, changed);
        assertEquals(200, now.get(probePath).status());
        return now;
    }

    /** The bootstrap operator, its password changed (by this test now, or by an earlier run on the same database). */
    private static Api bootstrapOperator() {
        Api initial = Api.as(BOOTSTRAP, BOOTSTRAP_INITIAL);
        Api.Reply first = initial.get("/accounts");
        if (first.status() == 401) {
            Api changed = Api.as(BOOTSTRAP, BOOTSTRAP_CHANGED);
            assertEquals(200, changed.get("/accounts").status(), "the bootstrap operator exists with the password an"
                    + " earlier run gave it (else: delete ear-module/target/it-db, it predates the bootstrap)");
            return changed;
        }
        assertEquals(403, first.status(), first.body());
        assertEquals("account.passwordChangeRequired", code(first));
        assertEquals(403, initial.get("/cases").status(), "every call but the change");
        assertEquals(403, initial.post("/accounts", account("x-" + UUID.randomUUID().toString().substring(0, 6), "x",
                "HQ_ADMIN", "CCPIT-HQ", "Long-Enough-Password-1", null)).status());
        Api.Reply wrong = initial.post("/me/password", change("not-the-password", BOOTSTRAP_CHANGED));
        assertEquals(400, wrong.status(), wrong.body());
        assertEquals(List.of("currentPassword"), fields(wrong));
        Api.Reply weak = initial.post("/me/password", change(BOOTSTRAP_INITIAL, "short-pw"));
        assertEquals(400, weak.status(), weak.body());
        assertEquals(List.of("newPassword"), fields(weak));
        Api.Reply same = initial.post("/me/password", change(BOOTSTRAP_INITIAL, BOOTSTRAP_INITIAL));
        assertEquals(List.of("newPassword"), fields(same));
        assertEquals(204, initial.post("/me/password", change(BOOTSTRAP_INITIAL, BOOTSTRAP_CHANGED)).status());
        Api changed = Api.as(BOOTSTRAP, BOOTSTRAP_CHANGED);
        assertEquals(200, changed.get("/accounts").status());
        return changed;
    }

    @Test
    void fromTheBootstrapOperatorDownToAMediatorEachWithinItsReach() {
        String run = UUID.randomUUID().toString().substring(0, 6);
        Api operator = bootstrapOperator();

        // the operator creates an HQ account; the password policy and the reach are checked first, nothing written
        String hqName = "it-hq-" + run;
        for (String[] bad : new String[][]{{"Short-pw-1", "password.tooShort"}, {"qwerty123456", "password.common"},
                {"Demo-Hq-2026!", "password.common"}, {hqName, "password.isUsername"}}) {
            Api.Reply r = operator.post("/accounts", account(hqName, "测试总部", "HQ_ADMIN", "CCPIT-HQ", bad[0], null));
            assertEquals(400, r.status(), bad[0] + ": " + r.body());
            assertEquals(List.of("initialPassword"), fields(r), bad[1]);
        }
        assertEquals(0, operator.get("/accounts?q=" + hqName).json().getInt("total"), "nothing written");
        for (String role : new String[]{"CENTER_ADMIN", "MEDIATOR", "OPERATOR", "PARTY"}) {
            Api.Reply above = operator.post("/accounts", account("it-x-" + run, "x", role, "CCPIT-L-BJ",
                    "Long-Enough-Password-1", null));
            assertEquals(403, above.status(), role + ": " + above.body());
            assertEquals("account.beyondReach", code(above));
        }
        Api.Reply unknownCourt = operator.post("/accounts", account("it-clerk-" + run, "测试书记员", "COURT_CLERK",
                "XX-0000", "Clerk-Initial-2026-" + run, null));
        assertEquals(List.of("organizationCode"), fields(unknownCourt));
        Api.Reply hqCreated = operator.post("/accounts", account(hqName, "测试总部", "HQ_ADMIN", "CCPIT-HQ",
                "Hq-Initial-2026-" + run, null));
        assertEquals(201, hqCreated.status(), hqCreated.body());
        assertTrue(hqCreated.json().getBoolean("passwordChangeRequired"));
        assertFalse(hqCreated.body().contains("Initial"), "no password or hash in the answer");
        assertEquals(409, operator.post("/accounts", account(hqName, "另一个测试总部", "HQ_ADMIN", "CCPIT-HQ",
                "Hq-Initial-2026-" + run, null)).status(), "the username is taken");
        String clerkName = "it-clerk-" + run;
        Api.Reply clerkCreated = operator.post("/accounts", account(clerkName, "测试书记员", "COURT_CLERK", "BJ-B-0105",
                "Clerk-Initial-2026-" + run, null));
        assertEquals(201, clerkCreated.status(), clerkCreated.body());

        // HQ: first login, then a center admin; not HQ, court or operator accounts
        Api hq = firstLogin(hqName, "Hq-Initial-2026-" + run, "/cases");
        for (String[] above : new String[][]{{"HQ_ADMIN", "CCPIT-HQ"}, {"COURT_CLERK", "BJ-B-0105"},
                {"OPERATOR", "CCPIT-HQ"}}) {
            Api.Reply r = hq.post("/accounts", account("it-y-" + run, "y", above[0], above[1], "Long-Enough-Password-1",
                    null));
            assertEquals(403, r.status(), above[0] + ": " + r.body());
        }
        String centerName = "it-ctr-" + run;
        Api.Reply centerCreated = hq.post("/accounts", account(centerName, "测试中心管理员", "CENTER_ADMIN", "CCPIT-L-BJ",
                "Center-Initial-2026-" + run, null));
        assertEquals(201, centerCreated.status(), centerCreated.body());
        assertEquals(0, hq.get("/accounts?role=HQ_ADMIN").json().getInt("total"), "HQ sees no HQ accounts");
        assertTrue(hq.get("/accounts").json().getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .allMatch(a -> a.getString("role").equals("CENTER_ADMIN")), "HQ lists center admins only");
        Api.Reply notHqs = operator.get("/accounts/" + centerName);
        assertEquals(404, notHqs.status(), "the operator does not administer center admins");

        // the center admin: its own center's active mediators only
        Api center = firstLogin(centerName, "Center-Initial-2026-" + run, "/inbox");
        String mediatorCode = Roster.enrolAtBeijing("测试调解员" + run);
        Api.Reply otherCenter = center.post("/accounts", account("it-med-" + run, "测试调解员", "MEDIATOR", "CCPIT-L-ZJ",
                "Med-Initial-2026-" + run, mediatorCode));
        assertEquals(403, otherCenter.status(), otherCenter.body());
        Api.Reply notOurs = center.post("/accounts", account("it-med-" + run, "测试调解员", "MEDIATOR", "CCPIT-L-BJ",
                "Med-Initial-2026-" + run, "M0030"));
        assertEquals(400, notOurs.status(), notOurs.body());
        assertEquals(List.of("mediatorCode"), fields(notOurs));
        assertEquals(403, center.post("/accounts", account("it-z-" + run, "z", "CENTER_ADMIN", "CCPIT-L-BJ",
                "Long-Enough-Password-1", null)).status(), "a center creates no center admins");
        String mediatorName = "it-med-" + run;
        Api.Reply mediatorCreated = center.post("/accounts", account(mediatorName, "测试调解员", "MEDIATOR", "CCPIT-L-BJ",
                "Med-Initial-2026-" + run, mediatorCode));
        assertEquals(201, mediatorCreated.status(), mediatorCreated.body());
        assertEquals(mediatorCode, mediatorCreated.json().getString("mediatorCode"));
        assertEquals(409, center.post("/accounts", account(mediatorName + "b", "测试调解员", "MEDIATOR", "CCPIT-L-BJ",
                "Med-Initial-2026-" + run, mediatorCode)).status(), "one account per mediator");
        Api mediator = firstLogin(mediatorName, "Med-Initial-2026-" + run, "/inbox");

        // roles without administration
        assertEquals(403, Api.clerk().get("/accounts").status());
        assertEquals(403, mediator.get("/accounts").status());

        // the mediator's exit deactivates the account; an edit deactivates the clerk's
        JsonObject record = center.get("/centers/CCPIT-L-BJ/mediators/" + mediatorCode).json().getJsonObject("mediator");
        Api.Reply exit = center.post("/centers/CCPIT-L-BJ/mediators/" + mediatorCode + "/exit",
                Json.createObjectBuilder().add("exitDate", LocalDate.now(BusinessTime.ZONE).toString())
                        .add("exitReason", "RESIGNED").add("version", record.getJsonNumber("version").longValue())
                        .build().toString());
        assertEquals(204, exit.status(), exit.body());
        assertEquals(401, mediator.get("/inbox").status(), "an exited mediator's account cannot log in");
        JsonObject med = center.get("/accounts/" + mediatorName).json();
        assertFalse(med.getBoolean("active"));
        Api.Reply reactivate = center.put("/accounts/" + mediatorName, Json.createObjectBuilder()
                .add("displayName", "测试调解员").add("active", true).add("version", med.getJsonNumber("version"))
                .build().toString());
        assertEquals(409, reactivate.status(), reactivate.body());
        assertEquals("account.mediatorNotActive", code(reactivate));

        Api clerk = firstLogin(clerkName, "Clerk-Initial-2026-" + run, "/inbox");
        JsonObject c = operator.get("/accounts/" + clerkName).json();
        Api.Reply stale = operator.put("/accounts/" + clerkName, Json.createObjectBuilder().add("displayName", "改名")
                .add("active", false).add("version", c.getJsonNumber("version").longValue() - 1).build().toString());
        assertEquals(409, stale.status(), stale.body());
        Api.Reply badEmail = operator.put("/accounts/" + clerkName, Json.createObjectBuilder().add("displayName", "改名")
                .add("email", "no-at-sign").add("active", false).add("version", c.getJsonNumber("version"))
                .build().toString());
        assertEquals(List.of("email"), fields(badEmail));
        Api.Reply off = operator.put("/accounts/" + clerkName, Json.createObjectBuilder().add("displayName", "改名")
                .add("active", false).add("version", c.getJsonNumber("version")).build().toString());
        assertEquals(200, off.status(), off.body());
        assertFalse(off.json().getBoolean("active"));
        assertEquals(401, clerk.get("/inbox").status(), "a deactivated account cannot log in");
        assertEquals(200, operator.get("/accounts/" + clerkName).status(), "deactivated, never deleted");

        // a reset: the holder changes the new initial password again at the next login
        Api.Reply reset = operator.post("/accounts/" + hqName + "/password-reset",
                "{\"initialPassword\":\"Hq-Reset-2026-" + run + "\"}");
        assertEquals(200, reset.status(), reset.body());
        assertEquals(401, hq.get("/cases").status(), "the old password is gone");
        firstLogin(hqName, "Hq-Reset-2026-" + run, "/cases");
        Api.Reply weakReset = operator.post("/accounts/" + hqName + "/password-reset", "{\"initialPassword\":\"abc\"}");
        assertEquals(List.of("initialPassword"), fields(weakReset));

        // every change is in the audit log
        for (String[] entry : new String[][]{{BOOTSTRAP, "createAccount"}, {hqName, "createAccount"},
                {centerName, "createAccount"}, {BOOTSTRAP, "updateAccount"}, {BOOTSTRAP, "resetPassword"},
                {hqName, "changeOwnPassword"}, {centerName, "exit"}}) {
            JsonObject page = operator.get("/audit?username=" + entry[0] + "&action=" + entry[1]).json();
            assertTrue(page.getInt("total") > 0, entry[0] + " " + entry[1] + " is audited");
        }
        List<JsonObject> byCenter = operator.get("/audit?username=" + centerName + "&action=createAccount").json()
                .getJsonArray("items").getValuesAs(JsonObject.class);
        assertTrue(byCenter.stream().anyMatch(e -> e.getString("outcome").equals("ok")
                && e.getString("detail").contains(mediatorName)), "the entry names the account: " + byCenter);
        assertTrue(operator.get("/audit?action=BOOTSTRAP_OPERATOR").json().getInt("total") > 0,
                "the bootstrap is audited");
        JsonObject refused = operator.get("/audit?username=" + hqName + "&action=createAccount").json();
        assertTrue(refused.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .anyMatch(e -> e.getString("outcome").equals("account.beyondReach")), "refusals are audited too");
    }

    @Test
    void partiesRegisterUnderTheSamePasswordPolicy() {
        String user = "it-party-" + UUID.randomUUID().toString().substring(0, 6);
        Api.Reply common = Api.anonymous().post("/party-accounts", "{\"username\":\"" + user
                + "\",\"password\":\"1q2w3e4r5t6y\",\"displayName\":\"测试\"}");
        assertEquals(400, common.status(), common.body());
        assertEquals(List.of("password"), fields(common));
        Api.Reply eleven = Api.anonymous().post("/party-accounts", "{\"username\":\"" + user
                + "\",\"password\":\"Abcdefgh-10\",\"displayName\":\"测试\"}");
        assertEquals(List.of("password"), fields(eleven));
        Api.Reply ok = Api.anonymous().post("/party-accounts", "{\"username\":\"" + user
                + "\",\"password\":\"" + Identities.PASSWORD + "\",\"displayName\":\"测试\"}");
        assertEquals(201, ok.status(), ok.body());
        assertEquals(204, Api.as(user, Identities.PASSWORD).post("/me/password",
                change(Identities.PASSWORD, Identities.PASSWORD + "-new")).status(), "a party changes its password");
    }

    @Test
    void demoAccountsKeepTheirPublishedPasswordsWithoutAChange() {
        assertEquals(200, Api.clerk().get("/inbox").status());
        assertEquals(200, Api.as("ops.oncall", "Demo-Ops-2026!").get("/accounts").status());
    }
}
