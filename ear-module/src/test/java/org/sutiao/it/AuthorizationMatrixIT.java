package org.sutiao.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The authorization matrix, generated from the resource model (issue: confidentiality §1): every JAX-RS resource
 * method of the shipped EAR × every role × a case of another organisation. An outsider (another court's clerk,
 * another center, a mediator not assigned, a party not in the case, an operator, nobody logged in) gets exactly the
 * answer it would get for a case that does not exist — so the case's existence and state are not disclosed — and never
 * a success; HQ and supervisors get answers without any text written about the dispute, and change nothing. A new
 * endpoint is covered without anyone adding it here.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AuthorizationMatrixIT {
    private static final long MISSING = 987_654_321L;
    private static final Map<String, Api> OUTSIDERS = new LinkedHashMap<>();
    private static final Map<String, Api> METADATA_READERS = new LinkedHashMap<>();

    static {
        OUTSIDERS.put("clerk of another court", Api.as("clerk.bj0491", "Demo-Clerk-2026!"));
        OUTSIDERS.put("another center", Api.as("ctr.zj.admin", "Demo-Center-2026!"));
        OUTSIDERS.put("a mediator of the same center, not assigned", Api.as("med.m0013", "Demo-Med-2026!"));
        OUTSIDERS.put("a party of other cases", Api.as("party.c08.applicant", "Demo-Party-2026!"));
        OUTSIDERS.put("an operator", Api.as("ops.oncall", "Demo-Ops-2026!"));
        OUTSIDERS.put("nobody", Api.anonymous());
        METADATA_READERS.put("HQ", Api.as("hq.admin1", "Demo-Hq-2026!"));
        METADATA_READERS.put("a supervisor", Api.as("spc.supervisor1", "Demo-Spc-2026!"));
    }

    private static List<ResourceModel.Endpoint> caseEndpoints;
    private static SecretCase secret;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @BeforeAll
    static void model() {
        List<ResourceModel.Endpoint> all = ResourceModel.endpoints(System.getProperty("sutiao.ear"));
        assertTrue(all.size() > 60, "the model found the application's resource methods: " + all.size());
        caseEndpoints = all.stream().filter(e -> e.template().startsWith("/cases/{id}")).toList();
        assertTrue(caseEndpoints.stream().anyMatch(e -> e.template().equals("/cases/{id}/mediation")),
                "the workspace is in the model: " + caseEndpoints);
        assertTrue(caseEndpoints.size() > 35, "every case endpoint: " + caseEndpoints);
    }

    private static String fill(ResourceModel.Endpoint e, long caseId) {
        return e.path(param -> switch (param) {
            case "id" -> String.valueOf(caseId);
            case "materialId" -> String.valueOf(secret.materialId());
            case "sid" -> String.valueOf(e.template().contains("/suspensions/") ? secret.suspensionId()
                    : secret.sessionId());
            case "eid" -> String.valueOf(secret.extensionId());
            case "partyId" -> String.valueOf(secret.respondentId());
            default -> "1";
        });
    }

    private static String body(ResourceModel.Endpoint e) {
        return e.method().equals("POST") || e.method().equals("PUT") || e.method().equals("PATCH") ? "{}" : null;
    }

    private static String code(Api.Reply r) {
        if (r.body() == null || !r.body().startsWith("{")) {
            return "";
        }
        try (JsonReader reader = Json.createReader(new StringReader(r.body()))) {
            JsonObject o = reader.readObject();
            return o.containsKey("code") ? o.getString("code", "") : "";
        } catch (RuntimeException notJson) {
            return "";
        }
    }

    @Test
    void outsidersCannotTellAnotherOrganisationsCaseFromOneThatDoesNotExist() {
        secret = SecretCase.create();
        JsonObject before = Api.clerk().get("/cases/" + secret.id()).json();
        List<String> failures = new ArrayList<>();
        int calls = 0;
        for (Map.Entry<String, Api> who : OUTSIDERS.entrySet()) {
            for (ResourceModel.Endpoint e : caseEndpoints) {
                Api.Reply foreign = who.getValue().call(e.method(), fill(e, secret.id()), body(e));
                Api.Reply missing = who.getValue().call(e.method(), fill(e, MISSING), body(e));
                calls += 2;
                String seen = foreign.status() + " " + code(foreign);
                String unknown = missing.status() + " " + code(missing);
                if (foreign.status() < 300 || foreign.status() >= 500) {
                    failures.add(who.getKey() + " × " + e + " → " + seen);
                } else if (!seen.equals(unknown)) {
                    failures.add(who.getKey() + " × " + e + " → " + seen + " but " + unknown + " for no case");
                }
                for (String s : secret.secrets()) {
                    if (foreign.body() != null && foreign.body().contains(s)) {
                        failures.add(who.getKey() + " × " + e + " shows «" + s + "»");
                    }
                }
            }
        }
        assertTrue(failures.isEmpty(), failures.size() + " of " + calls + " calls:\n" + String.join("\n", failures));
        JsonObject after = Api.clerk().get("/cases/" + secret.id()).json();
        assertEquals(before.getInt("version"), after.getInt("version"), "nothing was changed");
        assertEquals(before.getJsonArray("timeline").size(), after.getJsonArray("timeline").size());
    }

    @Test
    void hqAndSupervisorsReadNoTextAboutTheDisputeAndChangeNothing() {
        secret = SecretCase.create();
        JsonObject before = Api.clerk().get("/cases/" + secret.id()).json();
        List<String> failures = new ArrayList<>();
        int okReads = 0;
        for (Map.Entry<String, Api> who : METADATA_READERS.entrySet()) {
            for (ResourceModel.Endpoint e : caseEndpoints) {
                Api.Reply r = who.getValue().call(e.method(), fill(e, secret.id()), body(e));
                if (r.status() >= 500) {
                    failures.add(who.getKey() + " × " + e + " → " + r.status());
                }
                if (!e.method().equals("GET") && r.status() < 300) {
                    failures.add(who.getKey() + " × " + e + " changed something: " + r.status());
                }
                if (e.method().equals("GET") && r.status() == 200) {
                    okReads++;
                }
                for (String s : secret.secrets()) {
                    if (r.body() != null && r.body().contains(s)) {
                        failures.add(who.getKey() + " × " + e + " shows «" + s + "»");
                    }
                }
            }
        }
        assertTrue(failures.isEmpty(), String.join("\n", failures));
        assertTrue(okReads >= 6, "metadata is still readable (case, workspace, fee…): " + okReads);
        JsonObject after = Api.clerk().get("/cases/" + secret.id()).json();
        assertEquals(before.getInt("version"), after.getInt("version"), "nothing was changed");
        assertEquals(before.getJsonArray("timeline").size(), after.getJsonArray("timeline").size());
    }

    /**
     * Issue 12 "Flow": a center that declined a case keeps reading it after the court referred it elsewhere — its
     * metadata and its own offer with the decision, nothing written before or after about the dispute — lists it in
     * its section 已拒绝/已转出, and every other endpoint answers it as for a case that does not exist; the new center
     * and the court go on as before.
     */
    @Test
    void aCenterThatDeclinedReadsItsDecisionOnlyAndCanDoNothing() {
        Api zj = Api.as("ctr.zj.admin", "Demo-Center-2026!");
        secret = SecretCase.createAfterDecline("CCPIT-L-ZJ", zj);
        String path = "/cases/" + secret.id();
        JsonObject before = Api.clerk().get(path).json();

        Api.Reply read = zj.get(path);
        assertEquals(200, read.status(), read.body());
        JsonObject c = read.json();
        assertEquals("OWN_OFFERS", c.getString("visibility"));
        assertEquals(false, c.getBoolean("fullDetail"));
        assertEquals(0, c.getJsonArray("actions").size(), "read-only");
        assertEquals(1, c.getJsonArray("offers").size(), "its own offer only");
        JsonObject offer = c.getJsonArray("offers").getJsonObject(0);
        assertEquals("CCPIT-L-ZJ", offer.getString("centerCode"));
        assertEquals("DECLINED", offer.getString("outcome"));
        assertEquals("CONFLICT_OF_INTEREST", offer.getString("declineReasonCode"));
        assertEquals(SecretCase.DECLINE_REASON, offer.getString("declineReason"));
        assertTrue(!c.containsKey("facts") || c.isNull("facts"), "no facts");
        assertTrue(c.getJsonArray("timeline").getValuesAs(JsonObject.class).stream()
                .noneMatch(e -> e.getString("type").equals("RE_REFERRED")), "nothing after its decision");
        for (String s : secret.secrets()) {
            assertFalse(read.body().contains(s), "the detail shows «" + s + "»");
        }

        List<String> failures = new ArrayList<>();
        int calls = 0;
        for (ResourceModel.Endpoint e : caseEndpoints) {
            if (e.method().equals("GET") && e.template().equals("/cases/{id}")) {
                continue;
            }
            Api.Reply former = zj.call(e.method(), fill(e, secret.id()), body(e));
            Api.Reply missing = zj.call(e.method(), fill(e, MISSING), body(e));
            calls++;
            String seen = former.status() + " " + code(former);
            if (former.status() < 300 || former.status() >= 500) {
                failures.add(e + " → " + seen);
            } else if (!seen.equals(missing.status() + " " + code(missing))) {
                failures.add(e + " → " + seen + " but " + missing.status() + " " + code(missing) + " for no case");
            }
            for (String s : secret.secrets()) {
                if (former.body() != null && former.body().contains(s)) {
                    failures.add(e + " shows «" + s + "»");
                }
            }
        }
        assertTrue(failures.isEmpty(), failures.size() + " of " + calls + " calls:\n" + String.join("\n", failures));
        assertTrue(calls > 35, "every other case endpoint was tried: " + calls);

        assertTrue(ids(zj, "/cases?former=true&size=200").contains(secret.id()), "listed under 已拒绝/已转出");
        assertFalse(ids(zj, "/cases?size=200").contains(secret.id()), "not among its own cases");
        assertFalse(ids(Api.bjCenter(), "/cases?former=true&size=200").contains(secret.id()),
                "the center that handles it does not list it as declined");
        assertTrue(ids(Api.bjCenter(), "/cases?size=200").contains(secret.id()));
        Api.Reply q = zj.get("/cases?former=true&q=" + java.net.URLEncoder.encode("北京卓衡",
                java.nio.charset.StandardCharsets.UTF_8));
        assertEquals(200, q.status());
        assertFalse(ids(q).contains(secret.id()), "no search by a party's name in the declined branch");

        JsonObject bj = Api.bjCenter().get(path).json();
        assertEquals("FULL", bj.getString("visibility"));
        assertEquals(2, bj.getJsonArray("offers").size(), "the handling center sees the whole history");
        assertTrue(bj.getString("facts").contains(secret.marker()));
        assertEquals(200, Api.bjCenter().get(path + "/materials/" + secret.materialId()).status());
        assertEquals(200, Api.clerk().get(path + "/mediation").status());
        JsonObject after = Api.clerk().get(path).json();
        assertEquals(before.getInt("version"), after.getInt("version"), "nothing was changed");
        assertEquals(before.getJsonArray("timeline").size(), after.getJsonArray("timeline").size());
    }

    private static List<Long> ids(Api api, String path) {
        Api.Reply r = api.get(path);
        assertEquals(200, r.status(), r.body());
        return ids(r);
    }

    private static List<Long> ids(Api.Reply r) {
        return r.json().getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .map(i -> i.getJsonNumber("id").longValue()).toList();
    }
}
