package org.sutiao.it;

import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sutiao.audit.application.AuditLog;
import org.sutiao.audit.domain.AuditEntry;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What each role may read of a case (issue: confidentiality §1; DESIGN.md §4; notice 法办〔2024〕623号 §2(1)): HQ and
 * supervisors read dates, statuses and counts of every part of a case and no text written about the dispute; they
 * open the full detail only after recording a reason, for themselves, that case and 24 hours; every read is audited
 * with its part and visibility.
 */
@ExtendWith(ArquillianExtension.class)
class ConfidentialityIT {
    private static final Api HQ = Api.as("hq.admin1", "Demo-Hq-2026!");
    private static final Api HQ2 = Api.as("hq.admin2", "Demo-Hq-2026!");
    private static final Api SUPERVISOR = Api.as("spc.supervisor1", "Demo-Spc-2026!");

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWithTests(new Class<?>[]{ConfidentialityIT.class, TestProbe.class, Api.class,
                Referrals.class, SecretCase.class});
    }

    @Inject
    TestProbe probe;
    @Inject
    AuditLog audit;

    private SecretCase secret;

    @BeforeEach
    void aCaseFullOfText() {
        secret = SecretCase.create();
    }

    private String path(String part) {
        return "/cases/" + secret.id() + part;
    }

    private void assertNoSecrets(Api.Reply r, String what) {
        for (String s : secret.secrets()) {
            assertFalse(r.body().contains(s), what + " shows «" + s + "»: " + r.body());
        }
    }

    @Test
    void metadataRolesReadDatesAndCountsOfEveryPartButNoTextAboutTheDispute() {
        Api.Reply own = Api.clerk().get(path("/mediation"));
        assertTrue(own.body().contains("笔录" + secret.marker()) && own.body().contains("基本情况" + secret.marker()),
                "the case's own court reads the workspace in full: " + own.body());
        for (Api reader : List.of(HQ, SUPERVISOR)) {
            Api.Reply ws = reader.get(path("/mediation"));
            assertEquals(200, ws.status(), ws.body());
            assertNoSecrets(ws, "the workspace");
            JsonObject w = ws.json();
            assertFalse(w.getBoolean("full"));
            JsonObject session = w.getJsonArray("sessions").getJsonObject(0);
            assertNotNull(session.getString("scheduledAt"), "dates stay");
            assertTrue(absent(session, "minutes", "participants", "placeOrLink"), session.toString());
            JsonObject disclosure = w.getJsonArray("disclosures").getJsonObject(0);
            assertTrue(absent(disclosure, "details"));
            assertEquals(2, disclosure.getJsonArray("answers").size(), "counts stay");
            JsonObject suspension = w.getJsonArray("suspensions").getJsonObject(0);
            assertTrue(absent(suspension, "reason", "institution"));
            assertEquals(1, suspension.getJsonNumber("daysAdded").intValue());
            assertTrue(absent(w.getJsonArray("extensions").getJsonObject(0), "reason"));
            JsonObject report = w.getJsonObject("failureReport");
            assertTrue(absent(report, "basicSituation", "failureReasons", "notesForCourt"), report.toString());
            assertEquals(0, report.getJsonArray("costIncreasingConduct").size());
            assertEquals(1, report.getInt("conductCount"));
            assertNotNull(report.getString("submittedAt"));

            Api.Reply detail = reader.get(path(""));
            assertEquals(200, detail.status());
            assertNoSecrets(detail, "the case");
            assertFalse(detail.json().getBoolean("fullDetail"));
            assertNoSecrets(reader.get(path("/fee")), "the fee");
            for (String contentOnly : List.of("/agreement", "/agreement.pdf", "/judicial-confirmation",
                    "/materials/" + secret.materialId())) {
                Api.Reply refused = reader.get(path(contentOnly));
                assertEquals(403, refused.status(), contentOnly + ": " + refused.body());
                assertEquals("case.fullAccessRequired", refused.json().getString("code"));
            }
        }
        List<String> reads = audit.forCase(secret.id()).stream().filter(e -> e.username().equals("hq.admin1"))
                .map(e -> e.action() + " " + e.detail()).toList();
        assertTrue(reads.contains("READ_WORKSPACE metadata") && reads.contains("READ_CASE metadata"), reads.toString());
        for (Api auditor : List.of(HQ, Api.as("ops.oncall", "Demo-Ops-2026!"))) {
            Api.Reply log = auditor.get("/audit?caseId=" + secret.id() + "&size=500");
            assertEquals(200, log.status());
            assertTrue(log.body().contains("\"role\":\"PARTY\""), "the parties' acts are there: " + log.body());
            assertNoSecrets(log, "the audit log (its readers see metadata only)");
        }
    }

    @Test
    void callsRefusedForTheRoleAndFailedLoginsAreAudited() {
        assertEquals(403, HQ.post(path("/accept"), "{\"mediatorCode\":\"M0009\"}").status());
        assertTrue(audit.forCase(secret.id()).stream().anyMatch(e -> e.action().equals("ACCESS_DENIED")
                && e.username().equals("hq.admin1") && e.detail().equals("POST /cases/" + secret.id() + "/accept")),
                "a call the role may not make is an entry of the case");
        String name = "nobody.audit" + secret.marker().substring(2);
        assertEquals(401, Api.as(name, "Wrong-Password-1").get("/cases").status());
        Api.Reply failed = Api.as("ops.oncall", "Demo-Ops-2026!").get("/audit?username=" + name);
        assertEquals(1, failed.json().getInt("total"), failed.body());
        assertEquals("LOGIN_FAILED", failed.json().getJsonArray("items").getJsonObject(0).getString("action"));
        Api.Reply reads = Api.as("ops.audit", "Demo-Ops-2026!").get("/audit?username=ops.oncall&action=searchLog");
        assertTrue(reads.json().getInt("total") >= 1, "reading the log is itself recorded: " + reads.body());
    }

    @Test
    void hqOpensTheFullDetailOnlyWithAReasonForItselfThatCaseAnd24Hours() {
        Api.Reply none = HQ.post(path("/full-access"), "{}");
        assertEquals(400, none.status());
        assertEquals("reason", none.json().getJsonArray("errors").getJsonObject(0).getString("field"));
        assertEquals(400, HQ.post(path("/full-access"), "{\"reason\":\"看看\"}").status(), "at least 10 characters");
        assertEquals(400, HQ.post(path("/full-access"), "{\"reason\":\"核查\u202E调解记录的合规性问题\"}").status());
        assertEquals(403, Api.clerk().post(path("/full-access"), "{\"reason\":\"法院自己的案件无需理由也能查看\"}").status(),
                "only HQ and supervisors use break-glass");
        assertEquals(404, HQ.get(path("/full-access")).status(), "no grant yet");
        assertEquals(404, HQ.post("/cases/999999999/full-access", "{\"reason\":\"核查一件并不存在的案件的记录\"}").status());

        String reason = "当事人投诉调解员未披露利害关系，需核查调解记录";
        Api.Reply granted = HQ.post(path("/full-access"), "{\"reason\":\"" + reason + "\"}");
        assertEquals(201, granted.status(), granted.body());
        OffsetDateTime from = OffsetDateTime.parse(granted.json().getString("grantedAt"));
        OffsetDateTime until = OffsetDateTime.parse(granted.json().getString("expiresAt"));
        assertEquals(Duration.ofHours(24), Duration.between(from, until));
        assertEquals(8 * 3600, until.getOffset().getTotalSeconds(), "Beijing time");

        JsonObject full = HQ.get(path("")).json();
        assertTrue(full.getBoolean("fullDetail"));
        assertTrue(full.getString("facts").contains(secret.marker()));
        assertEquals(until.toInstant(), OffsetDateTime.parse(full.getString("fullAccessUntil")).toInstant());
        assertTrue(HQ.get(path("/mediation")).body().contains("笔录" + secret.marker()));
        assertEquals(200, HQ.get(path("/materials/" + secret.materialId())).status());
        assertEquals(200, HQ.get(path("/full-access")).status());

        assertNoSecrets(HQ2.get(path("")), "another HQ user without a grant");
        assertNoSecrets(SUPERVISOR.get(path("/mediation")), "a supervisor without a grant");
        assertEquals(404, HQ2.get(path("/full-access")).status());

        List<AuditEntry> entries = audit.forCase(secret.id());
        assertTrue(entries.stream().anyMatch(e -> e.action().equals("FULL_ACCESS_GRANTED")
                && e.username().equals("hq.admin1") && e.detail().equals(reason)), "the reason is audited");
        assertTrue(entries.stream().anyMatch(e -> e.username().equals("hq.admin1") && e.action().equals("READ_MATERIAL")
                && e.detail().startsWith("full (grant ")), "reads under the grant say so");
        for (Api participant : List.of(Api.clerk(), Api.bjCenter())) {
            Api.Reply trail = participant.get(path("/access-log"));
            assertEquals(200, trail.status(), trail.body());
            assertTrue(trail.json().getJsonArray("items").getValuesAs(JsonObject.class).stream()
                    .anyMatch(i -> i.getString("action").equals("FULL_ACCESS_GRANTED")
                            && "HQ_ADMIN".equals(i.getString("role", ""))), "the court and the center see it: " + trail.body());
            assertFalse(trail.body().contains("hq.admin1"), "organisations and roles, no usernames");
        }

        assertEquals(1, probe.expireFullAccessGrants(secret.id()));
        Api.Reply after = HQ.get(path(""));
        assertFalse(after.json().getBoolean("fullDetail"), "after 24 hours metadata only again");
        assertTrue(absent(after.json(), "fullAccessUntil"));
        assertEquals(403, HQ.get(path("/materials/" + secret.materialId())).status());
    }

    /** True when each key is missing or null (the API leaves null fields out). */
    private static boolean absent(JsonObject o, String... keys) {
        return java.util.Arrays.stream(keys).allMatch(k -> !o.containsKey(k) || o.isNull(k));
    }
}
