package org.sutiao.it;

import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The audit log through the API, inside the server: entries carry role, organisation, client address and outcome;
 * writes and refusals are recorded, plain reads that write nothing are not; the hash chain verifies, and an entry
 * changed or deleted by SQL is found (and put back); the viewer filters and pages for operators and HQ only; a
 * party's access trail shows roles and organisations, no usernames; concurrent requests are each chained once in
 * one linear chain; entries are sealed by the timer within seconds and before every verification; a refused act's
 * entry outlives its rolled-back transaction.
 */
@ExtendWith(ArquillianExtension.class)
class AuditIT {
    private static final Api OPS = Api.as("ops.oncall", "Demo-Ops-2026!");
    private static final Api HQ = Api.as("hq.admin1", "Demo-Hq-2026!");
    private static final Api PARTY = Api.as("party.c01.applicant", "Demo-Party-2026!");

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWithTests(new Class<?>[]{AuditIT.class, AuditProbe.class, Api.class, Referrals.class});
    }

    @Inject
    AuditProbe probe;

    private static long referAndAccept() {
        Api.Reply r = Api.clerk().post("/referrals", Referrals.c01(Referrals.newCaseNumber()).build().toString());
        assertEquals(201, r.status(), r.body());
        long id = r.json().getJsonNumber("id").longValue();
        Api.Reply accepted = Api.bjCenter().post("/cases/" + id + "/accept", "{\"mediatorCode\":\"M0009\"}");
        assertEquals(200, accepted.status(), accepted.body());
        return id;
    }

    private static List<JsonObject> entries(String query) {
        Api.Reply r = OPS.get("/audit?" + query);
        assertEquals(200, r.status(), r.body());
        return r.json().getJsonArray("items").getValuesAs(JsonObject.class);
    }

    private static JsonObject verification() {
        Api.Reply r = OPS.get("/audit/verification");
        assertEquals(200, r.status(), r.body());
        return r.json();
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    @Test
    void aWriteIsRecordedWithRoleOrganisationAddressAndCase() {
        long id = referAndAccept();
        List<JsonObject> accepts = entries("caseId=" + id + "&action=accept");
        assertEquals(1, accepts.size(), accepts.toString());
        JsonObject e = accepts.get(0);
        assertEquals("ctr.bj.admin", e.getString("username"));
        assertEquals("CENTER_ADMIN", e.getString("role"));
        assertEquals("CCPIT-L-BJ", e.getString("organization"));
        assertEquals("ok", e.getString("outcome"));
        assertTrue(e.getString("clientAddress").matches("127\\.0\\.0\\.1|0:0:0:0:0:0:0:1|::1"), e.toString());
        assertTrue(e.getString("detail").contains("mediatorCode=M0009"), e.getString("detail"));
        List<JsonObject> refer = entries("caseId=" + id + "&action=refer");
        assertEquals(1, refer.size(), "the new case's id is taken from the referral's result");
        assertEquals("BJ-B-0105", refer.get(0).getString("organization"));
        assertEquals("COURT_CLERK", refer.get(0).getString("role"));
    }

    @Test
    void aReferralsAnswerIsCoveredByItsReferEntryWhileARetryAndLaterReadsAreRecorded() {
        String body = Referrals.c01(Referrals.newCaseNumber()).build().toString();
        Api.Reply created = Api.clerk().post("/referrals", body);
        assertEquals(201, created.status(), created.body());
        long id = created.json().getJsonNumber("id").longValue();
        assertTrue(created.json().getString("caseNumber").matches("CCPIT-\\d{4}-\\d{6,}"), created.body());
        List<JsonObject> all = entries("caseId=" + id);
        assertEquals(1, all.size(), "one entry, the referral's, covers the case shown in its answer: " + all);
        assertEquals("refer", all.get(0).getString("action"));
        assertEquals("clerk.bj0105", all.get(0).getString("username"));
        Api.Reply retry = Api.clerk().post("/referrals", body);
        assertEquals(200, retry.status(), retry.body());
        assertEquals(1, entries("caseId=" + id + "&action=READ_CASE").size(),
                "a retry's answer shows an existing case: that read is recorded");
        assertEquals(200, Api.clerk().get("/cases/" + id).status());
        assertEquals(2, entries("caseId=" + id + "&action=READ_CASE").size(), "so is every later read");
        assertEquals(1, entries("caseId=" + id + "&action=refer").size());
    }

    @Test
    void aRegistrationIsRecordedUnderTheRegisteringNameWithItsAddressNeverAsSystem() {
        String name = "reg.audit." + Long.toHexString(System.nanoTime());
        String body = "{\"username\":\"" + name + "\",\"password\":\"Register-2026-ok\",\"displayName\":\"审计注册\"}";
        Api.Reply created = Api.anonymous().post("/party-accounts", body);
        assertEquals(201, created.status(), created.body());
        Api.Reply taken = Api.anonymous().post("/party-accounts", body);
        assertEquals(409, taken.status(), taken.body());
        List<JsonObject> mine = entries("username=" + enc(name) + "&action=register");
        assertEquals(2, mine.size(), mine.toString());
        JsonObject refused = mine.get(0);
        JsonObject ok = mine.get(1);
        assertEquals("ok", ok.getString("outcome"));
        assertTrue(ok.getString("clientAddress").matches("127\\.0\\.0\\.1|0:0:0:0:0:0:0:1|::1"), ok.toString());
        assertEquals("account.usernameTaken", refused.getString("outcome"));
        for (JsonObject e : mine) {
            assertTrue(!e.containsKey("role") || e.isNull("role"), "made without login, no holder's role: " + e);
        }
        assertNotNull(refused.getString("clientAddress"));
        assertTrue(entries("username=system&action=register").isEmpty(), "never under system");
    }

    @Test
    void aReadOfCaseContentIsRecordedAndAReadThatWritesNothingIsNot() {
        long id = referAndAccept();
        assertEquals(200, Api.clerk().get("/cases/" + id).status());
        List<JsonObject> reads = entries("caseId=" + id + "&action=READ_CASE&username=clerk.bj0105");
        assertFalse(reads.isEmpty());
        assertEquals("COURT_CLERK", reads.get(0).getString("role"));
        assertEquals("BJ-B-0105", reads.get(0).getString("organization"));
        int before = OPS.get("/audit?action=inbox&username=clerk.bj0105").json().getInt("total");
        assertEquals(200, Api.clerk().get("/inbox").status());
        assertEquals(before, OPS.get("/audit?action=inbox&username=clerk.bj0105").json().getInt("total"),
                "the inbox only reads");
    }

    @Test
    void aRefusedWriteIsRecordedWithTheRefusalsCode() {
        Api.Reply r = Api.clerk().post("/referrals", Referrals.c01(Referrals.newCaseNumber()).build().toString());
        long id = r.json().getJsonNumber("id").longValue();
        Api.Reply refused = Api.bjCenter().post("/cases/" + id + "/accept", "{\"mediatorCode\":\"M9999\"}");
        assertEquals(400, refused.status(), refused.body());
        List<JsonObject> accepts = entries("caseId=" + id + "&action=accept");
        assertEquals(1, accepts.size());
        assertEquals("validation.failed: mediatorCode=mediator.unknown", accepts.get(0).getString("outcome"));
    }

    @Test
    void theChainIsIntactAfterActivityAndAnEditedRowIsFound() throws Exception {
        long id = referAndAccept();
        JsonObject ok = verification();
        assertTrue(ok.getBoolean("intact"), ok.toString());
        assertTrue(ok.getJsonNumber("entries").longValue() > 2);
        assertTrue(ok.isNull("firstBrokenId"));
        long target = entries("caseId=" + id + "&action=accept").get(0).getJsonNumber("id").longValue();
        String original = probe.editDetail(target, "nothing happened here");
        try {
            JsonObject broken = verification();
            assertFalse(broken.getBoolean("intact"));
            assertEquals(target, broken.getJsonNumber("firstBrokenId").longValue());
        } finally {
            probe.editDetail(target, original);
        }
        assertTrue(verification().getBoolean("intact"), "restored");
    }

    @Test
    void aDeletedRowIsFound() throws Exception {
        long id = referAndAccept();
        assertTrue(verification().getBoolean("intact"), "sealed: an entry is protected from its sealing on");
        long refer = entries("caseId=" + id + "&action=refer").get(0).getJsonNumber("id").longValue();
        long accept = entries("caseId=" + id + "&action=accept").get(0).getJsonNumber("id").longValue();
        Map<String, Object> row = probe.delete(refer);
        try {
            JsonObject broken = verification();
            assertFalse(broken.getBoolean("intact"));
            long first = broken.getJsonNumber("firstBrokenId").longValue();
            assertTrue(first > refer && first <= accept, "the entry after the deleted one: " + broken);
        } finally {
            probe.restore(row);
        }
        assertTrue(verification().getBoolean("intact"), "restored");
    }

    @Test
    void unsealedRowsAreChainedInIdOrderBeforeAVerificationChecks() throws Exception {
        long before = verification().getJsonNumber("entries").longValue();
        List<Long> legacy = probe.insertLegacyRows(3);
        JsonObject after = verification();
        assertTrue(after.getBoolean("intact"), after.toString());
        assertEquals(0, after.getJsonNumber("pending").longValue(), after.toString());
        assertTrue(after.getJsonNumber("entries").longValue() >= before + 3, after.toString());
        Long previous = null;
        for (Long id : legacy) {
            assertNotNull(probe.hash(id), "sealed: " + id);
            Long position = probe.position(id);
            assertNotNull(position, "chained: " + id);
            assertTrue(previous == null || position > previous, "in id order");
            previous = position;
        }
    }

    @Test
    void anEntryIsSealedWithinSecondsWithoutAVerification() throws Exception {
        Api.Reply r = Api.clerk().post("/referrals", Referrals.c01(Referrals.newCaseNumber()).build().toString());
        assertEquals(201, r.status(), r.body());
        long entry = entries("caseId=" + r.json().getJsonNumber("id").longValue() + "&action=refer").get(0)
                .getJsonNumber("id").longValue();
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(15);
        while (probe.position(entry) == null && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        assertNotNull(probe.position(entry), "the sealer chains an entry about a second after its commit");
        assertNotNull(probe.hash(entry));
    }

    @Test
    void aRefusedReferralIsRecordedAlthoughItsTransactionRollsBack() {
        String number = Referrals.newCaseNumber();
        String body = Referrals.c01(number).add("consentRecordedAt", "2099-01-01T10:00:00+08:00").build().toString();
        Api.Reply refused = Api.clerk().post("/referrals", body);
        assertEquals(400, refused.status(), refused.body());
        List<JsonObject> refers = entries("action=refer&username=clerk.bj0105&size=1");
        assertEquals(1, refers.size());
        assertTrue(refers.get(0).getString("outcome").startsWith("validation.failed"), refers.toString());
        assertTrue(!refers.get(0).containsKey("caseId") || refers.get(0).isNull("caseId"), "no case: " + refers);
        assertEquals(0, Api.clerk().get("/cases?q=" + enc(number)).json().getJsonArray("items").size(),
                "the referral's transaction rolled back");
    }

    @Test
    void theViewerFiltersAndPagesNewestFirst() {
        long id = referAndAccept();
        Api.clerk().get("/cases/" + id);
        Api.clerk().get("/cases/" + id);
        Api.Reply all = OPS.get("/audit?caseId=" + id);
        int total = all.json().getInt("total");
        assertTrue(total >= 4, all.body());
        List<JsonObject> page1 = entries("caseId=" + id + "&first=0&size=2");
        List<JsonObject> page2 = entries("caseId=" + id + "&first=2&size=2");
        assertEquals(2, page1.size());
        assertTrue(page1.get(0).getJsonNumber("id").longValue() > page1.get(1).getJsonNumber("id").longValue());
        assertTrue(page1.get(1).getJsonNumber("id").longValue() > page2.get(0).getJsonNumber("id").longValue());
        for (JsonObject e : entries("caseId=" + id + "&username=ctr.bj.admin")) {
            assertEquals("ctr.bj.admin", e.getString("username"));
            assertEquals(id, e.getJsonNumber("caseId").longValue());
        }
        assertEquals(0, OPS.get("/audit?caseId=" + id + "&organization=" + enc("CCPIT-L-ZJ")).json().getInt("total"));
        assertEquals(total, OPS.get("/audit?caseId=" + id + "&from=2026-01-01").json().getInt("total"));
        assertEquals(0, OPS.get("/audit?caseId=" + id + "&to=2025-12-31").json().getInt("total"));
        assertEquals(total, HQ.get("/audit?caseId=" + id).json().getInt("total"), "HQ reads the log too");
        Api.Reply bad = OPS.get("/audit?caseId=abc");
        assertEquals(400, bad.status());
        assertTrue(bad.body().contains("caseId"), bad.body());
        assertEquals(400, OPS.get("/audit?size=501").status());
    }

    @Test
    void theExportIsAnExcelWorkbookAndIsItselfAudited() {
        int before = OPS.get("/audit?action=exportXlsx").json().getInt("total");
        byte[] xlsx = OPS.getBytes("/audit.xlsx?action=accept");
        assertTrue(xlsx.length > 100 && xlsx[0] == 'P' && xlsx[1] == 'K', "a zip (xlsx)");
        assertEquals(before + 1, OPS.get("/audit?action=exportXlsx").json().getInt("total"));
    }

    @Test
    void onlyOperatorsAndHqReadTheLog() {
        assertEquals(403, Api.clerk().get("/audit").status());
        assertEquals(403, Api.clerk().get("/audit/verification").status());
        assertEquals(403, Api.bjCenter().get("/audit.xlsx").status());
        assertEquals(403, PARTY.get("/audit").status());
    }

    @Test
    void aPartySeesRolesAndOrganisationsButNoUsernames() {
        long id = referAndAccept();
        Api.clerk().get("/cases/" + id);
        Api.Reply trail = PARTY.get("/cases/" + id + "/access-log");
        assertEquals(200, trail.status(), trail.body());
        List<JsonObject> items = trail.json().getJsonArray("items").getValuesAs(JsonObject.class);
        assertTrue(items.stream().anyMatch(i -> "COURT_CLERK".equals(i.getString("role", null))
                && "BJ-B-0105".equals(i.getString("organization", null)) && "READ_CASE".equals(i.getString("action"))));
        assertTrue(items.stream().anyMatch(i -> "CENTER_ADMIN".equals(i.getString("role", null))
                && "accept".equals(i.getString("action"))));
        assertFalse(trail.body().contains("clerk.bj0105"), trail.body());
        assertFalse(trail.body().contains("ctr.bj.admin"), trail.body());
        assertFalse(trail.body().contains("username"), trail.body());
        assertEquals(200, Api.clerk().get("/cases/" + id + "/access-log").status());
        assertEquals(200, Api.bjCenter().get("/cases/" + id + "/access-log").status());
        assertEquals(404, HQ.get("/cases/" + id + "/access-log").status());
        assertEquals(404, OPS.get("/cases/" + id + "/access-log").status());
        assertEquals(404, Api.as("party.c01.respondent", "Demo-Party-2026!").get("/cases/" + id + "/access-log")
                .status(), "the respondent of this referral is someone else");
    }

    @Test
    void concurrentRequestsAreEachChainedOnceInOneLinearChain() throws Exception {
        long id = referAndAccept();
        int threads = 8;
        int each = 5;
        long before = verification().getJsonNumber("entries").longValue();
        long firstId = probe.maxId();
        int reads = OPS.get("/audit?caseId=" + id + "&action=READ_CASE").json().getInt("total");
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Integer>> done = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                done.add(pool.submit(() -> {
                    int ok = 0;
                    for (int i = 0; i < each; i++) {
                        ok += Api.clerk().get("/cases/" + id).status() == 200 ? 1 : 0;
                        ok += Api.clerk().post("/referrals", Referrals.c01(Referrals.newCaseNumber()).build()
                                .toString()).status() == 201 ? 1 : 0;
                    }
                    return ok;
                }));
            }
            for (Future<Integer> f : done) {
                assertEquals(2 * each, f.get());
            }
        } finally {
            pool.shutdown();
        }
        long lastId = probe.maxId();
        JsonObject after = verification();
        assertTrue(after.getBoolean("intact"), after.toString());
        assertTrue(after.isNull("firstBrokenId"));
        assertTrue(after.getJsonNumber("entries").longValue() >= before + 2L * threads * each);
        long[] sealing = probe.sealing(firstId, lastId);
        assertTrue(sealing[0] >= 2L * threads * each, "a read and a referral entry each: " + sealing[0]);
        assertEquals(sealing[0], sealing[1], "every entry written meanwhile is chained");
        assertEquals(sealing[0], sealing[2], "each at a position of its own");
        assertEquals(reads + threads * each, OPS.get("/audit?caseId=" + id + "&action=READ_CASE").json().getInt("total"),
                "every read has its own entry");
    }
}
