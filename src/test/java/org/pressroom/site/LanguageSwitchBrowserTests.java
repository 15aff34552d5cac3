package org.pressroom.site;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.pressroom.BrowserSession;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** A visitor in Chromium opens the press room, switches to French and back, and the browser logs no error. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class LanguageSwitchBrowserTests {

    @LocalServerPort
    int port;

    @Test
    void theHomePageSwitchesToFrenchAndBackWithoutAConsoleError() {
        try (BrowserSession browser = BrowserSession.open()) {
            ChromeDriver page = browser.driver();

            page.get("http://127.0.0.1:" + port + "/");
            assertThat(page.getCurrentUrl()).endsWith("/en/");
            assertThat(page.findElement(By.tagName("html")).getDomAttribute("lang")).isEqualTo("en");
            assertThat(page.findElement(By.tagName("h1")).getText()).isEqualTo("Press room");

            page.findElement(By.cssSelector(".language-switch a[hreflang='fr']")).click();
            assertThat(page.getCurrentUrl()).endsWith("/fr/");
            assertThat(page.findElement(By.tagName("html")).getDomAttribute("lang")).isEqualTo("fr");
            assertThat(page.findElement(By.tagName("h1")).getText()).isEqualTo("Espace presse");
            assertThat(page.findElement(By.cssSelector(".brand-name")).getText()).isEqualTo("Organisation Exemple");

            page.findElement(By.cssSelector(".language-switch a[hreflang='en']")).click();
            assertThat(page.getCurrentUrl()).endsWith("/en/");
            assertThat(page.findElement(By.tagName("h1")).getText()).isEqualTo("Press room");
            assertThat((Boolean) page.executeScript("return typeof htmx !== 'undefined'")).as("htmx loaded").isTrue();

            assertThat(browser.consoleErrors()).isEmpty();
        }
    }
}
