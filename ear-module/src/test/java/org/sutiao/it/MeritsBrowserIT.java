package org.sutiao.it;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.sutiao.shared.domain.BusinessTime;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The merits page (issue 11 §1–§2, notice §5(3)) in a real browser: a center admin opens it from the sidebar and sees
 * its center's commendations (newest first, ten to a page, the database paging) and its mediators' commendations and
 * sanctions; HQ reaches the same page from the dashboard's drill-down; HQ without a center, and a center admin asking
 * for another center, are told so instead. axe's WCAG 2.1 AA rules without a critical or serious violation at desktop
 * and phone (390×844) size; on the phone nothing scrolls sideways and every button and link is at least 44 px high.
 * Screenshots: target/screenshots/merits-*.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class MeritsBrowserIT {
    private static final Api HQ = Api.as("hq.admin1", "Demo-Hq-2026!");
    private static final String BJ = "CCPIT-L-BJ";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Test
    void aCenterSeesItsMeritsAndItsMediatorsAndHqFromTheDrillDown() throws Exception {
        assumeTrue(Browser.available(), "Debian chromium and chromium-driver are not installed (.ci/run installs them)");
        String run = String.valueOf(System.currentTimeMillis() % 100000);
        for (int i = 1; i <= 11; i++) {
            Api.Reply r = HQ.post("/evaluation/centers/" + BJ + "/commendations",
                    "{\"reason\":\"第" + i + "次表彰 " + run + "\"}", Api.newKey());
            assertEquals(201, r.status(), r.body());
        }
        Api.Reply sanction = Api.bjCenter().post("/centers/" + BJ + "/mediators/M0009/merits",
                "{\"kind\":\"SANCTION\",\"occurredOn\":\"" + BusinessTime.today().minusDays(1)
                        + "\",\"reason\":\"未按期提交报告 " + run + "\"}");
        assertEquals(201, sanction.status(), sanction.body());
        Api.Reply commendation = Api.bjCenter().post("/centers/" + BJ + "/mediators/M0009/merits",
                "{\"kind\":\"COMMENDATION\",\"occurredOn\":\"" + BusinessTime.today()
                        + "\",\"reason\":\"调解质效突出 " + run + "\"}");
        assertEquals(201, commendation.status(), commendation.body());

        List<String> problems = new ArrayList<>();
        try (Browser b = new Browser()) {
            b.resize(Browser.Size.DESKTOP);
            b.login("ctr.bj.admin", "Demo-Center-2026!");
            b.visible(By.id("menu-form:m-merits-center")).click();
            WebElement center = b.visible(By.id("merits-form:center-merits"));
            List<WebElement> rows = center.findElements(By.cssSelector("tbody tr.merit-row"));
            assertEquals(10, rows.size(), "ten to a page: " + center.getText());
            assertTrue(rows.get(0).getText().contains("第11次表彰 " + run), "newest first: " + rows.get(0).getText());
            assertTrue(rows.get(0).getText().contains("表彰奖励"), "the kind in words");
            assertTrue(center.findElements(By.cssSelector(".ui-paginator-next")).size() == 1, "a second page");
            String mediators = b.visible(By.id("merits-form:mediator-merits")).getText();
            int commended = mediators.indexOf("调解质效突出 " + run);
            int sanctioned = mediators.indexOf("未按期提交报告 " + run);
            assertTrue(commended >= 0 && sanctioned > commended, "today's before yesterday's: " + mediators);
            assertTrue(mediators.contains("惩戒") && mediators.contains("M0009"), mediators);
            b.screenshot("merits-01-center-desktop");
            problems.addAll(b.seriousAxeProblems("center desktop"));

            center.findElement(By.cssSelector(".ui-paginator-next")).click();
            b.waitForText(By.id("merits-form:center-merits"), "第1次表彰 " + run);
            b.screenshot("merits-02-center-page-2");

            b.resize(Browser.Size.PHONE);
            b.open("/evaluation/merits.xhtml");
            b.visible(By.id("merits-form:mediator-merits"));
            long scrollWidth = (Long) b.script("return document.documentElement.scrollWidth;");
            long innerWidth = (Long) b.script("return window.innerWidth;");
            assertTrue(scrollWidth <= innerWidth, "no sideways scroll at phone size: " + scrollWidth + " in " + innerWidth);
            @SuppressWarnings("unchecked")
            List<String> small = (List<String>) b.script(PagesAccessibilityBrowserIT.SMALL_TARGETS);
            assertTrue(small.isEmpty(), "targets under 44 px on a phone: " + small);
            b.screenshot("merits-03-center-phone");
            problems.addAll(b.seriousAxeProblems("center phone"));

            b.resize(Browser.Size.DESKTOP);
            b.open("/evaluation/merits.xhtml?center=CCPIT-L-ZJ");
            b.waitForText(By.id("merits-problem"), "评估数据仅在权限范围内可见");
            b.logout();

            b.login("hq.admin1", "Demo-Hq-2026!");
            b.open("/evaluation/merits.xhtml");
            b.waitForText(By.id("merits-problem"), "请先在绩效评估看板中选择一个调解中心");
            problems.addAll(b.seriousAxeProblems("hq without a center"));
            b.visible(By.id("menu-form:m-evaluation")).click();
            WebElement row = b.visible(By.cssSelector("#eval-form\\:centers-table tr.row-" + BJ));
            row.findElement(By.cssSelector("button[id$=':drill']")).click();
            WebElement merits = b.visible(By.id("eval-form:merits"));
            b.script("arguments[0].scrollIntoView({block: 'center'});", merits);
            merits.click();
            b.waitForText(By.id("merits-form:center-merits"), "第11次表彰 " + run);
            assertTrue(b.driver().findElement(By.id("merits-form")).getText().contains("北京"), "the center named");
            b.screenshot("merits-04-hq-desktop");
            problems.addAll(b.seriousAxeProblems("hq desktop"));
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

}
