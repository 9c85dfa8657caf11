package org.sutiao.it;

import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Debian's headless Chromium driven through its chromedriver (never Selenium Manager), with helpers for the
 * PrimeFaces widgets the pages use, screenshots under {@code target/screenshots}, two screen sizes (desktop and
 * phone, {@link #resize}) and Deque's axe-core WCAG 2.1 A/AA check of the current page ({@link #axe}).
 */
public final class Browser implements AutoCloseable {
    public static final String CHROMIUM = "/usr/bin/chromium";
    public static final String CHROMEDRIVER = "/usr/bin/chromedriver";
    /** The application's address; the HTTP port shifts with {@code -Dit.port.offset}. */
    public static final String BASE = Api.BASE.substring(0, Api.BASE.length() - "/api/v1".length());

    /** The screen sizes the pages are tried at (CSS pixels). */
    public enum Size {
        /** A laptop: the window as the browser tests always had it. */
        DESKTOP(1440, 1000, false),
        /** A phone (an iPhone 12–15's 390×844 viewport), emulated as a mobile device so the viewport setting counts. */
        PHONE(390, 844, true);

        public final int width;
        public final int height;
        final boolean mobile;

        Size(int width, int height, boolean mobile) {
            this.width = width;
            this.height = height;
            this.mobile = mobile;
        }

        /** Lower-case name for reports and screenshot names. */
        public String label() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** axe-core's impact levels, worst first. */
    public enum Impact { CRITICAL, SERIOUS, MODERATE, MINOR }

    /** One axe rule the page breaks: its id, impact, help text, the elements that break it and the first one's reason. */
    public record Violation(String rule, Impact impact, String help, int nodes, List<String> targets, String detail) {
    }

    /** The WCAG 2.1 A and AA rule tags of axe-core (the project's accessibility bar, issue 12). */
    public static final List<String> WCAG21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    private static String axeScript;

    private final WebDriver driver;
    private final WebDriverWait wait;
    private final Path shots;

    public Browser() throws IOException {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--window-size=1440,1000", "--lang=zh-CN",
                "--user-data-dir=" + Files.createTempDirectory("chromium").toAbsolutePath());
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER)).usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        wait = new WebDriverWait(driver, Duration.ofSeconds(30));
        shots = Path.of(System.getProperty("it.screenshots", "target/screenshots"));
        Files.createDirectories(shots);
    }

    /** True when this machine has the Debian browser and driver (CI installs them). */
    public static boolean available() {
        return new File(CHROMIUM).canExecute() && new File(CHROMEDRIVER).canExecute();
    }

    public WebDriver driver() {
        return driver;
    }

    /**
     * Shows the pages at the given size from now on: the desktop window, or a 390×844 phone emulated through the
     * DevTools protocol (mobile viewport, so the page's viewport meta applies). Reload or open a page afterwards.
     */
    public void resize(Size size) {
        ChromeDriver chrome = (ChromeDriver) driver;
        if (size.mobile) {
            chrome.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", size.width,
                    "height", size.height, "deviceScaleFactor", 1, "mobile", true));
            chrome.executeCdpCommand("Emulation.setTouchEmulationEnabled", Map.of("enabled", true, "maxTouchPoints", 5));
        } else {
            chrome.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
            chrome.executeCdpCommand("Emulation.setTouchEmulationEnabled", Map.of("enabled", false));
            driver.manage().window().setSize(new org.openqa.selenium.Dimension(size.width, size.height));
        }
    }

    /** Runs a script in the page and returns its result (Selenium's conversion: Long, Boolean, String, List, Map). */
    public Object script(String js, Object... args) {
        return ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(js, args);
    }

    /**
     * Checks the current page with axe-core against {@link #WCAG21_AA} and returns the rules it breaks, worst first.
     * The script comes from Deque's Maven artifact ({@code axe.min.js}) and is injected into the page, whose
     * Content-Security-Policy does not apply to WebDriver's scripts.
     */
    public List<Violation> axe() {
        String script = axeScript();
        // A growl fading in or out blends its colours with the page's; axe would measure the blend, not the page.
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> Boolean.TRUE.equals(script(
                "return !window.jQuery || window.jQuery(':animated').length === 0;")));
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        if (!Boolean.TRUE.equals(script("return typeof window.axe === 'object';"))) {
            script(script);
        }
        String json = (String) ((org.openqa.selenium.JavascriptExecutor) driver).executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "axe.run(document, {runOnly: {type: 'tag', values: arguments[0]}, resultTypes: ['violations']})"
                        + ".then(r => done(JSON.stringify(r.violations.map(v => ({id: v.id, impact: v.impact, help: v.help,"
                        + " targets: v.nodes.map(n => n.target.join(' ')), detail: (v.nodes[0] && v.nodes[0].failureSummary || '').replace(/\\s+/g, ' ')})))))"
                        + ".catch(e => done(JSON.stringify({error: String(e)})));", WCAG21_AA);
        jakarta.json.JsonStructure parsed = jakarta.json.Json.createReader(new java.io.StringReader(json)).read();
        if (parsed instanceof jakarta.json.JsonObject error) {
            throw new IllegalStateException("axe failed: " + error.getString("error"));
        }
        List<Violation> found = new ArrayList<>();
        for (jakarta.json.JsonValue v : (jakarta.json.JsonArray) parsed) {
            jakarta.json.JsonObject o = v.asJsonObject();
            List<String> targets = o.getJsonArray("targets").getValuesAs(jakarta.json.JsonString.class).stream()
                    .map(jakarta.json.JsonString::getString).toList();
            found.add(new Violation(o.getString("id"), Impact.valueOf(o.getString("impact", "minor").toUpperCase(java.util.Locale.ROOT)),
                    o.getString("help"), targets.size(), targets, o.getString("detail", "")));
        }
        found.sort(java.util.Comparator.comparing(Violation::impact));
        return found;
    }

    /**
     * The rules of {@link #axe} at the project's bar (critical and serious) that the current page breaks, one line
     * each, prefixed with {@code where} (a page and size), for a test that collects them and fails once at the end.
     */
    public List<String> seriousAxeProblems(String where) {
        List<String> problems = new ArrayList<>();
        axe().stream().filter(v -> v.impact().compareTo(Impact.SERIOUS) <= 0)
                .forEach(v -> problems.add(where + ": " + v.impact() + " " + v.rule() + " (" + v.nodes() + "×) "
                        + v.targets().subList(0, Math.min(3, v.targets().size())) + " " + v.detail()));
        return problems;
    }

    /** How many rules of each impact the violations break (every impact present, zero when none). */
    public static Map<Impact, Integer> countByImpact(List<Violation> violations) {
        Map<Impact, Integer> counts = new EnumMap<>(Impact.class);
        for (Impact i : Impact.values()) {
            counts.put(i, 0);
        }
        violations.forEach(v -> counts.merge(v.impact(), 1, Integer::sum));
        return counts;
    }

    private static synchronized String axeScript() {
        if (axeScript == null) {
            try (var in = Browser.class.getResourceAsStream("/axe.min.js")) {
                if (in == null) {
                    throw new IllegalStateException("axe.min.js is not on the test class path (com.deque.html.axe-core:selenium)");
                }
                axeScript = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return axeScript;
    }

    public void open(String path) {
        driver.get(BASE + path);
    }

    public void login(String user, String password) {
        open("/login.xhtml");
        visible(By.id("username")).sendKeys(user);
        driver.findElement(By.id("password")).sendKeys(password);
        driver.findElement(By.id("login-submit")).click();
        visible(By.id("logout"));
    }

    public void logout() {
        visible(By.id("logout")).click();
        visible(By.id("login-submit"));
    }

    public WebElement visible(By by) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    public void type(String id, String text) {
        WebElement e = visible(By.id(id));
        e.clear();
        e.sendKeys(text);
    }

    /**
     * The row a lazy table shows on whichever page holds it: the current page, else from the last page backwards
     * (an inbox sorted by due date puts a case referred just now near the end, before the items without a date).
     */
    public WebElement rowOnSomePage(String tableId, By row) {
        if (!driver.findElements(row).isEmpty()) {
            return visible(row);
        }
        By last = By.cssSelector("[id='" + tableId + "'] .ui-paginator-last:not(.ui-state-disabled)");
        By previous = By.cssSelector("[id='" + tableId + "'] .ui-paginator-prev:not(.ui-state-disabled)");
        if (!driver.findElements(last).isEmpty()) {
            driver.findElement(last).click();
        }
        for (int page = 0; page < 50; page++) {
            try {
                return new WebDriverWait(driver, Duration.ofSeconds(3))
                        .until(ExpectedConditions.visibilityOfElementLocated(row));
            } catch (org.openqa.selenium.TimeoutException notHere) {
                if (driver.findElements(previous).isEmpty()) {
                    break;
                }
                driver.findElement(previous).click();
            }
        }
        return visible(row);
    }

    /**
     * Chooses an item of a PrimeFaces selectOneMenu by the start of its label, and checks that the menu then shows
     * that label. CI saw a click land on another item while the panel was still opening or scrolling, and an item
     * of zero size; each time the menu is opened again, the item waited for until it stands still, and clicked again.
     */
    public void choose(String menuId, String labelStart) {
        By itemBy = By.cssSelector("[id='" + menuId + "_items'] li[data-label^='" + labelStart + "']");
        By panel = By.id(menuId + "_panel");
        By label = By.id(menuId + "_label");
        for (int attempt = 0; ; attempt++) {
            try {
                if (driver.findElements(panel).stream().noneMatch(WebElement::isDisplayed)) {
                    visible(By.id(menuId)).click();
                }
                WebElement item = visible(itemBy);
                ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block:'center'})", item);
                waitUntilStill(item);
                item.click();
                new WebDriverWait(driver, Duration.ofSeconds(3)).until(ExpectedConditions.invisibilityOfElementLocated(panel));
                if (driver.findElement(label).getText().startsWith(labelStart)) {
                    return;
                }
            } catch (org.openqa.selenium.TimeoutException | org.openqa.selenium.ElementNotInteractableException
                    | org.openqa.selenium.StaleElementReferenceException e) {
                if (attempt == 4) {
                    throw e;
                }
                continue;
            }
            if (attempt == 4) {
                throw new AssertionError(menuId + " shows '" + driver.findElement(label).getText() + "', not '"
                        + labelStart + "…'");
            }
        }
    }

    /** Waits until the element has a size and has not moved for 150 ms (an opening or scrolling panel). */
    private void waitUntilStill(WebElement element) {
        new WebDriverWait(driver, Duration.ofSeconds(5)).pollingEvery(Duration.ofMillis(150)).until(new java.util.function.Function<WebDriver, Boolean>() {
            private org.openqa.selenium.Rectangle last;

            @Override
            public Boolean apply(WebDriver d) {
                org.openqa.selenium.Rectangle now = element.getRect();
                boolean still = now.getHeight() > 0 && now.equals(last);
                last = now;
                return still;
            }
        });
    }

    /**
     * Waits until the element's text contains the text; the element may be replaced meanwhile (a page reload after
     * an action), so a lookup that hits the old document counts as "not yet".
     */
    public void waitForText(By by, String text) {
        wait.until(d -> {
            try {
                return d.findElement(by).getText().contains(text);
            } catch (WebDriverException e) {
                return false;
            }
        });
    }

    /** Waits until the element is absent or hidden (an overlay closed). */
    public void waitUntilHidden(By by) {
        wait.until(ExpectedConditions.invisibilityOfElementLocated(by));
    }

    public void waitUntilUrlContains(String fragment) {
        wait.until(ExpectedConditions.urlContains(fragment));
    }

    /** Saves a PNG screenshot as {@code target/screenshots/<name>.png}. */
    /**
     * What the page shows that is not plain words ({@link PlainText}): its text, and the titles, placeholders and
     * accessible names of its elements; empty when all is well.
     */
    public List<String> wordProblems() {
        String text = (String) script("return document.body.innerText + '\\n' + Array.from(document.querySelectorAll("
                + "'[title], [placeholder], [aria-label]')).map(e => [e.getAttribute('title'),"
                + " e.getAttribute('placeholder'), e.getAttribute('aria-label')].filter(v => v).join('\\n')).join('\\n');");
        return PlainText.problems(text);
    }

    /** Fails when the page shows a bundle key, an enum code or a property path ({@link #wordProblems()}). */
    public void assertPlainWords(String page) {
        List<String> problems = wordProblems();
        if (!problems.isEmpty()) {
            throw new AssertionError(page + " shows what is not plain words: " + problems);
        }
    }

    /** Shows the pages in a desktop window of the given size (e.g. 1366×768, the common laptop). */
    public void resize(int width, int height) {
        ChromeDriver chrome = (ChromeDriver) driver;
        chrome.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        chrome.executeCdpCommand("Emulation.setTouchEmulationEnabled", Map.of("enabled", false));
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(width, height));
    }

    public void screenshot(String name) {
        try {
            Files.write(shots.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
