package org.pressroom.search;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.hibernate.search.util.common.SearchException;
import org.pressroom.site.SiteLanguages;
import org.pressroom.site.SiteProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/search}: the same search as the page, as JSON, for broadcasters' systems. Values that
 * cannot be used are left out and said in {@code notices} (in the language of Accept-Language); a failure
 * of the index is an RFC 9457 problem.
 */
@RestController
class SearchApiController {

    private static final Logger log = LoggerFactory.getLogger(SearchApiController.class);

    private final Searches searches;
    private final SearchLabels labels;
    private final SiteLanguages languages;
    private final SiteProperties site;

    SearchApiController(Searches searches, SearchLabels labels, SiteLanguages languages, SiteProperties site) {
        this.searches = searches;
        this.labels = labels;
        this.languages = languages;
        this.site = site;
    }

    record Result(String type, String lang, String title, String url, LocalDate date, String snippet, String snippetHtml,
                  String thumbnail) {
    }

    record FacetValue(String value, String label, long count, boolean selected) {
    }

    record Answer(String query, int page, int pages, long total, List<Result> results, Map<String, List<FacetValue>> facets,
                  String suggestion, List<String> notices, String self) {
    }

    @GetMapping(path = "/api/v1/search", produces = "application/json")
    Answer search(@RequestParam(required = false) String q, @RequestParam(required = false) String type,
                  @RequestParam(required = false) String from, @RequestParam(required = false) String to,
                  @RequestParam(required = false) String event, @RequestParam(required = false) String country,
                  @RequestParam(required = false) String speaker, @RequestParam(required = false) String lang,
                  @RequestParam(required = false) String sort, @RequestParam(required = false) String page,
                  HttpServletRequest request) {
        Locale reader = lang != null ? languages.find(lang.strip().toLowerCase(Locale.ROOT)).orElseGet(() -> languages.fromBrowser(request))
                : languages.fromBrowser(request);
        SearchResults results = searches.run(q, type, from, to, event, country, speaker, lang, sort, page, reader.getLanguage());
        SearchLinks links = new SearchLinks("/api/v1/search", results.query());
        List<Result> hits = results.hits().stream().map(h -> new Result(h.type().code(), h.lang(), h.title(),
                site.absolute(h.url()), h.date(), h.snippet(), h.snippetHtml(),
                h.thumbnail() == null ? null : site.absolute(h.thumbnail()))).toList();
        Map<String, List<FacetValue>> facets = new LinkedHashMap<>();
        labels.facets(results, links, reader).forEach(facet -> facets.put(facet.name(), facet.values().stream()
                .map(v -> new FacetValue(v.value(), v.label(), v.count(), v.selected())).toList()));
        return new Answer(results.query().text(), results.page(), results.pages(), results.total(), hits, facets,
                results.suggestion(), labels.notices(results.notices(), reader), links.current());
    }

    @ExceptionHandler(SearchException.class)
    ResponseEntity<ProblemDetail> unavailable(SearchException e) {
        log.warn("Search failed: {}", e.getMessage());
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
                "The search index cannot answer right now; try again in a moment.");
        problem.setTitle("Search unavailable");
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).body(problem);
    }
}
