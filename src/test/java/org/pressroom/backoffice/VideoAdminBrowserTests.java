package org.pressroom.backoffice;

import java.io.InputStream;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.pressroom.AccessibilityCheck;
import org.pressroom.BrowserSession;
import org.pressroom.MovableClockConfiguration;
import org.pressroom.MutableClock;
import org.pressroom.account.StaffRole;
import org.pressroom.account.StaffTestSupport;
import org.pressroom.media.StaffVideos;
import org.pressroom.media.TestMasters;
import org.pressroom.media.VideoDetails;
import org.pressroom.media.VideoEditing;
import org.pressroom.media.VideoIngest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * An editor signs in with a code from their app, watches a video's preview before it is published, takes shot times
 * from the player and saves the shot list, in Chromium.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@Import(MovableClockConfiguration.class)
class VideoAdminBrowserTests {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    MockMvc mvc;

    @Autowired
    MutableClock clock;

    @Autowired
    VideoIngest ingest;

    @Autowired
    VideoEditing editing;

    @Autowired
    StaffVideos videos;

    @Test
    void anEditorTakesShotTimesFromThePreviewPlayerAndSavesTheShotList() throws Exception {
        long video;
        try (InputStream in = Files.newInputStream(TestMasters.small(640, 360))) {
            video = ingest.ingest(in, "council.mov", new VideoDetails("Council doorstep", "", null, "", List.of(), "© Council",
                    "ACCOUNT", "", false));
        }
        await().atMost(Duration.ofMinutes(3)).until(() -> videos.preview(video).orElseThrow().hls() != null);
        StaffTestSupport staff = new StaffTestSupport(context, mvc, clock);
        String email = "video.browser." + System.nanoTime() + "@example.org";
        staff.create(email, StaffRole.EDITOR);

        try (BrowserSession browser = BrowserSession.open(true)) {
            ChromeDriver page = browser.driver();
            WebDriverWait wait = new WebDriverWait(page, Duration.ofSeconds(30));
            page.get(base() + "/admin/videos/" + video);
            wait.until(ExpectedConditions.urlToBe(base() + "/admin/sign-in"));
            StaffBrowser.enrol(page, wait, base(), email, clock.instant());
            StaffBrowser.toDashboard(page, wait);

            page.findElement(By.linkText("Videos")).click();
            page.findElement(By.linkText("Council doorstep")).click();
            wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Council doorstep"));
            WebElement player = page.findElement(By.cssSelector("[data-admin-player] video"));
            page.executeScript("arguments[0].muted = true; arguments[0].play();", player);
            wait.until(driver -> ((Number) page.executeScript("return arguments[0].currentTime", player)).doubleValue() > 2);
            page.executeScript("arguments[0].pause(); arguments[0].currentTime = 3.2;", player);
            wait.until(ExpectedConditions.textToBe(By.cssSelector(".player-position"), "00:00:03.200"));

            WebElement first = page.findElement(By.cssSelector(".shot-row"));
            first.findElement(By.cssSelector("[data-take-time=at]")).click();
            assertThat(first.findElement(By.name("at")).getDomProperty("value")).isEqualTo("00:00:03.200");
            first.findElement(By.name("text")).sendKeys("The minister arrives, greets the press");
            page.executeScript("arguments[0].currentTime = 6.5;", player);
            wait.until(ExpectedConditions.textToBe(By.cssSelector(".player-position"), "00:00:06.500"));
            page.findElement(By.cssSelector("[data-add-line]")).click();
            List<WebElement> rows = page.findElements(By.cssSelector(".shot-row"));
            WebElement added = rows.get(rows.size() - 1);
            assertThat(added.findElement(By.name("at")).getDomProperty("value")).isEqualTo("00:00:06.500");
            assertThat(added.findElement(By.name("at")).getDomAttribute("id")).isEqualTo("at-" + rows.size());
            new org.openqa.selenium.support.ui.Select(added.findElement(By.name("kind"))).selectByVisibleText("Soundbite");
            added.findElement(By.name("text")).sendKeys("We will not comment, thank you.");
            added.findElement(By.name("speaker")).sendKeys("Anne Martin, Minister");
            added.findElement(By.name("language")).sendKeys("eng");
            assertThat(AccessibilityCheck.seriousViolations(page, ".shot-form")).isEmpty();
            page.findElement(By.cssSelector(".shot-form button[type=submit]")).click();

            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".notice"), "The shot list has been saved."));
            browser.screenshot("admin-video-shots");
            assertThat(editing.editable(video).orElseThrow().shots()).extracting(VideoEditing.ShotLine::at, VideoEditing.ShotLine::speaker)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("00:00:03.200", ""),
                            org.assertj.core.groups.Tuple.tuple("00:00:06.500", "Anne Martin, Minister"));
            assertThat(browser.consoleErrors()).isEmpty();
        }
    }

    private String base() {
        return "http://127.0.0.1:" + port;
    }
}
