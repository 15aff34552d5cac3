package org.pressroom.delivery;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.pressroom.AccessibilityCheck;
import org.pressroom.BrowserSession;
import org.pressroom.TestDataDirectory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A journalist in Chromium asks for a video's broadcast file without an account: the account dialog opens over
 * the page, she registers, enters the code from the SMTP server, and the file she asked for arrives in the
 * browser's download folder with its name and size. A journalist under older terms logs in, accepts the new
 * terms, and her file arrives too. The visitor starts from the download panel's own page; the selectors are the
 * panel's, so the test can start from the video page that loads the panel.
 */
class DownloadBrowserTests extends DeliveryTestSupport {

    private static final String BROADCAST_NAME = "2026-02-12-press-conference-coastal-waters-2-3-été-прес-конференция-broadcast.mp4";

    @Test
    void anAnonymousVisitorRegistersInTheDialogAndTheFileSheAskedForArrives() throws Exception {
        long video = fixtures.accountVideo();
        String email = "ada.browser." + System.nanoTime() + "@example.org";
        Path downloads = TestDataDirectory.fresh("chromium-downloads");
        try (BrowserSession browser = BrowserSession.open(true, downloads)) {
            ChromeDriver page = browser.driver();
            WebDriverWait wait = new WebDriverWait(page, Duration.ofSeconds(30));
            page.get(videoPage(video));

            WebElement panel = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("download-panel")));
            assertThat(panel.getText()).contains(TestVideo.CREDIT, TestVideo.RESTRICTION);
            assertThat(AccessibilityCheck.seriousViolations(page, "#download-panel")).isEmpty();
            panel.findElement(By.cssSelector("tr[data-file=broadcast] .download-login")).click();
            WebElement dialog = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#account-dialog[open]")));
            awaitHeading(wait, "Log in to your multimedia account");
            dialog.findElement(By.linkText("Create an account")).click();
            awaitHeading(wait, "Create an account");
            dialog.findElement(By.id("email")).sendKeys(email);
            dialog.findElement(By.id("password")).sendKeys(Journalist.PASSWORD);
            dialog.findElement(By.id("firstName")).sendKeys("Ada");
            dialog.findElement(By.id("lastName")).sendKeys("Reporter");
            dialog.findElement(By.id("organisation")).sendKeys("Channel Nine");
            new Select(dialog.findElement(By.id("mediaKind"))).selectByVisibleText("Television");
            new Select(dialog.findElement(By.id("country"))).selectByVisibleText("Belgium");
            dialog.findElement(By.id("acceptTerms")).click();
            dialog.findElement(By.cssSelector(".account-form button[type=submit]")).click();

            awaitHeading(wait, "Check your inbox");
            dialog.findElement(By.id("code")).sendKeys(smtp.awaitCode(email, 1));
            dialog.findElement(By.cssSelector(".account-form button[type=submit]")).click();
            awaitHeading(wait, "Your account is ready");
            dialog.findElement(By.linkText("Continue")).click();

            Path file = arrived(downloads, BROADCAST_NAME);
            assertThat(Files.size(file)).isEqualTo(broadcastSize(video));
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".download-starting")));
            assertThat(page.findElement(By.cssSelector("#download-panel tr[data-file=broadcast] .download-link")).isDisplayed()).isTrue();
            browser.screenshot("download-panel-logged-in");
            assertThat(browser.consoleErrors()).isEmpty();
        }
    }

    @Test
    void aJournalistUnderOlderTermsLogsInAcceptsTheNewOnesAndHerFileArrives() throws Exception {
        long video = fixtures.accountVideo();
        Journalist ada = Journalist.verified(port, smtp);
        jdbc.update("update account set terms_version = '2020-01' where email = ?", ada.email);
        Path downloads = TestDataDirectory.fresh("chromium-downloads");
        try (BrowserSession browser = BrowserSession.open(true, downloads)) {
            ChromeDriver page = browser.driver();
            WebDriverWait wait = new WebDriverWait(page, Duration.ofSeconds(30));
            page.get(videoPage(video));

            wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#download-panel tr[data-file=broadcast] .download-login")))
                    .click();
            awaitHeading(wait, "Log in to your multimedia account");
            page.findElement(By.id("login-email")).sendKeys(ada.email);
            page.findElement(By.id("login-password")).sendKeys(Journalist.PASSWORD);
            WebElement before = page.findElement(By.tagName("html"));
            page.findElement(By.cssSelector("#account-dialog .account-form button[type=submit]")).click();
            wait.until(ExpectedConditions.stalenessOf(before));

            WebElement terms = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#download-panel .download-terms")));
            assertThat(terms.getText()).contains("Accept the terms of use");
            browser.screenshot("download-panel-terms");
            terms.findElement(By.cssSelector("button[type=submit]")).click();

            Path file = arrived(downloads, BROADCAST_NAME);
            assertThat(Files.size(file)).isEqualTo(broadcastSize(video));
            assertThat(browser.consoleErrors()).isEmpty();
        }
    }

    /** Where the visitor starts: the video page, which loads the download panel in place beside the player. */
    private String videoPage(long video) {
        return "http://127.0.0.1:" + port + "/en/videos/" + video;
    }

    private long broadcastSize(long video) {
        return jdbc.queryForObject("select size from video_rendition where asset_id = ? and kind = 'BROADCAST'", Long.class, video);
    }

    /** The downloaded file, once Chromium has finished writing it. */
    private static Path arrived(Path downloads, String name) {
        Path file = downloads.resolve(name);
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).until(() -> {
            try (Stream<Path> files = Files.list(downloads)) {
                List<String> names = files.map(path -> path.getFileName().toString()).toList();
                return names.contains(name) && names.stream().noneMatch(n -> n.endsWith(".crdownload"));
            }
        });
        return file;
    }

    private static void awaitHeading(WebDriverWait wait, String text) {
        wait.until(ExpectedConditions.textToBe(By.cssSelector("#account-dialog h1"), text));
    }
}
