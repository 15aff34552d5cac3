package org.pressroom.content;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.chrome.ChromeDriver;
import org.pressroom.AccessibilityCheck;
import org.pressroom.BrowserSession;
import org.pressroom.HtmlValidator;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The reader's pages (home, news, articles, events, event, transcript, photos, gallery, photo) in both
 * languages are valid HTML for the W3C Nu checker, and axe-core finds no serious or critical
 * accessibility problem in them as Chromium renders them.
 */
@DemoPressRoomTest
class PageQualityTests {

    @LocalServerPort
    int port;

    @Autowired
    DemoPages pages;

    @Test
    void everyReaderPageIsValidHtml() throws Exception {
        List<String> problems = new ArrayList<>();
        for (String lang : List.of("en", "fr")) {
            for (String path : pages.representativePages(lang)) {
                HtmlValidator.errors(pages.get(port, path).body()).forEach(error -> problems.add(path + " " + error));
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void everyReaderPageHasNoSeriousAccessibilityProblem() throws Exception {
        List<String> problems = new ArrayList<>();
        try (BrowserSession browser = BrowserSession.open()) {
            ChromeDriver driver = browser.driver();
            for (String lang : List.of("en", "fr")) {
                for (String path : pages.representativePages(lang)) {
                    driver.get("http://127.0.0.1:" + port + path);
                    AccessibilityCheck.seriousViolations(driver).forEach(v -> problems.add(path + " " + v));
                }
            }
            assertThat(browser.consoleErrors()).isEmpty();
        }
        assertThat(problems).isEmpty();
    }
}
