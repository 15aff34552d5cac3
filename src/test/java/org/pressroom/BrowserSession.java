package org.pressroom;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;

import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;

/**
 * Debian's Chromium, headless, driven by Debian's chromedriver (never a downloaded browser), with a fresh
 * profile. Collects the browser console so that a test can fail on any error a visitor's browser would log.
 */
public final class BrowserSession implements AutoCloseable {

    private final ChromeDriver driver;
    private final Path profile;
    private final List<String> consoleErrors = new ArrayList<>();

    private BrowserSession(ChromeDriver driver, Path profile) {
        this.driver = driver;
        this.profile = profile;
    }

    /** Opens Chromium, or skips the test (fails it in CI) when Chromium or its driver is not installed. */
    public static BrowserSession open() {
        return open(true);
    }

    /** Opens Chromium with JavaScript on or off (to check that every flow also works as plain pages). */
    public static BrowserSession open(boolean javascript) {
        return open(javascript, null);
    }

    /** Opens Chromium with JavaScript on or off, saving downloads into {@code downloads} without asking. */
    public static BrowserSession open(boolean javascript, Path downloads) {
        Path chromium = RequiredTools.find("chromium").orElseGet(() -> RequiredTools.require("chromium", "chromium"));
        Path chromedriver = RequiredTools.require("chromedriver", "chromium-driver");
        Path profile;
        try {
            profile = Files.createTempDirectory("pressroom-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-sync",
                "--disable-quic", "--window-size=1280,900", "--lang=en-GB", "--user-data-dir=" + profile);
        options.setCapability("goog:loggingPrefs", Map.of(LogType.BROWSER, "ALL"));
        Map<String, Object> prefs = new java.util.HashMap<>();
        if (!javascript) {
            prefs.put("profile.managed_default_content_settings.javascript", 2);
        }
        if (downloads != null) {
            prefs.put("download.default_directory", downloads.toAbsolutePath().toString());
            prefs.put("download.prompt_for_download", false);
        }
        if (!prefs.isEmpty()) {
            options.setExperimentalOption("prefs", prefs);
        }
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(chromedriver.toFile())
                .usingAnyFreePort()
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        if (downloads != null) {
            // Headless Chromium saves downloads only where it is told to, through the DevTools protocol.
            driver.executeCdpCommand("Browser.setDownloadBehavior",
                    Map.of("behavior", "allow", "downloadPath", downloads.toAbsolutePath().toString()));
        }
        return new BrowserSession(driver, profile);
    }

    public ChromeDriver driver() {
        return driver;
    }

    /** Saves what the browser shows to target/screenshots/NAME.png, for people to look at. */
    public void screenshot(String name) {
        try {
            Path directory = Files.createDirectories(Path.of("target", "screenshots"));
            byte[] png = driver.getScreenshotAs(org.openqa.selenium.OutputType.BYTES);
            Files.write(directory.resolve(name + ".png"), png);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every console message of level error (script errors, CSP violations, failed loads) since the last call. */
    public List<String> consoleErrors() {
        for (LogEntry entry : driver.manage().logs().get(LogType.BROWSER)) {
            if (entry.getLevel().intValue() >= Level.SEVERE.intValue()) {
                consoleErrors.add(entry.getMessage());
            }
        }
        return List.copyOf(consoleErrors);
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            try (var files = Files.walk(profile)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            } catch (IOException ignored) {
                // A leftover temporary profile harms nothing.
            }
        }
    }
}
