package org.sutiao.it;

import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.sutiao.shared.domain.BusinessTime;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Path 1 of the mediation issue in a real browser, on demo case C01 (DELEGATED, Chaoyang court, Beijing center): the
 * center accepts it with M0009; the mediator drafts the agreement settling every claim and signs; both parties sign
 * under their own logins; the center seals; both parties apply for judicial confirmation; the clerk uploads the ruling
 * and rules VALID; the case is closed. Screenshots land in target/screenshots (settlement-*).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DelegatedSettlementBrowserIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    private static void signAs(Browser b, String user, String password, String id, String shot) {
        b.login(user, password);
        b.open("/cases/case.xhtml?id=" + id);
        b.visible(By.id("outcome-actions:sign")).click();
        b.visible(By.cssSelector(".ui-confirmdialog-yes")).click();
        b.waitForText(By.cssSelector(".ui-growl"), "已签署");
        b.screenshot(shot);
        b.logout();
    }

    @Test
    void c01IsSettledInFullSignedByEveryoneAndJudiciallyConfirmedValid() throws Exception {
        assumeTrue(Browser.available(), "Debian chromium and chromium-driver are not installed (.ci/run installs them)");
        JsonObject page = Api.clerk().get("/cases?q=" + URLEncoder.encode("(2026)京0105民诉前调1873号", StandardCharsets.UTF_8))
                .json();
        assertEquals(1, page.getInt("total"), "demo case C01");
        String id = page.getJsonArray("items").getJsonObject(0).getJsonNumber("id").toString();
        Api.Reply again = Api.clerk().post("/cases/" + id + "/re-referral", "{\"centerCode\":\"CCPIT-L-BJ\"}");
        assertEquals(200, again.status(), "C01's acceptance period lapsed in January: the court refers it again to the"
                + " same center, which has a new period " + again.body());
        assertEquals(200, Api.bjCenter().post("/cases/" + id + "/accept", "{\"mediatorCode\":\"M0009\"}").status());
        Path ruling = Files.createTempDirectory("ruling").resolve("民事裁定书.pdf");
        Files.write(ruling, Referrals.PDF);
        try (Browser b = new Browser()) {
            b.login("med.m0009", "Demo-Med-2026!");
            b.open("/cases/case.xhtml?id=" + id);
            b.visible(By.id("outcome-actions:open-draft")).click();
            b.type("draft-form:facts", "双方确认申请人已交付全部设备，被申请人尚欠货款45.2万元；争议焦点为违约金计算。");
            b.choose("draft-form:obligations:0:obligor-party-id", "北京青岚");
            b.choose("draft-form:obligations:0:obligee-party-id", "北京卓衡");
            b.type("draft-form:obligations:0:description", "支付货款及违约金");
            b.type("draft-form:obligations:0:amount_input", "470000");
            b.type("draft-form:obligations:0:due-date_input", BusinessTime.today().plusDays(20).toString());
            b.type("draft-form:terms", "被申请人按期付清后，双方再无其他争议。");
            b.screenshot("settlement-01-draft");
            b.driver().findElement(By.id("draft-form:save-draft")).click();
            b.waitForText(By.id("agreement-status"), "签署中");
            String sha = b.driver().findElement(By.id("agreement-sha")).getText().strip();
            assertEquals(64, sha.length());
            b.screenshot("settlement-02-drafted");
            b.visible(By.id("outcome-actions:sign")).click();
            b.visible(By.cssSelector(".ui-confirmdialog-yes")).click();
            b.waitForText(By.cssSelector(".ui-growl"), "已签署");
            b.logout();

            signAs(b, "party.c01.applicant", "Demo-Party-2026!", id, "settlement-03-applicant-signed");
            signAs(b, "party.c01.respondent", "Demo-Party-2026!", id, "settlement-04-respondent-signed");
            b.login("ctr.bj.admin", "Demo-Center-2026!");
            b.open("/cases/case.xhtml?id=" + id);
            b.visible(By.id("outcome-actions:sign")).click();
            b.visible(By.cssSelector(".ui-confirmdialog-yes")).click();
            b.waitForText(By.id("agreement-status"), "已生效");
            assertEquals("SETTLED", b.driver().findElement(By.id("case-status")).getAttribute("data-status"));
            b.screenshot("settlement-05-sealed");
            b.logout();

            for (String party : new String[]{"party.c01.applicant", "party.c01.respondent"}) {
                b.login(party, "Demo-Party-2026!");
                b.open("/cases/case.xhtml?id=" + id);
                b.visible(By.id("outcome-actions:join")).click();
                CasePage.confirm(b, "强制执行");
                b.waitForText(By.cssSelector(".ui-growl"), "司法确认");
                b.logout();
            }

            b.login("clerk.bj0105", "Demo-Clerk-2026!");
            b.open("/cases/case.xhtml?id=" + id);
            b.waitForText(By.id("confirmation-status"), "法院审查中");
            b.screenshot("settlement-06-court-reviews");
            b.visible(By.id("outcome-actions:open-ruling")).click();
            b.type("ruling-form:ruling-number", "(2026)京0105民特88号");
            b.type("ruling-form:ruling-date_input", BusinessTime.today().toString());
            WebElement file = b.driver().findElement(By.cssSelector("[id='ruling-form:material-id'] input[type=file]"));
            file.sendKeys(ruling.toAbsolutePath().toString());
            b.waitForText(By.id("ruling-form:upload-name"), "民事裁定书.pdf");
            b.driver().findElement(By.id("ruling-form:rule")).click();
            CasePage.confirm(b, "不能撤销或修改");
            b.waitForText(By.id("ruling"), "确认协议有效");
            assertEquals("CLOSED", b.driver().findElement(By.id("case-status")).getAttribute("data-status"));
            assertTrue(b.driver().findElement(By.id("timeline")).getText().contains("司法确认裁定"));
            b.screenshot("settlement-07-confirmed-valid");
        }
    }
}
