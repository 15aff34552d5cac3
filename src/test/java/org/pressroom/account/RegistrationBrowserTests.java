package org.pressroom.account;

import java.time.Duration;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.pressroom.BrowserSession;
import org.pressroom.TestSmtpServer;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A journalist in Chromium, on some page of the press room, creates an account, reads the code from the
 * SMTP server, verifies, subscribes to the newsletter in one click, and ends up back on the page they started
 * from, logged in: in the dialog with JavaScript, on plain pages without.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RegistrationBrowserTests {

    static final TestSmtpServer smtp = new TestSmtpServer();

    @DynamicPropertySource
    static void smtpServer(DynamicPropertyRegistry registry) {
        smtp.startFor(registry);
    }

    @AfterAll
    static void stopSmtpServer() {
        smtp.stop();
    }

    @LocalServerPort
    int port;

    @org.springframework.beans.factory.annotation.Autowired
    AccountService accounts;

    @Test
    void withJavaScriptTheWholeFlowHappensInADialogOverThePage() throws Exception {
        String email = "ada.dialog." + System.nanoTime() + "@example.org";
        try (BrowserSession browser = BrowserSession.open(true)) {
            ChromeDriver page = browser.driver();
            WebDriverWait wait = new WebDriverWait(page, Duration.ofSeconds(20));
            page.get("http://127.0.0.1:" + port + "/en/contact");

            page.findElement(By.cssSelector(".account-link")).click();
            WebElement dialog = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#account-dialog[open]")));
            awaitHeading(wait, "Log in to your multimedia account");
            dialog.findElement(By.linkText("Create an account")).click();
            awaitHeading(wait, "Create an account");
            browser.screenshot("account-dialog-register");

            dialog.findElement(By.id("email")).sendKeys(email);
            assertThat(dialog.findElements(By.cssSelector("#password-checks li.met"))).as("nothing met before typing").isEmpty();
            dialog.findElement(By.id("password")).sendKeys("broadcast");
            assertThat(dialog.findElements(By.cssSelector("#password-checks li:not(.met)"))).extracting(WebElement::getText)
                    .contains("12 characters or more", "An upper-case letter", "A digit", "A symbol, such as ! or #");
            dialog.findElement(By.id("password")).sendKeys("-2026!Quality");
            assertThat(dialog.findElements(By.cssSelector("#password-checks li:not(.met)"))).as("every part met").isEmpty();
            WebElement toggle = dialog.findElement(By.cssSelector(".password-toggle"));
            toggle.click();
            assertThat(dialog.findElement(By.id("password")).getDomAttribute("type")).isEqualTo("text");
            assertThat(toggle.getText()).isEqualTo("Hide");
            toggle.click();
            assertThat(dialog.findElement(By.id("password")).getDomAttribute("type")).isEqualTo("password");
            fillProfile(dialog, "Radio", "France");
            dialog.findElement(By.id("acceptTerms")).click();
            dialog.findElement(By.cssSelector(".account-form button[type=submit]")).click();

            awaitHeading(wait, "Check your inbox");
            browser.screenshot("account-dialog-code");
            WebElement resend = dialog.findElement(By.cssSelector(".resend button"));
            assertThat(resend.isEnabled()).as("the resend cooldown is counting down").isFalse();
            assertThat(resend.getText()).matches("Send new code in \\d+ s");
            dialog.findElement(By.id("code")).sendKeys(codeSentTo(email, 1));
            dialog.findElement(By.cssSelector(".account-form button[type=submit]")).click();

            awaitHeading(wait, "Your account is ready");
            assertThat(page.getCurrentUrl()).as("still on the page behind the dialog").endsWith("/en/contact");
            dialog.findElement(By.cssSelector(".newsletter-offer button[type=submit]")).click();
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#account-dialog .newsletter-offer .notice")));
            navigate(page, By.cssSelector("#account-dialog a.button"));

            assertThat(page.getCurrentUrl()).isEqualTo("http://127.0.0.1:" + port + "/en/contact");
            assertThat(page.findElement(By.cssSelector(".account-name")).getText()).isEqualTo("Logged in as Ada Reporter");

            navigate(page, By.cssSelector(".account-menu button"));
            page.findElement(By.cssSelector(".account-link")).click();
            awaitHeading(wait, "Log in to your multimedia account");
            page.findElement(By.id("login-email")).sendKeys(email);
            page.findElement(By.id("login-password")).sendKeys("broadcast-2026!Quality");
            WebElement before = page.findElement(By.tagName("html"));
            page.findElement(By.cssSelector("#account-dialog .account-form button[type=submit]")).click();
            wait.until(ExpectedConditions.stalenessOf(before));
            assertThat(wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".account-name"))).getText())
                    .isEqualTo("Logged in as Ada Reporter");
            assertThat(page.getCurrentUrl()).endsWith("/en/contact");

            assertThat(browser.consoleErrors()).isEmpty();
        }
    }

    @Test
    void withoutJavaScriptAJournalistRegistersOnPlainPagesAndReturnsToThePageTheyWereOn() throws Exception {
        boolean javascript = false;
        String email = "ada." + javascript + "." + System.nanoTime() + "@example.org";
        try (BrowserSession browser = BrowserSession.open(javascript)) {
            ChromeDriver page = browser.driver();
            page.get("http://127.0.0.1:" + port + "/en/contact");

            navigate(page, By.cssSelector(".account-link"));
            navigate(page, By.linkText("Create an account"));
            assertThat(page.getCurrentUrl()).contains("/en/account/register").contains("returnTo=/en/contact");

            page.findElement(By.id("email")).sendKeys(email);
            page.findElement(By.id("password")).sendKeys("short");
            fillProfile(page, "Television", "Belgium");
            navigate(page, By.cssSelector(".account-form button[type=submit]"));

            assertThat(page.findElement(By.id("password-error")).getText()).contains("at least 12 characters");
            assertThat(page.findElement(By.id("acceptTerms")).isSelected()).isFalse();
            assertThat(page.findElement(By.id("email")).getDomProperty("value")).as("values kept on error").isEqualTo(email);
            assertThat(page.findElement(By.id("password")).getDomProperty("value")).as("never the password").isEmpty();

            page.findElement(By.id("password")).sendKeys("Broadcast-2026!quality");
            page.findElement(By.id("acceptTerms")).click();
            navigate(page, By.cssSelector(".account-form button[type=submit]"));

            assertThat(page.findElement(By.tagName("h1")).getText()).isEqualTo("Check your inbox");
            assertThat(page.findElement(By.tagName("main")).getText()).contains(email).contains("expires in 30 minutes");
            page.findElement(By.id("code")).sendKeys(codeSentTo(email, 1));
            navigate(page, By.cssSelector(".account-form button[type=submit]"));

            assertThat(page.findElement(By.tagName("h1")).getText()).isEqualTo("Your account is ready");
            navigate(page, By.cssSelector(".newsletter-offer button[type=submit]"));
            assertThat(page.findElement(By.cssSelector(".newsletter-offer .notice")).getText()).contains("You are subscribed");
            navigate(page, By.linkText("Continue"));

            assertThat(page.getCurrentUrl()).isEqualTo("http://127.0.0.1:" + port + "/en/contact");
            assertThat(page.findElement(By.cssSelector(".account-name")).getText()).isEqualTo("Logged in as Ada Reporter");
        }
    }

    @Test
    void withJavaScriptAForgottenPasswordIsResetInTheDialogAndTheJournalistLogsInWithTheNewOne() throws Exception {
        String email = "ada.reset." + System.nanoTime() + "@example.org";
        accounts.register(new Registration(email, "Ada", "Reporter", "Channel Nine", MediaKind.PRINT, "DE", "en"),
                "Old-Password-2026!", new Client("127.0.0.1", "test"));
        assertThat(accounts.verify(email, codeSentTo(email, 1), new Client("127.0.0.1", "test")).principal()).isNotNull();

        try (BrowserSession browser = BrowserSession.open(true)) {
            ChromeDriver page = browser.driver();
            WebDriverWait wait = new WebDriverWait(page, Duration.ofSeconds(20));
            page.get("http://127.0.0.1:" + port + "/en/terms-of-use");

            page.findElement(By.cssSelector(".account-link")).click();
            WebElement dialog = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#account-dialog[open]")));
            awaitHeading(wait, "Log in to your multimedia account");
            dialog.findElement(By.linkText("Forgot your password?")).click();
            awaitHeading(wait, "Reset your password");
            dialog.findElement(By.id("reset-email")).sendKeys(email);
            dialog.findElement(By.cssSelector(".account-form button[type=submit]")).click();

            wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#account-dialog #code")));
            assertThat(dialog.getText()).contains(email);
            dialog.findElement(By.id("code")).sendKeys(codeSentTo(email, 2));
            dialog.findElement(By.cssSelector(".account-form button[type=submit]")).click();

            awaitHeading(wait, "Choose a new password");
            dialog.findElement(By.id("new-password")).sendKeys("New-Password-2026!");
            dialog.findElement(By.cssSelector(".account-form button[type=submit]")).click();

            awaitHeading(wait, "Your password has been updated");
            dialog.findElement(By.linkText("Back to log in")).click();
            awaitHeading(wait, "Log in to your multimedia account");
            dialog.findElement(By.id("login-email")).sendKeys(email);
            dialog.findElement(By.id("login-password")).sendKeys("New-Password-2026!");
            WebElement before = page.findElement(By.tagName("html"));
            dialog.findElement(By.cssSelector(".account-form button[type=submit]")).click();
            wait.until(ExpectedConditions.stalenessOf(before));

            assertThat(page.getCurrentUrl()).endsWith("/en/terms-of-use");
            assertThat(wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".account-name"))).getText())
                    .isEqualTo("Logged in as Ada Reporter");
            assertThat(browser.consoleErrors()).isEmpty();
        }
    }

    /** Ada Reporter of Channel Nine, as a journalist types her profile into the registration form. */
    private static void fillProfile(org.openqa.selenium.SearchContext form, String mediaKind, String country) {
        form.findElement(By.id("firstName")).sendKeys("Ada");
        form.findElement(By.id("lastName")).sendKeys("Reporter");
        form.findElement(By.id("organisation")).sendKeys("Channel Nine");
        new Select(form.findElement(By.id("mediaKind"))).selectByVisibleText(mediaKind);
        new Select(form.findElement(By.id("country"))).selectByVisibleText(country);
    }

    private static void awaitHeading(WebDriverWait wait, String text) {
        wait.until(ExpectedConditions.textToBe(By.cssSelector("#account-dialog h1"), text));
    }

    /** Clicks and waits for the next page, which Chromium without JavaScript does not always signal. */
    private static void navigate(ChromeDriver page, By target) {
        org.openqa.selenium.WebElement before = page.findElement(By.tagName("html"));
        page.findElement(target).click();
        new org.openqa.selenium.support.ui.WebDriverWait(page, Duration.ofSeconds(20))
                .until(org.openqa.selenium.support.ui.ExpectedConditions.stalenessOf(before));
        new org.openqa.selenium.support.ui.WebDriverWait(page, Duration.ofSeconds(20))
                .until(driver -> driver.findElements(By.tagName("footer")).size() == 1);
    }

    private static String codeSentTo(String email, int nth) throws Exception {
        return smtp.awaitCode(email, nth);
    }
}
