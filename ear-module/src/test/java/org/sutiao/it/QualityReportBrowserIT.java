package org.sutiao.it;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The quality analysis reports page (质效分析报告, issue 11 §3) in a real browser. HQ opens it from the sidebar,
 * creates a report for the Beijing center (a malformed month is shown beside its field), writes the analysis,
 * publishes after the confirmation that names the consequence, and the row shows it published with its hash; the
 * Beijing center admin then finds it in its own list. axe's WCAG 2.1 AA rules without a critical or serious violation
 * at desktop and phone size. Screenshots: target/screenshots/quality-reports-*.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class QualityReportBrowserIT {
    private static final By FIRST_ROW = By.cssSelector("[id='reports-form:reports_data'] tr:first-child");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Test
    void hqCreatesEditsAndPublishesAndTheCenterInScopeReadsIt() throws Exception {
        assumeTrue(Browser.available(), "Debian chromium and chromium-driver are not installed (.ci/run installs them)");
        String month = YearMonth.from(LocalDate.now(ZoneId.of("Asia/Shanghai"))).toString();
        List<String> problems = new ArrayList<>();
        try (Browser b = new Browser()) {
            b.resize(Browser.Size.DESKTOP);
            b.login("hq.admin1", "Demo-Hq-2026!");
            b.visible(By.id("menu-form:m-quality-reports")).click();
            b.visible(By.id("reports-form:reports"));

            b.visible(By.id("actions-form:create")).click();
            b.type("create-form:from", "2026/01");
            b.type("create-form:to", month);
            b.choose("create-form:scope", "调解中心：中国贸促会/中国国际商会北京");
            b.driver().findElement(By.id("create-form:create-save")).click();
            b.waitForText(By.id("create-dlg"), "例如 2026-01");
            b.screenshot("quality-reports-01-create-error");
            b.type("create-form:from", month);
            b.driver().findElement(By.id("create-form:create-save")).click();
            b.waitForText(By.cssSelector(".ui-growl"), "已生成报告草稿");
            b.waitUntilHidden(By.id("create-dlg"));
            b.waitForText(FIRST_ROW, "草稿");
            assertTrue(b.driver().findElement(FIRST_ROW).getText().contains("北京调解中心"),
                    b.driver().findElement(FIRST_ROW).getText());

            b.driver().findElement(FIRST_ROW).findElement(By.cssSelector("button[id$=':edit']")).click();
            b.type("narrative-form:findings", "浏览器测试：受理及时，调解成功率稳定。");
            b.type("narrative-form:problems", "个别案件调解周期较长。");
            b.type("narrative-form:measures", "加强督办与培训。");
            b.screenshot("quality-reports-02-narrative");
            problems.addAll(b.seriousAxeProblems("narrative dialog"));
            b.driver().findElement(By.id("narrative-form:narrative-save")).click();
            b.waitForText(By.cssSelector(".ui-growl"), "已保存");
            b.waitUntilHidden(By.id("narrative-dlg"));

            b.driver().findElement(FIRST_ROW).findElement(By.cssSelector("button[id$=':publish']")).click();
            WebElement confirm = b.visible(By.id("publish-form"));
            b.waitForText(By.id("publish-form"), "冻结");
            assertTrue(confirm.getText().contains("调解中心和法院将可以查看"), confirm.getText());
            b.screenshot("quality-reports-03-publish-confirm");
            problems.addAll(b.seriousAxeProblems("publish dialog"));
            b.driver().findElement(By.id("publish-form:publish-confirm")).click();
            b.waitForText(By.cssSelector(".ui-growl"), "报告已发布");
            b.waitUntilHidden(By.id("publish-dlg"));
            b.waitForText(FIRST_ROW, "已发布");
            assertTrue(b.driver().findElement(FIRST_ROW).getText().contains("SHA-256"));
            assertTrue(b.driver().findElement(FIRST_ROW).findElements(By.cssSelector("button[id$=':edit']")).isEmpty(),
                    "no edit once published");
            b.screenshot("quality-reports-04-hq-desktop");
            problems.addAll(b.seriousAxeProblems("hq desktop"));

            b.resize(Browser.Size.PHONE);
            b.open("/evaluation/reports.xhtml");
            b.visible(By.id("reports-form:reports"));
            long scrollWidth = (Long) b.script("return document.documentElement.scrollWidth;");
            long innerWidth = (Long) b.script("return window.innerWidth;");
            assertTrue(scrollWidth <= innerWidth, "no sideways scroll at phone size: " + scrollWidth + " in " + innerWidth);
            b.screenshot("quality-reports-05-hq-phone");
            problems.addAll(b.seriousAxeProblems("hq phone"));
            b.resize(Browser.Size.DESKTOP);
            b.logout();

            b.login("ctr.bj.admin", "Demo-Center-2026!");
            b.visible(By.id("menu-form:m-quality-reports-center")).click();
            b.waitForText(FIRST_ROW, "已发布");
            assertTrue(b.driver().findElements(By.id("actions-form:create")).isEmpty(), "HQ creates");
            b.screenshot("quality-reports-06-center-desktop");
            problems.addAll(b.seriousAxeProblems("center desktop"));
            b.resize(Browser.Size.PHONE);
            b.open("/evaluation/reports.xhtml");
            b.visible(By.id("reports-form:reports"));
            b.screenshot("quality-reports-07-center-phone");
            problems.addAll(b.seriousAxeProblems("center phone"));
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

}
