package org.sutiao.it;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * In a real browser (issue 13 §1): the operator creates a court clerk's account on the account page (a too short
 * initial password is refused beside the field, in Chinese); the clerk's first login leads to the change-password
 * form, whatever page it asks for; after the change it logs in with its own password and lands on its home page.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AccountsBrowserIT {
    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Test
    void anOperatorCreatesAClerkWhoChoosesItsOwnPasswordAtTheFirstLogin() throws Exception {
        assumeTrue(Browser.available(), "Debian chromium and chromium-driver are not installed (.ci/run installs them)");
        String user = "it-web-" + UUID.randomUUID().toString().substring(0, 6);
        String initial = "Web-Initial-2026-" + user;
        String mine = "我自己的密码-" + user;
        try (Browser b = new Browser()) {
            b.login("ops.oncall", "Demo-Ops-2026!");
            b.visible(By.id("menu-form:m-accounts")).click();
            b.waitUntilUrlContains("/admin/accounts.xhtml");
            b.visible(By.id("filter-form:new-account")).click();
            b.type("create-form:username", user);
            b.type("create-form:display-name", "网页测试书记员");
            b.choose("create-form:role", "法院书记员");
            b.type("create-form:organization", "BJ-B-0105");
            b.type("create-form:initial-password", "short-pw");
            b.driver().findElement(By.id("create-form:create")).click();
            b.waitForText(By.id("create-form"), "密码至少 12 位");
            b.screenshot("accounts-01-refused");
            b.type("create-form:initial-password", initial);
            b.driver().findElement(By.id("create-form:create")).click();
            b.waitUntilHidden(By.id("create-dlg"));
            b.waitForText(By.id("accounts-form:accounts"), user);
            b.screenshot("accounts-02-created");
            b.logout();

            b.login(user, initial);
            b.waitUntilUrlContains("/account/password.xhtml");
            b.visible(By.id("password-required"));
            b.open("/court/referrals.xhtml");
            b.waitUntilUrlContains("/account/password.xhtml");
            b.screenshot("accounts-03-must-change");
            b.type("password-form:current", initial);
            b.type("password-form:new", mine);
            b.type("password-form:new-again", mine);
            b.driver().findElement(By.id("password-form:change")).click();
            b.visible(By.id("login-password-changed"));
            b.login(user, mine);
            b.waitUntilUrlContains("/court/referrals.xhtml");
            assertTrue(b.visible(By.id("current-user")).getText().contains("网页测试书记员"));
            b.screenshot("accounts-04-home");
        }
    }
}
