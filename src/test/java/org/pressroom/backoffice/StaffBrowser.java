package org.pressroom.backoffice;

import java.time.Instant;

import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.pressroom.account.StaffTestSupport;

/** Staff signing in through the back office's own pages, as the browser tests do it. */
final class StaffBrowser {

    private StaffBrowser() {
    }

    /** An invitation's link: the password chosen, which leads to the sign-in page. */
    static void choosePassword(ChromeDriver page, WebDriverWait wait, String base, String token) {
        page.get(base + "/admin/password?token=" + token);
        page.findElement(By.id("staff-new-password")).sendKeys(StaffTestSupport.PASSWORD);
        page.findElement(By.cssSelector(".account-form button[type=submit]")).click();
        wait.until(ExpectedConditions.urlContains("/admin/sign-in"));
    }

    /** On the sign-in page: the address and the test password, sent. */
    static void password(ChromeDriver page, String email) {
        page.findElement(By.id("staff-email")).sendKeys(email);
        page.findElement(By.id("staff-password")).sendKeys(StaffTestSupport.PASSWORD);
        page.findElement(By.cssSelector(".account-form button[type=submit]")).click();
    }

    /**
     * On the sign-in page of a member not yet enrolled: the password, then the authenticator app enrolled with the
     * code the key shown gives at {@code now}; ends on the recovery codes.
     *
     * @return the key (base 32), for the codes of later sign-ins
     */
    static String enrol(ChromeDriver page, WebDriverWait wait, String base, String email, Instant now) {
        password(page, email);
        wait.until(ExpectedConditions.urlToBe(base + "/admin/sign-in/enrol"));
        String secret = page.findElement(By.id("totp-secret")).getText().replace(" ", "");
        page.findElement(By.id("enrol-code")).sendKeys(StaffTestSupport.totp(secret, now));
        page.findElement(By.cssSelector(".account-form button[type=submit]")).click();
        wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Your recovery codes"));
        return secret;
    }

    /** From the recovery codes on to the dashboard. */
    static void toDashboard(ChromeDriver page, WebDriverWait wait) {
        page.findElement(By.linkText("I have kept them: continue")).click();
        wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Dashboard"));
    }
}
