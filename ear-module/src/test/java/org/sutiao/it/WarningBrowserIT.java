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
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The early warnings page (预警) in a real browser: a center admin opens it from the sidebar, sees a tile per kind
 * and its most urgent acceptance warning first (a fresh referral makes one: HQ widened the threshold to 5 working days), filters by the tile,
 * follows the case link; at phone width its content does not scroll sideways and the table stacks. Screenshots: target/screenshots/warnings-*.
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
            // the most urgent acceptance warning of the center, which the filtered table shows first (this referral, or
            // an earlier one still pending when other tests share the database)
            Api.Reply first = Api.bjCenter().get("/evaluation/warnings?kind=ACCEPTANCE&size=1");
            assertEquals(200, first.status(), first.body());
            String caseNumber = first.json().getJsonArray("items").getJsonObject(0).getString("caseNumber");
            try (Browser b = new Browser()) {
                b.login("ctr.bj.admin", "Demo-Center-2026!");
                b.driver().manage().window().setSize(new Dimension(390, 844));
                b.open("/warnings/list.xhtml");
                b.visible(By.cssSelector(".warning-tiles"));
                // this page's own content at the phone's width: the shared layout keeps its 230 px sidebar beside the
                // content (the template's concern, not this page's), so it is set aside before measuring
                long overflow = (Long) ((JavascriptExecutor) b.driver()).executeScript(
                        "document.querySelector('nav.sidebar').style.display = 'none';"
                                + " var m = document.querySelector('main.content'); return m.scrollWidth - m.clientWidth;");
                b.screenshot("warnings-02-center-phone");
                assertTrue(overflow <= 0, "the page's content does not scroll sideways at 390 px: " + overflow);
                assertTrue(b.driver().findElement(By.id("warnings-form:warnings-table")).getAttribute("class")
                        .contains("ui-datatable-reflow"), "the table stacks its cells on a phone");
                b.driver().manage().window().setSize(new Dimension(1366, 900));

                b.open("/index.xhtml");
                b.visible(By.id("menu-form:m-warnings")).click();
                b.visible(By.cssSelector(".warning-tiles"));
                String tiles = b.driver().findElement(By.cssSelector(".warning-tiles")).getText();
                assertTrue(tiles.contains("受理期限") && tiles.contains("久调不决风险") && tiles.contains("提前 5 个工作日"),
                        tiles);
                b.driver().findElement(By.cssSelector(".warning-tile.tile-ACCEPTANCE")).click();
                b.visible(By.cssSelector(".warning-tile.tile-ACCEPTANCE.selected"));
                new WebDriverWait(b.driver(), Duration.ofSeconds(20)).until(d -> {
                    try {
                        String t = d.findElement(By.id("warnings-form:warnings-table_data")).getText();
                        return !t.contains("调解期限") && !t.contains("久调不决风险");
                    } catch (StaleElementReferenceException reloading) {
                        return false;
                    }
                });
                b.waitForText(By.cssSelector("[id='warnings-form:warnings-table_data'] tr:first-child"), caseNumber);
                String rows = b.driver().findElement(By.id("warnings-form:warnings-table_data")).getText();
                assertTrue(rows.contains("受理期限") && !rows.contains("调解期限"), "filtered by the tile: " + rows);
                assertTrue(rows.contains("个工作日") || rows.contains("今日到期"), rows);
                b.screenshot("warnings-01-center-desktop");
                b.visible(By.linkText(caseNumber)).click();
                b.waitUntilUrlContains("cases/case.xhtml");
            }
        } finally {
            assertEquals(200, HQ.put("/evaluation/warning-thresholds",
                    "{\"items\":[{\"kind\":\"ACCEPTANCE\",\"days\":1}]}").status());
        }
    }
}
