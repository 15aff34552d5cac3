package org.pressroom.site;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.servlet.LocaleResolver;

/** The locale of a request is the language in its URL; it cannot be changed except by going to another URL. */
class PathLocaleResolver implements LocaleResolver {

    private final SiteLanguages languages;

    PathLocaleResolver(SiteLanguages languages) {
        this.languages = languages;
    }

    @Override
    public Locale resolveLocale(HttpServletRequest request) {
        return languages.resolve(request);
    }

    @Override
    public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
        throw new UnsupportedOperationException("The language is chosen by the URL: /en/..., /fr/...");
    }
}
