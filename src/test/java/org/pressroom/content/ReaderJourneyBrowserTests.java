package org.pressroom.content;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.pressroom.BrowserSession;
import org.pressroom.content.DemoContent.DemoEvent;
import org.pressroom.content.DemoContent.DemoProgrammeItem;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A reader in Chromium goes from the home page to an event, to the second day of its programme, to a
 * transcript, back to its event, and switches to French: the French page of the same event.
 */
@DemoPressRoomTest
class ReaderJourneyBrowserTests {

    @LocalServerPort
    int port;

    @Autowired
    DemoPages pages;

    @Test
    void homeToEventToDayTwoToTranscriptToEventInFrench() {
        DemoEvent event = pages.demo().events().stream()
                .filter(e -> e.programme().stream().anyMatch(item -> item.day() == 2 && item.transcript() != null))
                .findFirst().orElseThrow();
        DemoProgrammeItem dayTwo = event.programme().stream()
                .filter(item -> item.day() == 2 && item.transcript() != null).findFirst().orElseThrow();
        var transcript = pages.demo().transcripts().stream().filter(t -> t.key().equals(dayTwo.transcript())).findFirst().orElseThrow();

        try (BrowserSession browser = BrowserSession.open()) {
            ChromeDriver page = browser.driver();
            page.get("http://127.0.0.1:" + port + "/en/");
            assertThat(page.findElement(By.tagName("h1")).getText()).isEqualTo("Press room");

            page.findElement(By.cssSelector(".main-nav a[href='/en/events']")).click();
            page.findElement(By.linkText(event.en().title())).click();
            assertThat(page.findElement(By.tagName("h1")).getText()).isEqualTo(event.en().title());
            assertThat(page.findElement(By.cssSelector(".day-title")).getText()).startsWith("Day 1 / " + event.days());

            page.findElement(By.linkText("Next day")).click();
            assertThat(page.findElement(By.cssSelector(".day-title")).getText()).startsWith("Day 2 / " + event.days());
            browser.screenshot("event-day-2");

            page.findElement(By.partialLinkText(transcript.en().title())).click();
            assertThat(page.findElement(By.tagName("h1")).getText()).isEqualTo(transcript.en().title());
            assertThat(page.findElements(By.cssSelector(".turn"))).hasSize(transcript.en().turns().size());
            browser.screenshot("transcript");

            page.findElement(By.cssSelector(".story-dates a")).click();
            assertThat(page.findElement(By.tagName("h1")).getText()).isEqualTo(event.en().title());

            page.findElement(By.cssSelector(".language-switch a[hreflang='fr']")).click();
            assertThat(page.findElement(By.tagName("html")).getDomAttribute("lang")).isEqualTo("fr");
            assertThat(page.findElement(By.tagName("h1")).getText()).isEqualTo(event.fr().title());
            assertThat(page.getCurrentUrl()).endsWith(pages.event(event.key(), "fr"));
            assertThat(page.findElement(By.cssSelector(".day-title")).getText()).startsWith("Jour 1 / " + event.days());
            browser.screenshot("event-in-french");

            assertThat(browser.consoleErrors()).isEmpty();
        }
    }
}
