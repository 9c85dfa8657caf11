package org.sutiao.it;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Every page of every demo role, and the public pages (login, register, published fees, statistics), at desktop (1440×1000)
 * and phone (390×844) size (issue 12): axe-core's WCAG 2.1 A/AA rules find no critical and no serious violation;
 * on a phone nothing scrolls sideways, buttons and links are at least 44 px high, and the sidebar gives way to a
 * menu button that opens it. The pages a role can
 * reach are read from its menu, plus the case page of a case it works on and its password page. The counts per page
 * go to the log and to {@code target/axe-report.txt}; screenshots to {@code target/screenshots/a11y-*}.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PagesAccessibilityBrowserIT {

    /**
     * The critical or serious violations still allowed, per page ("page" as in the report: role and path): rule id
     * and the most elements that may break it. The list only shrinks: a page not on it must be clean, a page on it
     * may break only these rules on at most these many elements.
     */
    private static final Map<String, Map<String, Integer>> ALLOWED = Map.of();

    /**
     * The buttons and links shown on the page that are less than 44 CSS px high (WCAG 2.1 SC 2.5.5's size, the
     * issue's bar for phones), described by tag, id or class and text.
     */
    static final String SMALL_TARGETS = "return Array.from(document.querySelectorAll("
            + "'button, .ui-button, [role=button], a[href], summary, input[type=radio], input[type=checkbox]'))"
            + ".filter(e => { const r = e.getBoundingClientRect(); return r.width > 0 && r.height > 0"
            + " && getComputedStyle(e).visibility !== 'hidden' && !e.closest('.ui-helper-hidden-accessible, thead'); })"
            + ".filter(e => { const t = e.closest('li, .ui-chkbox, .ui-radiobutton') || e;"
            + " return Math.max(e.getBoundingClientRect().height, t.getBoundingClientRect().height) < 43.5; })"
            + ".map(e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '.' + String(e.className).split(' ')[0])"
            + " + ' ' + Math.round(e.getBoundingClientRect().height) + 'px');";

    private record Role(String name, String user, String password, List<String> extraPages) {
    }

    private record Row(String page, Browser.Size size, Map<Browser.Impact, Integer> counts, List<Browser.Violation> found) {
    }

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Test
    void everyPageOfEveryRoleIsAccessibleAtDesktopAndPhoneSize() throws Exception {
        assumeTrue(Browser.available(), "Debian chromium and chromium-driver are not installed (.ci/run installs them)");
        Api.Reply r = Api.clerk().post("/referrals", Referrals.c01(Referrals.newCaseNumber()).build().toString());
        assertEquals(201, r.status(), r.body());
        long id = r.json().getJsonNumber("id").longValue();
        assertEquals(200, Api.bjCenter().post("/cases/" + id + "/accept", "{\"mediatorCode\":\"M0009\"}").status());
        String casePage = "/cases/case.xhtml?id=" + id;

        List<Role> roles = List.of(
                new Role("clerk", "clerk.bj0105", "Demo-Clerk-2026!", List.of(casePage)),
                new Role("supervisor", "spc.supervisor1", "Demo-Spc-2026!", List.of()),
                new Role("hq", "hq.admin1", "Demo-Hq-2026!", List.of()),
                new Role("center", "ctr.bj.admin", "Demo-Center-2026!", List.of(casePage, "/center/mediator.xhtml?code=M0009")),
                new Role("mediator", "med.m0009", "Demo-Med-2026!", List.of(casePage)),
                new Role("party", "party.c01.applicant", "Demo-Party-2026!", List.of(casePage)),
                new Role("operator", "ops.oncall", "Demo-Ops-2026!", List.of()));

        List<Row> rows = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        try (Browser b = new Browser()) {
            for (Browser.Size size : Browser.Size.values()) {
                b.resize(size);
                for (String path : List.of("/login.xhtml", "/register.xhtml", "/fees.xhtml", "/statistics.xhtml")) {
                    check(b, "public", path, size, rows, problems);
                }
            }
            for (Role role : roles) {
                b.resize(Browser.Size.DESKTOP);
                b.login(role.user(), role.password());
                Set<String> pages = new LinkedHashSet<>();
                for (WebElement link : b.driver().findElements(By.cssSelector("#menu-form a.ui-menuitem-link[href]"))) {
                    String href = link.getAttribute("href");
                    if (href != null && href.startsWith(Browser.BASE) && !link.getAttribute("class").contains("ui-state-disabled")) {
                        pages.add(href.substring(Browser.BASE.length()));
                    }
                }
                assertTrue(pages.size() >= 2, role.name() + " has a menu: " + pages);
                pages.addAll(role.extraPages());
                pages.add("/account/password.xhtml");
                for (Browser.Size size : Browser.Size.values()) {
                    b.resize(size);
                    for (String path : pages) {
                        check(b, role.name(), path, size, rows, problems);
                    }
                }
                b.resize(Browser.Size.PHONE);
                b.open(pages.iterator().next());
                menuButtonOpensTheSidebar(b, role.name(), problems);
                b.resize(Browser.Size.DESKTOP);
                b.logout();
            }
        }
        report(rows);
        ALLOWED.forEach((page, rules) -> rules.keySet().forEach(rule -> {
            if (rows.stream().filter(row -> row.page().equals(page))
                    .noneMatch(row -> row.found().stream().anyMatch(v -> v.rule().equals(rule)))) {
                problems.add(page + " no longer breaks " + rule + ": take it off the allow-list");
            }
        }));
        assertTrue(problems.isEmpty(), problems.size() + " problems:\n" + String.join("\n", problems));
    }

    /** Opens the page at the size, runs axe, checks the phone layout, records the counts and takes a screenshot. */
    private static void check(Browser b, String role, String path, Browser.Size size, List<Row> rows, List<String> problems) {
        b.open(path);
        settle(b);
        String page = role + " " + path.replaceAll("\\?.*", "");
        List<Browser.Violation> found = b.axe();
        Map<Browser.Impact, Integer> counts = Browser.countByImpact(found);
        rows.add(new Row(page, size, counts, found));
        Map<String, Integer> allowed = ALLOWED.getOrDefault(page, Map.of());
        found.stream().filter(v -> v.impact().compareTo(Browser.Impact.SERIOUS) <= 0)
                .filter(v -> v.nodes() > allowed.getOrDefault(v.rule(), 0))
                .forEach(v -> problems.add(page + " @" + size.label() + ": " + v.impact() + " " + v.rule() + " ("
                        + v.nodes() + "×) " + v.targets().subList(0, Math.min(3, v.targets().size())) + " " + v.detail()));
        if (size == Browser.Size.PHONE) {
            long scrollWidth = (Long) b.script("return document.documentElement.scrollWidth;");
            long innerWidth = (Long) b.script("return window.innerWidth;");
            if (scrollWidth > innerWidth) {
                problems.add(page + " @phone scrolls sideways: " + scrollWidth + " px wide in " + innerWidth);
            }
            @SuppressWarnings("unchecked")
            List<String> small = (List<String>) b.script(SMALL_TARGETS);
            if (!small.isEmpty()) {
                problems.add(page + " @phone: touch targets under 44 px: " + small.subList(0, Math.min(5, small.size())));
            }
            if (!b.driver().findElements(By.cssSelector("nav.sidebar")).isEmpty()) {
                boolean sidebarShown = b.driver().findElement(By.cssSelector("nav.sidebar")).isDisplayed();
                boolean buttonShown = b.driver().findElements(By.id("menu-toggle")).stream().anyMatch(WebElement::isDisplayed);
                if (sidebarShown || !buttonShown) {
                    problems.add(page + " @phone: sidebar shown " + sidebarShown + ", menu button shown " + buttonShown);
                }
            }
        }
        b.wordProblems().forEach(w -> problems.add(page + " @" + size.label() + ": " + w));
        b.screenshot("a11y-" + (role + path.replaceAll("\\?.*", "").replace(".xhtml", "")).replaceAll("[^A-Za-z0-9]+", "-")
                + "-" + size.label());
    }

    /** The phone's menu button opens the sidebar (aria-expanded follows), and closes it again. */
    private static void menuButtonOpensTheSidebar(Browser b, String role, List<String> problems) {
        if (b.driver().findElements(By.id("menu-toggle")).stream().noneMatch(WebElement::isDisplayed)) {
            problems.add(role + ": no menu button at phone size");
            return;
        }
        WebElement button = b.visible(By.id("menu-toggle"));
        if (!"false".equals(button.getAttribute("aria-expanded"))) {
            problems.add(role + ": the closed menu button says aria-expanded=" + button.getAttribute("aria-expanded"));
        }
        button.click();
        WebElement sidebar = b.visible(By.cssSelector("nav.sidebar"));
        if (!"true".equals(button.getAttribute("aria-expanded"))) {
            problems.add(role + ": the open menu button says aria-expanded=" + button.getAttribute("aria-expanded"));
        }
        if (sidebar.findElements(By.cssSelector("a.ui-menuitem-link")).stream().noneMatch(WebElement::isDisplayed)) {
            problems.add(role + ": the opened sidebar shows no menu item");
        }
        b.screenshot("a11y-" + role + "-menu-open-phone");
        button.click();
        b.waitUntilHidden(By.cssSelector("nav.sidebar"));
    }

    /** Waits until the page has loaded and PrimeFaces' Ajax calls (lazy tables) are done. */
    private static void settle(Browser b) {
        new WebDriverWait(b.driver(), Duration.ofSeconds(30)).until(d -> Boolean.TRUE.equals(b.script(
                "return document.readyState === 'complete' && (!window.jQuery || jQuery.active === 0);")));
    }

    /** The table "page size critical serious moderate minor" in the log and in target/axe-report.txt. */
    private static void report(List<Row> rows) throws IOException {
        StringBuilder table = new StringBuilder(String.format("%-48s %-8s %8s %8s %8s %8s%n",
                "page", "size", "critical", "serious", "moderate", "minor"));
        for (Row row : rows) {
            table.append(String.format("%-48s %-8s %8d %8d %8d %8d%n", row.page(), row.size().label(),
                    row.counts().get(Browser.Impact.CRITICAL), row.counts().get(Browser.Impact.SERIOUS),
                    row.counts().get(Browser.Impact.MODERATE), row.counts().get(Browser.Impact.MINOR)));
        }
        table.append(System.lineSeparator()).append("rules broken (page, size: impact rule × elements)").append(System.lineSeparator());
        for (Row row : rows) {
            for (Browser.Violation v : row.found()) {
                table.append(String.format("%s %s: %s %s ×%d %s — %s%n", row.page(), row.size().label(), v.impact(), v.rule(),
                        v.nodes(), v.targets().subList(0, Math.min(4, v.targets().size())), v.detail()));
            }
        }
        System.out.println(table);
        Files.writeString(Path.of("target", "axe-report.txt"), table, StandardCharsets.UTF_8);
    }
}
