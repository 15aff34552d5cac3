package org.pressroom.backoffice;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.pressroom.AccessibilityCheck;
import org.pressroom.BrowserSession;
import org.pressroom.RequiredTools;
import org.pressroom.TestDataDirectory;
import org.pressroom.account.StaffAccounts;
import org.pressroom.account.StaffInvitation;
import org.pressroom.account.StaffRole;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An editor in Chromium uploads two files at once on /admin/uploads with the page's own tus client, signed in
 * with their session (no token configured): a real video made by ffmpeg, which is then processed until ready,
 * and a file that is no video, which gets its error in plain words.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class UploadsBrowserTests {

    @LocalServerPort
    int port;

    @Autowired
    StaffAccounts staff;

    @Autowired
    Clock clock;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void anEditorUploadsAVideoAndANonVideoAndSeesProgressThenReadyOrAPlainError() throws Exception {
        Path ffmpeg = RequiredTools.require("ffmpeg", "ffmpeg");
        Path folder = TestDataDirectory.fresh("uploads");
        Path video = folder.resolve("briefing.mp4");
        Process made = new ProcessBuilder(ffmpeg.toString(), "-v", "error", "-f", "lavfi", "-i", "testsrc=size=320x180:rate=25:duration=2",
                "-f", "lavfi", "-i", "sine=frequency=440:duration=2", "-c:v", "libx264", "-pix_fmt", "yuv420p", "-c:a", "aac",
                "-shortest", video.toString()).inheritIO().start();
        assertThat(made.waitFor()).isZero();
        Path notes = Files.writeString(folder.resolve("notes.mp4"), "These are meeting notes, not a video.\n".repeat(50));

        String email = "uploader." + System.nanoTime() + "@example.org";
        StaffInvitation invitation = staff.invite(email, "Uma", "Uploader", "en", StaffRole.EDITOR, null, Duration.ofHours(1));
        try (BrowserSession browser = BrowserSession.open(true)) {
            ChromeDriver page = browser.driver();
            WebDriverWait wait = new WebDriverWait(page, Duration.ofSeconds(30));
            StaffBrowser.choosePassword(page, wait, base(), invitation.token());
            StaffBrowser.enrol(page, wait, base(), email, clock.instant());

            page.get(base() + "/admin/uploads");
            assertThat(AccessibilityCheck.seriousViolations(page)).isEmpty();
            page.findElement(By.id("upload-files")).sendKeys(video.toAbsolutePath() + "\n" + notes.toAbsolutePath());

            WebDriverWait processing = new WebDriverWait(page, Duration.ofMinutes(4));
            processing.until(d -> d.findElements(By.cssSelector(".upload-item")).size() == 2);
            processing.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".upload-item.upload-failed .upload-state"),
                    "This file is not a video the press room can read."));
            processing.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".upload-item.upload-ready .upload-state"), "Ready"));
            browser.screenshot("staff-uploads");
            List<String> names = page.findElements(By.cssSelector(".upload-item.upload-ready .upload-name")).stream().map(e -> e.getText()).toList();
            assertThat(names).containsExactly("briefing.mp4");
            assertThat(page.findElement(By.cssSelector(".upload-item.upload-ready progress")).getDomProperty("value")).isEqualTo("100");
            assertThat(jdbc.queryForObject("select count(*) from video_asset where original_name = 'briefing.mp4' and status = 'READY'",
                    Integer.class)).isEqualTo(1);
            assertThat(browser.consoleErrors()).allSatisfy(error -> assertThat(error).contains("415"));
        }
    }

    private String base() {
        return "http://localhost:" + port;
    }
}
