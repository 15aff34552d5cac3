package org.pressroom.site;

import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What every page's layout needs: the organisation, the page's language and the language switch. */
@ControllerAdvice
class SiteLayoutAdvice {

    private final SiteProperties site;
    private final SiteLanguages languages;

    SiteLayoutAdvice(SiteProperties site, SiteLanguages languages) {
        this.site = site;
        this.languages = languages;
    }

    @ModelAttribute("site")
    SiteProperties site() {
        return site;
    }

    @ModelAttribute("lang")
    String lang(HttpServletRequest request) {
        return languages.resolve(request).getLanguage();
    }

    @ModelAttribute("siteName")
    String siteName(HttpServletRequest request) {
        return site.name(languages.resolve(request));
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
        String path = SiteLanguages.pagePath(request);
        Locale current = languages.resolve(request);
        boolean prefixed = languages.fromPath(request).isPresent();
        String rest = prefixed ? path.substring(1 + SiteLanguages.firstSegment(path).length()) : "/";
        String query = request.getAttribute(jakarta.servlet.RequestDispatcher.ERROR_REQUEST_URI) == null
                && request.getQueryString() != null && prefixed ? "?" + request.getQueryString() : "";
        return languages.supported().stream()
                .map(locale -> new LanguageLink(locale.getLanguage(), capitalised(locale),
                        "/" + locale.getLanguage() + (rest.isEmpty() ? "/" : rest) + query,
                        locale.getLanguage().equals(current.getLanguage())))
                .toList();
    }

    private static String capitalised(Locale locale) {
        String name = locale.getDisplayLanguage(locale);
        return name.isEmpty() ? locale.getLanguage() : name.substring(0, 1).toUpperCase(locale) + name.substring(1);
    }
}
