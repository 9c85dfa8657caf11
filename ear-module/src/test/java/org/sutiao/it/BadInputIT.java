package org.sutiao.it;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.awaitility.Awaitility;
import org.hamcrest.Matcher;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sutiao.cases.application.ReferralWriter;
import org.sutiao.cases.domain.ReferralKind;
import org.sutiao.shared.domain.Actor;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Bad input refused cleanly (issue 9 §4), inside the server: text with a NUL, a bidi override or a zero-width
 * character answers a localized 400 naming the field and writes nothing; concurrent requests that would create the
 * same record answer one success and 409s, never a 500.
 */
@ExtendWith(ArquillianExtension.class)
class BadInputIT {
    private static final Api MEDIATOR = Api.as("med.m0009", "Demo-Med-2026!");

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWithTests(new Class<?>[]{BadInputIT.class, TestProbe.class, Api.class, Referrals.class},
                Awaitility.class, Matcher.class);
    }

    @Inject
    TestProbe probe;
    @Inject
    ReferralWriter writer;

    private static List<String> fields(Api.Reply r) {
        return r.json().getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                .map(e -> e.getString("field")).toList();
    }

    private long cases() {
        return probe.count("SELECT COUNT(c) FROM MediationCase c");
    }

    @Test
    void unsafeTextInAReferralAnswersALocalized400NamingTheFieldAndWritesNothing() {
        long before = cases();
        Api.Reply bidi = Api.clerk().post("/referrals", Referrals.c01(Referrals.newCaseNumber())
                .add("facts", "申请人供应办公设备\u202E，被申请人拖欠余款。").build().toString());
        assertEquals(400, bidi.status(), bidi.body());
        assertEquals("validation.failed", bidi.json().getString("code"));
        assertEquals(List.of("facts"), fields(bidi));
        assertTrue(bidi.body().contains("U+202E"), bidi.body());

        Api.Reply nul = Api.clerk().inEnglish().post("/referrals", Referrals.c01(Referrals.newCaseNumber())
                .add("facts", "申请人\u0000供应办公设备").build().toString());
        assertEquals(400, nul.status(), "a NUL is refused before PostgreSQL sees it: " + nul.body());
        assertEquals(List.of("facts"), fields(nul));
        assertTrue(nul.json().getJsonArray("errors").getJsonObject(0).getString("message")
                .contains("control character U+0000"), nul.body());

        JsonObject valid = Referrals.c01(Referrals.newCaseNumber()).build();
        JsonObject zeroWidth = Json.createObjectBuilder(valid).add("parties", Json.createArrayBuilder()
                .add(valid.getJsonArray("parties").get(0))
                .add(Json.createObjectBuilder(valid.getJsonArray("parties").getJsonObject(1))
                        .add("name", "王\u200B𠈌"))).build();
        Api.Reply hidden = Api.clerk().post("/referrals", zeroWidth.toString());
        assertEquals(400, hidden.status(), hidden.body());
        assertEquals(List.of("parties[1].name"), fields(hidden));

        Api.Reply twoLines = Api.clerk().post("/referrals", Referrals.c01(Referrals.newCaseNumber())
                .add("causeOfAction", "买卖合同\n纠纷").build().toString());
        assertEquals(400, twoLines.status(), "a one-line field: " + twoLines.body());
        assertEquals(List.of("causeOfAction"), fields(twoLines));
        assertEquals(before, cases(), "nothing written");

        Api.Reply multiLineFacts = Api.clerk().post("/referrals", Referrals.c01(Referrals.newCaseNumber())
                .add("facts", "第一段：供货。\n第二段：拖欠余款。").build().toString());
        assertEquals(201, multiLineFacts.status(), "facts are multi-line: " + multiLineFacts.body());
    }

    @Test
    void unsafeTextAnywhereIsRefusedBeforeTheService() {
        Long id = acceptedCase();
        Api.Reply minutes = MEDIATOR.post("/cases/" + id + "/disclosure",
                "{\"hasConflict\":true,\"details\":\"曾为\\u202e申请人提供咨询\"}");
        assertEquals(400, minutes.status(), minutes.body());
        assertEquals(List.of("details"), fields(minutes));
        assertEquals(0, MEDIATOR.get("/cases/" + id + "/mediation").json().getJsonArray("disclosures").size(),
                "nothing written");
        Api.Reply query = Api.as("hq.admin1", "Demo-Hq-2026!").get("/roster/mediators?q=%E2%80%AE");
        assertEquals(400, query.status(), query.body());
        assertEquals(List.of("q"), fields(query));
        Api.Reply register = Api.anonymous().post("/party-accounts", Json.createObjectBuilder()
                .add("username", "nul." + ThreadLocalRandom.current().nextInt(1_000_000)).add("password", "Test-Party-2026")
                .add("displayName", "张\u0000三").build().toString());
        assertEquals(400, register.status(), register.body());
        assertEquals(List.of("displayName"), fields(register));
    }

    @Test
    void fiveSimultaneousRegistrationsOfOneUsernameAnswerOneSuccessAndConflicts() throws Exception {
        String body = Json.createObjectBuilder().add("username", "race." + Long.toString(
                        ThreadLocalRandom.current().nextLong(1L << 40), 36))
                .add("password", "Test-Party-2026").add("displayName", "并发注册").build().toString();
        List<Integer> statuses = atOnce(5, () -> Api.anonymous().post("/party-accounts", body).status());
        assertEquals(List.of(201, 409, 409, 409, 409), statuses);
    }

    @Test
    void twoSimultaneousFailureReportsAnswerOneSuccessAndAConflict() throws Exception {
        Long id = acceptedCase();
        List<Integer> ended = atOnce(2, () -> MEDIATOR.post("/cases/" + id + "/failure",
                "{\"reasonCode\":\"PARTY_REFUSED\",\"reason\":\"拒绝继续\"}").status());
        assertEquals(List.of(200, 409), ended);
        String report = Json.createObjectBuilder().add("basicSituation", "组织一次线上调解。")
                .add("failureReasons", "被申请人拒绝继续调解。").add("costIncreasingConduct", Json.createArrayBuilder())
                .add("notesForCourt", "无").build().toString();
        List<Integer> reported = atOnce(2, () -> MEDIATOR.post("/cases/" + id + "/failure-report", report).status());
        assertEquals(List.of(201, 409), reported);
        assertEquals(1, probe.count("SELECT COUNT(r) FROM FailureReport r WHERE r.mediationCase.id = " + id));
    }

    /** A fresh delegated case at the Beijing center between the two demo party accounts, accepted with M0009. */
    private Long acceptedCase() {
        Long id = writer.create(Referrals.withPartyAccounts(ReferralKind.DELEGATED), "BJ-B-0105", null, Instant.now(),
                new Actor("test", "test"));
        Api.Reply accepted = Api.bjCenter().post("/cases/" + id + "/accept", "{\"mediatorCode\":\"M0009\"}");
        assertEquals(200, accepted.status(), accepted.body());
        return id;
    }

    /** Runs {@code n} copies of {@code call} released at the same instant; their results, sorted. */
    private static List<Integer> atOnce(int n, Callable<Integer> call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(n);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Integer>> futures = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return call.call();
                }));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> f : futures) {
                statuses.add(f.get(2, TimeUnit.MINUTES));
            }
            Collections.sort(statuses);
            return statuses;
        } finally {
            pool.shutdownNow();
        }
    }
}
