package org.sutiao.it;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The audit pages in a real browser: the operator opens the audit log from the menu, filters it by user and
 * verifies the chain; a party sees the case's access trail on the case page, as roles and organisations without
 * usernames. Screenshots land in target/screenshots (audit-*).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AuditBrowserIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Test
    void operatorFiltersAndVerifiesPartySeesTheAccessTrail() throws Exception {
        assumeTrue(Browser.available(), "Debian chromium and chromium-driver are not installed (.ci/run installs them)");
        Api.Reply r = Api.clerk().post("/referrals", Referrals.c01(Referrals.newCaseNumber()).build().toString());
        assertEquals(201, r.status(), r.body());
        long id = r.json().getJsonNumber("id").longValue();
        assertEquals(200, Api.bjCenter().post("/cases/" + id + "/accept", "{\"mediatorCode\":\"M0009\"}").status());
        try (Browser b = new Browser()) {
            b.login("ops.oncall", "Demo-Ops-2026!");
            b.visible(By.id("menu-form:m-audit")).click();
            b.visible(By.id("audit-form:entries"));
            b.type("filter-form:username", "ctr.bj.admin");
            b.driver().findElement(By.id("filter-form:search")).click();
            new WebDriverWait(b.driver(), Duration.ofSeconds(30)).until(d -> {
                try {
                    List<WebElement> rows = d.findElements(By.cssSelector("#audit-form\\:entries_data tr"));
                    return !rows.isEmpty() && rows.stream().allMatch(row -> row.getText().contains("ctr.bj.admin"));
                } catch (StaleElementReferenceException reloading) {
                    return false;
                }
            });
            WebElement detail = b.driver().findElement(By.xpath(
                    "//tbody[@id='audit-form:entries_data']//span[starts-with(., 'AcceptanceService.accept')]"));
            assertTrue(detail.isDisplayed() && detail.getRect().getWidth() > 150,
                    "the detail column gets room: " + detail.getRect().getWidth());
            String table = b.driver().findElement(By.id("audit-form:entries_data")).getText();
            assertTrue(table.contains("受理案件") && !table.contains("READ_CASE"), "actions by their labels: " + table);
            b.driver().findElement(By.id("filter-form:verify")).click();
            b.waitForText(By.id("verification-result"), "哈希链完整");
            b.screenshot("audit-01-operator-log");
            b.logout();

            b.login("party.c01.applicant", "Demo-Party-2026!");
            b.open("/cases/case.xhtml?id=" + id);
            WebElement trail = b.visible(By.id("access-trail"));
            b.waitForText(By.id("access-trail"), "调解中心管理员");
            assertTrue(trail.getText().contains("CCPIT-L-BJ"), trail.getText());
            assertTrue(trail.getText().contains("受理案件"), trail.getText());
            assertFalse(trail.getText().contains("ctr.bj.admin"), trail.getText());
            assertFalse(trail.getText().contains("clerk.bj0105"), trail.getText());
            b.screenshot("audit-02-party-access-trail");
        }
    }
}
