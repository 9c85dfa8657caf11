package org.sutiao.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.sutiao.shared.domain.BusinessTime;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * A party's whole journey on a 390×844 phone (issue 12), one test: a company registers, confirms its identity and
 * applies for mediation; the respondent answers the invitation; the party reads its case, signs the agreement,
 * applies for judicial confirmation and rates the mediation once. The steps of the center and the mediator, and the
 * other side's signature and application, go through the API. Every page the browser shows is checked at that size:
 * axe-core finds no critical or serious WCAG 2.1 A/AA violation (PrimeFaces' upload button on the apply form is
 * allowed its one nested-interactive, as in {@code PagesAccessibilityBrowserIT}), nothing scrolls sideways and the
 * buttons are at least 44 px high. Screenshots: target/screenshots/journey-*.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PartyPhoneJourneyBrowserIT {
    private static final Api RESPONDENT = Api.as("party.c01.applicant", "Demo-Party-2026!");
    private static final Api MEDIATOR = Api.as("med.m0009", "Demo-Med-2026!");

    private final List<String> problems = new ArrayList<>();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    /** Checks the page as shown now and saves a screenshot under {@code journey-<name>}. */
    private void check(Browser b, String name) {
        new WebDriverWait(b.driver(), Duration.ofSeconds(30)).until(d -> Boolean.TRUE.equals(b.script(
                "return document.readyState === 'complete' && (!window.jQuery || jQuery.active === 0);")));
        Map<String, Integer> allowed = name.contains("apply") ? Map.of("nested-interactive", 1) : Map.of();
        b.axe().stream().filter(v -> v.impact().compareTo(Browser.Impact.SERIOUS) <= 0)
                .filter(v -> v.nodes() > allowed.getOrDefault(v.rule(), 0))
                .forEach(v -> problems.add(name + ": " + v.impact() + " " + v.rule() + " (" + v.nodes() + "×) "
                        + v.targets().subList(0, Math.min(3, v.targets().size())) + " " + v.detail()));
        long scrollWidth = (Long) b.script("return document.documentElement.scrollWidth;");
        long innerWidth = (Long) b.script("return window.innerWidth;");
        if (scrollWidth > innerWidth) {
            problems.add(name + ": scrolls sideways, " + scrollWidth + " px wide in " + innerWidth);
        }
        @SuppressWarnings("unchecked")
        List<String> small = (List<String>) b.script(PagesAccessibilityBrowserIT.SMALL_TARGETS);
        if (!small.isEmpty()) {
            problems.add(name + ": touch targets under 44 px: " + small.subList(0, Math.min(5, small.size())));
        }
        b.screenshot("journey-" + name);
    }

    private static long partyId(JsonObject c, String role) {
        return c.getJsonArray("parties").getValuesAs(JsonObject.class).stream()
                .filter(p -> role.equals(p.getString("role"))).findFirst().orElseThrow().getJsonNumber("id").longValue();
    }

    private static String status(Browser b) {
        return b.visible(By.id("case-status")).getAttribute("data-status");
    }

    @Test
    void aPartyRegistersAppliesSignsAppliesForConfirmationAndRatesOnAPhone() throws Exception {
        assumeTrue(Browser.available(), "Debian chromium and chromium-driver are not installed (.ci/run installs them)");
        String code = Identities.newCreditCode();
        String company = "北京手机测试" + code.substring(10, 14) + "有限公司";
        String user = "phone." + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36);
        String caseId;
        try (Browser b = new Browser()) {
            b.resize(Browser.Size.PHONE);

            // register
            b.open("/login.xhtml");
            check(b, "01-login");
            b.visible(By.id("to-register")).click();
            b.visible(By.id("register-form:username"));
            check(b, "02-register");
            b.type("register-form:username", user);
            b.type("register-form:display-name", "手机法务");
            b.type("register-form:password", Identities.PASSWORD);
            b.type("register-form:password-again", Identities.PASSWORD);
            b.driver().findElement(By.id("register-form:submit")).click();
            b.waitUntilUrlContains("registered=true");

            // confirm identity
            b.login(user, Identities.PASSWORD);
            b.waitUntilUrlContains("/party/identity.xhtml");
            check(b, "03-identity");
            b.type("identity-form:name", company);
            b.type("identity-form:identity-code", code);
            b.type("identity-form:service-address", "legal@phone-test.example.com");
            b.visible(By.cssSelector("[id='identity-form:warning'] .ui-chkbox-box")).click();
            b.driver().findElement(By.id("identity-form:confirm")).click();
            String sent = b.visible(By.cssSelector("[id='code-form:demo-code'] [class*='-detail']")).getText().strip();
            check(b, "04-identity-code");
            b.type("code-form:code", sent);
            b.driver().findElement(By.id("code-form:verify")).click();
            b.waitUntilUrlContains("/party/cases.xhtml");
            check(b, "05-cases-empty");

            // apply
            b.open("/party/apply.xhtml");
            check(b, "06-apply");
            // Browser.choose's mouse click on the menu's item did not take in the emulated touch screen (seen at
            // 390×844): the menu's own widget selects the center by its label, as a tap does
            b.script("var w = PrimeFaces.getWidgetById('apply-form:center');"
                    + "var o = Array.from(document.getElementById('apply-form:center_input').options)"
                    + ".find(x => x.text.startsWith(arguments[0])); w.selectValue(o.value);", "中国贸促会/中国国际商会北京调解中心");
            b.waitForText(By.id("apply-form:center_label"), "中国贸促会/中国国际商会北京调解中心");
            b.type("apply-form:cause-of-action", "广告合同纠纷");
            b.type("apply-form:claim-amount", "15500.00");
            b.type("apply-form:facts", "申请人委托被申请人投放广告，被申请人未按约定结算。");
            b.type("apply-form:parties:0:party-name", "北京卓衡办公设备有限公司");
            b.type("apply-form:parties:0:party-credit-code", "91110105MA5DDR3E6T");
            b.type("apply-form:parties:0:party-email", "legal@zhuoheng-office.example.com");
            b.type("apply-form:claims:0:claim-text", "请求支付广告费15500元");
            b.type("apply-form:claims:0:claim-amount", "15500.00");
            check(b, "07-apply-filled");
            b.driver().findElement(By.id("apply-form:submit")).click();
            b.waitUntilUrlContains("/cases/case.xhtml");
            assertEquals("PENDING_ACCEPTANCE", status(b));
            caseId = b.driver().getCurrentUrl().replaceAll(".*id=(\\d+).*", "$1");
            check(b, "08-applied");
            b.logout();

            assertEquals(200, Api.bjCenter().post("/cases/" + caseId + "/accept", "{\"mediatorCode\":\"M0009\"}").status());

            // the respondent answers the invitation
            b.login("party.c01.applicant", "Demo-Party-2026!");
            b.open("/cases/case.xhtml?id=" + caseId);
            assertEquals("PENDING_CONSENT", status(b));
            check(b, "09-invitation");
            b.visible(By.id("application-actions:consent-application")).click();
            b.waitForText(By.id("case-status"), "调解中");
            check(b, "10-invitation-answered");
            b.logout();

            // the mediator drafts and signs
            JsonObject c = MEDIATOR.get("/cases/" + caseId).json();
            String body = Json.createObjectBuilder().add("scope", "FULL")
                    .add("claimOutcomes", Json.createArrayBuilder().add(Json.createObjectBuilder().add("claimSeq", 1).add("settled", true)))
                    .add("facts", "被申请人确认尚欠广告费15500元。").add("terms", "被申请人付清后双方再无争议。")
                    .add("obligations", Json.createArrayBuilder().add(Json.createObjectBuilder()
                            .add("obligorPartyId", partyId(c, "RESPONDENT")).add("obligeePartyId", partyId(c, "APPLICANT"))
                            .add("description", "支付广告费").add("amount", Json.createObjectBuilder().add("amount", "15500.00").add("currency", "CNY"))
                            .add("dueDate", BusinessTime.today().plusDays(15).toString()).add("method", "银行转账")))
                    .build().toString();
            Api.Reply drafted = MEDIATOR.put("/cases/" + caseId + "/agreement", body);
            assertEquals(200, drafted.status(), drafted.body());
            String sha = drafted.json().getString("documentSha256");
            String signature = "{\"documentSha256\":\"" + sha + "\"}";
            assertEquals(200, MEDIATOR.post("/cases/" + caseId + "/agreement/signatures", signature).status());

            // the party reads its case and signs
            b.login(user, Identities.PASSWORD);
            b.open("/party/cases.xhtml");
            check(b, "11-cases");
            b.visible(By.xpath("//a[contains(@href,'id=" + caseId + "')]")).click();
            b.waitForText(By.id("facts"), "投放广告");
            assertEquals(sha, b.visible(By.id("agreement-sha")).getText().strip());
            check(b, "12-case-to-sign");
            b.visible(By.id("outcome-actions:sign")).click();
            b.visible(CasePage.CONFIRM);
            check(b, "13-sign-confirm");
            CasePage.confirm(b, "签名不能撤回");
            b.waitForText(By.id("signatures"), "手机");

            // the other side signs and the center seals: the agreement takes effect
            assertEquals(200, RESPONDENT.post("/cases/" + caseId + "/agreement/signatures", signature).status());
            assertEquals(200, Api.bjCenter().post("/cases/" + caseId + "/agreement/signatures", signature).status());
            b.open("/cases/case.xhtml?id=" + caseId);
            assertEquals("SETTLED", status(b));
            assertTrue(b.driver().findElements(By.id("missing")).isEmpty(), "no empty 待签署 once everyone signed");
            check(b, "14-settled");

            // apply for judicial confirmation
            b.visible(By.id("outcome-actions:join")).click();
            b.visible(CasePage.CONFIRM);
            check(b, "15-join-confirm");
            CasePage.confirm(b, "强制执行");
            b.waitForText(By.cssSelector(".ui-growl"), "司法确认");
            assertEquals(200, RESPONDENT.post("/cases/" + caseId + "/judicial-confirmation", "").status());

            // rate the mediation: required score beside the scores, then once only
            b.open("/cases/case.xhtml?id=" + caseId);
            b.visible(By.id("satisfaction-form:rate"));
            check(b, "16-rating");
            b.driver().findElement(By.id("satisfaction-form:rate")).click();
            CasePage.confirm(b, "只能评价一次");
            b.waitForText(By.cssSelector("fieldset.rating-scores"), "此项为必填项");
            check(b, "17-rating-required");
            b.visible(By.xpath("//label[contains(.,'很满意')]")).click();
            b.type("satisfaction-form:comment", "调解员耐心细致，手机上办理很方便。");
            b.driver().findElement(By.id("satisfaction-form:rate")).click();
            CasePage.confirm(b, "只能评价一次");
            b.waitForText(By.id("satisfaction-done"), "已评价");
            assertTrue(b.driver().findElements(By.id("satisfaction-form")).isEmpty(), "the form is gone");
            check(b, "18-rated");
            b.open("/cases/case.xhtml?id=" + caseId);
            b.waitForText(By.id("satisfaction-done"), "已评价");
            assertTrue(b.driver().findElements(By.id("satisfaction-form")).isEmpty(), "rated once only");
        }
        assertEquals(409, Api.as(user, Identities.PASSWORD).post("/cases/" + caseId + "/satisfaction", "{\"score\":1}")
                .status(), "a second rating is refused");
        assertTrue(problems.isEmpty(), problems.size() + " problems on the phone:\n" + String.join("\n", problems));
    }
}
