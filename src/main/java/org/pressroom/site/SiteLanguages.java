package org.pressroom.site;

import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Component;

/**
 * The languages of the site and how a request's language is found: the first segment of the path
 * ({@code /en/...}, {@code /fr/...}); without one, the best match of the browser's Accept-Language.
 */
@Component
public class SiteLanguages {

    private final List<Locale> supported;

    SiteLanguages(SiteProperties properties) {
        this.supported = properties.languages().stream().map(Locale::forLanguageTag).toList();
    }

    public List<Locale> supported() {
        return supported;
    }

    public Locale defaultLocale() {
        return supported.get(0);
    }

    public Optional<Locale> find(String tag) {
        return supported.stream().filter(locale -> locale.getLanguage().equals(tag)).findFirst();
    }

    /** The language named by the path of the page asked for (also while rendering its error page). */
    public Optional<Locale> fromPath(HttpServletRequest request) {
        return find(firstSegment(pagePath(request)));
    }

    /** The cookie that keeps the language chosen on pages without one in their path (the back office). */
    public static final String LANGUAGE_COOKIE = "pressroom-lang";

    /** The path language, else the one chosen on a page without it, else the browser's preference, else the default. */
    public Locale resolve(HttpServletRequest request) {
        return fromPath(request).or(() -> fromCookie(request)).orElseGet(() -> fromBrowser(request));
    }

    private Optional<Locale> fromCookie(HttpServletRequest request) {
        jakarta.servlet.http.Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return Optional.empty();
        }
        for (jakarta.servlet.http.Cookie cookie : cookies) {
            if (LANGUAGE_COOKIE.equals(cookie.getName())) {
                return find(cookie.getValue());
            }
        }
        return Optional.empty();
    }

    public Locale fromBrowser(HttpServletRequest request) {
        String header = request.getHeader("Accept-Language");
        if (header == null || header.isBlank()) {
            return defaultLocale();
        }
        try {
            Locale match = Locale.lookup(Locale.LanguageRange.parse(header), supported);
            return match != null ? match : defaultLocale();
        } catch (IllegalArgumentException malformed) {
            return defaultLocale();
        }
    }

    /**
     * The language switch of the page being shown: each language leads to the same page in that language.
     * Pages of items that exist only in some languages give their addresses in {@code translations}; the
     * other languages then lead to the same address under their own prefix, where the page says it is not
     * translated.
     */
    public List<LanguageLink> links(HttpServletRequest request, Map<String, String> translations) {
        String path = pagePath(request);
        Locale current = resolve(request);
        boolean prefixed = fromPath(request).isPresent();
        String rest = prefixed ? path.substring(1 + firstSegment(path).length()) : "/";
        boolean error = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) != null;
        String query = !error && request.getQueryString() != null && prefixed && translations.isEmpty()
                ? "?" + request.getQueryString() : "";
        return supported.stream().map(locale -> {
            String tag = locale.getLanguage();
            String same = "/" + tag + (rest.isEmpty() ? "/" : rest) + query;
            boolean available = translations.isEmpty() || translations.containsKey(tag);
            String href = translations.getOrDefault(tag, same);
            return new LanguageLink(tag, capitalised(locale), href, tag.equals(current.getLanguage()), available && !error);
        }).toList();
    }

    /** A language's name in itself, capitalised: "English", "Français". */
    public static String capitalised(Locale locale) {
        String name = locale.getDisplayLanguage(locale);
        return name.isEmpty() ? locale.getLanguage() : name.substring(0, 1).toUpperCase(locale) + name.substring(1);
    }

    /** The path the visitor asked for, without the context path; the original one during an error dispatch. */
    public static String pagePath(HttpServletRequest request) {
        Object original = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String uri = original instanceof String s ? s : request.getRequestURI();
        String context = request.getContextPath();
        if (context != null && !context.isEmpty() && uri.startsWith(context)) {
            uri = uri.substring(context.length());
        }
        return uri.isEmpty() ? "/" : uri;
    }

    static String firstSegment(String path) {
        int start = path.startsWith("/") ? 1 : 0;
        int end = path.indexOf('/', start);
        return end < 0 ? path.substring(start) : path.substring(start, end);
    }
}
