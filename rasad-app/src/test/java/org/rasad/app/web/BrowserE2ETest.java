package org.rasad.app.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.javalin.Javalin;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.rasad.app.WebFixtures;

/**
 * The analyst's page in a real headless Chromium (Debian's chromium and chromium-driver, installed
 * by .ci/run): load the sample data, filter, open an event, see its highlighted evidence, correct
 * a field, switch to Arabic. Screenshots go to target/e2e/. Skipped when no Chromium is installed.
 */
class BrowserE2ETest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path DRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path ARTIFACTS = Path.of("target", "e2e");

    private static MemoryCatalog catalog;
    private static Javalin server;
    private static WebDriver browser;
    private static Path profile;

    @BeforeAll
    static void start() throws IOException {
        assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER),
                "no Chromium: apt-get install chromium chromium-driver (as .ci/run does) to run the browser tests");
        catalog = WebFixtures.sampleCatalog();
        server = WebFixtures.start(catalog, ServerConfig.DEFAULT_MAX_BODY);
        profile = Files.createTempDirectory("rasad-chromium");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1600,1000", "--user-data-dir=" + profile);
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, java.util.logging.Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
                .usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        Files.createDirectories(ARTIFACTS);
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (server != null) {
            server.stop();
        }
        if (catalog != null) {
            catalog.close();
        }
    }

    @Test
    void analystFiltersOpensAnEventSeesEvidenceAndCorrectsIt() throws IOException {
        browser.get("http://127.0.0.1:" + server.port() + "/");
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        try {
            wait.until(d -> "true".equals(d.findElement(By.tagName("body")).getAttribute("data-ready")));
        } catch (RuntimeException e) {
            browser.manage().logs().get(LogType.BROWSER).forEach(System.err::println);
            System.err.println("status: " + browser.findElement(By.id("status")).getText());
            System.err.println("count: " + browser.findElement(By.id("count")).getText());
            System.err.println("probe: " + js("return typeof L.markerClusterGroup + ' ' + typeof topojson"));
            throw e;
        }
        int all = listItems().size();
        assertThat(all).as("events listed on load").isGreaterThan(5);
        assertThat(browser.findElements(By.cssSelector(".leaflet-marker-icon")))
                .as("markers or clusters on the map").isNotEmpty();
        assertThat(browser.findElements(By.cssSelector("#timeline rect"))).as("timeline bars").isNotEmpty();

        WebElement timeline = browser.findElement(By.id("timeline"));
        int width = timeline.getRect().getWidth();
        new Actions(browser).moveToElement(timeline, width / 2 - 60, 0).clickAndHold().moveByOffset(55, 0).release().perform();
        wait.until(d -> !d.findElement(By.name("from")).getAttribute("value").isEmpty() && listItems().size() < all);
        String from = browser.findElement(By.name("from")).getAttribute("value");
        String to = browser.findElement(By.name("to")).getAttribute("value");
        assertThat(listItems()).allSatisfy(li -> assertThat(li.getText().substring(0, 10)).isBetween(from, to));
        assertThat(browser.findElements(By.cssSelector("#timeline rect.brush"))).hasSize(1);
        shoot("brushed.png");
        browser.findElement(By.id("clear-brush")).click();
        wait.until(d -> listItems().size() == all);

        new Select(browser.findElement(By.name("type"))).selectByValue("Battles");
        browser.findElement(By.id("apply")).click();
        wait.until(d -> listItems().size() < all);
        List<WebElement> battles = listItems();
        assertThat(battles).isNotEmpty();
        assertThat(battles.get(0).getText()).contains("Armed clash");

        String id = battles.get(0).getAttribute("data-event-id");
        battles.get(0).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("detail-title")));
        wait.until(d -> !d.findElements(By.cssSelector(".article mark")).isEmpty());
        WebElement article = browser.findElement(By.cssSelector(".article"));
        assertThat(article.getAttribute("dir")).isEqualTo("rtl");
        String evidence = browser.findElement(By.cssSelector(".article mark")).getText();
        assertThat(catalog.event(id).orElseThrow().event().reports().get(0).event().evidence().get(0).text())
                .as("the highlighted text is the evidence the API gives").contains(evidence.strip());
        shoot("event-detail.png");

        browser.findElement(By.id("analyst")).sendKeys("Layla");
        browser.findElement(By.id("token")).sendKeys(WebFixtures.TOKEN);
        new Select(browser.findElement(By.id("review-field"))).selectByValue("fatalities");
        browser.findElement(By.id("review-value")).sendKeys("6");
        browser.findElement(By.id("review-correct")).click();
        wait.until(d -> d.findElements(By.cssSelector("#audit li")).stream().anyMatch(li -> li.getText().contains("fatalities")));
        assertThat(browser.findElement(By.cssSelector("#audit li")).getText()).contains("Layla").contains("→ 6");
        assertThat(catalog.event(id).orElseThrow().event().event().fatalities()).isEqualTo(6);
        assertThat(browser.findElement(By.cssSelector("tr[data-field=fatalities]")).getText()).contains("6");
        shoot("after-correction.png");

        browser.findElement(By.id("lang")).click();
        wait.until(d -> "rtl".equals(d.findElement(By.tagName("html")).getAttribute("dir")));
        assertThat(browser.findElement(By.cssSelector("#apply")).getText()).isEqualTo("تطبيق");
        shoot("arabic.png");
    }

    private static List<WebElement> listItems() {
        return browser.findElements(By.cssSelector("#list li[data-event-id]"));
    }

    private static void shoot(String name) throws IOException {
        File f = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
        Files.copy(f.toPath(), ARTIFACTS.resolve(name), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    @SuppressWarnings("unused")
    private static Object js(String script) {
        return ((JavascriptExecutor) browser).executeScript(script);
    }
}
