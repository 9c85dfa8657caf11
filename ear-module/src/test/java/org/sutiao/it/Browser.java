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

/**
 * Debian's headless Chromium driven through its chromedriver (never Selenium Manager), with helpers for the
 * PrimeFaces widgets the pages use and screenshots under {@code target/screenshots}.
 */
public final class Browser implements AutoCloseable {
    public static final String CHROMIUM = "/usr/bin/chromium";
    public static final String CHROMEDRIVER = "/usr/bin/chromedriver";
    /** The application's address; the HTTP port shifts with {@code -Dit.port.offset}. */
    public static final String BASE = Api.BASE.substring(0, Api.BASE.length() - "/api/v1".length());

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
