package org.pressroom.search;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.springframework.stereotype.Component;

/** A search asked for by the page or the API: read leniently, run at the clock's time. */
@Component
class Searches {

    private final Searcher searcher;
    private final SearchIndex index;
    private final SearchProperties properties;
    private final Clock clock;

    Searches(SearchIndex index, SearchProperties properties, Clock clock) {
        this.searcher = new Searcher(index, properties.pageSize());
        this.index = index;
        this.properties = properties;
        this.clock = clock;
    }

    List<String> languages() {
        return index.languages();
    }

    SearchResults run(String q, String type, String from, String to, String event, String country, String speaker,
                      String lang, String sort, String page, String readerLang) {
        SearchParameters.Parsed parsed = SearchParameters.read(q, type, from, to, event, country, speaker, lang, sort,
                page, readerLang, index.languages(), properties.maxQueryLength(), properties.maxQueryWords());
        Instant now = clock.instant();
        return searcher.search(parsed.query(), now, now.atZone(properties.timeZone()).toLocalDate(), parsed.notices());
    }
}
