package org.sutiao.it;

import org.openqa.selenium.By;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The public statistics page in a real browser, run from the client by {@link PublicStatisticsIT} (kept apart so
 * that the in-container test class never needs Selenium): {@code /statistics} redirects to the page, which opens
 * without login, shows the year's figures with dashes for the suppressed ones and the notes, is linked from the
 * public menu, and at desktop and phone size has no critical or serious axe violation, no sideways scroll, 44 px
 * touch targets and a stacking table. Screenshots: target/screenshots/statistics-*.
 */
final class PublicStatisticsPage {
    private PublicStatisticsPage() {
    }

    /** The problems found on the page of {@code year} (the assertions on its content fail at once). */
    static List<String> check(int year) throws Exception {
        HttpResponse<String> shortUrl = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                Browser.BASE + "/statistics?year=" + year)).build(), HttpResponse.BodyHandlers.ofString(
                StandardCharsets.UTF_8));
        assertEquals(302, shortUrl.statusCode());
        assertTrue(shortUrl.headers().firstValue("Location").orElse("").endsWith("/sutiao/statistics.xhtml?year="
                + year), shortUrl.headers().map().toString());

        assumeTrue(Browser.available(), "Debian chromium and chromium-driver are not installed (.ci/run installs them)");
        List<String> problems = new ArrayList<>();
        try (Browser b = new Browser()) {
            for (Browser.Size size : Browser.Size.values()) {
                b.resize(size);
                b.open("/statistics.xhtml?year=" + year);
                String table = b.visible(By.id("statistics-table")).getText();
                assertTrue(table.contains("中国贸促会/中国国际商会嘉兴调解中心") && table.contains("80.0%")
                        && table.contains("24.0") && table.contains("73.6%"), table);
                assertTrue(table.contains("—"), "suppressed figures are dashes: " + table);
                assertTrue(b.visible(By.id("stat-heading")).getText().contains(year + " "), "the year, no grouping");
                String notes = b.visible(By.id("stat-notes")).getText();
                assertTrue(notes.contains("不足 5 件"), notes);
                assertFalse(b.driver().findElements(By.id("menu-form:m-public-statistics")).isEmpty(),
                        "the public menu links the page");
                assertTrue(b.driver().findElements(By.id("logout")).isEmpty(), "no login");
                for (Browser.Violation v : b.axe()) {
                    if (v.impact().compareTo(Browser.Impact.SERIOUS) <= 0) {
                        problems.add(size.label() + ": " + v.impact() + " " + v.rule() + " " + v.targets() + " "
                                + v.detail());
                    }
                }
                if (size == Browser.Size.PHONE) {
                    long scroll = (Long) b.script("return document.documentElement.scrollWidth - window.innerWidth;");
                    if (scroll > 0) {
                        problems.add("phone: scrolls sideways by " + scroll + " px");
                    }
                    @SuppressWarnings("unchecked")
                    List<String> small = (List<String>) b.script(PagesAccessibilityBrowserIT.SMALL_TARGETS);
                    if (!small.isEmpty()) {
                        problems.add("phone: touch targets under 44 px: " + small);
                    }
                    assertEquals("block", b.script("return getComputedStyle(document.querySelector("
                            + "'#statistics-table tbody td')).display;"), "the table's cells stack on a phone");
                }
                b.screenshot("statistics-" + size.label());
            }
            b.resize(Browser.Size.DESKTOP);
            b.open("/statistics.xhtml?year=abc");
            assertTrue(b.visible(By.id("bad-year")).getText().contains("2000"), "a refused year is explained");
        }
        return problems;
    }
}
