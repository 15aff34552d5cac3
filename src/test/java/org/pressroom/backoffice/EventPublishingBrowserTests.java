package org.pressroom.backoffice;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Map;

import com.github.kagkarlsson.scheduler.Scheduler;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.pressroom.AccessibilityCheck;
import org.pressroom.BrowserSession;
import org.pressroom.MovableClockConfiguration;
import org.pressroom.MutableClock;
import org.pressroom.TestDataDirectory;
import org.pressroom.account.StaffRole;
import org.pressroom.account.StaffTestSupport;
import org.pressroom.content.ContentItem;
import org.pressroom.content.EventEditing;
import org.pressroom.content.PublicationStatus;
import org.pressroom.content.Workflow;
import org.pressroom.media.TestMasters;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The whole story in Chromium: a publisher signs in with a code computed here from their key, creates an
 * event with a two-day programme, uploads a video made by ffmpeg and watches it being processed until ready, shows
 * it on the site and links it to a programme item, and schedules the event's publication. The application's clock
 * is then moved past that time; the durable publication job publishes the event, and its public page shows the
 * programme of both days with the linked video.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@Import(MovableClockConfiguration.class)
class EventPublishingBrowserTests {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    MockMvc mvc;

    @Autowired
    MutableClock clock;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    EventEditing events;

    @Autowired
    Workflow workflow;

    @Autowired
    Scheduler scheduler;

    @Test
    void aPublisherBuildsAnEventWithATwoDayProgrammeAndAVideoSchedulesItAndItAppearsWhenItsTimeComes() throws Exception {
        String run = Long.toString(System.nanoTime());
        Path master = Files.copy(TestMasters.small(640, 360), TestDataDirectory.fresh("event-publishing").resolve("forum-opening-" + run + ".mov"));
        StaffTestSupport staff = new StaffTestSupport(context, mvc, clock);
        String email = "event.publisher." + run + "@example.org";
        staff.create(email, StaffRole.PUBLISHER);
        String title = "Blue Economy Forum " + run;

        try (BrowserSession browser = BrowserSession.open(true)) {
            ChromeDriver page = browser.driver();
            WebDriverWait wait = new WebDriverWait(page, Duration.ofSeconds(30));

            // First sign-in: enrolment with the key shown, then a sign-in of its own with the next code.
            page.get(base() + "/admin/events/new");
            wait.until(ExpectedConditions.urlToBe(base() + "/admin/sign-in"));
            String secret = StaffBrowser.enrol(page, wait, base(), email, clock.instant());
            StaffBrowser.toDashboard(page, wait);
            page.findElement(By.cssSelector(".account-menu button[type=submit]")).click();
            wait.until(ExpectedConditions.urlContains("/admin/sign-in?signedOut"));
            clock.advance(Duration.ofSeconds(30));
            page.get(base() + "/admin/events/new");
            wait.until(ExpectedConditions.urlToBe(base() + "/admin/sign-in"));
            StaffBrowser.password(page, email);
            wait.until(ExpectedConditions.urlToBe(base() + "/admin/sign-in/code"));
            page.findElement(By.id("staff-code")).sendKeys(StaffTestSupport.totp(secret, clock.instant()));
            page.findElement(By.cssSelector(".account-form button[type=submit]")).click();
            wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Dashboard"));

            // The event, over two days.
            page.get(base() + "/admin/events/new");
            wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "New event"));
            assertThat(AccessibilityCheck.seriousViolations(page, ".event-form")).isEmpty();
            value(page, "event-startsOn", "2026-06-10");
            value(page, "event-endsOn", "2026-06-11");
            new Select(page.findElement(By.id("event-timeZone"))).selectByValue("Europe/Lisbon");
            new Select(page.findElement(By.id("event-country"))).selectByValue("PT");
            page.findElement(By.id("event-versions-en-title")).sendKeys(title);
            page.findElement(By.id("event-versions-en-venue")).sendKeys("Congress Centre");
            page.findElement(By.id("event-versions-en-city")).sendKeys("Lisbon");
            page.findElement(By.cssSelector(".event-form button.button:not([name])")).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".notice"), "The event has been created."));
            long event = Long.parseLong(page.getCurrentUrl().replaceAll(".*/admin/events/(\\d+).*", "$1"));

            // Its programme: an item on each day.
            addItem(page, wait, "09:30", "10:30", "Opening press conference");
            addItem(page, wait, "09:30", "", "Pool photo opportunity");

            // Items at the same time are put in order in place (htmx), and the event's form stays current.
            page.executeScript("window.notReloaded = true;");
            page.findElement(By.cssSelector("button[aria-label='Move Pool photo opportunity up']")).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#day-1 .programme-title"), "Pool photo opportunity"));
            assertThat(page.executeScript("return window.notReloaded === true;")).isEqualTo(true);
            page.findElement(By.id("event-versions-en-venue")).sendKeys(", Hall 2");
            page.findElement(By.cssSelector(".event-form button.button:not([name])")).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".notice"), "The event has been saved."));
            page.findElement(By.cssSelector("button[aria-label='Remove Pool photo opportunity']")).click();
            wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#day-1 .programme-row"), 1));
            page.findElement(By.cssSelector("#day-2 a[href*='day=2026-06-11']")).click();
            wait.until(ExpectedConditions.attributeToBe(By.id("item-date"), "value", "2026-06-11"));
            addItem(page, wait, "16:00", "", "Closing doorstep");
            assertThat(page.findElement(By.cssSelector("#day-1 .programme-title")).getText()).isEqualTo("Opening press conference");
            assertThat(page.findElement(By.cssSelector("#day-2 .programme-title")).getText()).isEqualTo("Closing doorstep");
            assertThat(AccessibilityCheck.seriousViolations(page, "#programme")).isEmpty();

            // A video, uploaded and processed while the page shows its progress.
            page.get(base() + "/admin/uploads");
            page.findElement(By.id("upload-files")).sendKeys(master.toAbsolutePath().toString());
            WebDriverWait processing = new WebDriverWait(page, Duration.ofMinutes(5));
            processing.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".upload-item progress")));
            processing.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".upload-item.upload-ready .upload-state"), "Ready"));
            assertThat(page.findElement(By.cssSelector(".upload-item.upload-ready progress")).getDomProperty("value")).isEqualTo("100");
            Map<String, Object> video = jdbc.queryForMap("select id, title from video_asset where original_name = ?", master.getFileName().toString());
            long videoId = ((Number) video.get("id")).longValue();
            String videoTitle = (String) video.get("title");

            // Shown on the site once ready (a publisher's choice), then linked to the first day's item.
            page.get(base() + "/admin/videos/" + videoId);
            // The master's two tracks: floor in English, interpretation in French (the page wants both named).
            String[] languages = {"eng", "fra"};
            for (int track = 0; track < page.findElements(By.name("audioLanguage")).size(); track++) {
                WebElement language = page.findElement(By.id("audio-" + track));
                language.clear();
                language.sendKeys(languages[track % 2]);
            }
            WebElement show = page.findElement(By.id("video-publish"));
            if (!show.isSelected()) {
                show.click();
            }
            page.findElement(By.cssSelector(".details-form button[type=submit]")).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".notice, .form-summary")));
            assertThat(page.findElement(By.cssSelector(".notice, .form-summary")).getText()).isEqualTo("The details have been saved.");
            page.get(base() + "/admin/events/" + event);
            page.findElement(By.cssSelector("a[aria-label='Edit Opening press conference']")).click();
            wait.until(ExpectedConditions.textToBe(By.id("item-heading"), "Change the item"));
            page.findElement(By.id("link-video-" + videoId)).click();
            page.findElement(By.cssSelector(".item-form button[type=submit]")).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".notice"), "The item has been saved."));
            assertThat(page.findElement(By.cssSelector("#day-1 .programme-links")).getText()).isEqualTo("Video: " + videoTitle);

            // Publication scheduled two hours ahead (the back office's times are UTC).
            Instant at = clock.instant().plus(Duration.ofHours(2)).truncatedTo(ChronoUnit.MINUTES);
            page.findElement(By.cssSelector(".workflow-actions summary")).click();
            value(page, "schedule-event-" + event, LocalDateTime.ofInstant(at, ZoneOffset.UTC).toString());
            page.findElement(By.cssSelector("form[action$='/schedule'] button")).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".notice"), "Scheduled."));
            assertThat(page.findElement(By.cssSelector(".event-facts")).getText()).contains("Scheduled");
            browser.screenshot("admin-event-programme");
            page.executeScript("document.getElementById('programme').scrollIntoView();");
            browser.screenshot("admin-event-programme-days");
            assertThat(workflow.state(ContentItem.event(event)).publicNow()).isFalse();

            // The clock passes the time; the durable job publishes the event.
            clock.advance(Duration.ofHours(3));
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).until(() -> {
                scheduler.triggerCheckForDueExecutions();
                return workflow.state(ContentItem.event(event)).status() == PublicationStatus.PUBLISHED;
            });
            assertThat(workflow.state(ContentItem.event(event)).publishedAt()).isEqualTo(at);

            String slug = events.form(event).versions().get("en").slug();
            page.get(base() + "/en/events/2026/06/" + slug);
            wait.until(ExpectedConditions.textToBe(By.tagName("h1"), title));
            WebElement programme = page.findElement(By.id("programme"));
            assertThat(programme.getText()).contains("Opening press conference", "09:30");
            WebElement link = programme.findElement(By.partialLinkText(videoTitle));
            assertThat(link.getDomAttribute("href")).startsWith("/en/videos/" + videoId + "-");
            browser.screenshot("public-event-published");
            page.findElement(By.cssSelector("a[rel=next]")).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("programme"), "Closing doorstep"));
            page.navigate().back();
            page.findElement(By.partialLinkText(videoTitle)).click();
            wait.until(ExpectedConditions.textToBe(By.tagName("h1"), videoTitle));
            assertThat(browser.consoleErrors()).isEmpty();
        }
    }

    private static void addItem(ChromeDriver page, WebDriverWait wait, String startsAt, String endsAt, String title) {
        value(page, "item-startsAt", startsAt);
        value(page, "item-endsAt", endsAt);
        page.findElement(By.id("item-room")).sendKeys("Press room 1");
        new Select(page.findElement(By.id("item-coverage"))).selectByValue("LIVE");
        page.findElement(By.id("item-languages")).sendKeys("en, pt");
        page.findElement(By.id("item-titles-en")).sendKeys(title);
        page.findElement(By.cssSelector(".item-form button[type=submit]")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".notice"), "The item has been added to the programme."));
    }

    /** Date and time fields are typed in the browser's locale; a script sets the value the way a picker does. */
    private static void value(ChromeDriver page, String id, String value) {
        page.executeScript("document.getElementById(arguments[0]).value = arguments[1];", id, value);
    }

    private String base() {
        return "http://127.0.0.1:" + port;
    }
}
