package org.pressroom.search;

import java.time.LocalDate;
import java.util.List;

/** One page of results with the counts of every filter's values, in the reader's language. */
record SearchResults(SearchQuery query, List<Hit> hits, long total, int page, int pages, Facets facets,
                     String suggestion, List<Notice> notices) {

    /**
     * @param url         the address of the version, with the matching passage's anchor when the words were found in one
     * @param snippet     the passage that matched, as plain text
     * @param snippetHtml the same, HTML-escaped, the matching words in {@code <mark>}
     */
    record Hit(ResultType type, String lang, String title, String url, LocalDate date, String snippet,
               String snippetHtml, String thumbnail) {
    }

    /** A value of a filter and how many results it would leave; {@code label} is null where the page translates it. */
    record Count(String value, String label, long count) {
    }

    /** A date-range facet: {@code key} names it (upcoming, week, month, year, older). */
    record DateCount(String key, LocalDate from, LocalDate to, long count) {
    }

    record Facets(List<Count> types, List<DateCount> dates, List<Count> events, List<Count> countries,
                  List<Count> speakers, List<Count> languages) {

        static Facets none() {
            return new Facets(List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
        }
    }

    /** Something in the request that was not used as given: {@code code} names its message, {@code args} fill it in. */
    record Notice(String code, List<Object> args) {

        static Notice of(String code, Object... args) {
            return new Notice(code, List.of(args));
        }

        String messageKey() {
            return "search.notice." + code;
        }
    }
}
