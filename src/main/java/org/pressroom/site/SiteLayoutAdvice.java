package org.pressroom.site;

import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What every page's layout needs: the organisation, the page's language and the language switch. */
@ControllerAdvice
class SiteLayoutAdvice {

    private final SiteSettings settings;
    private final SiteLanguages languages;

    SiteLayoutAdvice(SiteSettings settings, SiteLanguages languages) {
        this.settings = settings;
        this.languages = languages;
    }

    @ModelAttribute("site")
    SiteProperties site() {
        return settings.current();
    }

    /** Changes with the colours, so that browsers and caches fetch the theme again when an administrator changes them. */
    @ModelAttribute("themeVersion")
    String themeVersion() {
        return settings.themeVersion();
    }

    @ModelAttribute("lang")
    String lang(HttpServletRequest request) {
        return languages.resolve(request).getLanguage();
    }

    @ModelAttribute("siteName")
    String siteName(HttpServletRequest request) {
        return settings.name(languages.resolve(request));
    }

    /** The page being shown, for links that come back to it (log in, then return here). */
    @ModelAttribute("currentPath")
    String currentPath(HttpServletRequest request) {
        String path = SiteLanguages.pagePath(request);
        boolean error = request.getAttribute(jakarta.servlet.RequestDispatcher.ERROR_REQUEST_URI) != null;
        return !error && request.getQueryString() != null ? path + "?" + request.getQueryString() : path;
    }

    @ModelAttribute("languageLinks")
    List<LanguageLink> languageLinks(HttpServletRequest request) {
        return languages.links(request, Map.of());
    }

    /** The address search engines should keep for this page; pages with several addresses set their own. */
    @ModelAttribute("canonicalUrl")
    String canonicalUrl(HttpServletRequest request) {
        return settings.current().absolute(SiteLanguages.pagePath(request));
    }
}
