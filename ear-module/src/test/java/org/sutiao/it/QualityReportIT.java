package org.sutiao.it;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sutiao.cases.application.ReferralWriter;
import org.sutiao.cases.domain.ReferralKind;
import org.sutiao.evaluation.application.EvaluationFolder;
import org.sutiao.evaluation.application.QualityReportScheduler;
import org.sutiao.shared.domain.Actor;
import org.sutiao.shared.domain.BusinessTime;

import java.io.IOException;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.HexFormat;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The quality analysis reports through the API (issue 11 §3): HQ creates, edits and publishes; a published report
 * answers 409 to every change and serves the PDF whose SHA-256 it carries, with the Chinese headings and the
 * evaluation's figures in its text; readers outside the scope get 404; the timer drafts each periodic report once.
 */
@ExtendWith(ArquillianExtension.class)
class QualityReportIT {
    private static final Api HQ = Api.as("hq.admin1", "Demo-Hq-2026!");
    private static final Api ZJ_CENTER = Api.as("ctr.zj.admin", "Demo-Center-2026!");
    private static final LocalDate FROM = BusinessTime.today().withDayOfMonth(1);
    private static final LocalDate TO = FROM.with(TemporalAdjusters.lastDayOfMonth());

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWithTests(new Class<?>[]{QualityReportIT.class, QualityReportProbe.class, Api.class,
                Referrals.class});
    }

    @Inject
    ReferralWriter writer;
    @Inject
    EvaluationFolder folder;
    @Inject
    QualityReportScheduler scheduler;
    @Inject
    QualityReportProbe probe;

    private static String sha256(byte[] b) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(b));
    }

    private static String text(byte[] pdf) throws IOException {
        PdfReader reader = new PdfReader(pdf);
        PdfTextExtractor x = new PdfTextExtractor(reader);
        StringBuilder all = new StringBuilder();
        for (int p = 1; p <= reader.getNumberOfPages(); p++) {
            all.append(x.getTextFromPage(p));
        }
        return all.toString().replaceAll("\\s", "");
    }

    private static long id(Api.Reply r) {
        return r.json().getJsonNumber("id").longValue();
    }

    private static String create(String scope) {
        return Json.createObjectBuilder().add("from", FROM.toString()).add("to", TO.toString()).add("scope", scope)
                .build().toString();
    }

    /**
     * Folds the new case into the figures at once; a database whose first recompute the timer has not yet run (a
     * fresh server, or one just upgraded by V33) is recomputed first, as the timer would.
     */
    private void foldNow() {
        if (folder.needsRecompute()) {
            folder.recompute(Instant.now());
        }
        folder.fold(Instant.now());
    }

    private static boolean listed(Api who, long id) {
        Api.Reply r = who.get("/reports?size=100");
        assertEquals(200, r.status(), r.body());
        return r.json().getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .anyMatch(i -> i.getJsonNumber("id").longValue() == id);
    }

    @Test
    void hqCreatesEditsAndPublishesAndAPublishedReportNeverChanges() throws Exception {
        writer.create(Referrals.withPartyAccounts(ReferralKind.DELEGATED), "BJ-B-0105", null, Instant.now(),
                new Actor("test", "test"));
        foldNow();
        JsonObject bj = HQ.get("/evaluation/centers?from=" + FROM + "&to=" + TO).json().getJsonArray("items")
                .getValuesAs(JsonObject.class).stream().filter(i -> i.getString("centerCode").equals("CCPIT-L-BJ"))
                .findFirst().orElseThrow();
        long received = bj.getJsonNumber("received").longValue();
        assertTrue(received >= 1);

        Api.Reply bad = HQ.post("/reports", "{\"from\":\"" + FROM.plusDays(1) + "\",\"to\":\"" + TO
                + "\",\"scope\":\"NATIONAL\"}");
        assertEquals(400, bad.status(), bad.body());
        assertEquals("from", bad.json().getJsonArray("errors").getJsonObject(0).getString("field"));
        Api.Reply unknown = HQ.post("/reports", create("CENTER:NO-SUCH"));
        assertEquals(400, unknown.status(), unknown.body());
        assertEquals("scope", unknown.json().getJsonArray("errors").getJsonObject(0).getString("field"));
        assertEquals(403, Api.bjCenter().post("/reports", create("CENTER:CCPIT-L-BJ")).status(), "HQ only");

        Api.Reply created = HQ.post("/reports", create("CENTER:CCPIT-L-BJ"));
        assertEquals(201, created.status(), created.body());
        long id = id(created);
        assertEquals("DRAFT", created.json().getString("status"));
        assertTrue(created.json().isNull("sha256"));
        assertEquals(404, Api.bjCenter().get("/reports/" + id).status(), "a draft is HQ's");
        assertFalse(listed(Api.bjCenter(), id));

        Api.Reply tooLong = HQ.put("/reports/" + id, Json.createObjectBuilder()
                .add("findings", "字".repeat(4001)).build().toString());
        assertEquals(400, tooLong.status(), tooLong.body());
        assertEquals("findings", tooLong.json().getJsonArray("errors").getJsonObject(0).getString("field"));
        Api.Reply edited = HQ.put("/reports/" + id, Json.createObjectBuilder()
                .add("version", created.json().getJsonNumber("version").longValue())
                .add("findings", "北京调解中心受理及时。").add("problems", "个别案件调解周期较长。")
                .add("measures", "加强调解员培训。").build().toString());
        assertEquals(200, edited.status(), edited.body());
        assertEquals("个别案件调解周期较长。", edited.json().getString("problems"));
        assertEquals(409, HQ.put("/reports/" + id, Json.createObjectBuilder()
                .add("version", created.json().getJsonNumber("version").longValue()).add("findings", "旧版本")
                .build().toString()).status(), "a stale version");
        assertTrue(text(HQ.getBytes("/reports/" + id + ".pdf")).contains("草稿"));

        Api.Reply published = HQ.post("/reports/" + id + "/publication", "{}");
        assertEquals(200, published.status(), published.body());
        assertEquals("PUBLISHED", published.json().getString("status"));
        String sha = published.json().getString("sha256");
        assertEquals(409, HQ.put("/reports/" + id, "{\"findings\":\"改写\"}").status());
        assertEquals(409, HQ.post("/reports/" + id + "/publication", "{}", Api.newKey()).status(),
                "a second publication (a new request: the same one within 10 s is answered again, IdempotencyKeys)");

        byte[] pdf = HQ.getBytes("/reports/" + id + ".pdf");
        assertEquals(sha, sha256(pdf), "the hash is the hash of the exact document served");
        assertEquals(sha, HQ.get("/reports/" + id).json().getString("sha256"));
        long started = System.nanoTime();
        foldNow();
        assertEquals(sha, sha256(Api.bjCenter().getBytes("/reports/" + id + ".pdf")),
                "frozen: the same bytes for every reader and later");
        String text = text(pdf);
        for (String h : List.of("调解工作质效分析报告", "一、总体情况", "二、案件数量与趋势", "三、调解结果",
                "七、分地区与分中心情况", "八、调解员情况", "九、超出参考范围的指标", "十一、存在的问题")) {
            assertTrue(text.contains(h), h + " in " + text);
        }
        assertTrue(text.contains("本期共收案" + received + "件"), received + " in " + text);
        assertTrue(text.contains("个别案件调解周期较长。"), text);
        assertTrue(text.contains("已发布"), text);
        byte[] xlsx = Api.bjCenter().getBytes("/reports/" + id + ".xlsx");
        assertEquals('P', xlsx[0]);
        assertEquals('K', xlsx[1]);
        System.out.println("QualityReportIT: second read of a published PDF " + (System.nanoTime() - started) / 1_000_000
                + " ms");

        assertTrue(listed(Api.bjCenter(), id), "the center in scope sees it");
        assertEquals(200, Api.bjCenter().get("/reports/" + id).status());
        assertEquals(404, ZJ_CENTER.get("/reports/" + id).status(), "another center: as if it did not exist");
        assertEquals(404, ZJ_CENTER.get("/reports/" + id + ".pdf").status());
        assertFalse(listed(ZJ_CENTER, id));
        assertEquals(404, Api.clerk().get("/reports/" + id).status(), "a center's report is not the courts'");
        assertEquals(404, HQ.get("/reports/999999999").status());
    }

    private static JsonObject bjItem() {
        return HQ.get("/evaluation/centers?from=" + FROM + "&to=" + TO).json().getJsonArray("items")
                .getValuesAs(JsonObject.class).stream().filter(i -> i.getString("centerCode").equals("CCPIT-L-BJ"))
                .findFirst().orElseThrow();
    }

    @Test
    void aReportCarriesItsFiguresAndAPublishedReportsFiguresNeverChange() throws Exception {
        writer.create(Referrals.withPartyAccounts(ReferralKind.DELEGATED), "BJ-B-0105", null, Instant.now(),
                new Actor("test", "test"));
        foldNow();
        Api.Reply created = HQ.post("/reports", create("CENTER:CCPIT-L-BJ"));
        assertEquals(201, created.status(), created.body());
        long id = id(created);
        JsonObject draft = HQ.get("/reports/" + id).json().getJsonObject("figures");
        JsonObject bj = bjItem();
        JsonObject center = draft.getJsonArray("centers").getJsonObject(0);
        assertEquals("CCPIT-L-BJ", center.getString("centerCode"));
        for (String k : List.of("received", "accepted", "declined", "concluded", "settledFull", "openPastDue")) {
            assertEquals(bj.get(k), center.get(k), k + ": the report's table is the evaluation's item");
            assertEquals(bj.get(k), draft.getJsonObject("overview").get(k), k + ": a center's overview is its own");
        }
        assertEquals(bj.get("outOfRange"), center.get("outOfRange"));
        assertEquals(List.of("北京"), draft.getJsonArray("regions").getValuesAs(JsonObject.class).stream()
                .map(r -> r.getString("region")).toList());
        assertTrue(draft.getJsonArray("mediators").getValuesAs(JsonObject.class).stream()
                .anyMatch(m -> m.getString("mediatorCode").equals("M0009")), "a center's report lists its mediators");

        Api.Reply published = HQ.post("/reports/" + id + "/publication", "{}");
        assertEquals(200, published.status(), published.body());
        String sha = published.json().getString("sha256");
        JsonObject frozen = HQ.get("/reports/" + id).json().getJsonObject("figures");
        long received = frozen.getJsonObject("overview").getJsonNumber("received").longValue();
        String pdfText = text(HQ.getBytes("/reports/" + id + ".pdf"));
        assertTrue(pdfText.contains("本期共收案" + received + "件"), "the PDF says what the figures say");
        assertTrue(pdfText.contains("久调不决风险）" + frozen.getJsonObject("overview").getInt("openPastDue") + "件"),
                "and the open cases past due: " + pdfText);

        writer.create(Referrals.withPartyAccounts(ReferralKind.DELEGATED), "BJ-B-0105", null, Instant.now(),
                new Actor("test", "test"));
        foldNow();
        assertEquals(received + 1, bjItem().getJsonNumber("received").longValue(), "the data changed");
        Api.Reply again = HQ.get("/reports/" + id);
        assertEquals(frozen, again.json().getJsonObject("figures"), "the published figures did not");
        assertEquals(sha, again.json().getString("sha256"));
        assertEquals(sha, sha256(HQ.getBytes("/reports/" + id + ".pdf")));
        assertEquals(frozen, Api.bjCenter().get("/reports/" + id).json().getJsonObject("figures"),
                "the same for a reader in scope");
    }

    @Test
    void aRegionalReportReachesTheCourtsAndCentersOfItsRegionOnly() {
        Api.Reply created = HQ.post("/reports", create("REGION:北京"));
        assertEquals(201, created.status(), created.body());
        long id = id(created);
        assertEquals(200, HQ.post("/reports/" + id + "/publication", "{}").status());
        assertTrue(listed(Api.clerk(), id), "a Beijing court");
        assertTrue(listed(Api.bjCenter(), id), "a Beijing center");
        assertFalse(listed(ZJ_CENTER, id), "a Zhejiang center");
        assertEquals(404, ZJ_CENTER.get("/reports/" + id).status());
    }

    @Test
    void aNationalAnnualReportIsGeneratedInTime() {
        LocalDate from = FROM.minusMonths(11);
        Api.Reply created = HQ.post("/reports", Json.createObjectBuilder().add("from", from.toString())
                .add("to", TO.toString()).add("scope", "NATIONAL").build().toString());
        assertEquals(201, created.status(), created.body());
        long id = id(created);
        long started = System.nanoTime();
        byte[] pdf = HQ.getBytes("/reports/" + id + ".pdf");
        long ms = (System.nanoTime() - started) / 1_000_000;
        System.out.println("QualityReportIT: national annual report (12 months, every center) generated in " + ms
                + " ms, " + pdf.length + " bytes");
        assertTrue(ms < 10_000, ms + " ms");
    }

    @Test
    void theTimerDraftsEachPeriodicNationalReportOnce() {
        LocalDate firing = LocalDate.parse("2020-04-01");
        int first = scheduler.draftDue(firing);
        int second = scheduler.draftDue(firing);
        assertEquals(0, second, "a rerun drafts nothing");
        assertTrue(first <= 2, "at most the month and the quarter: " + first);
        assertEquals(1, probe.periodic(LocalDate.parse("2020-03-01"), LocalDate.parse("2020-03-31"), "MONTHLY"));
        assertEquals(1, probe.periodic(LocalDate.parse("2020-01-01"), LocalDate.parse("2020-03-31"), "QUARTERLY"));
        assertEquals(0, probe.periodic(LocalDate.parse("2020-01-01"), LocalDate.parse("2020-03-31"), "MONTHLY"));
    }
}
