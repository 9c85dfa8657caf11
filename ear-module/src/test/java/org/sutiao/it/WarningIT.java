package org.sutiao.it;

import jakarta.inject.Inject;
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

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Early warnings (issue 11 §2) on the real EAR: each role sees exactly the warnings of its case scope (HQ and
 * supervisors national, a court its referrals, a center its cases, a mediator its assignments), case metadata only,
 * most urgent first with overdue first, paged and counted per kind; HQ's thresholds move what warns; bad input 400s.
 * The test's deadlines are moved far into the past (kept open: their firing instant lies a year ahead) so that they
 * lead every list whatever else the database holds.
 */
@ExtendWith(ArquillianExtension.class)
class WarningIT {
    private static final Api HQ = Api.as("hq.admin1", "Demo-Hq-2026!");
    private static final Api SUPERVISOR = Api.as("spc.supervisor1", "Demo-Spc-2026!");
    private static final Api CLERK = Api.clerk();
    private static final Api OTHER_CLERK = Api.as("clerk.zj0106", "Demo-Clerk-2026!");
    private static final Api CENTER = Api.bjCenter();
    private static final Api OTHER_CENTER = Api.as("ctr.zj.admin", "Demo-Center-2026!");
    private static final Api M9 = Api.as("med.m0009", "Demo-Med-2026!");
    private static final Api PARTY = Api.as("party.c01.applicant", "Demo-Party-2026!");
    private static final Api OPERATOR = Api.as("ops.oncall", "Demo-Ops-2026!");

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWithTests(new Class<?>[]{WarningIT.class, WarningProbe.class, Api.class, Referrals.class},
                Awaitility.class, Matcher.class);
    }

    @Inject
    WarningProbe probe;
    @Inject
    ReferralWriter writer;

    private Long refer(String court, String center) {
        ReferralCommand c = Referrals.withPartyAccounts(ReferralKind.DELEGATED);
        String number = court.equals("BJ-B-0105") ? c.courtCaseNumber()
                : c.courtCaseNumber().replace("京0105", "浙" + court.substring(court.length() - 4));
        ReferralCommand cmd = new ReferralCommand(c.kind(), number, center, c.causeOfAction(),
                c.disputeType(), c.facts(), c.claimAmount(), c.consentRecordedAt(), c.parties(), c.claims(),
                c.materials(), null);
        return writer.create(cmd, court, null, Instant.now(), new Actor("test", "test"));
    }

    private static void accept(Api center, Long id, String mediator) {
        Api.Reply r = center.post("/cases/" + id + "/accept", "{\"mediatorCode\":\"" + mediator + "\"}");
        assertEquals(200, r.status(), r.body());
    }

    private static JsonObject list(Api who, String query) {
        Api.Reply r = who.get("/evaluation/warnings" + query);
        assertEquals(200, r.status(), who.username() + ": " + r.body());
        return r.json();
    }

    /** The first {@code n} items as "caseId:kind". */
    private static List<String> head(Api who, String query, int n) {
        return list(who, query).getJsonArray("items").getValuesAs(JsonObject.class).stream().limit(n)
                .map(i -> i.getJsonNumber("caseId").longValue() + ":" + i.getString("kind")).toList();
    }

    private static Map<String, Long> counts(Api who) {
        Api.Reply r = who.get("/evaluation/warnings/counts");
        assertEquals(200, r.status(), r.body());
        Map<String, Long> out = new HashMap<>();
        r.json().getJsonArray("items").getValuesAs(JsonObject.class)
                .forEach(i -> out.put(i.getString("kind"), i.getJsonNumber("count").longValue()));
        return out;
    }

    private static String thresholds(String kind, int days) {
        return "{\"items\":[{\"kind\":\"" + kind + "\",\"days\":" + days + "}]}";
    }

    @Test
    void eachRoleSeesExactlyTheWarningsOfItsScopeMostUrgentFirst() {
        LocalDate today = BusinessTime.today();
        LocalDate base = today.minusDays(400);
        probe.cancelOpenBefore(today.minusDays(100));
        assertEquals(200, HQ.put("/evaluation/warning-thresholds",
                "{\"items\":[{\"kind\":\"MEDIATION\",\"days\":5},{\"kind\":\"STALLED\",\"days\":20}]}").status());
        Long a = refer("BJ-B-0105", "CCPIT-L-BJ");
        Long b = refer("BJ-B-0105", "CCPIT-L-BJ");
        Long c = refer("BJ-B-0105", "CCPIT-L-BJ");
        Long d = refer("ZJ-B-0106", "CCPIT-L-ZJ");
        accept(CENTER, b, "M0009");
        accept(CENTER, c, "M0010");
        // the timer handles what fell due (e.g. a fresh database's demo referrals) before counts are compared
        Awaitility.await().atMost(Duration.ofSeconds(120)).until(() -> probe.openAndDue() == 0);
        Map<String, Long> hqBefore = counts(HQ);
        Map<String, Long> m9Before = counts(M9);

        assertEquals(1, probe.setDue(a, "ACCEPTANCE", base));
        assertEquals(1, probe.setDue(b, "MEDIATION", base.plusDays(1)));
        assertEquals(1, probe.setDue(c, "MEDIATION", base.plusDays(2)));
        assertEquals(1, probe.setDue(d, "ACCEPTANCE", base.plusDays(3)));

        List<String> all = List.of(a + ":ACCEPTANCE", b + ":MEDIATION", c + ":MEDIATION", d + ":ACCEPTANCE");
        assertEquals(all, head(HQ, "?size=4", 4), "HQ: national, overdue first by due date");
        assertEquals(all, head(SUPERVISOR, "?size=4", 4), "supervisor: every case's metadata (CaseScope)");
        assertEquals(all.subList(0, 3), head(CLERK, "?size=3", 3), "the court's own referrals");
        assertEquals(List.of(d + ":ACCEPTANCE"), head(OTHER_CLERK, "?size=1", 1));
        assertEquals(all.subList(0, 3), head(CENTER, "?size=3", 3), "the center's own cases");
        assertEquals(List.of(d + ":ACCEPTANCE"), head(OTHER_CENTER, "?size=1", 1));
        assertEquals(List.of(b + ":MEDIATION"), head(M9, "?size=1", 1), "the mediator's own assignment");
        for (Api outsider : List.of(OTHER_CLERK, OTHER_CENTER, M9)) {
            String body = outsider.get("/evaluation/warnings?size=100").body();
            Set<Long> own = outsider == M9 ? Set.of(b) : Set.of(d);
            for (Long id : List.of(a, b, c, d)) {
                if (!own.contains(id)) {
                    assertFalse(body.contains("\"caseId\":" + id + ","), outsider.username() + " must not see " + id);
                }
            }
        }
        assertEquals(403, PARTY.get("/evaluation/warnings").status());
        assertEquals(403, OPERATOR.get("/evaluation/warnings/counts").status());

        JsonObject first = list(HQ, "?size=4").getJsonArray("items").getJsonObject(0);
        assertEquals("ACCEPTANCE", first.getString("kind"));
        assertEquals(base.toString(), first.getString("dueDate"));
        assertTrue(first.getInt("daysLeft") < -250, "working days since the due date, negative: " + first);
        assertEquals("WORKING", first.getString("unit"));
        assertTrue(first.getBoolean("overdue"));
        JsonObject second = list(HQ, "?size=4").getJsonArray("items").getJsonObject(1);
        assertEquals(-399, second.getInt("daysLeft"), "calendar days for the mediation period");
        assertEquals("CALENDAR", second.getString("unit"));
        assertEquals("M0009", second.getString("mediatorCode"));
        assertEquals("CCPIT-L-BJ", second.getString("centerCode"));
        String hqBody = HQ.get("/evaluation/warnings?size=100").body();
        assertFalse(hqBody.contains("北京卓衡") || hqBody.contains("北京青岚") || hqBody.contains("parties"),
                "metadata only: no party data for HQ");
        assertFalse(CLERK.get("/evaluation/warnings?size=100").body().contains("北京卓衡"), "nor in anyone's list");

        // paging: the same order, a window of it, and the totals of the kinds
        assertEquals(all.subList(1, 3), head(HQ, "?first=1&size=2", 2));
        JsonObject page = list(HQ, "?first=1&size=2");
        assertEquals(1, page.getInt("first"));
        assertEquals(2, page.getInt("size"));
        Map<String, Long> hq = counts(HQ);
        assertEquals(hqBefore.get("ACCEPTANCE") + 2, hq.get("ACCEPTANCE"), "A and D came into the window");
        assertEquals(hqBefore.get("MEDIATION") + 2, hq.get("MEDIATION"), "B and C came into the window");
        assertEquals(m9Before.get("MEDIATION") + 1, counts(M9).get("MEDIATION"));
        assertEquals(hq.values().stream().mapToLong(Long::longValue).sum(), page.getJsonNumber("total").longValue());
        JsonObject accOnly = list(HQ, "?kind=ACCEPTANCE&size=100");
        assertEquals(hq.get("ACCEPTANCE").longValue(), accOnly.getJsonNumber("total").longValue());
        accOnly.getJsonArray("items").getValuesAs(JsonObject.class)
                .forEach(i -> assertEquals("ACCEPTANCE", i.getString("kind")));
        assertEquals(List.of(a + ":ACCEPTANCE", d + ":ACCEPTANCE"), head(HQ, "?kind=ACCEPTANCE&size=2", 2));

        // 久调不决: in mediation 40 days without a session
        probe.acceptedDaysAgo(b, 40);
        List<String> stalled = list(CENTER, "?kind=STALLED&size=100").getJsonArray("items")
                .getValuesAs(JsonObject.class).stream().filter(i -> i.getJsonNumber("caseId").longValue() == b)
                .map(i -> i.getString("dueDate") + "/" + i.getInt("daysLeft")).toList();
        assertEquals(List.of(BusinessTime.dateOf(Instant.now().minusSeconds(40 * 86_400L)).plusDays(20) + "/-20"),
                stalled, "due the day it reached 20 days in mediation");
        assertTrue(list(M9, "?kind=STALLED&size=100").toString().contains("\"caseId\":" + b + ","));
        assertFalse(list(OTHER_CENTER, "?kind=STALLED&size=100").toString().contains("\"caseId\":" + b + ","));
        assertFalse(list(CENTER, "?kind=STALLED&size=100").toString().contains("\"caseId\":" + c + ","),
                "C was accepted today");
        assertEquals(200, HQ.put("/evaluation/warning-thresholds", thresholds("STALLED", 60)).status());
        assertFalse(list(CENTER, "?kind=STALLED&size=100").toString().contains("\"caseId\":" + b + ","),
                "40 days are below a threshold of 60");
        assertEquals(200, HQ.put("/evaluation/warning-thresholds", thresholds("STALLED", 20)).status());
    }

    private static boolean sees(Api who, String kind, Long id) {
        return list(who, "?kind=" + kind + "&size=100").toString().contains("\"caseId\":" + id + ",");
    }

    private static long count(Api who, String kind) {
        return counts(who).get(kind);
    }

    /**
     * The warnings follow a case to its new center (re-referral) and its new mediator (replacement), in the lists
     * and the counts alike, and every open deadline's scope keys (V28) equal its case's.
     */
    @Test
    void warningsFollowTheCaseToItsNewCenterAndMediator() {
        LocalDate old = BusinessTime.today().minusDays(300);
        Api.clerk().ensureInvited("BJ-B-0105", "CCPIT-L-ZJ");
        Long r = refer("BJ-B-0105", "CCPIT-L-BJ");
        Api.Reply declined = CENTER.post("/cases/" + r + "/decline",
                "{\"reasonCode\":\"NO_CAPACITY\",\"reason\":\"本月调解员均已满负荷\"}");
        assertEquals(200, declined.status(), declined.body());
        Api.Reply again = CLERK.post("/cases/" + r + "/re-referral", "{\"centerCode\":\"CCPIT-L-ZJ\"}");
        assertEquals(200, again.status(), again.body());
        long zjBefore = count(OTHER_CENTER, "ACCEPTANCE");
        long bjBefore = count(CENTER, "ACCEPTANCE");
        assertEquals(1, probe.setDue(r, "ACCEPTANCE", old), "the new offer's acceptance period");
        assertTrue(sees(OTHER_CENTER, "ACCEPTANCE", r), "the new center sees the re-referred case's warning");
        assertFalse(sees(CENTER, "ACCEPTANCE", r), "the declining center no longer does");
        assertTrue(sees(CLERK, "ACCEPTANCE", r), "the court keeps it");
        assertEquals(zjBefore + 1, count(OTHER_CENTER, "ACCEPTANCE"));
        assertEquals(bjBefore, count(CENTER, "ACCEPTANCE"));

        Long m = refer("BJ-B-0105", "CCPIT-L-BJ");
        accept(CENTER, m, "M0010");
        assertEquals(1, probe.setDue(m, "MEDIATION", old));
        long m9Before = count(M9, "MEDIATION");
        assertFalse(sees(M9, "MEDIATION", m), "assigned to M0010");
        Api.Reply toM9 = CENTER.post("/cases/" + m + "/mediator-replacement",
                "{\"mediatorCode\":\"M0009\",\"reason\":\"被申请人不同意原调解员继续调解\"}");
        assertEquals(200, toM9.status(), toM9.body());
        assertTrue(sees(M9, "MEDIATION", m), "the open mediation deadline follows the case to its new mediator");
        assertEquals(m9Before + 1, count(M9, "MEDIATION"));
        Api.Reply back = CENTER.post("/cases/" + m + "/mediator-replacement",
                "{\"mediatorCode\":\"M0010\",\"reason\":\"原调解员回避事由消除\"}");
        assertEquals(200, back.status(), back.body());
        assertFalse(sees(M9, "MEDIATION", m), "and leaves the replaced one");
        assertEquals(m9Before, count(M9, "MEDIATION"));
        assertTrue(sees(CENTER, "MEDIATION", m));
        assertEquals(0, probe.scopeKeyMismatches(), "every open deadline carries its case's scope keys");
    }

    @Test
    void hqSetsTheThresholdsAndBadInputIsRefused() {
        LocalDate today = BusinessTime.today();
        Long e = refer("BJ-B-0105", "CCPIT-L-BJ");
        accept(CENTER, e, "M0009");
        assertEquals(1, probe.setDue(e, "MEDIATION", today.plusDays(10)));
        assertEquals(200, HQ.put("/evaluation/warning-thresholds", thresholds("MEDIATION", 5)).status());
        assertFalse(list(CENTER, "?kind=MEDIATION&size=100").toString().contains("\"caseId\":" + e + ","),
                "10 days ahead, threshold 5");

        long audited = probe.auditEntries("hq.admin1", "changeThresholds");
        Api.Reply changed = HQ.put("/evaluation/warning-thresholds", thresholds("MEDIATION", 10));
        assertEquals(200, changed.status(), changed.body());
        assertEquals(audited + 1, probe.auditEntries("hq.admin1", "changeThresholds"), "the change is audited");
        JsonObject mediation = HQ.get("/evaluation/warning-thresholds").json().getJsonArray("items")
                .getValuesAs(JsonObject.class).stream().filter(i -> "MEDIATION".equals(i.getString("kind")))
                .findFirst().orElseThrow();
        assertEquals(10, mediation.getInt("days"));
        assertEquals("CALENDAR", mediation.getString("unit"));
        assertEquals("hq.admin1", mediation.getString("updatedBy"));
        JsonObject item = list(CENTER, "?kind=MEDIATION&size=100").getJsonArray("items").getValuesAs(JsonObject.class)
                .stream().filter(i -> i.getJsonNumber("caseId").longValue() == e).findFirst().orElseThrow();
        assertEquals(10, item.getInt("daysLeft"));
        assertFalse(item.getBoolean("overdue"));
        assertEquals(10, CENTER.get("/evaluation/warnings/counts").json().getJsonArray("items")
                .getValuesAs(JsonObject.class).stream().filter(i -> "MEDIATION".equals(i.getString("kind")))
                .findFirst().orElseThrow().getInt("thresholdDays"), "the counts name the threshold they used");

        Api.Reply tooMany = HQ.put("/evaluation/warning-thresholds", thresholds("MEDIATION", 31));
        assertEquals(400, tooMany.status(), tooMany.body());
        assertTrue(tooMany.body().contains("items[0].days"), tooMany.body());
        Api.Reply unknown = HQ.put("/evaluation/warning-thresholds", "{\"items\":[{\"kind\":\"LUNCH\",\"days\":3}]}");
        assertEquals(400, unknown.status());
        assertTrue(unknown.body().contains("items[0].kind"), unknown.body());
        Api.Reply notANumber = HQ.put("/evaluation/warning-thresholds",
                "{\"items\":[{\"kind\":\"MEDIATION\",\"days\":\"7\"}]}");
        assertEquals(400, notANumber.status());
        assertTrue(notANumber.body().contains("items[0].days"), notANumber.body());
        assertEquals(400, HQ.put("/evaluation/warning-thresholds", "{\"items\":[]}").status());
        Api.Reply twice = HQ.put("/evaluation/warning-thresholds",
                "{\"items\":[{\"kind\":\"STALLED\",\"days\":20},{\"kind\":\"STALLED\",\"days\":30}]}");
        assertEquals(400, twice.status());
        assertTrue(twice.body().contains("items[1].kind"), twice.body());
        assertEquals(10, HQ.get("/evaluation/warning-thresholds").json().getJsonArray("items")
                .getValuesAs(JsonObject.class).stream().filter(i -> "MEDIATION".equals(i.getString("kind")))
                .findFirst().orElseThrow().getInt("days"), "nothing written by a refused change");
        assertEquals(403, CENTER.put("/evaluation/warning-thresholds", thresholds("MEDIATION", 3)).status(),
                "only HQ sets thresholds");

        Api.Reply badKind = HQ.get("/evaluation/warnings?kind=ACCEPTANCE_REMINDER");
        assertEquals(400, badKind.status(), badKind.body());
        assertTrue(badKind.body().contains("\"kind\""), badKind.body());
        assertEquals(400, HQ.get("/evaluation/warnings?size=0").status());
        assertEquals(400, HQ.get("/evaluation/warnings?size=101").status());
        assertEquals(400, HQ.get("/evaluation/warnings?first=-1").status());
        assertEquals(400, HQ.get("/evaluation/warnings?first=x").status());
        assertEquals(200, HQ.put("/evaluation/warning-thresholds", thresholds("MEDIATION", 5)).status());
    }
}
