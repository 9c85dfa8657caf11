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

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The roster walk in a real browser: the Beijing center admin adds a mediator and reports the roster, HQ approves
 * the report, a Chaoyang court clerk finds the mediator on the national roster and invites them, and when the
 * center accepts a referral of that court the new mediator is offered first, marked as invited. Screenshots land
 * in target/screenshots (roster-*).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RosterWalkBrowserIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Test
    void centerAddsAndReportsHqApprovesCourtInvitesMediatorOfferedFirst() throws Exception {
        assumeTrue(Browser.available(), "Debian chromium and chromium-driver are not installed (.ci/run installs them)");
        String name = "浏览器" + (char) ('甲' + (int) (System.nanoTime() % 20));
        String code;
        try (Browser b = new Browser()) {
            b.login("ctr.bj.admin", "Demo-Center-2026!");
            b.open("/center/roster.xhtml");
            b.visible(By.id("roster-form:mediators"));
            b.screenshot("roster-01-center-roster");
            b.driver().findElement(By.id("roster-form:enrol-open")).click();
            b.type("enrol-form:name", name);
            b.type("enrol-form:id-number", Roster.residentId());
            b.choose("enrol-form:employment", "专职");
            b.type("enrol-form:profession", "律师");
            WebElement specialties = b.visible(By.id("enrol-form:specialties_input"));
            specialties.sendKeys("商事合同", Keys.ENTER);
            specialties.sendKeys("跨境贸易", Keys.ENTER);
            b.type("enrol-form:years_input", "11");
            b.screenshot("roster-02-enrol-dialog");
            b.driver().findElement(By.id("enrol-form:enrol")).click();
            b.waitForText(By.cssSelector(".ui-growl"), "已登记");
            Matcher m = Pattern.compile("M\\d{4,}").matcher(b.driver().findElement(By.cssSelector(".ui-growl")).getText());
            assertTrue(m.find(), "the growl names the new code");
            code = m.group();
            b.waitForText(By.id("roster-form:mediators"), name);
            b.waitForText(By.id("report-form:unreported"), name);
            String unreported = b.driver().findElement(By.id("report-form:unreported")).getText();
            java.util.Locale zh = org.sutiao.shared.application.Messages.CHINESE;
            assertTrue(java.util.stream.Stream.of("employment.FULL_TIME", "employment.PART_TIME").anyMatch(e ->
                    unreported.contains(org.sutiao.shared.application.Messages.get(zh, "rosterChange.enrolled", name,
                            org.sutiao.shared.application.Messages.get(zh, e)))),
                    "the change to report in words, employment by its label: " + unreported);
            b.driver().findElement(By.linkText(code)).click();
            b.waitForText(By.cssSelector(".page-header h1"), name);
            b.screenshot("roster-03a-mediator-record");
            b.open("/center/roster.xhtml");
            b.type("report-form:note", "新增调解员" + name);
            b.screenshot("roster-03-changes-to-report");
            b.driver().findElement(By.id("report-form:submit-report")).click();
            b.waitForText(By.id("reports-form:reports"), "待审核");
            b.logout();

            b.login("hq.admin1", "Demo-Hq-2026!");
            b.open("/oversight/roster-reports.xhtml");
            WebElement row = b.visible(By.xpath("//tr[contains(., '北京调解中心') and contains(., '待审核')]"));
            b.screenshot("roster-04-hq-reports");
            row.findElement(By.xpath(".//button[contains(@id,':open')]")).click();
            b.waitForText(By.id("review-form:items"), name);
            b.screenshot("roster-05-hq-review");
            b.driver().findElement(By.id("review-form:approve")).click();
            b.waitForText(By.cssSelector(".ui-growl"), "审核通过");
            b.open("/oversight/centers.xhtml");
            b.waitForText(By.id("centers-form:centers"), "CCPIT-L-BJ");
            b.screenshot("roster-05a-hq-centers");
            b.open("/roster/training.xhtml");
            b.visible(By.id("course-form:record"));
            b.logout();

            b.login("clerk.bj0105", "Demo-Clerk-2026!");
            b.open("/roster/national.xhtml");
            b.type("filter-form:text", code);
            b.driver().findElement(By.id("filter-form:search")).click();
            b.waitForText(By.id("roster-form:entries"), name);
            b.screenshot("roster-06-national-roster");
            b.visible(By.xpath("//tr[contains(., '" + code + "')]//button[contains(@id,':invite')]")).click();
            b.visible(By.id("invite-form:invite-confirm")).click();
            b.waitForText(By.cssSelector(".ui-growl"), "特邀调解名册");
            b.open("/court/invited-roster.xhtml");
            b.waitForText(By.id("roster-form:entries"), code);
            b.screenshot("roster-07-invited-roster");
            b.logout();

            Api.Reply referral = Api.clerk().post("/referrals", Referrals.c01(Referrals.newCaseNumber()).build().toString());
            assertEquals(201, referral.status(), referral.body());
            b.login("ctr.bj.admin", "Demo-Center-2026!");
            b.open("/cases/case.xhtml?id=" + referral.json().getJsonNumber("id"));
            b.visible(By.id("actions-form:accept")).click();
            b.visible(By.id("accept-form:mediator")).click();
            List<WebElement> items = b.driver().findElements(By.cssSelector("[id='accept-form:mediator_items'] li"));
            b.screenshot("roster-08-offered-first");
            List<String> labels = items.stream().skip(1).map(WebElement::getText).toList();
            int ours = indexOf(labels, l -> l.startsWith(code));
            int firstNotInvited = indexOf(labels, l -> !l.contains("★特邀"));
            assertTrue(ours >= 0 && labels.get(ours).contains("★特邀"), "offered and marked as invited: " + labels);
            assertTrue(firstNotInvited < 0 || ours < firstNotInvited, "invited mediators come first: " + labels);
        }
    }

    private static int indexOf(List<String> labels, java.util.function.Predicate<String> p) {
        for (int i = 0; i < labels.size(); i++) {
            if (p.test(labels.get(i))) {
                return i;
            }
        }
        return -1;
    }
}
