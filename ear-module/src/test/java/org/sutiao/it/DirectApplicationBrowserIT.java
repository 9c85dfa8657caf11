package org.sutiao.it;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

import java.util.concurrent.ThreadLocalRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * A direct application in a real browser (notice 法办〔2024〕623号 §4(4)5; 人民法院在线调解规则 Art. 15, 17): a company
 * registers a party account, confirms its identity on first login (not before the sham-mediation warning is
 * acknowledged: the refusal stands beside the checkbox), applies to the Beijing center with a respondent, the center
 * accepts it from its inbox (which names it a direct application), and the respondent (the demo account of 北京卓衡) consents on the case page: mediation starts.
 * Screenshots land in target/screenshots (direct-*).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DirectApplicationBrowserIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Test
    void aCompanyRegistersConfirmsItsIdentityAppliesAndTheRespondentConsents() throws Exception {
        assumeTrue(Browser.available(), "Debian chromium and chromium-driver are not installed (.ci/run installs them)");
        String code = Identities.newCreditCode();
        String company = "北京直申测试" + code.substring(10, 14) + "有限公司";
        String user = "direct." + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36);
        String caseId;
        try (Browser b = new Browser()) {
            b.open("/login.xhtml");
            b.visible(By.id("to-register")).click();
            b.type("register-form:username", user);
            b.type("register-form:display-name", "测试法务");
            b.type("register-form:password", Identities.PASSWORD);
            b.type("register-form:password-again", Identities.PASSWORD);
            b.screenshot("direct-01-register");
            b.driver().findElement(By.id("register-form:submit")).click();
            b.waitUntilUrlContains("registered=true");

            b.login(user, Identities.PASSWORD);
            b.waitUntilUrlContains("/party/identity.xhtml");
            b.type("identity-form:name", company);
            b.type("identity-form:identity-code", code);
            b.type("identity-form:service-address", "legal@direct-test.example.com");
            b.driver().findElement(By.id("identity-form:confirm")).click();
            b.waitForText(By.id("identity-form"), "请阅读并确认虚假调解风险提示");
            b.visible(By.cssSelector("[id='identity-form:warning'] .ui-chkbox-box")).click();
            b.screenshot("direct-02-identity");
            b.driver().findElement(By.id("identity-form:confirm")).click();
            // no case records this new company: the code goes to the service address; the demo shows it on the page
            String sent = b.visible(By.cssSelector("[id='code-form:demo-code'] [class*='-detail']")).getText().strip();
            assertTrue(sent.matches("\\d{6}"), sent);
            b.type("code-form:code", "000000");
            b.driver().findElement(By.id("code-form:verify")).click();
            b.waitForText(By.id("code-form"), "验证码不正确");
            b.screenshot("direct-02b-code");
            b.type("code-form:code", sent);
            b.driver().findElement(By.id("code-form:verify")).click();
            b.waitUntilUrlContains("/party/cases.xhtml");

            b.open("/party/apply.xhtml");
            b.choose("apply-form:center", "中国贸促会/中国国际商会北京调解中心");
            b.type("apply-form:cause-of-action", "广告合同纠纷");
            b.type("apply-form:claim-amount", "15500.00");
            b.type("apply-form:facts", "申请人委托被申请人投放广告，被申请人未按约定结算。");
            b.type("apply-form:parties:0:party-name", "北京卓衡办公设备有限公司");
            b.type("apply-form:parties:0:party-credit-code", "91110105MA5DDR3E6T");
            b.type("apply-form:parties:0:party-email", "legal@zhuoheng-office.example.com");
            b.type("apply-form:claims:0:claim-text", "请求支付违约金15500元");
            b.type("apply-form:claims:0:claim-amount", "15500.00");
            b.screenshot("direct-03-apply");
            b.driver().findElement(By.id("apply-form:submit")).click();
            b.waitUntilUrlContains("/cases/case.xhtml");
            assertEquals("PENDING_ACCEPTANCE", b.driver().findElement(By.id("case-status")).getAttribute("data-status"));
            caseId = b.driver().getCurrentUrl().replaceAll(".*id=(\\d+).*", "$1");
            b.screenshot("direct-04-applied");
            b.logout();

            b.login("ctr.bj.admin", "Demo-Center-2026!");
            b.visible(By.id("inbox-form:inbox-table"));
            By rowOfCase = By.xpath("//tr[.//a[contains(@href,'id=" + caseId + "')]]");
            b.rowOnSomePage("inbox-form:inbox-table", rowOfCase);
            assertTrue(b.visible(rowOfCase).getText().contains("直接申请"), "the inbox names the source");
            b.visible(rowOfCase).findElement(By.xpath(".//button[contains(@id,':accept')]")).click();
            b.choose("accept-form:mediator", "M0009");
            b.screenshot("direct-05-center-accepts");
            b.driver().findElement(By.id("accept-form:accept-confirm")).click();
            b.waitForText(By.cssSelector(".ui-growl"), "已受理");
        }
        try (Browser b = new Browser()) {
            b.login("party.c01.applicant", "Demo-Party-2026!");
            b.open("/party/cases.xhtml");
            b.waitForText(By.tagName("body"), "答复调解申请");
            b.open("/cases/case.xhtml?id=" + caseId);
            assertEquals("PENDING_CONSENT", b.driver().findElement(By.id("case-status")).getAttribute("data-status"));
            b.screenshot("direct-06-respondent");
            b.visible(By.id("application-actions:consent-application")).click();
            b.waitForText(By.id("case-status"), "调解中");
            assertEquals("IN_MEDIATION", b.driver().findElement(By.id("case-status")).getAttribute("data-status"));
            assertTrue(b.driver().findElement(By.id("answers")).getText().contains("同意"));
            b.screenshot("direct-07-consented");
        }
    }
}
