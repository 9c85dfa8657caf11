package org.sutiao.it;

import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Authentication and the session (issue 9 §3), through HTTP as clients see it: the lock after 5 failed logins (API
 * 429 with {@code Retry-After} and {@code auth.locked}, the form's message), its reset, its end, the operator's
 * unlock, parallel failures, the per-address limit, registration throttling, the upgrade of an old password hash, the
 * security headers, the cookie flags over HTTP and HTTPS, and logout only by POST. Runs inside the server (the probe
 * creates accounts and moves a lock's end); every test uses its own accounts.
 */
@ExtendWith(ArquillianExtension.class)
class AuthSecurityIT {
    private static final String PASSWORD = "Test-Pass-2026!";

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWithTests(new Class<?>[]{AuthSecurityIT.class, AuthProbe.class, Api.class, Pages.class});
    }

    @Inject
    AuthProbe probe;

    @AfterEach
    void forgetAddresses() {
        probe.clearAddressCounts();
    }

    private String newClerk() {
        String user = "auth." + UUID.randomUUID().toString().substring(0, 8);
        probe.clerk(user, PASSWORD, 600_000);
        return user;
    }

    private static void failTimes(String user, int times) {
        for (int i = 0; i < times; i++) {
            assertEquals(401, Api.as(user, "Wrong-Pass-" + i).get("/inbox").status(), "failure " + (i + 1));
        }
    }

    @Test
    void fiveFailuresLockTheAccountEvenForTheRightPassword() {
        String user = newClerk();
        failTimes(user, 5);
        Api.Reply zh = Api.as(user, PASSWORD).get("/inbox");
        assertEquals(429, zh.status());
        long retryAfter = Long.parseLong(zh.header("Retry-After"));
        assertTrue(retryAfter > 840 && retryAfter <= 900, "about 15 minutes: " + retryAfter);
        assertEquals("auth.locked", zh.json().getString("code"));
        assertTrue(zh.json().getString("detail").contains("分钟"), zh.body());
        assertTrue(zh.header("Content-Type").startsWith("application/problem+json"));
        Api.Reply en = Api.as(user, PASSWORD).inEnglish().get("/inbox");
        assertEquals(429, en.status());
        assertTrue(en.json().getString("detail").contains("minute"), en.body());
        assertEquals("DENY", en.header("X-Frame-Options"), "the mechanism's own answer carries the headers");

        Pages browser = new Pages();
        assertTrue(location(browser.login(user, PASSWORD)).endsWith("/login.xhtml?error=locked"));
        String page = browser.get("/login.xhtml?error=locked").body();
        assertTrue(page.contains("id=\"login-locked\"") && page.contains("登录失败次数过多"), "the form says so");
        assertTrue(location(browser.login(user, PASSWORD)).contains("error=locked"), "still no session");
        assertFalse(loggedIn(browser));
    }

    @Test
    void anUnknownNameLocksAlikeSoTheLockDoesNotTellWhetherTheAccountExists() {
        String nobody = "nobody." + UUID.randomUUID().toString().substring(0, 8);
        failTimes(nobody, 5);
        Api.Reply r = Api.as(nobody, PASSWORD).get("/inbox");
        assertEquals(429, r.status());
        assertEquals("auth.locked", r.json().getString("code"));
        assertTrue(location(new Pages().login(nobody, PASSWORD)).endsWith("error=locked"));
    }

    @Test
    void aSuccessResetsTheCount() {
        String user = newClerk();
        failTimes(user, 4);
        assertEquals(4, probe.failures(user));
        assertEquals(200, Api.as(user, PASSWORD).get("/inbox").status());
        assertEquals(0, probe.failures(user));
        failTimes(user, 4);
        assertTrue(location(new Pages().login(user, PASSWORD)).endsWith("/sutiao/"), "4 + 4 failures do not lock");
    }

    @Test
    void theLockEndsAfterFifteenMinutes() {
        String user = newClerk();
        failTimes(user, 5);
        assertEquals(429, Api.as(user, PASSWORD).get("/inbox").status());
        probe.endLock(user);
        assertEquals(200, Api.as(user, PASSWORD).get("/inbox").status());
        failTimes(user, 4);
        assertTrue(location(new Pages().login(user, PASSWORD)).endsWith("/sutiao/"), "the count started again");
    }

    @Test
    void anOperatorUnlocks() {
        String user = newClerk();
        failTimes(user, 5);
        assertEquals(403, Api.clerk().post("/accounts/" + user + "/unlock", "").status(), "operators only");
        Api ops = Api.as("ops.oncall", "Demo-Ops-2026!");
        assertEquals(204, ops.post("/accounts/" + user + "/unlock", "").status());
        assertEquals(1, probe.auditEntries("UNLOCK_ACCOUNT", user), "the unlock is audited");
        assertEquals(200, Api.as(user, PASSWORD).get("/inbox").status());
        Api.Reply unknown = ops.post("/accounts/nobody.at.all/unlock", "");
        assertEquals(404, unknown.status());
        assertEquals("account.notFound", unknown.json().getString("code"));
    }

    @Test
    void parallelFailuresEachCount() throws Exception {
        String user = newClerk();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Integer>> calls = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                int n = i;
                calls.add(pool.submit(() -> Api.as(user, "Wrong-" + n).get("/inbox").status()));
            }
            for (Future<Integer> c : calls) {
                assertEquals(401, c.get());
            }
        } finally {
            pool.shutdown();
        }
        assertEquals(4, probe.failures(user), "four parallel failures, four counted");
        failTimes(user, 1);
        assertEquals(429, Api.as(user, PASSWORD).get("/inbox").status());
    }

    @Test
    void fiftyFailuresFromOneAddressRefuseEveryLoginFromIt() {
        String user = newClerk();
        for (int i = 0; i < 50; i++) {
            assertEquals(401, Api.as("spray." + i + "." + UUID.randomUUID(), "x").get("/inbox").status());
        }
        Api.Reply r = Api.as(user, PASSWORD).get("/inbox");
        assertEquals(429, r.status(), "an account without failures, refused by its address");
        assertEquals("auth.locked", r.json().getString("code"));
        assertNotNull(r.header("Retry-After"));
        assertTrue(location(new Pages().login(user, PASSWORD)).endsWith("error=locked"));
        probe.clearAddressCounts();
        assertEquals(200, Api.as(user, PASSWORD).get("/inbox").status());
    }

    @Test
    void registrationIsThrottledPerAddress() {
        for (int i = 0; i < 20; i++) {
            assertEquals(400, Api.anonymous().post("/party-accounts", "{\"username\":\"X\"}").status());
        }
        Api.Reply zh = Api.anonymous().post("/party-accounts", "{\"username\":\"x\"}");
        assertEquals(429, zh.status());
        assertEquals("auth.throttled", zh.json().getString("code"));
        assertTrue(Long.parseLong(zh.header("Retry-After")) > 0);
        assertTrue(zh.json().getString("detail").contains("分钟"));
        Api.Reply en = Api.anonymous().inEnglish().post("/party-accounts", "{\"username\":\"x\"}");
        assertTrue(en.json().getString("detail").contains("minute"), en.body());
    }

    @Test
    void anOldHashIsUpgradedAtTheNextLogin() {
        String user = "auth.old." + UUID.randomUUID().toString().substring(0, 8);
        probe.clerk(user, PASSWORD, 10_000);
        assertTrue(probe.passwordHash(user).startsWith("PBKDF2WithHmacSHA256:10000:"));
        String before = probe.passwordHash(user);
        assertTrue(location(new Pages().login(user, PASSWORD)).endsWith("/sutiao/"));
        String after = probe.passwordHash(user);
        assertTrue(after.startsWith("PBKDF2WithHmacSHA256:600000:"), after);
        assertFalse(after.contains(PASSWORD));
        assertFalse(before.equals(after));
        assertTrue(location(new Pages().login(user, PASSWORD)).endsWith("/sutiao/"), "the new hash verifies");
        assertEquals(after, probe.passwordHash(user), "a current hash is left alone");
    }

    @Test
    void everyResponseCarriesTheSecurityHeaders() {
        Pages anonymous = new Pages();
        HttpResponse<String> page = anonymous.get("/login.xhtml");
        assertEquals(200, page.statusCode());
        String csp = page.headers().firstValue("Content-Security-Policy").orElseThrow();
        assertTrue(csp.contains("'nonce-") && csp.contains("frame-ancestors 'none'"), csp);
        assertEquals(1, page.headers().allValues("Content-Security-Policy").size(), "one policy, not two");
        assertSecurityHeaders("page", page);
        HttpResponse<String> api = anonymous.get("/api/v1/health");
        assertEquals(200, api.statusCode());
        assertSecurityHeaders("API", api);
        assertTrue(api.headers().firstValue("Content-Security-Policy").orElseThrow().contains("default-src 'none'"));
        HttpResponse<String> css = anonymous.get("/jakarta.faces.resource/css/sutiao.css.xhtml");
        assertEquals(200, css.statusCode());
        assertSecurityHeaders("static resource", css);
        HttpResponse<String> missing = anonymous.get("/no-such-page-" + UUID.randomUUID());
        assertEquals(404, missing.statusCode());
        assertSecurityHeaders("404", missing);
        HttpResponse<String> unauthorized = anonymous.get("/api/v1/inbox");
        assertEquals(401, unauthorized.statusCode());
        assertSecurityHeaders("401", unauthorized);
        assertTrue(page.headers().firstValue("Strict-Transport-Security").isEmpty(), "no HSTS over HTTP");
    }

    private static void assertSecurityHeaders(String what, HttpResponse<String> r) {
        assertTrue(r.headers().firstValue("Content-Security-Policy").orElse("").contains("frame-ancestors 'none'"),
                what + ": CSP");
        assertEquals("DENY", r.headers().firstValue("X-Frame-Options").orElse(null), what);
        assertEquals("nosniff", r.headers().firstValue("X-Content-Type-Options").orElse(null), what);
        assertEquals("same-origin", r.headers().firstValue("Referrer-Policy").orElse(null), what);
        assertTrue(r.headers().firstValue("Permissions-Policy").orElse("").contains("camera=()"), what);
    }

    @Test
    void overHttpTheSessionCookieIsHttpOnlyAndSameSiteButNotSecure() {
        Pages browser = new Pages();
        HttpResponse<String> login = browser.login("clerk.bj0105", "Demo-Clerk-2026!");
        String cookie = sessionCookie(login);
        assertTrue(cookie.contains("HttpOnly") && cookie.contains("SameSite=Lax"), cookie);
        assertFalse(cookie.toLowerCase().contains("secure"), cookie);
    }

    @Test
    void overHttpsTheSessionCookieIsSecureAndHstsIsSent() throws Exception {
        SSLContext trustAll = SSLContext.getInstance("TLS");
        trustAll.init(null, new TrustManager[]{new X509TrustManager() {
            @Override
            public void checkClientTrusted(X509Certificate[] chain, String authType) {
            }

            @Override
            public void checkServerTrusted(X509Certificate[] chain, String authType) {
            }

            @Override
            public X509Certificate[] getAcceptedIssuers() {
                return new X509Certificate[0];
            }
        }}, new SecureRandom());
        Pages browser = new Pages(Pages.HTTPS_BASE, HttpClient.newBuilder().sslContext(trustAll));
        HttpResponse<String> page = browser.get("/login.xhtml");
        assertEquals(200, page.statusCode());
        assertTrue(page.headers().firstValue("Strict-Transport-Security").orElse("").contains("max-age="));
        HttpResponse<String> login = browser.login("clerk.bj0105", "Demo-Clerk-2026!");
        assertTrue(location(login).endsWith("/sutiao/"), location(login));
        String cookie = sessionCookie(login);
        assertTrue(cookie.toLowerCase().contains("; secure") && cookie.contains("HttpOnly")
                && cookie.contains("SameSite=Lax"), cookie);
    }

    @Test
    void logoutOnlyByPostWithTheToken() {
        Pages browser = new Pages();
        assertTrue(location(browser.login("clerk.bj0105", "Demo-Clerk-2026!")).endsWith("/sutiao/"));
        String home = browser.get("/coming.xhtml").body();
        String token = Pages.csrfToken(home);
        assertNotNull(token, "the logout form carries the token");
        assertTrue(location(browser.get("/auth/logout")).endsWith("/sutiao/"), "GET goes home");
        assertTrue(loggedIn(browser), "and logged out nobody");
        browser.post("/auth/logout", Map.of("sutiao_csrf", "forged"));
        assertTrue(loggedIn(browser), "a POST without the token neither");
        assertTrue(location(browser.post("/auth/logout", Map.of("sutiao_csrf", token))).endsWith("/login.xhtml"));
        assertFalse(loggedIn(browser), "logged out");
    }

    /** A page every logged-in role may see answers 200; without a session it redirects to the login page. */
    private static boolean loggedIn(Pages browser) {
        HttpResponse<String> r = browser.get("/coming.xhtml");
        if (r.statusCode() == 200) {
            return true;
        }
        assertTrue(location(r).endsWith("/login.xhtml"), location(r));
        return false;
    }

    @Test
    void theLoginFormNeedsItsToken() {
        Pages browser = new Pages();
        browser.get("/login.xhtml");
        HttpResponse<String> r = browser.post("/auth/login",
                Map.of("j_username", "clerk.bj0105", "j_password", "Demo-Clerk-2026!"));
        assertTrue(location(r).endsWith("error=expired"), location(r));
        assertFalse(loggedIn(browser), "not logged in");
    }

    private static String location(HttpResponse<String> r) {
        assertEquals(302, r.statusCode(), "a redirect");
        return r.headers().firstValue("Location").orElseThrow();
    }

    private static String sessionCookie(HttpResponse<String> r) {
        String cookie = r.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
                .findFirst().orElse(null);
        assertNotNull(cookie, "the login sets a new session cookie: " + r.headers().map());
        return cookie;
    }
}
