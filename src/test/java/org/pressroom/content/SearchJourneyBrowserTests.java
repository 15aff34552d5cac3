package org.pressroom.content;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.pressroom.BrowserSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A journalist in Chromium searches the demo press room from the header for a quote, narrows the results
 * to one event, and opens the transcript hit: the page opens at the turn that says it.
 */
@DemoPressRoomTest
class SearchJourneyBrowserTests {

    @LocalServerPort
    int port;

    @Autowired
    DemoPages pages;

    @Test
    void headerSearchThenEventFilterThenTranscriptHitOpensAtTheMatchingTurn() {
        String event = pages.demo().events().stream().filter(e -> e.key().equals("dakar-coastal-forum")).findFirst().orElseThrow().en().title();
        try (BrowserSession browser = BrowserSession.open()) {
            ChromeDriver page = browser.driver();
            page.get("http://127.0.0.1:" + port + "/en/");
            WebElement box = page.findElement(By.id("site-search-q"));
            box.sendKeys("sand extraction");
            box.submit();
            assertThat(page.findElement(By.tagName("h1")).getText()).isEqualTo("Search");
            assertThat(page.getCurrentUrl()).endsWith("/en/search?q=sand+extraction");
            assertThat(page.findElements(By.cssSelector(".search-hit"))).isNotEmpty();

            page.findElement(By.cssSelector(".facet-event")).findElement(By.partialLinkText(event)).click();
            assertThat(page.getCurrentUrl()).contains("event=");
            List<WebElement> transcriptHits = page.findElements(By.cssSelector(".search-hit-transcript .card-title a"));
            assertThat(transcriptHits).isNotEmpty();
            assertThat(page.findElement(By.cssSelector(".search-hit-transcript mark")).getText()).matches("(?i)sand|extraction");
            browser.screenshot("search-filtered-by-event");

            transcriptHits.get(0).click();
            assertThat(page.getCurrentUrl()).containsPattern("/en/transcripts/.+#turn-\\d+$");
            WebElement target = (WebElement) page.executeScript("return document.querySelector(':target');");
            assertThat(target).isNotNull();
            assertThat(target.getAttribute("class")).contains("turn");
            assertThat(target.getText().toLowerCase()).contains("sand extraction");
            browser.screenshot("search-transcript-turn");
            assertThat(browser.consoleErrors()).isEmpty();
        }
    }
}
