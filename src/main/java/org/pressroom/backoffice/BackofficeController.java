package org.pressroom.backoffice;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletResponse;
import org.pressroom.account.StaffAccounts;
import org.pressroom.site.SiteLanguages;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The back office's dashboard and its language switch. */
@Controller
class BackofficeController {

    private final StaffAccounts staff;
    private final SiteLanguages languages;

    BackofficeController(StaffAccounts staff, SiteLanguages languages) {
        this.staff = staff;
        this.languages = languages;
    }

    @GetMapping("/admin")
    String dashboard(Model model) {
        model.addAttribute("newestAccounts", staff.newestAccounts());
        return "backoffice/dashboard";
    }

    /** The back office has no language in its addresses: the choice is kept in a cookie, for a year. */
    @GetMapping("/admin/language")
    String language(@RequestParam(defaultValue = "") String lang, @RequestParam(defaultValue = "/admin") String returnTo,
                    HttpServletResponse response) {
        languages.find(lang).ifPresent(locale -> {
            Cookie cookie = new Cookie(SiteLanguages.LANGUAGE_COOKIE, locale.getLanguage());
            cookie.setPath("/");
            cookie.setHttpOnly(true);
            cookie.setMaxAge(365 * 24 * 3600);
            cookie.setAttribute("SameSite", "Lax");
            response.addCookie(cookie);
        });
        boolean ours = returnTo.startsWith("/admin") && !returnTo.startsWith("//") && !returnTo.contains("\\");
        return "redirect:" + (ours ? returnTo : "/admin");
    }
}
