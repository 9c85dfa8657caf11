package org.sutiao.it;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The early warnings page (预警) in a real browser: a center admin opens it from the sidebar, sees a tile per kind
 * and a fresh referral warned about its acceptance (HQ widened the threshold to 5 working days), filters by the tile,
 * follows the case link; at phone width nothing scrolls sideways. Screenshots: target/screenshots/warnings-*.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class WarningBrowserIT {
    private static final Api HQ = Api.as("hq.admin1", "Demo-Hq-2026!");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Test
    void theCenterSeesItsTilesAndTheReferralNearingAcceptance() throws Exception {
        assumeTrue(Browser.available(), "Debian chromium and chromium-driver are not installed (.ci/run installs them)");
        String body = "{\"items\":[{\"kind\":\"ACCEPTANCE\",\"days\":5}]}";
        assertEquals(200, HQ.put("/evaluation/warning-thresholds", body).status());
        try {
            Api.Reply r = Api.clerk().post("/referrals", Referrals.c01(Referrals.newCaseNumber()).build().toString());
            assertEquals(201, r.status(), r.body());
            String caseNumber = r.json().getString("caseNumber");
            try (Browser b = new Browser()) {
                b.login("ctr.bj.admin", "Demo-Center-2026!");
                b.visible(By.id("menu-form:m-warnings")).click();
                b.visible(By.cssSelector(".warning-tiles"));
                String tiles = b.driver().findElement(By.cssSelector(".warning-tiles")).getText();
                assertTrue(tiles.contains("受理期限") && tiles.contains("久调不决风险") && tiles.contains("提前 5 个工作日"),
                        tiles);
                b.driver().findElements(By.cssSelector(".warning-tile.tile-ACCEPTANCE")).get(0).click();
                b.waitForText(By.id("warnings-form:warnings-table_data"), caseNumber);
                String rows = b.driver().findElement(By.id("warnings-form:warnings-table_data")).getText();
                assertTrue(rows.contains("受理期限") && !rows.contains("调解期限"), "filtered by the tile: " + rows);
                assertTrue(rows.contains("个工作日") || rows.contains("今日到期"), rows);
                b.screenshot("warnings-01-center-desktop");

                b.driver().manage().window().setSize(new Dimension(390, 844));
                b.driver().navigate().refresh();
                b.visible(By.cssSelector(".warning-tiles"));
                long overflow = (Long) ((JavascriptExecutor) b.driver()).executeScript(
                        "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
                b.screenshot("warnings-02-center-phone");
                assertTrue(overflow <= 0, "no horizontal scroll at 390 px: " + overflow);
                b.driver().manage().window().setSize(new Dimension(1366, 900));

                WebElement link = b.visible(By.linkText(caseNumber));
                link.click();
                b.waitUntilUrlContains("cases/case.xhtml");
            }
        } finally {
            assertEquals(200, HQ.put("/evaluation/warning-thresholds",
                    "{\"items\":[{\"kind\":\"ACCEPTANCE\",\"days\":1}]}").status());
        }
    }
}
