package org.pressroom.account;

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
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A staff member in Chromium: the back office sends them to sign in; they type their password, scan (here: read)
 * the key, type the code their app would show (computed by the test), keep their recovery codes, reach the
 * dashboard, switch it to French and sign out. A journalist's account gets the 403 page, never the back office.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class StaffSignInBrowserTests {

    @LocalServerPort
    int port;

    @Autowired
    StaffAccounts staff;

    @Autowired
    Clock clock;

    @Test
    void anEditorEnrolsSignsInWithTheirCodeSwitchesToFrenchAndSignsOut() throws Exception {
        String email = "editor.browser." + System.nanoTime() + "@example.org";
        StaffInvitation invitation = staff.invite(email, "Ada", "Editor", "en", StaffRole.EDITOR, null, Duration.ofHours(1));
        staff.choosePassword(invitation.token(), "Ada", "Editor", StaffTestSupport.PASSWORD, new Client("127.0.0.1", "test"));

        try (BrowserSession browser = BrowserSession.open(true)) {
            ChromeDriver page = browser.driver();
            WebDriverWait wait = new WebDriverWait(page, Duration.ofSeconds(20));
            page.get(base() + "/admin");
            wait.until(ExpectedConditions.urlToBe(base() + "/admin/sign-in"));
            assertThat(page.findElement(By.tagName("h1")).getText()).isEqualTo("Staff sign-in");
            assertThat(AccessibilityCheck.seriousViolations(page)).isEmpty();

            page.findElement(By.id("staff-email")).sendKeys(email);
            page.findElement(By.id("staff-password")).sendKeys(StaffTestSupport.PASSWORD);
            page.findElement(By.cssSelector(".account-form button[type=submit]")).click();
            wait.until(ExpectedConditions.urlToBe(base() + "/admin/sign-in/enrol"));
            WebElement qr = page.findElement(By.cssSelector("img.qr-code"));
            assertThat(qr.getDomAttribute("alt")).contains("authenticator app");
            assertThat(((Number) page.executeScript("return arguments[0].naturalWidth", qr)).intValue()).as("the QR code is drawn").isPositive();
            assertThat(AccessibilityCheck.seriousViolations(page)).isEmpty();
            browser.screenshot("staff-enrol");

            String secret = page.findElement(By.id("totp-secret")).getText().replace(" ", "");
            page.findElement(By.id("enrol-code")).sendKeys(Totp.code(Base32.decode(secret), Totp.step(clock.instant())));
            page.findElement(By.cssSelector(".account-form button[type=submit]")).click();
            wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Your recovery codes"));
            List<WebElement> codes = page.findElements(By.cssSelector(".recovery-codes code"));
            assertThat(codes).hasSize(10);

            page.findElement(By.linkText("I have kept them: continue")).click();
            wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Dashboard"));
            assertThat(page.findElement(By.cssSelector(".account-name")).getText()).isEqualTo("Signed in as Ada Editor");
            assertThat(page.findElements(By.linkText("Staff and roles"))).as("an editor is no administrator").isEmpty();
            assertThat(AccessibilityCheck.seriousViolations(page)).isEmpty();
            browser.screenshot("staff-dashboard");

            page.findElement(By.cssSelector(".language-switch a[hreflang=fr]")).click();
            wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Tableau de bord"));
            assertThat(page.findElement(By.tagName("html")).getDomAttribute("lang")).isEqualTo("fr");

            page.findElement(By.cssSelector(".account-menu button[type=submit]")).click();
            wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Connexion du personnel"));
            page.get(base() + "/admin");
            wait.until(ExpectedConditions.urlToBe(base() + "/admin/sign-in"));
            assertThat(browser.consoleErrors()).isEmpty();
        }
    }

    @Test
    void aJournalistsAccountGetsTheTranslated403PageNotTheBackOffice() throws Exception {
        String email = "journalist.browser." + System.nanoTime() + "@example.org";
        StaffInvitation invitation = staff.invite(email, "Jo", "Reporter", "en", StaffRole.EDITOR, null, Duration.ofHours(1));
        staff.choosePassword(invitation.token(), "Jo", "Reporter", StaffTestSupport.PASSWORD, new Client("127.0.0.1", "test"));
        staff.revoke(invitation.accountId(), StaffRole.EDITOR, null);

        try (BrowserSession browser = BrowserSession.open(false)) {
            ChromeDriver page = browser.driver();
            WebDriverWait wait = new WebDriverWait(page, Duration.ofSeconds(20));
            page.get(base() + "/en/account/login");
            page.findElement(By.id("login-email")).sendKeys(email);
            page.findElement(By.id("login-password")).sendKeys(StaffTestSupport.PASSWORD);
            page.findElement(By.cssSelector(".account-form button[type=submit]")).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".account-menu")));

            page.get(base() + "/admin/staff");
            assertThat(page.findElement(By.tagName("h1")).getText()).isEqualTo("This action is not allowed");
            assertThat(page.getPageSource()).doesNotContain("Staff and roles").doesNotContain("Dashboard");

            page.get(base() + "/admin/language?lang=fr&returnTo=/admin");
            assertThat(page.findElement(By.tagName("h1")).getText()).isEqualTo("Cette action n'est pas autorisée");
        }
    }

    private String base() {
        return "http://localhost:" + port;
    }
}
