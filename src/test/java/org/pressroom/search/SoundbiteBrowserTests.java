package org.pressroom.search;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.pressroom.BrowserSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A journalist in Chromium searches for what was said in a soundbite and opens the hit: the browser goes to
 * the video's page at that second ({@code #t=42}), where the player (media's page) starts.
 */
@SearchCorpusTest
class SoundbiteBrowserTests {

    @LocalServerPort
    int port;

    @Autowired
    VideoSource videos;

    @Autowired
    ApplicationEventPublisher events;

    @AfterEach
    void unpublish() {
        videos.unpublish(VideoSearchTests.VIDEO);
        events.publishEvent(SearchableChanged.of(VideoSearchTests.VIDEO));
    }

    @Test
    void aSoundbiteHitOpensTheVideoAtItsSecond() {
        videos.publish(VideoSearchTests.pressConferenceVideo());
        events.publishEvent(SearchableChanged.of(VideoSearchTests.VIDEO));
        try (BrowserSession browser = BrowserSession.open()) {
            ChromeDriver page = browser.driver();
            page.get("http://127.0.0.1:" + port + "/en/");
            page.findElement(By.id("site-search-q")).sendKeys("sardinella fallen by half");
            page.findElement(By.cssSelector(".site-search button")).click();
            page.findElement(By.cssSelector(".facet-type")).findElement(By.partialLinkText("Video")).click();
            assertThat(page.findElement(By.cssSelector(".search-hit-video mark")).getText()).isNotBlank();
            browser.screenshot("search-soundbite");

            page.findElement(By.cssSelector(".search-hit-video .card-title a")).click();
            assertThat(page.getCurrentUrl()).endsWith("/en/videos/40-press-conference-shared-sardine-stocks#t=42");
        }
    }
}
