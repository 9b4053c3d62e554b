package org.minutebook.systemtests;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * A real headless Chromium (Debian's {@code chromium}, driven by Debian's {@code chromedriver} through Selenium;
 * Selenium Manager cannot download either here, so both are named), with what the browser tests ask of it: a
 * screenshot kept as a test artefact, and axe-core's accessibility check of the page shown.
 */
final class Browser implements AutoCloseable {

    /** Test artefacts, kept after the run. */
    static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final ObjectMapper JSON = new ObjectMapper();

    final ChromeDriver driver;
    private final String axe;

    private Browser(ChromeDriver driver, String axe) {
        this.driver = driver;
        this.axe = axe;
    }

    private static Browser shared;

    /**
     * The browser the console's tests share (a browser costs seconds to start, and the suite must stay short), closed
     * when the test run ends.
     */
    static synchronized Browser shared() throws IOException {
        if (shared == null) {
            shared = start();
            Runtime.getRuntime().addShutdownHook(new Thread(shared::close));
        }
        return shared;
    }

    /** Starts the browser; fails (never skips) when chromium, chromedriver or axe-core is missing. */
    static Browser start() throws IOException {
        Path chromium = executable("/usr/bin/chromium", "chromium");
        Path chromedriver = executable("/usr/bin/chromedriver", "chromium-driver");
        Path axe = Path.of(System.getProperty("minutebook.axe-core.js", "target/axe/node_modules/axe-core/axe.min.js"));
        if (!Files.isReadable(axe)) {
            throw new AssertionError("No axe-core at " + axe + ": the build fetches it with npm before the system "
                    + "tests (./test installs npm)");
        }
        ChromeOptions options = new ChromeOptions().setBinary(chromium.toFile())
                .addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                        "--no-first-run", "--disable-background-networking", "--disable-component-update",
                        "--disable-sync", "--window-size=1280,1024",
                        // the console's date fields are typed as this locale writes dates (month, day, year)
                        "--lang=en-US");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(chromedriver.toFile())
                .usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60)).pageLoadTimeout(Duration.ofSeconds(60));
        Files.createDirectories(SCREENSHOTS);
        return new Browser(driver, Files.readString(axe));
    }

    void open(String url) {
        driver.get(url);
    }

    /** A screenshot of the whole page as it is shown, kept as {@code target/screenshots/<name>.png}. */
    Path screenshot(String name) {
        Dimension window = driver.manage().window().getSize();
        long height = ((Number) driver.executeScript("return document.documentElement.scrollHeight")).longValue();
        driver.manage().window().setSize(new Dimension(window.getWidth(), (int) Math.min(height + 120, 12_000)));
        Path shot = SCREENSHOTS.resolve(name + ".png");
        try {
            Files.copy(driver.getScreenshotAs(OutputType.FILE).toPath(), shot, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        driver.manage().window().setSize(window);
        return shot;
    }

    /** Shows the page as a phone does (390 CSS pixels wide) while the action runs. */
    /** A small phone's width in CSS pixels (an iPhone SE's), the narrowest the public pages are read at. */
    static final int PHONE_WIDTH = 375;

    <T> T asAPhone(Supplier<T> action) {
        Dimension window = driver.manage().window().getSize();
        driver.manage().window().setSize(new Dimension(PHONE_WIDTH, 844));
        try {
            return action.get();
        } finally {
            driver.manage().window().setSize(window);
        }
    }

    /** axe-core's violations on the page shown, as "rule (impact): nodes" lines, of the impacts given. */
    List<String> accessibilityViolations(List<String> impacts) throws IOException {
        driver.executeScript(axe);
        Object answer = ((JavascriptExecutor) driver).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, {resultTypes: ['violations']})
                   .then(results => done(JSON.stringify(results.violations)))
                   .catch(error => done(JSON.stringify({error: String(error)})));""");
        JsonNode violations = JSON.readTree((String) answer);
        if (violations.has("error")) {
            throw new AssertionError("axe-core did not run: " + violations.get("error").asText());
        }
        List<String> found = new ArrayList<>();
        for (JsonNode violation : violations) {
            if (impacts.contains(violation.path("impact").asText())) {
                List<String> nodes = new ArrayList<>();
                violation.path("nodes").forEach(node -> nodes.add(node.path("html").asText()));
                found.add(violation.get("id").asText() + " (" + violation.path("impact").asText() + "): "
                        + violation.path("help").asText() + " " + nodes);
            }
        }
        return found;
    }

    @Override
    public void close() {
        driver.quit();
    }

    private static Path executable(String path, String debianPackage) {
        Path found = Path.of(path);
        if (!Files.isExecutable(found)) {
            throw new AssertionError("No " + path + ": the browser tests need Debian's " + debianPackage
                    + " (`apt-get install " + debianPackage + "`; ./test installs it)");
        }
        return found;
    }
}
