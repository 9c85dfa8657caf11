package org.sutiao.it;

import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The evaluation dashboard (绩效评估, issue 11 §2) in a real browser. HQ opens it from the sidebar: tiles, the charts
 * drawn on their canvases, the Beijing center's row with its figures (a case accepted here shows in its received and
 * accepted counts), the drill-down to its mediators, the Excel export of the centers (an .xlsx), a commendation of a
 * mediator, and axe's WCAG 2.1 AA rules without a critical or serious violation at desktop and phone size (nothing
 * scrolls sideways on the phone). A center admin sees its own center only, with its mediators and no league table.
 * Screenshots: target/screenshots/evaluation-*.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class EvaluationDashboardBrowserIT {
    private static final Api HQ = Api.as("hq.admin1", "Demo-Hq-2026!");
    private static final String BJ = "CCPIT-L-BJ";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Test
    void hqReadsTheCentersDrillsDownExportsAndCommendsTheCenterSeesOnlyItsOwn() throws Exception {
        assumeTrue(Browser.available(), "Debian chromium and chromium-driver are not installed (.ci/run installs them)");
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        String period = "from=" + today.withDayOfYear(1) + "&to=" + today.withDayOfYear(today.lengthOfYear());
        long acceptedBefore = accepted(period);
        Api.Reply r = Api.clerk().post("/referrals", Referrals.c01(Referrals.newCaseNumber()).build().toString());
        assertEquals(201, r.status(), r.body());
        long id = r.json().getJsonNumber("id").longValue();
        assertEquals(200, Api.bjCenter().post("/cases/" + id + "/accept", "{\"mediatorCode\":\"M0009\"}").status());
        long deadline = System.currentTimeMillis() + 90_000;
        while (accepted(period) <= acceptedBefore && System.currentTimeMillis() < deadline) {
            Thread.sleep(2_000); // the fold runs every 20 s
        }
        long acceptedNow = accepted(period);
        assertTrue(acceptedNow > acceptedBefore, "the acceptance reached the summaries within 90 s");

        List<String> problems = new ArrayList<>();
        try (Browser b = new Browser()) {
            b.resize(Browser.Size.DESKTOP);
            b.login("hq.admin1", "Demo-Hq-2026!");
            b.visible(By.id("menu-form:m-evaluation")).click();
            b.visible(By.id("tiles"));
            assertTrue(b.driver().findElements(By.cssSelector("#tiles .eval-tile")).size() >= 8, "the tiles");
            for (String chart : List.of("trend-chart", "outcome-chart", "region-chart")) {
                new WebDriverWait(b.driver(), Duration.ofSeconds(20)).until(d -> Boolean.TRUE.equals(b.script(
                        "var c = document.getElementById('eval-form:" + chart + "_canvas');"
                                + " return c != null && c.width > 0 && window.Chart && Chart.getChart(c) != null;")));
            }
            WebElement row = b.visible(By.cssSelector("#eval-form\\:centers-table tr.row-" + BJ));
            assertTrue(row.getText().contains(BJ), row.getText());
            assertEquals(String.valueOf(acceptedNow), row.findElement(By.cssSelector("td:nth-child(3)")).getText()
                    .replaceAll("\\D", ""), "the accepted cell: " + row.getText());
            String page = b.driver().findElement(By.id("eval-form")).getText();
            assertTrue(page.contains("按期受理率") && page.contains("受理期限（推送后3个工作日）"), "definitions shown");
            assertTrue(page.contains("超期未结案件（件）") && page.contains("调解期限届满日早于今天"),
                    "the open cases past due: a column of the centers' table and its definition");
            b.screenshot("evaluation-01-hq-desktop");
            problems.addAll(b.seriousAxeProblems("hq desktop"));

            // the Excel export of the centers answers an .xlsx (a ZIP: "PK")
            String export = (String) ((JavascriptExecutor) b.driver()).executeAsyncScript(
                    "const done = arguments[arguments.length - 1]; const f = document.getElementById('eval-form');"
                            + " const p = new URLSearchParams(new FormData(f)); p.append('eval-form:export-centers', '');"
                            + " fetch(f.action, {method: 'POST', body: p}).then(r => r.arrayBuffer().then(buf => {"
                            + " const u = new Uint8Array(buf); done(r.headers.get('content-type') + ' '"
                            + " + String.fromCharCode(u[0], u[1]) + ' ' + u.length); })).catch(e => done('error ' + e));");
            assertTrue(export.startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet PK"), export);

            String centerName = row.findElement(By.cssSelector(".subject-name")).getText();
            String casesHref = row.findElement(By.cssSelector("a[id$=':cases']")).getAttribute("href");
            assertTrue(casesHref.contains("/oversight/cases.xhtml?center=" + BJ), casesHref);

            row.findElement(By.cssSelector("button[id$=':drill']")).click();
            WebElement mediators = b.visible(By.id("eval-form:mediators-table"));
            b.waitForText(By.id("eval-form:mediators-table"), "M0009");
            assertTrue(b.driver().findElement(By.id("mediators-title")).getText().contains("调解员"));
            b.screenshot("evaluation-02-hq-mediators");
            assertFalse(mediators.getText().isBlank());

            // commend the mediator: kept on the record
            b.driver().findElement(By.cssSelector("#eval-form\\:mediators-table tr.row-M0009 button[id$=':commend']")).click();
            b.visible(By.id("commend-form:reason")).sendKeys("浏览器测试：调解质效突出");
            b.driver().findElement(By.id("commend-form:commend-save")).click();
            b.waitForText(By.cssSelector(".ui-growl"), "已表彰");
            b.waitUntilHidden(By.id("commend-dlg"));

            // the drill-down to the center's cases: the case list filtered by the center
            b.driver().get(casesHref);
            b.visible(By.id("cases-form:cases-table"));
            new WebDriverWait(b.driver(), Duration.ofSeconds(20)).until(d -> Boolean.TRUE.equals(b.script(
                    "return !window.jQuery || jQuery.active === 0;")));
            List<WebElement> caseRows = b.driver().findElements(By.cssSelector(
                    "[id='cases-form:cases-table_data'] tr:not(.ui-datatable-empty-message)"));
            assertFalse(caseRows.isEmpty(), "the center has cases");
            for (WebElement caseRow : caseRows) {
                // lists show the short name with the full one on hover (issue 12)
                assertEquals(centerName, caseRow.findElement(By.cssSelector("span.short-name[title^='中国']"))
                        .getAttribute("title"), caseRow.getText());
            }

            b.resize(Browser.Size.PHONE);
            b.open("/evaluation/dashboard.xhtml");
            b.visible(By.id("tiles"));
            long scrollWidth = (Long) b.script("return document.documentElement.scrollWidth;");
            long innerWidth = (Long) b.script("return window.innerWidth;");
            assertTrue(scrollWidth <= innerWidth, "no sideways scroll at phone size: " + scrollWidth + " in " + innerWidth);
            b.screenshot("evaluation-03-hq-phone");
            b.script("document.getElementById('centers-title').scrollIntoView();");
            b.screenshot("evaluation-03b-hq-phone-centers");
            problems.addAll(b.seriousAxeProblems("hq phone"));
            b.resize(Browser.Size.DESKTOP);
            b.logout();

            b.login("ctr.bj.admin", "Demo-Center-2026!");
            b.visible(By.id("menu-form:m-evaluation-center")).click();
            b.visible(By.id("tiles"));
            List<WebElement> rows = b.driver().findElements(By.cssSelector("#eval-form\\:centers-table tbody tr"));
            assertEquals(1, rows.size(), "a center admin sees its own center only");
            assertTrue(rows.get(0).getAttribute("class").contains("row-" + BJ));
            assertTrue(b.driver().findElements(By.id("eval-form:region-chart")).isEmpty(), "no chart of other regions");
            b.waitForText(By.id("eval-form:mediators-table"), "M0009");
            assertTrue(b.driver().findElements(By.cssSelector("button[id$=':commend']")).isEmpty(), "HQ commends");
            b.screenshot("evaluation-04-center-desktop");
            problems.addAll(b.seriousAxeProblems("center desktop"));
            b.resize(Browser.Size.PHONE);
            b.open("/evaluation/dashboard.xhtml");
            b.visible(By.id("tiles"));
            b.screenshot("evaluation-05-center-phone");
            problems.addAll(b.seriousAxeProblems("center phone"));
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    private static long accepted(String period) {
        Api.Reply r = HQ.get("/evaluation/centers?" + period);
        assertEquals(200, r.status(), r.body());
        for (JsonObject o : r.json().getJsonArray("items").getValuesAs(JsonObject.class)) {
            if (BJ.equals(o.getString("centerCode"))) {
                return o.getJsonNumber("accepted").longValue();
            }
        }
        throw new AssertionError("no row of " + BJ);
    }

}
