package org.sutiao.it;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The courts' and the mediator's figures pages (issue 11 §2) in a real browser, from the sidebar: a court clerk sees
 * its own court's row only, with the definitions; a range with its end before its start is refused beside the field;
 * a supervisor sees the courts; a mediator its open cases and its indicators against the ranges. axe's WCAG 2.1 AA
 * rules without a critical or serious violation at desktop and phone size, nothing scrolling sideways on the phone.
 * Screenshots: target/screenshots/figures-*.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class FiguresBrowserIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Test
    void aClerkItsCourtASupervisorTheCourtsAMediatorItsOwnFigures() throws Exception {
        assumeTrue(Browser.available(), "Debian chromium and chromium-driver are not installed (.ci/run installs them)");
        List<String> problems = new ArrayList<>();
        try (Browser b = new Browser()) {
            b.resize(Browser.Size.DESKTOP);
            b.login("clerk.bj0105", "Demo-Clerk-2026!");
            b.visible(By.id("menu-form:m-figures-court")).click();
            WebElement table = b.visible(By.id("figures-form:courts-table"));
            List<WebElement> rows = table.findElements(By.cssSelector("tbody tr[class*='row-']"));
            assertTrue(rows.size() <= 1, "a clerk sees its own court only: " + table.getText());
            rows.forEach(r -> assertTrue(r.getAttribute("class").contains("row-BJ-B-0105"), r.getAttribute("class")));
            String page = b.driver().findElement(By.id("figures-form")).getText();
            assertTrue(page.contains("平均受理用时") && page.contains("待司法确认") && page.contains("参考区间"),
                    "definitions and ranges shown");
            assertTrue(page.contains("超期未结案件（件）") && page.contains("调解期限届满日早于今天"),
                    "the open cases past due: a column and its definition");
            b.screenshot("figures-01-court-desktop");
            problems.addAll(b.seriousAxeProblems("court desktop"));

            WebElement from = b.visible(By.id("figures-form:from_input"));
            from.sendKeys(Keys.chord(Keys.CONTROL, "a"), "2026-12-20", Keys.TAB);
            WebElement to = b.visible(By.id("figures-form:to_input"));
            to.sendKeys(Keys.chord(Keys.CONTROL, "a"), "2026-12-01", Keys.TAB);
            b.driver().findElement(By.id("figures-form:apply")).click();
            b.waitForText(By.cssSelector(".field .ui-message-error"), "结束日期早于开始日期");
            b.screenshot("figures-02-court-bad-range");

            b.resize(Browser.Size.PHONE);
            b.open("/figures/court.xhtml");
            b.visible(By.id("figures-form:courts-table"));
            assertNoSidewaysScroll(b);
            b.screenshot("figures-03-court-phone");
            problems.addAll(b.seriousAxeProblems("court phone"));
            b.resize(Browser.Size.DESKTOP);
            b.logout();

            b.login("spc.supervisor1", "Demo-Spc-2026!");
            b.visible(By.id("menu-form:m-figures-courts")).click();
            b.visible(By.id("figures-form:courts-table"));
            b.screenshot("figures-04-supervisor-desktop");
            problems.addAll(b.seriousAxeProblems("supervisor desktop"));
            b.logout();

            b.login("med.m0009", "Demo-Med-2026!");
            b.visible(By.id("menu-form:m-figures-mine")).click();
            b.visible(By.id("load"));
            assertEquals(5, b.driver().findElements(By.cssSelector("#load .eval-tile")).size(),
                    "four open statuses and the past-due count");
            assertTrue(b.driver().findElement(By.id("load")).getText().contains("调解中"));
            b.visible(By.id("figures-form:indicators-table"));
            assertTrue(b.driver().findElement(By.id("figures-form:indicators-table")).getText().contains("调解成功率"));
            b.screenshot("figures-05-mediator-desktop");
            problems.addAll(b.seriousAxeProblems("mediator desktop"));
            b.resize(Browser.Size.PHONE);
            b.open("/figures/mine.xhtml");
            b.visible(By.id("load"));
            assertNoSidewaysScroll(b);
            b.screenshot("figures-06-mediator-phone");
            problems.addAll(b.seriousAxeProblems("mediator phone"));
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    private static void assertNoSidewaysScroll(Browser b) {
        long scrollWidth = (Long) b.script("return document.documentElement.scrollWidth;");
        long innerWidth = (Long) b.script("return window.innerWidth;");
        assertTrue(scrollWidth <= innerWidth, "no sideways scroll at phone size: " + scrollWidth + " in " + innerWidth);
    }

}
