package org.pressroom.backoffice;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.pressroom.AccessibilityCheck;
import org.pressroom.BrowserSession;
import org.pressroom.MovableClockConfiguration;
import org.pressroom.MutableClock;
import org.pressroom.account.StaffRole;
import org.pressroom.account.StaffTestSupport;
import org.pressroom.content.ArticleEditing;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An editor signs in with a code from their app, writes a new article in the rich-text editor, makes a word bold with
 * the toolbar and another italic with Ctrl+I, and saves: the stored body has the emphasis, in Chromium. A megabyte pasted
 * is refused by the server in words; more than the server reads of a form is not sent at all. Without JavaScript the
 * body is a textarea that takes HTML.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@Import(MovableClockConfiguration.class)
class ArticleEditorBrowserTests {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    MockMvc mvc;

    @Autowired
    MutableClock clock;

    @Autowired
    ArticleEditing articles;

    @Test
    void anEditorMakesAWordBoldInTheEditorAndTheSavedBodyHoldsItAsStrong() throws Exception {
        StaffTestSupport staff = new StaffTestSupport(context, mvc, clock);
        String email = "article.browser." + System.nanoTime() + "@example.org";
        staff.create(email, StaffRole.EDITOR);
        String title = "Council approves the harbour plan " + System.nanoTime();

        try (BrowserSession browser = BrowserSession.open(true)) {
            ChromeDriver page = browser.driver();
            WebDriverWait wait = new WebDriverWait(page, Duration.ofSeconds(30));
            signIn(page, wait, email);

            page.get(base() + "/admin/articles/new");
            wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "New article"));
            page.findElement(By.id("article-en-title")).sendKeys(title);
            WebElement region = page.findElement(By.id("article-en-body-editor"));
            assertThat(region.getDomAttribute("role")).isEqualTo("textbox");
            assertThat(region.getDomAttribute("aria-multiline")).isEqualTo("true");
            assertThat(region.getDomAttribute("aria-labelledby")).isEqualTo("article-en-body-label");
            assertThat(page.findElement(By.id("article-en-body")).isDisplayed()).as("the textarea gives way to the editor").isFalse();

            region.click();
            region.sendKeys("The council approved the plan.");
            select(page, region, "council");
            WebElement bold = page.findElement(By.cssSelector("[aria-controls=article-en-body-editor] .rich-text-bold"));
            assertThat(bold.getDomAttribute("aria-label")).isEqualTo("Bold (Ctrl+B)");
            bold.click();
            wait.until(ExpectedConditions.attributeToBe(bold, "aria-pressed", "true"));
            select(page, region, "plan");
            new Actions(page).keyDown(Keys.CONTROL).sendKeys("i").keyUp(Keys.CONTROL).perform();

            assertThat(AccessibilityCheck.seriousViolations(page, ".article-form")).isEmpty();
            browser.screenshot("admin-article-editor");
            page.findElement(By.cssSelector(".article-form button[type=submit]")).click();

            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".notice"), "The draft has been created."));
            String url = page.getCurrentUrl();
            long id = Long.parseLong(url.substring(url.lastIndexOf('/') + 1));
            String body = articles.form(id).versions().get("en").body();
            assertThat(body).isEqualTo("<p>The <strong>council</strong> approved the <em>plan</em>.</p>");
            assertThat(page.findElement(By.id("article-en-body-editor")).getDomProperty("innerHTML")).contains("<strong>council</strong>");
            assertThat(browser.consoleErrors()).isEmpty();

            page.findElement(By.linkText("Translate into French")).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Translation into French"));
            assertThat(page.findElement(By.cssSelector(".translation-source")).getText()).contains("The council approved the plan.");
            assertThat(page.findElement(By.id("article-fr-body-editor")).getDomProperty("innerHTML")).contains("<strong>council</strong>");
            assertThat(AccessibilityCheck.seriousViolations(page, "main")).isEmpty();
            browser.screenshot("admin-article-translation");

            // A megabyte pasted into the editor reaches the server, which refuses it in words and gives it back.
            page.get(base() + "/admin/articles/new");
            page.findElement(By.id("article-en-title")).sendKeys("Pasted megabyte " + title);
            paste(page, "<p>" + "word ".repeat(209_715) + "end of the paste</p>");
            page.findElement(By.cssSelector(".article-form button[type=submit]")).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".form-summary"),
                    "Too long: at most 500,000 characters, and this has 1,048,"));
            assertThat((String) page.executeScript("return document.getElementById('article-en-body').value")).endsWith("end of the paste</p>");

            // More than the server reads of a form (accents travel as six bytes) is not sent at all: the editor is told.
            page.get(base() + "/admin/articles/new");
            page.findElement(By.id("article-en-title")).sendKeys("Pasted accents " + title);
            paste(page, "<p>" + "Déjà vu à Genève. ".repeat(60_000) + "</p>");
            page.findElement(By.cssSelector(".article-form button[type=submit]")).click();
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".rich-text-too-large")));
            assertThat(page.findElement(By.cssSelector(".rich-text-too-large")).getText()).startsWith("This is too long to send at once")
                    .contains("about 2 MB");
            assertThat(page.getCurrentUrl()).isEqualTo(base() + "/admin/articles/new");
            assertThat(page.findElement(By.id("article-en-title")).getDomProperty("value")).isEqualTo("Pasted accents " + title);
            assertThat(browser.consoleErrors()).isEmpty();
        }
    }

    /** Signs in through the pages, enrolling the app with a code computed from the key shown. */
    private void signIn(ChromeDriver page, WebDriverWait wait, String email) {
        page.get(base() + "/admin/articles/new");
        wait.until(ExpectedConditions.urlToBe(base() + "/admin/sign-in"));
        StaffBrowser.enrol(page, wait, base(), email, clock.instant());
        StaffBrowser.toDashboard(page, wait);
    }

    /** What a paste does to the editor: its region changes, and tells it so. */
    private static void paste(ChromeDriver page, String html) {
        page.executeScript("""
                const region = document.getElementById('article-en-body-editor');
                region.innerHTML = arguments[0];
                region.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertFromPaste' }));
                """, html);
    }

    @Test
    void withoutJavaScriptTheBodyIsATextareaThatTakesHtml() throws Exception {
        StaffTestSupport staff = new StaffTestSupport(context, mvc, clock);
        String email = "article.plain." + System.nanoTime() + "@example.org";
        staff.create(email, StaffRole.EDITOR);
        String title = "Plain form statement " + System.nanoTime();

        try (BrowserSession browser = BrowserSession.open(false)) {
            ChromeDriver page = browser.driver();
            WebDriverWait wait = new WebDriverWait(page, Duration.ofSeconds(30));
            signIn(page, wait, email);
            page.get(base() + "/admin/articles/new");
            assertThat(page.findElements(By.cssSelector(".rich-text-region"))).isEmpty();
            page.findElement(By.id("article-en-title")).sendKeys(title);
            page.findElement(By.id("article-en-body")).sendKeys("<h2>Context</h2><p>The <em>board</em> met.</p>");
            page.findElement(By.cssSelector(".article-form button[type=submit]")).click();

            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".notice"), "The draft has been created."));
            String url = page.getCurrentUrl();
            long id = Long.parseLong(url.substring(url.lastIndexOf('/') + 1));
            assertThat(articles.form(id).versions().get("en").body()).isEqualTo("<h2>Context</h2><p>The <em>board</em> met.</p>");
        }
    }

    /** Selects a word of the editable region, as a double click would. */
    private static void select(ChromeDriver page, WebElement region, String word) {
        page.executeScript("""
                const region = arguments[0], word = arguments[1];
                const walker = document.createTreeWalker(region, NodeFilter.SHOW_TEXT);
                let node;
                while ((node = walker.nextNode())) {
                  const at = node.data.indexOf(word);
                  if (at >= 0) {
                    const range = document.createRange();
                    range.setStart(node, at);
                    range.setEnd(node, at + word.length);
                    const selection = window.getSelection();
                    selection.removeAllRanges();
                    selection.addRange(range);
                    region.focus();
                    return;
                  }
                }
                throw new Error('no ' + word);
                """, region, word);
    }

    private String base() {
        return "http://127.0.0.1:" + port;
    }
}
