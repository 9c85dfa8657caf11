package org.sutiao.it;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Break-glass in a real browser (issue: confidentiality §1): HQ opens a case of another organisation and sees its
 * metadata only; the full detail opens only after a reason of at least 10 characters, whose shortfall is shown beside
 * the field; then the facts and the mediation records are there, with the time the grant ends. On a desktop and on
 * a phone-sized window.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class BreakGlassBrowserIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Test
    void hqReadsTheCaseInFullOnlyAfterRecordingAReason() throws Exception {
        assumeTrue(Browser.available(), "Debian chromium and chromium-driver are not installed (.ci/run installs them)");
        SecretCase secret = SecretCase.create();
        try (Browser b = new Browser()) {
            b.login("hq.admin1", "Demo-Hq-2026!");
            b.open("/cases/case.xhtml?id=" + secret.id());
            b.visible(By.id("metadata-only"));
            assertFalse(b.driver().getPageSource().contains(secret.marker()), "metadata only before a reason");
            b.screenshot("break-glass-01-metadata");

            b.visible(By.id("actions-form:open-full-access")).click();
            b.type("full-access-form:reason", "看看");
            b.driver().findElement(By.id("full-access-form:full-access-confirm")).click();
            b.waitForText(By.cssSelector("[id='full-access-form:reason'] + .ui-message, .ui-message-error"), "10");
            assertFalse(b.driver().getPageSource().contains(secret.marker()), "a short reason opens nothing");
            b.screenshot("break-glass-02-reason-too-short");

            b.type("full-access-form:reason", "当事人投诉调解员未披露利害关系，需核查调解记录");
            b.driver().findElement(By.id("full-access-form:full-access-confirm")).click();
            b.visible(By.id("full-access-until"));
            b.waitForText(By.id("facts"), secret.marker());
            assertTrue(b.driver().findElement(By.id("mediation-card")).getText().contains("笔录" + secret.marker()));
            b.screenshot("break-glass-03-full-detail");

            b.driver().manage().window().setSize(new Dimension(390, 844));
            b.open("/cases/case.xhtml?id=" + secret.id());
            b.visible(By.id("full-access-until"));
            b.screenshot("break-glass-04-phone");
        }
    }
}
