package org.pressroom.search;

import java.util.Locale;

import org.pressroom.site.SiteProperties;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The search page the header's box leads to: results of every kind with their matching passage, filters
 * with their counts, sorting, paging, a spelling suggestion, and an address that can be shared.
 */
@Controller
class SearchController {

    private final Searches searches;
    private final SearchLabels labels;
    private final SiteProperties site;

    SearchController(Searches searches, SearchLabels labels, SiteProperties site) {
        this.searches = searches;
        this.labels = labels;
        this.site = site;
    }

    @GetMapping("/{lang}/search")
    String search(@PathVariable String lang, @RequestParam(required = false) String q,
                  @RequestParam(required = false) String type, @RequestParam(required = false) String from,
                  @RequestParam(required = false) String to, @RequestParam(required = false) String event,
                  @RequestParam(required = false) String country, @RequestParam(required = false) String speaker,
                  @RequestParam(name = "lang", required = false) String language,
                  @RequestParam(required = false) String sort, @RequestParam(required = false) String page, Model model) {
        Locale locale = Locale.forLanguageTag(lang);
        SearchResults results = searches.run(q, type, from, to, event, country, speaker, language, sort, page, lang);
        SearchLinks links = new SearchLinks("/" + lang + "/search", results.query());
        model.addAttribute("results", results);
        model.addAttribute("links", links);
        model.addAttribute("facets", labels.facets(results, links, locale));
        model.addAttribute("notices", labels.notices(results.notices(), locale));
        model.addAttribute("searchText", results.query().text());
        model.addAttribute("suggestionUrl", results.suggestion() == null ? null : links.with("q", results.suggestion()));
        model.addAttribute("canonicalUrl", site.absolute(links.current()));
        return "search/search";
    }
}
