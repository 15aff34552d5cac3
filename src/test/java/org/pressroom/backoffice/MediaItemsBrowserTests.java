package org.pressroom.backoffice;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
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
import org.pressroom.TestDataDirectory;
import org.pressroom.account.StaffAccounts;
import org.pressroom.account.StaffInvitation;
import org.pressroom.account.StaffRole;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An editor in Chromium, on the real server: is refused a file that is not a picture and one over the size limit, in
 * words on the upload page; takes in a photo through the multipart form and finds its caption read from the file; then
 * pastes a transcript, splits it into turns and moves one, all with the page's own submit buttons.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class MediaItemsBrowserTests {

    @LocalServerPort
    int port;

    @Autowired
    StaffAccounts staff;

    @Autowired
    Clock clock;

    @Test
    void anEditorTakesInAPhotoAndSplitsAPastedTranscriptIntoTurns() throws Exception {
        String run = Long.toString(System.nanoTime());
        Path folder = TestDataDirectory.fresh("media-items");
        Path picture = Files.write(folder.resolve("summit.jpg"), MediaItemPagesTests.jpeg(new org.pressroom.media.IptcBlock()
                .set(120, "Ministers arrive at the summit " + run).set(110, "Press Office").set(90, "Lisbon").segment()));
        Path notes = Files.writeString(folder.resolve("notes.jpg"), "Meeting notes, not a picture.\n");

        String email = "media.browser." + run + "@example.org";
        StaffInvitation invitation = staff.invite(email, "Mia", "Editor", "en", StaffRole.EDITOR, null, Duration.ofHours(1));
        try (BrowserSession browser = BrowserSession.open(true)) {
            ChromeDriver page = browser.driver();
            WebDriverWait wait = new WebDriverWait(page, Duration.ofSeconds(30));
            signIn(page, wait, invitation, email);

            page.get(base() + "/admin/photos/new");
            assertThat(AccessibilityCheck.seriousViolations(page)).isEmpty();
            page.findElement(By.id("photo-file")).sendKeys(notes.toAbsolutePath().toString());
            page.findElement(By.cssSelector(".photo-upload button[type=submit]")).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("problems"), "is not a JPEG, PNG or TIFF picture"));

            // Over the form limit (50 MB): the server stops reading it, and the editor is told in words, not cut off.
            Path huge = folder.resolve("scan.tif");
            try (java.io.RandomAccessFile file = new java.io.RandomAccessFile(huge.toFile(), "rw")) {
                file.setLength(80L * 1024 * 1024);
            }
            page.findElement(By.id("photo-file")).sendKeys(huge.toAbsolutePath().toString());
            page.findElement(By.cssSelector(".photo-upload button[type=submit]")).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("problems"), "This file is larger than the 50 MB a photo may have"));

            page.findElement(By.id("photo-file")).sendKeys(picture.toAbsolutePath().toString());
            page.findElement(By.cssSelector(".photo-upload button[type=submit]")).click();
            wait.until(ExpectedConditions.urlMatches("/admin/photos/\\d+$"));
            assertThat(page.findElement(By.id("en-caption")).getDomProperty("value")).isEqualTo("Ministers arrive at the summit " + run);
            assertThat(page.findElement(By.id("photo-place")).getDomProperty("value")).isEqualTo("Lisbon");
            assertThat(page.findElement(By.cssSelector(".photo-edit-thumbnail")).getDomProperty("naturalWidth")).isEqualTo("480");
            assertThat(AccessibilityCheck.seriousViolations(page)).isEmpty();
            page.findElement(By.id("en-alt")).sendKeys("Two ministers walk along a red carpet");
            page.findElement(By.cssSelector(".photo-form .edit-actions button")).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".notice"), "Saved."));
            browser.screenshot("staff-photo-edit");

            page.get(base() + "/admin/transcripts/new");
            page.findElement(By.id("transcript-title")).sendKeys("Doorstep " + run);
            page.findElement(By.id("transcript-pasted")).sendKeys("Ana Silva:\u00A0Good morning.\nQ: Will the ferries run?\nAna Silva: Yes.");
            page.findElement(By.cssSelector("button[value=paste]")).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".notice"), "The pasted text became 3 turns"));
            assertThat(texts(page)).containsExactly("Good morning.", "Will the ferries run?", "Yes.");
            assertThat(page.findElement(By.id("turn-1-question")).isSelected()).isTrue();
            assertThat(AccessibilityCheck.seriousViolations(page)).isEmpty();

            page.findElement(By.cssSelector("button[value='up-2']")).click();
            // The page is sent again: until it is, the turns read may be those of the page going away.
            wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                    .until(d -> texts(page).equals(List.of("Good morning.", "Yes.", "Will the ferries run?")));
            assertThat(texts(page)).containsExactly("Good morning.", "Yes.", "Will the ferries run?");
            assertThat(page.findElement(By.id("transcript-title")).getDomProperty("value")).isEqualTo("Doorstep " + run);

            page.findElement(By.cssSelector(".transcript-form .edit-actions button")).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("problems")));
            assertThat(page.findElement(By.id("problems")).getText()).as("the time delivered starts at now")
                    .contains("Type: This field is required.").doesNotContain("Delivered at");
            assertThat(texts(page)).as("the turns are kept when a save is refused").containsExactly("Good morning.", "Yes.", "Will the ferries run?");
            browser.screenshot("staff-transcript-edit");
        }
    }

    private static List<String> texts(ChromeDriver page) {
        return page.findElements(By.cssSelector(".turn textarea")).stream().map(WebElement::getText).toList();
    }

    private void signIn(ChromeDriver page, WebDriverWait wait, StaffInvitation invitation, String email) {
        StaffBrowser.choosePassword(page, wait, base(), invitation.token());
        StaffBrowser.enrol(page, wait, base(), email, clock.instant());
    }

    private String base() {
        return "http://localhost:" + port;
    }
}
