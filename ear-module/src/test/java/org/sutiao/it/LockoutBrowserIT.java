package org.sutiao.it;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * In a real browser (issue 9 §3): after 5 wrong passwords a newly registered party's account is locked; the right
 * password then shows the localized lock message (Chinese, then English), which reads the same for a name no account
 * has, and no session is opened. Screenshots land in target/screenshots.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class LockoutBrowserIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Test
    void aLockedAccountSeesTheLocalizedMessage() throws Exception {
        assumeTrue(Browser.available(), "Debian chromium and chromium-driver are not installed (.ci/run installs them)");
        String username = "lock." + UUID.randomUUID().toString().substring(0, 8);
        assertEquals(201, Api.anonymous().post("/party-accounts", "{\"username\":\"" + username + "\",\"password\":\""
                + Identities.PASSWORD + "\",\"displayName\":\"锁定测试\"}").status());
        try (Browser b = new Browser()) {
            for (int i = 0; i < 5; i++) {
                attempt(b, username, "Wrong-Pass-" + i);
                b.visible(By.id("login-error"));
            }
            attempt(b, username, Identities.PASSWORD);
            String zh = b.visible(By.id("login-locked")).getText();
            b.screenshot("lockout-01-zh");
            assertTrue(zh.contains("登录失败次数过多"), zh);
            assertFalse(zh.contains(username), "the message names no account");

            b.driver().findElement(By.id("lang-form:lang-en")).click();
            b.visible(By.id("login-submit"));
            attempt(b, username, Identities.PASSWORD);
            String en = b.visible(By.id("login-locked")).getText();
            b.screenshot("lockout-02-en");
            assertTrue(en.contains("Too many failed logins"), en);
            assertTrue(b.driver().findElements(By.id("logout")).isEmpty(), "no session was opened");

            String nobody = "nobody." + UUID.randomUUID().toString().substring(0, 8);
            for (int i = 0; i < 5; i++) {
                attempt(b, nobody, "Wrong-Pass-" + i);
                b.visible(By.id("login-error"));
            }
            attempt(b, nobody, Identities.PASSWORD);
            assertTrue(b.visible(By.id("login-locked")).getText().equals(en), "a name without an account reads alike");
        }
    }

    private static void attempt(Browser b, String user, String password) {
        b.open("/login.xhtml");
        b.visible(By.id("username")).sendKeys(user);
        b.driver().findElement(By.id("password")).sendKeys(password);
        b.driver().findElement(By.id("login-submit")).click();
        b.waitUntilUrlContains("error=");
    }
}
