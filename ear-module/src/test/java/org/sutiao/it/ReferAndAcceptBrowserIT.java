package org.sutiao.it;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

import org.openqa.selenium.WebElement;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The first half of the main job in a real browser: a court clerk refers demo case C01's dispute with a PDF,
 * the Beijing center admin accepts it with mediator M0009 from the inbox, and the clerk sees IN_MEDIATION and the
 * mediation due date. Screenshots of each page land in target/screenshots.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ReferAndAcceptBrowserIT {


    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Test
    void clerkRefersCenterAcceptsClerkSeesTheMediationDueDate() throws Exception {
        assumeTrue(Browser.available(), "Debian chromium and chromium-driver are not installed (.ci/run installs them)");
        Path pdf = Files.createTempDirectory("upload").resolve("起诉状.pdf");
        Files.write(pdf, Referrals.PDF);
        String number = Referrals.newCaseNumber();
        String caseUrl;
        try (Browser b = new Browser()) {
            b.login("clerk.bj0105", "Demo-Clerk-2026!");
            b.screenshot("01-court-referrals");
            assertTrue(b.driver().findElement(By.id("current-user")).getText().contains("侯雪晴"));

            b.open("/court/refer.xhtml");
            b.type("refer-form:court-case-number", number);
            b.choose("refer-form:center", "中国贸促会/中国国际商会北京调解中心");
            // checked on choice: the answer stands beside the menu at once
            b.waitForText(By.id("refer-form:center-message"), "在本院特邀调解名册内");
            // the centers not on the court's invited roster are offered apart, disabled, each with its reason
            java.util.List<WebElement> closed = b.driver().findElements(By.cssSelector(
                    "[id='refer-form:center_items'] li.ui-selectonemenu-item.ui-state-disabled"));
            assertFalse(closed.isEmpty(), "centers off the invited roster are shown disabled");
            for (WebElement li : closed) {
                String label = li.getAttribute("data-label");
                assertTrue(label.contains("（") && label.endsWith("）"), "a disabled center names its reason: " + label);
            }
            b.type("refer-form:cause-of-action", "买卖合同纠纷");
            b.type("refer-form:claim-amount", "486320.00");
            b.type("refer-form:facts", "申请人于2025年8月向被申请人供应会议室音视频系统及办公打印设备一批，余款45.2万元未付。");
            b.type("refer-form:parties:0:party-name", "北京卓衡办公设备有限公司");
            b.type("refer-form:parties:0:party-credit-code", "91110105MA5DDR3E6T");
            b.type("refer-form:parties:1:party-name", "北京青岚会展服务有限公司");
            b.type("refer-form:parties:1:party-credit-code", "91110108MADM6D068C");
            b.type("refer-form:claims:0:claim-text", "请求被申请人支付剩余货款人民币452000元");
            b.type("refer-form:claims:0:claim-amount", "452000.00");
            b.type("refer-form:consent-at_input", "2026-11-27 10:00");
            b.waitUntilHidden(By.id("refer-form:consent-at_panel"));
            assertEquals("北京卓衡办公设备有限公司", b.driver().findElement(By.id("refer-form:parties:0:party-name"))
                    .getAttribute("value"), "the form kept what was typed");
            WebElement file = b.driver().findElement(By.cssSelector("[id='refer-form:upload'] input[type=file]"));
            file.sendKeys(pdf.toAbsolutePath().toString());
            b.waitForText(By.id("refer-form:materials-list"), "起诉状.pdf");
            // a 21 MB file with the browser's size check taken off (as a script or an old browser would post it):
            // the server's rule answers beside the upload, in Chinese, and adds nothing
            Path big = pdf.resolveSibling("超大文件.pdf");
            try (var out = Files.newOutputStream(big)) {
                out.write("%PDF-1.4\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
                out.write(new byte[21 * 1024 * 1024]);
            }
            WebElement again = b.driver().findElement(By.cssSelector("[id='refer-form:upload'] input[type=file]"));
            ((org.openqa.selenium.JavascriptExecutor) b.driver()).executeScript("arguments[0].removeAttribute("
                    + "'data-p-sizelimit'); if (window.jQuery) { jQuery(arguments[0]).removeData('p-sizelimit'); }", again);
            again.sendKeys(big.toAbsolutePath().toString());
            // read inside the wait: the upload's answer re-renders these elements (a reference found before may be stale)
            String beside = new org.openqa.selenium.support.ui.WebDriverWait(b.driver(), java.time.Duration.ofSeconds(60))
                    .ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(d -> {
                        String text = d.findElement(By.id("refer-form:upload-message")).getText()
                                + d.findElement(By.id("refer-form:materials")).getText();
                        return text.isBlank() ? null : text;
                    });
            System.out.println("oversize upload, beside the field: " + beside);
            assertTrue(beside.matches("(?s).*[\\u4e00-\\u9fff].*"), "a Chinese message beside the upload: " + beside);
            assertFalse(b.driver().findElement(By.id("refer-form:materials-list")).getText().contains("超大文件"));
            b.screenshot("02-refer-form");
            b.assertPlainWords("clerk refer form");
            b.driver().findElement(By.id("refer-form:submit")).click();
            b.waitUntilUrlContains("/cases/case.xhtml");
            b.waitForText(By.id("case-status"), "待确认接受");
            caseUrl = b.driver().getCurrentUrl();
            assertEquals("PENDING_ACCEPTANCE", b.driver().findElement(By.id("case-status")).getAttribute("data-status"));
            assertTrue(b.driver().findElement(By.id("materials-form:materials")).getText().contains("起诉状.pdf"));
            b.screenshot("03-case-referred");
            b.logout();

            b.login("ctr.bj.admin", "Demo-Center-2026!");
            b.visible(By.id("inbox-form:inbox-table"));
            b.screenshot("04-center-inbox");
            b.assertPlainWords("center inbox");
            By rowOfCase = By.xpath("//tr[.//a[contains(@href,'" + caseUrl.substring(caseUrl.indexOf("id=")) + "')]]");
            // soonest deadline first: a case referred just now is due last, near the end when there are many
            WebElement row = b.rowOnSomePage("inbox-form:inbox-table", rowOfCase);
            // the inbox names the parties (to judge conflicts) and the court, short with the full name on hover
            String rowText = row.getText();
            assertTrue(rowText.contains("北京卓衡办公设备有限公司") && rowText.contains("北京青岚会展服务有限公司"),
                    "the parties in the inbox row: " + rowText + "\n" + row.getAttribute("outerHTML"));
            WebElement court = row.findElement(By.cssSelector(".short-name"));
            assertEquals("朝阳法院", court.getText().strip());
            assertEquals("北京市朝阳区人民法院", court.getAttribute("title"));
            String caseNumber = row.findElement(By.cssSelector("a.case-link")).getText().strip();
            row.findElement(By.xpath(".//button[contains(@id,':accept')]")).click();
            b.visible(By.id("accept-form:mediator"));
            // the dialog names the case, and each mediator comes with the cases it has open
            b.waitForText(By.id("accept-case"), caseNumber);
            assertTrue(b.driver().findElement(By.id("accept-case")).getText().contains("北京青岚会展服务有限公司"));
            java.util.List<WebElement> m9 = b.driver().findElements(
                    By.cssSelector("[id='accept-form:mediator_items'] li[data-label*='M0009']"));
            assertFalse(m9.isEmpty(), "M0009 offered");
            assertTrue(m9.get(0).getAttribute("data-label").matches(".*在办案件 \\d+$"),
                    "the mediator's open cases in its label: " + m9.get(0).getAttribute("data-label"));
            b.choose("accept-form:mediator", "M0009");
            b.screenshot("05-accept-dialog");
            b.assertPlainWords("accept dialog");
            b.driver().findElement(By.id("accept-form:accept-confirm")).click();
            b.waitForText(By.cssSelector(".ui-growl"), "已接受");
            b.screenshot("06-accepted");
            b.logout();

            b.login("clerk.bj0105", "Demo-Clerk-2026!");
            b.driver().get(caseUrl);
            b.waitForText(By.id("case-status"), "调解中");
            assertEquals("IN_MEDIATION", b.driver().findElement(By.id("case-status")).getAttribute("data-status"));
            String due = b.driver().findElement(By.id("mediation-due")).getText().strip();
            assertTrue(due.matches("\\d{4}-\\d{2}-\\d{2}"), "mediation due date shown: " + due);
            assertTrue(b.driver().findElement(By.id("mediator")).getText().contains("M0009"));
            assertFalse(b.driver().findElement(By.id("timeline")).getText().isBlank());
            b.screenshot("07-court-sees-in-mediation");

            b.driver().findElement(By.id("lang-form:lang-en")).click();
            b.waitForText(By.id("case-status"), "In mediation");
            b.screenshot("08-case-in-english");
        }
    }

    private static String focused(Browser b) {
        return (String) b.script("return document.activeElement ? document.activeElement.id : null;");
    }

    private static void waitForFocus(Browser b, String id) {
        try {
            new org.openqa.selenium.support.ui.WebDriverWait(b.driver(), java.time.Duration.ofSeconds(5))
                    .until(d -> id.equals(focused(b)));
        } catch (org.openqa.selenium.TimeoutException e) {
            assertEquals(id, focused(b), "the focus");
        }
    }

    private static void assertNoSeriousAxeViolation(Browser b, String page) {
        java.util.List<Browser.Violation> serious = b.axe().stream()
                .filter(v -> v.impact().compareTo(Browser.Impact.SERIOUS) <= 0).toList();
        assertTrue(serious.isEmpty(), page + ": axe finds " + serious);
    }

    /**
     * Issue 12 "Flow": declining a referral from the inbox first names its consequence (the case goes back to the
     * court, which may refer it elsewhere); cancelling changes nothing and gives the focus back; Escape closes the
     * dialog with the focus back on the row's button; once the court referred the case elsewhere, the center still
     * lists it under 已拒绝/已转出 and reads it read-only with its decision.
     */
    @Test
    void aDeclineFromTheInboxIsConfirmedFirstAndTheCenterKeepsReadingItsDecision() throws Exception {
        assumeTrue(Browser.available(), "Debian chromium and chromium-driver are not installed (.ci/run installs them)");
        Api.Reply referred = Api.clerk().post("/referrals", Referrals.c01(Referrals.newCaseNumber()).build().toString());
        assertEquals(201, referred.status(), referred.body());
        long id = referred.json().getJsonNumber("id").longValue();
        String caseNumber = referred.json().getString("caseNumber");
        String reason = "本中心调解员均与被申请人存在业务往来";
        try (Browser b = new Browser()) {
            b.login("ctr.bj.admin", "Demo-Center-2026!");
            b.visible(By.id("inbox-form:inbox-table"));
            By rowOfCase = By.xpath("//tr[.//a[contains(@href,'id=" + id + "')]]");
            WebElement decline = b.rowOnSomePage("inbox-form:inbox-table", rowOfCase).findElement(By.xpath(".//button[contains(@id,':decline')]"));
            String declineId = decline.getAttribute("id");
            decline.click();
            b.visible(By.id("decline-dlg"));
            b.choose("decline-form:reason-code", "存在利益冲突");
            b.type("decline-form:reason", reason);
            b.driver().findElement(By.id("decline-form:decline-confirm")).click();
            String message = b.visible(CasePage.CONFIRM).findElement(By.cssSelector(".ui-confirm-dialog-message"))
                    .getText();
            assertTrue(message.contains("退回法院") && message.contains("其他调解组织"),
                    "the confirmation names the consequence: " + message);
            b.screenshot("09-decline-confirm");
            assertNoSeriousAxeViolation(b, "inbox with the decline confirmation");
            b.driver().findElement(By.id("confirm-form:confirm-no")).click();
            b.waitUntilHidden(CasePage.CONFIRM);
            waitForFocus(b, "decline-form:decline-confirm");
            assertTrue(b.driver().findElement(By.id("decline-dlg")).isDisplayed(), "cancelling keeps the dialog open");
            assertEquals("PENDING_ACCEPTANCE", Api.clerk().get("/cases/" + id).json().getString("status"),
                    "cancelled: nothing happened");
            b.driver().switchTo().activeElement().sendKeys(org.openqa.selenium.Keys.ESCAPE);
            b.waitUntilHidden(By.id("decline-dlg"));
            waitForFocus(b, declineId);

            b.driver().findElement(By.id(declineId)).click();
            b.visible(By.id("decline-dlg"));
            b.choose("decline-form:reason-code", "存在利益冲突");
            b.type("decline-form:reason", reason);
            b.driver().findElement(By.id("decline-form:decline-confirm")).click();
            CasePage.confirm(b, "退回法院");
            b.waitForText(By.cssSelector(".ui-growl"), caseNumber);
            assertEquals("DECLINED", Api.clerk().get("/cases/" + id).json().getString("status"));

            Api.clerk().ensureInvited("BJ-B-0105", "CCPIT-L-ZJ");
            Api.Reply again = Api.clerk().post("/cases/" + id + "/re-referral", "{\"centerCode\":\"CCPIT-L-ZJ\"}");
            assertEquals(200, again.status(), again.body());

            b.open("/center/cases.xhtml");
            b.visible(By.id("cases-form:former-filter")).findElement(By.cssSelector(".ui-chkbox-box")).click();
            b.waitForText(By.id("cases-form:cases-table"), caseNumber);
            b.screenshot("10-center-declined-list");
            b.open("/cases/case.xhtml?id=" + id);
            b.waitForText(By.id("own-offers-only"), "仅可查看");
            String offers = b.driver().findElement(By.id("offers")).getText();
            assertTrue(offers.contains("存在利益冲突") && offers.contains(reason), "its decision is shown: " + offers);
            assertTrue(b.driver().findElements(By.id("facts")).isEmpty(), "no facts");
            assertTrue(b.driver().findElements(By.id("parties")).isEmpty(), "no parties");
            assertTrue(b.driver().findElements(By.id("materials-form:materials")).isEmpty(), "no materials");
            assertTrue(b.driver().findElements(By.cssSelector("#actions-form button")).isEmpty(), "no action");
            assertFalse(b.driver().getPageSource().contains("北京卓衡"), "no party's name");
            b.screenshot("11-center-reads-its-decision");
            b.assertPlainWords("declined case, read-only");
            assertNoSeriousAxeViolation(b, "declined case, read-only");
        }
    }
}
