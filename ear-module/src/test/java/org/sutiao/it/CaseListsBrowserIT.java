package org.sutiao.it;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;
import java.util.List;
import java.util.function.Predicate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Issue 12's tables at 1366 px, the common laptop: HQ's list of every case reads without towers (case numbers on one
 * line, courts and centers by short name with the full one on hover, no cell of them taller than two lines) and its
 * filters work in the database: status, kind, court, center, push dates and the search by court name each reduce the
 * rows to the matching ones. Screenshots of the HQ list, the refer form and the center inbox at 1366 px and on a
 * phone land in target/screenshots (lists-*).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CaseListsBrowserIT {
    private static final String TABLE = "cases-form:cases-table";
    private static final By ROWS = By.cssSelector("[id='" + TABLE + "_data'] tr:not(.ui-datatable-empty-message)");
    /** The case numbers and names of a page whose box is taller than two of their lines (empty when none is). */
    private static final String TOWERS = "return Array.from(document.querySelectorAll("
            + "'.list-table .case-link, .list-table .case-number, .list-table .short-name'))"
            + ".filter(e => { const r = e.getBoundingClientRect(); const s = getComputedStyle(e);"
            + " const line = parseFloat(s.lineHeight) || parseFloat(s.fontSize) * 1.5;"
            + " return r.height > 2.2 * line; }).map(e => e.textContent.trim() + ' ' + Math.round(e.getBoundingClientRect().height) + 'px');";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Test
    void hqListReadsAt1366AndItsFiltersReduceTheRows() throws Exception {
        assumeTrue(Browser.available(), "Debian chromium and chromium-driver are not installed (.ci/run installs them)");
        // one case in mediation at least (the demo cases all wait for acceptance)
        Api.Reply r = Api.clerk().post("/referrals", Referrals.c01(Referrals.newCaseNumber()).build().toString());
        assertEquals(201, r.status(), r.body());
        long id = r.json().getJsonNumber("id").longValue();
        assertEquals(200, Api.bjCenter().post("/cases/" + id + "/accept", "{\"mediatorCode\":\"M0009\"}").status());
        try (Browser b = new Browser()) {
            b.resize(1366, 768);
            b.login("hq.admin1", "Demo-Hq-2026!");
            b.open("/oversight/cases.xhtml");
            b.visible(By.id(TABLE));
            int all = total(b);
            assertTrue(all > 5, "the demo cases are listed: " + all);
            assertEquals(List.of(), b.script(TOWERS), "case numbers and names stay within two lines at 1366 px");
            WebElement firstCourt = b.driver().findElement(By.cssSelector("[id='" + TABLE + "_data'] .short-name"));
            assertFalse(firstCourt.getAttribute("title").isBlank(), "the full name on hover");
            assertTrue(firstCourt.getText().length() < firstCourt.getAttribute("title").length(), "a short name in the list");
            b.assertPlainWords("hq /oversight/cases.xhtml");
            b.screenshot("lists-hq-cases-1366");

            // status: only the cases in mediation
            b.choose("cases-form:status-filter", "调解中");
            int inMediation = reduced(b, all, row -> row.getText().contains("调解中"));
            b.choose("cases-form:status-filter", "全部状态");
            waitForTotal(b, all);

            // kind: only the entrusted (委托) referrals
            b.choose("cases-form:kind-filter", "委托调解");
            reduced(b, all, row -> row.getText().contains("委托") && !row.getText().contains("委派"));
            b.choose("cases-form:kind-filter", "全部类型");
            waitForTotal(b, all);

            // court: only the Chaoyang court's cases, shown by its short name
            b.choose("cases-form:court-filter", "朝阳法院");
            reduced(b, all, row -> row.getText().contains("朝阳法院"));
            b.choose("cases-form:court-filter", "全部法院");
            waitForTotal(b, all);

            // center: only the Beijing center's cases
            b.choose("cases-form:center-filter", "北京调解中心");
            reduced(b, all, row -> row.getText().contains("北京调解中心"));
            b.choose("cases-form:center-filter", "全部调解中心");
            waitForTotal(b, all);

            // search by a court's name (part of its full name): the court's cases only
            b.type("cases-form:text-filter", "朝阳区人民法院");
            reduced(b, all, row -> row.getText().contains("朝阳法院"));
            b.type("cases-form:text-filter", " ");
            waitForTotal(b, all);

            // push dates: none pushed from next year on
            b.type("cases-form:from-filter_input", (org.sutiao.shared.domain.BusinessTime.today().getYear() + 1) + "-01-01");
            b.driver().findElement(By.id("cases-form:text-filter")).click();
            new WebDriverWait(b.driver(), Duration.ofSeconds(20)).until(d -> d.findElements(ROWS).isEmpty());
            System.out.println("HQ list: " + all + " cases, " + inMediation + " in mediation");

            b.resize(Browser.Size.PHONE);
            b.open("/oversight/cases.xhtml");
            b.visible(By.id(TABLE));
            b.screenshot("lists-hq-cases-phone");
            b.resize(Browser.Size.DESKTOP);
            b.logout();

            b.resize(1366, 768);
            b.login("clerk.bj0105", "Demo-Clerk-2026!");
            b.open("/court/refer.xhtml");
            b.visible(By.id("refer-form:center"));
            b.assertPlainWords("clerk /court/refer.xhtml");
            b.screenshot("lists-refer-form-1366");
            b.visible(By.id("refer-form:center")).click();
            b.visible(By.id("refer-form:center_panel"));
            b.screenshot("lists-refer-form-centers-1366");
            b.resize(Browser.Size.PHONE);
            b.open("/court/refer.xhtml");
            b.visible(By.id("refer-form:center"));
            b.screenshot("lists-refer-form-phone");
            b.resize(Browser.Size.DESKTOP);
            b.logout();

            b.resize(1366, 768);
            b.login("ctr.bj.admin", "Demo-Center-2026!");
            b.open("/center/inbox.xhtml");
            b.visible(By.id("inbox-form:inbox-table"));
            assertEquals(List.of(), b.script(TOWERS), "the inbox's case numbers and names stay within two lines");
            b.assertPlainWords("center /center/inbox.xhtml");
            b.screenshot("lists-center-inbox-1366");
            b.resize(Browser.Size.PHONE);
            b.open("/center/inbox.xhtml");
            b.visible(By.id("inbox-form:inbox-table"));
            b.screenshot("lists-center-inbox-phone");
        }
    }

    /** Waits until the table shows fewer than {@code all} cases, every row matching; returns the new total. */
    private static int reduced(Browser b, int all, Predicate<WebElement> matches) {
        int n = new WebDriverWait(b.driver(), Duration.ofSeconds(20))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> {
                    int t = total(b);
                    return t < all ? t : null;
                });
        List<WebElement> rows = b.driver().findElements(ROWS);
        assertFalse(rows.isEmpty(), "some cases match");
        for (WebElement row : rows) {
            assertTrue(matches.test(row), "every row matches the filter: " + row.getText());
        }
        return n;
    }

    private static void waitForTotal(Browser b, int all) {
        new WebDriverWait(b.driver(), Duration.ofSeconds(20))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> total(b) == all);
    }

    /** The table's total from its page report ("1–20 / 79"), or the rows shown when there is no report. */
    private static int total(Browser b) {
        List<WebElement> report = b.driver().findElements(By.cssSelector("[id='" + TABLE + "'] .ui-paginator-current"));
        if (report.isEmpty() || report.get(0).getText().isBlank()) {
            return b.driver().findElements(ROWS).size();
        }
        String text = report.get(0).getText().replaceAll("[^0-9/]", " ").strip();
        String last = text.substring(text.lastIndexOf('/') + 1).strip().split("\\s+")[0];
        return last.isEmpty() ? b.driver().findElements(ROWS).size() : Integer.parseInt(last);
    }
}
