package org.sutiao.it;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Path 2 of the mediation issue in a real browser: an ENTRUSTED case (referred and accepted through the API) fails;
 * the mediator ends mediation and writes the failure report naming the party whose conduct raised costs; the court
 * clerk sees the report on the case and records that trial resumed; the case is closed on the mediation side.
 * Screenshots land in target/screenshots (failure-*).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class MediationFailureBrowserIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Test
    void anEntrustedCaseFailsTheReportReachesTheCourtWhichRecordsTheResumedTrial() throws Exception {
        assumeTrue(Browser.available(), "Debian chromium and chromium-driver are not installed (.ci/run installs them)");
        Api.Reply referral = Api.clerk().post("/referrals", Referrals.c01(Referrals.newCaseNumber().replace("民诉前调", "民初"))
                .add("kind", "ENTRUSTED").build().toString());
        assertEquals(201, referral.status(), referral.body());
        String id = referral.json().getJsonNumber("id").toString();
        assertEquals(200, Api.bjCenter().post("/cases/" + id + "/accept", "{\"mediatorCode\":\"M0009\"}").status());
        try (Browser b = new Browser()) {
            b.login("med.m0009", "Demo-Med-2026!");
            b.open("/cases/case.xhtml?id=" + id);
            b.visible(By.id("mediation-actions:open-fail")).click();
            b.choose("fail-form:reason-code", "当事人拒绝继续调解");
            b.type("fail-form:reason", "被申请人明确表示不再参加调解，坚持通过诉讼解决。");
            b.screenshot("failure-01-end-mediation");
            b.driver().findElement(By.id("fail-form:fail")).click();
            CasePage.confirm(b, "不能再恢复调解");
            b.waitForText(By.id("case-status"), "调解不成");
            assertEquals("FAILED", b.driver().findElement(By.id("case-status")).getAttribute("data-status"));

            b.visible(By.id("mediation-actions:open-report")).click();
            b.type("report-form:basic-situation", "组织线上调解两次，双方对违约金金额分歧较大。");
            b.type("report-form:failure-reasons", "被申请人拒绝继续调解。");
            b.driver().findElement(By.id("report-form:submit-report")).click();
            CasePage.confirm(b, "送交法院");
            b.waitForText(By.id("report-form"), "此项为必填项");
            assertEquals("FAILED", b.driver().findElement(By.id("case-status")).getAttribute("data-status"),
                    "an incomplete report is not sent");
            b.driver().findElement(By.id("report-form:add-conduct")).click();
            b.choose("report-form:cost-increasing-conduct:0:party-id", "王");
            b.type("report-form:cost-increasing-conduct:0:description", "两次无正当理由缺席调解，增加申请人诉讼成本。");
            b.type("report-form:notes-for-court", "申请人同意分期付款方案，可供法院审理参考。");
            b.screenshot("failure-02-report");
            b.driver().findElement(By.id("report-form:submit-report")).click();
            CasePage.confirm(b, "送交法院");
            b.waitForText(By.id("failure-report"), "两次无正当理由缺席调解");
            assertTrue(b.driver().findElement(By.id("failure-report")).getText().contains("王"), "the party is named");
            b.screenshot("failure-03-report-sent");
            b.logout();

            b.login("clerk.bj0105", "Demo-Clerk-2026!");
            b.open("/cases/case.xhtml?id=" + id);
            b.waitForText(By.id("failure-report"), "被申请人拒绝继续调解");
            b.screenshot("failure-04-court-reads-report");
            b.visible(By.id("mediation-actions:open-ack")).click();
            b.waitForText(By.id("ack-action"), "已恢复审理");
            b.visible(By.id("ack-form:acknowledge")).click();
            CasePage.confirm(b, "不能撤销");
            b.waitForText(By.id("court-action"), "已恢复审理");
            assertEquals("CLOSED", b.driver().findElement(By.id("case-status")).getAttribute("data-status"));
            b.screenshot("failure-05-trial-resumed");
        }
    }
}
