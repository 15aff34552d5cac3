package org.pressroom.content;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.pressroom.AccessibilityCheck;
import org.pressroom.BrowserSession;
import org.pressroom.media.PublishedVideos;
import org.pressroom.media.PublishedVideos.VideoCard;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A journalist in Chromium goes from an event's programme to its video, plays the HLS preview from the shot
 * list, switches the sound to French while it plays, opens a shared address at a given second, and finds a
 * soundbite by its words from the search box: the player starts where it is said.
 */
@DemoPressRoomTest
class VideoPlayerBrowserTests {

    @LocalServerPort
    int port;

    @Autowired
    DemoPages pages;

    @Autowired
    PublishedVideos videos;

    @Test
    void thePreviewPlaysFromTheShotListSwitchesAudioLanguageAndStartsAtTheSecondInTheAddress() {
        VideoCard arrival = pages.readyVideos(videos).stream().filter(card -> card.title().contains("arrival")).findFirst().orElseThrow();

        try (BrowserSession browser = BrowserSession.open()) {
            ChromeDriver page = browser.driver();
            WebDriverWait wait = new WebDriverWait(page, Duration.ofSeconds(30));
            page.get("http://127.0.0.1:" + port + pages.event("ministerial-2026", "en") + "?day=1");
            page.findElement(By.partialLinkText(arrival.title())).click();
            assertThat(page.findElement(By.tagName("h1")).getText()).isEqualTo(arrival.title());

            // hls.js has read the master playlist: one audio rendition per language.
            wait.until(driver -> number(page, "var h = document.querySelector('[data-player]').hls;"
                    + " return h ? h.audioTracks.length : 0;") == 2);
            Select audio = new Select(page.findElement(By.cssSelector(".player-audio-select")));
            assertThat(audio.getOptions()).extracting(option -> option.getText()).containsExactly("English", "French");
            assertThat(page.findElement(By.cssSelector(".player-audio")).isDisplayed()).isTrue();

            page.findElement(By.cssSelector(".shot-seek")).click();
            wait.until(driver -> number(page, "return document.getElementById('player-video').currentTime;") > 0.4);
            assertThat((Boolean) page.executeScript("return document.getElementById('player-video').paused;")).isFalse();
            double beforeSwitch = number(page, "return document.getElementById('player-video').currentTime;");

            audio.selectByVisibleText("French");
            wait.until(driver -> number(page, "return document.querySelector('[data-player]').hls.audioTrack;") == 1);
            wait.until(driver -> number(page, "return document.getElementById('player-video').currentTime;") > beforeSwitch + 0.5);
            assertThat(page.executeScript("var h = document.querySelector('[data-player]').hls; return h.audioTracks[h.audioTrack].lang;"))
                    .isEqualTo("fra");
            browser.screenshot("video-playing-in-french");
            assertThat(AccessibilityCheck.seriousViolations(page)).isEmpty();

            page.get("http://127.0.0.1:" + port + Cards.videoUrl(arrival.id(), arrival.title(), "en") + "#t=5");
            wait.until(driver -> Math.abs(number(page, "return document.getElementById('player-video').currentTime;") - 5) < 0.5);

            // A quote from a soundbite, searched from the header, opens the video at the soundbite's second.
            page.findElement(By.cssSelector(".site-search input[name=q]")).sendKeys("thirty-nine states agreed\n");
            page.findElement(By.cssSelector(".search-hit-video .card-title a")).click();
            assertThat(page.getCurrentUrl()).endsWith("#t=1");
            assertThat(page.findElement(By.tagName("h1")).getText()).startsWith("Press conference");
            wait.until(driver -> Math.abs(number(page, "return document.getElementById('player-video').currentTime;") - 1) < 0.3);

            assertThat(browser.consoleErrors()).isEmpty();
        }
    }

    private static double number(ChromeDriver page, String script) {
        Object value = page.executeScript(script);
        return value instanceof Number number ? number.doubleValue() : Double.NaN;
    }
}
