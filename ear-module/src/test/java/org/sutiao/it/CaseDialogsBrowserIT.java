package org.sutiao.it;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The case page's dialogs used from the keyboard and its confirmation step (issue 12): a dialog takes the focus on
 * its first field when it opens, Escape closes it and the focus goes back to the button that opened it (also for a
 * dialog opened by an ajax button); an irreversible act (调解终结) first names its consequence, and cancelling it
 * does nothing; a field's error lands beside the component named after the service's field, in words.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CaseDialogsBrowserIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    private static String focused(Browser b) {
        return (String) b.script("return document.activeElement ? document.activeElement.id : null;");
    }

    private static void waitForFocus(Browser b, String id) {
        try {
            new WebDriverWait(b.driver(), Duration.ofSeconds(5)).until(d -> id.equals(focused(b)));
        } catch (TimeoutException e) {
            assertEquals(id, focused(b), "the focus");
        }
    }

    private static void escape(Browser b) {
        b.driver().switchTo().activeElement().sendKeys(Keys.ESCAPE);
    }

    @Test
    void dialogsTakeAndGiveBackTheFocusCloseOnEscapeAndAnIrreversibleActNamesItsConsequenceFirst() throws Exception {
        assumeTrue(Browser.available(), "Debian chromium and chromium-driver are not installed (.ci/run installs them)");
        Api.Reply r = Api.clerk().post("/referrals", Referrals.c01(Referrals.newCaseNumber()).build().toString());
        assertEquals(201, r.status(), r.body());
        String id = r.json().getJsonNumber("id").toString();
        assertEquals(200, Api.bjCenter().post("/cases/" + id + "/accept", "{\"mediatorCode\":\"M0009\"}").status());
        try (Browser b = new Browser()) {
            b.login("med.m0009", "Demo-Med-2026!");
            b.open("/cases/case.xhtml?id=" + id);

            b.visible(By.id("mediation-actions:open-suspend")).click();
            b.visible(By.id("suspend-dlg"));
            waitForFocus(b, "suspend-form:institution");
            b.screenshot("dialogs-01-suspend-focused");
            escape(b);
            b.waitUntilHidden(By.id("suspend-dlg"));
            waitForFocus(b, "mediation-actions:open-suspend");

            b.visible(By.id("outcome-actions:open-draft")).click();
            b.visible(By.id("draft-dlg"));
            new WebDriverWait(b.driver(), Duration.ofSeconds(5)).until(d -> Boolean.TRUE.equals(
                    b.script("return document.getElementById('draft-dlg').contains(document.activeElement);")));
            escape(b);
            b.waitUntilHidden(By.id("draft-dlg"));
            waitForFocus(b, "outcome-actions:open-draft");

            b.visible(By.id("mediation-actions:open-fail")).click();
            b.visible(By.id("fail-dlg"));
            b.driver().findElement(By.id("fail-form:fail")).click();
            String message = b.visible(CasePage.CONFIRM).findElement(By.cssSelector(".ui-confirm-dialog-message")).getText();
            assertTrue(message.contains("不能再恢复调解"), "the consequence is named: " + message);
            b.screenshot("dialogs-02-confirm-fail");
            b.driver().findElement(By.id("confirm-form:confirm-no")).click();
            b.waitUntilHidden(CasePage.CONFIRM);
            assertTrue(b.driver().findElement(By.id("fail-dlg")).isDisplayed(), "cancelling keeps the dialog open");
            b.open("/cases/case.xhtml?id=" + id);
            assertEquals("IN_MEDIATION", b.driver().findElement(By.id("case-status")).getAttribute("data-status"),
                    "cancelled: nothing happened");

            b.visible(By.id("mediation-actions:open-fail")).click();
            b.visible(By.id("fail-dlg"));
            b.driver().findElement(By.id("fail-form:fail")).click();
            CasePage.confirm(b, "不能再恢复调解");
            By field = By.xpath("//div[contains(@class,'field')][.//*[@id='fail-form:reason-code']]");
            b.waitForText(field, "此项为必填项");
            assertFalse(b.driver().findElement(By.id("fail-dlg")).getText().contains("reasonCode"), "no property path");
            b.screenshot("dialogs-03-error-beside-field");
            b.open("/cases/case.xhtml?id=" + id);
            assertEquals("IN_MEDIATION", b.driver().findElement(By.id("case-status")).getAttribute("data-status"),
                    "an invalid act writes nothing");
        }
    }
}
