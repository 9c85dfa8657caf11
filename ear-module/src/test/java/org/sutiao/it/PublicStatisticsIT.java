package org.sutiao.it;

import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.awaitility.Awaitility;
import org.hamcrest.Matcher;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sutiao.evaluation.application.EvaluationFolder;
import org.sutiao.shared.domain.BusinessTime;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Public statistics (issue 11 §4) without credentials: hand-made summaries of 2015 for the Zhejiang and Guangdong
 * centers (nothing else of the demo data falls in 2015) give exactly the hand-computed figures — Jiaxing (30
 * concluded) shown, Ningbo (3) suppressed as a small cell and Zhejiang (20) with it so that the region's total minus
 * Jiaxing reveals nothing; the answer holds no case number or party name of the database; nonsense years are 400 on
 * {@code year}; the answer may be cached 5 minutes. The page (also at {@code /statistics}) shows the same at desktop
 * and phone size with no critical or serious axe violation. The rows are removed at the end (a recompute would).
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PublicStatisticsIT {
    private static final int YEAR = 2015;

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWithTests(new Class<?>[]{PublicStatisticsIT.class, PublicStatisticsProbe.class,
                Api.class}, Awaitility.class, Matcher.class);
    }

    @Inject
    PublicStatisticsProbe probe;
    @Inject
    EvaluationFolder folder;

    private static JsonObject item(JsonObject answer, String region) {
        return answer.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(i -> region.equals(i.getString("region"))).findFirst()
                .orElseThrow(() -> new AssertionError(region + " in " + answer));
    }

    private static JsonObject center(JsonObject region, String code) {
        return region.getJsonArray("centers").getValuesAs(JsonObject.class).stream()
                .filter(i -> code.equals(i.getString("centerCode"))).findFirst()
                .orElseThrow(() -> new AssertionError(code + " in " + region));
    }

    private static void suppressed(JsonObject o, String why, String... fields) {
        for (String f : fields) {
            assertEquals(JsonValue.ValueType.NULL, o.get(f).getValueType(), f + " in " + o);
            assertEquals(why, o.getJsonObject("suppressed").getString(f), f + " in " + o);
        }
    }

    @Test
    @Order(1)
    void theFiguresOfAYearWithSmallCellsSuppressed() {
        if (folder.needsRecompute()) {
            folder.recompute(Instant.now()); // else the timer's first recompute would empty the rows written here
        }
        // received delegated, received direct, concluded, settled full, settled partial, failed, duration sum,
        // duration count, confirmations valid
        probe.row("CCPIT-L-ZJ", LocalDate.of(YEAR, 1, 1), 15, 0, 12, 8, 0, 4, 180, 10, 4);
        probe.row("CCPIT-L-ZJ", LocalDate.of(YEAR, 6, 1), 0, 10, 8, 0, 4, 4, 120, 6, 2);
        probe.row("CCPIT-L-ZJ", LocalDate.of(YEAR - 1, 12, 1), 1000, 0, 1000, 1000, 0, 0, 9000, 1000, 100);
        probe.row("CCPIT-L-ZJ", LocalDate.of(YEAR + 1, 1, 1), 1000, 0, 1000, 1000, 0, 0, 9000, 1000, 100);
        probe.row("CCPIT-L-ZJ-NB", LocalDate.of(YEAR, 3, 1), 4, 0, 3, 3, 0, 0, 30, 3, 0);
        probe.row("CCPIT-L-ZJ-JX", LocalDate.of(YEAR, 12, 1), 40, 0, 30, 20, 4, 6, 600, 25, 2);
        probe.row("CCPIT-L-GD", LocalDate.of(YEAR, 5, 1), 0, 8, 6, 5, 0, 1, 70, 6, 0);

        Api.Reply r = Api.anonymous().get("/public/statistics?year=" + YEAR);
        assertEquals(200, r.status(), r.body());
        assertEquals("public, max-age=300", r.header("Cache-Control"));
        JsonObject answer = r.json();
        assertEquals(YEAR, answer.getInt("year"));
        assertEquals(5, answer.getInt("minimumCases"));
        assertEquals(List.of("广东", "浙江"), answer.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .map(i -> i.getString("region")).toList());

        JsonObject zj = item(answer, "浙江");
        assertEquals(69, zj.getInt("received"), "25 + 4 + 40, without December " + (YEAR - 1) + " or January " + (YEAR + 1));
        assertEquals(53, zj.getInt("concluded"));
        assertEquals(new BigDecimal("0.7358"), zj.getJsonNumber("successRate").bigDecimalValue(), "39 / 53");
        assertEquals(new BigDecimal("21.14"), zj.getJsonNumber("meanDurationDays").bigDecimalValue(), "930 / 44");
        assertEquals(8, zj.getInt("confirmationsValid"));
        assertEquals(0, zj.getJsonObject("suppressed").size());

        JsonObject jx = center(zj, "CCPIT-L-ZJ-JX");
        assertEquals(40, jx.getInt("received"));
        assertEquals(30, jx.getInt("concluded"), "a center with at least 5 concluded cases is shown");
        assertEquals(new BigDecimal("0.8000"), jx.getJsonNumber("successRate").bigDecimalValue(), "24 / 30");
        assertEquals(new BigDecimal("24.00"), jx.getJsonNumber("meanDurationDays").bigDecimalValue());
        suppressed(jx, "SMALL_CELL", "confirmationsValid");

        JsonObject nb = center(zj, "CCPIT-L-ZJ-NB");
        suppressed(nb, "SMALL_CELL", "received", "concluded", "successRate", "meanDurationDays", "confirmationsValid");
        // 69 − 40 would be Ningbo's 4 received if Zhejiang's own center were shown: it is hidden with it
        JsonObject zjCenter = center(zj, "CCPIT-L-ZJ");
        suppressed(zjCenter, "COMPLEMENTARY", "received", "concluded", "successRate", "meanDurationDays",
                "confirmationsValid");

        JsonObject gd = item(answer, "广东");
        assertEquals(8, gd.getInt("received"));
        assertEquals(new BigDecimal("0.8333"), center(gd, "CCPIT-L-GD").getJsonNumber("successRate").bigDecimalValue());
        assertEquals(new BigDecimal("11.67"), center(gd, "CCPIT-L-GD").getJsonNumber("meanDurationDays")
                .bigDecimalValue());
        suppressed(gd, "SMALL_CELL", "confirmationsValid");

        assertEquals(0, Api.anonymous().get("/public/statistics?year=2001").json().getJsonArray("items").size(),
                "a year without data: no item, no error");
    }

    @Test
    @Order(2)
    void thisYearsAnswerNamesNoCaseAndHidesEverySmallFigure() {
        folder.fold(Instant.now());
        List<String> secrets = probe.caseNumbersAndPartyNames();
        assertTrue(secrets.size() > 20, "the demo cases' numbers and parties: " + secrets.size());
        List<String> leaks = new ArrayList<>();
        for (String query : List.of("", "?year=" + BusinessTime.today().getYear(), "?year=" + YEAR)) {
            Api.Reply r = Api.anonymous().get("/public/statistics" + query);
            assertEquals(200, r.status(), r.body());
            secrets.stream().filter(s -> r.body().contains(s)).forEach(s -> leaks.add(query + ": " + s));
            if (query.isEmpty()) {
                assertEquals(BusinessTime.today().getYear(), r.json().getInt("year"), "the current Beijing year");
            }
            for (JsonObject region : r.json().getJsonArray("items").getValuesAs(JsonObject.class)) {
                List<JsonObject> all = new ArrayList<>(region.getJsonArray("centers").getValuesAs(JsonObject.class));
                all.add(region);
                for (JsonObject o : all) {
                    for (String f : List.of("received", "concluded", "confirmationsValid")) {
                        assertTrue(o.isNull(f) || o.getInt(f) >= 5, f + " below 5 shown: " + o);
                        assertEquals(o.isNull(f), o.getJsonObject("suppressed").containsKey(f), f + ": " + o);
                    }
                }
                // the region's total minus its shown centers is 0 or at least 5 cases of at least two centers
                for (String f : List.of("received", "concluded", "confirmationsValid")) {
                    if (region.isNull(f)) {
                        continue;
                    }
                    long rest = region.getInt(f);
                    int hidden = 0;
                    for (JsonObject c : region.getJsonArray("centers").getValuesAs(JsonObject.class)) {
                        if (c.isNull(f)) {
                            hidden++;
                        } else {
                            rest -= c.getInt(f);
                        }
                    }
                    assertTrue(hidden == 0 && rest == 0 || hidden >= 2 && rest >= 5, f + ": " + region);
                }
            }
        }
        assertEquals(List.of(), leaks, "no case number or party name in the public statistics");
    }

    @Test
    @Order(3)
    void nonsenseYearsAre400OnTheYear() {
        int next = BusinessTime.today().getYear() + 1;
        for (String bad : List.of("abc", "1999", String.valueOf(next), "-1", "20150", "2015.5", "%20")) {
            Api.Reply r = Api.anonymous().get("/public/statistics?year=" + bad);
            if (bad.equals("%20")) {
                assertEquals(200, r.status(), "a blank year is the current one");
                continue;
            }
            assertEquals(400, r.status(), bad + ": " + r.body());
            JsonObject error = r.json().getJsonArray("errors").getJsonObject(0);
            assertEquals("year", error.getString("field"), bad);
            assertTrue(error.getString("message").contains("2000"), error.toString());
        }
        Api.Reply english = Api.anonymous().inEnglish().get("/public/statistics?year=abc");
        assertTrue(english.json().getJsonArray("errors").getJsonObject(0).getString("message").startsWith("The year"),
                english.body());
        assertEquals(401, Api.anonymous().get("/evaluation/centers?from=2015-01-01&to=2015-12-31").status(),
                "only the public statistics are open");
    }

    @Test
    @Order(4)
    @RunAsClient
    void thePageShowsTheSameWithoutLoginAtDesktopAndPhoneSize() throws Exception {
        // the browser's classes stay in PublicStatisticsPage: this class is loaded in the server too
        assertEquals(List.of(), PublicStatisticsPage.check(YEAR));
    }

    @Test
    @Order(5)
    void theHandMadeRowsAreRemoved() {
        assertTrue(probe.remove(LocalDate.of(YEAR - 1, 12, 1), LocalDate.of(YEAR + 1, 1, 1)) >= 0);
        assertEquals(0, Api.anonymous().get("/public/statistics?year=" + YEAR).json().getJsonArray("items").size());
    }
}
