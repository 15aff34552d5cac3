package org.pressroom.content;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.pressroom.site.SiteLanguages;
import org.pressroom.site.SiteProperties;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.server.ResponseStatusException;
import tools.jackson.databind.json.JsonMapper;

/** What every content page adds to the layout: its language versions, canonical address and previews. */
@Component
class ContentPages {

    private final SiteLanguages languages;
    private final SiteProperties site;
    private final JsonMapper json;

    ContentPages(SiteLanguages languages, SiteProperties site, JsonMapper json) {
        this.languages = languages;
        this.site = site;
        this.json = json;
    }

    /** Fills in the page's language switch and its canonical address, then answers the view to render. */
    <T> String show(Lookup<T> lookup, String view, Model model, HttpServletRequest request, HttpServletResponse response) {
        if (lookup.redirect() != null) {
            throw new MovedException(lookup.redirect());
        }
        if (!lookup.elsewhere().isEmpty()) {
            // A readable page, but not the one asked for: search engines should not keep it.
            response.setStatus(HttpStatus.NOT_FOUND.value());
            model.addAttribute("elsewhere", lookup.elsewhere());
            model.addAttribute("languageLinks", languages.links(request, lookup.elsewhere()));
            return "content/untranslated";
        }
        if (lookup.page() == null) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        model.addAttribute("page", lookup.page());
        return view;
    }

    void translations(Model model, HttpServletRequest request, Map<String, String> translations, String canonicalPath) {
        model.addAttribute("languageLinks", languages.links(request, translations));
        model.addAttribute("canonicalUrl", site.absolute(canonicalPath));
    }

    void meta(Model model, String title, String description, String type, String imagePath, Map<String, Object> structuredData) {
        String jsonLd = structuredData == null ? null
                : json.writeValueAsString(structuredData).replace("<", "\\u003c").replace(">", "\\u003e");
        model.addAttribute("meta", new PageMeta(title, description, type, imagePath == null ? null : site.absolute(imagePath), jsonLd));
    }

    String absolute(String path) {
        return site.absolute(path);
    }

    /** A permanent redirect to an item's canonical address, answered by {@link ContentAdvice}. */
    static final class MovedException extends RuntimeException {

        final String location;

        MovedException(String location) {
            super(null, null, false, false);
            this.location = location;
        }
    }
}
