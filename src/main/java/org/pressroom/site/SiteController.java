package org.pressroom.site;

import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The home page, the language choice at {@code /}, and the pages linked from the footer. */
@Controller
class SiteController {

    private final SiteLanguages languages;
    private final SiteProperties site;

    SiteController(SiteLanguages languages, SiteProperties site) {
        this.languages = languages;
        this.site = site;
    }

    @GetMapping("/")
    ResponseEntity<Void> chooseLanguage(HttpServletRequest request) {
        Locale locale = languages.fromBrowser(request);
        return ResponseEntity.status(HttpStatus.FOUND)
                .location(URI.create(request.getContextPath() + "/" + locale.getLanguage() + "/"))
                .header(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE)
                .build();
    }

    @GetMapping("/{lang}/terms-of-use")
    String termsOfUse(Locale locale, Model model) {
        model.addAttribute("titleKey", "terms.title");
        model.addAttribute("paragraphs", paragraphs(site.termsOfUse(locale)));
        return "site/text-page";
    }

    @GetMapping("/{lang}/privacy")
    String privacy(Locale locale, Model model) {
        model.addAttribute("titleKey", "privacy.title");
        model.addAttribute("paragraphs", paragraphs(site.privacy(locale)));
        return "site/text-page";
    }

    @GetMapping("/{lang}/contact")
    String contact() {
        return "site/contact";
    }

    private static List<String> paragraphs(String text) {
        return Arrays.stream(text.split("\\n\\s*\\n")).map(String::strip).filter(p -> !p.isEmpty()).toList();
    }
}
