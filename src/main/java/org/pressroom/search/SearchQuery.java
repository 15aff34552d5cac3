package org.pressroom.search;

import java.time.LocalDate;

/**
 * A search as understood: every value here is valid (what was not is left out, with a notice).
 *
 * @param text       the words, possibly empty (then the newest items are listed)
 * @param readerLang the reader's language: its versions come first, the others stand in where it has none
 * @param type       one type of result, or null
 * @param from       first day, or null
 * @param to         last day, or null
 * @param event      an event's id, or null
 * @param country    an ISO 3166 code, or null
 * @param speaker    a speaker's name, or null
 * @param lang       only versions in this language, or null
 * @param sort       relevance or date
 * @param page       from 1
 */
record SearchQuery(String text, String readerLang, ResultType type, LocalDate from, LocalDate to, Long event,
                   String country, String speaker, String lang, Sort sort, int page) {

    enum Sort {
        RELEVANCE, DATE;

        public String code() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public boolean hasText() {
        return !text.isEmpty();
    }

    /** The order results come in: by date when there are no words to rank by. */
    Sort effectiveSort() {
        return hasText() ? sort : Sort.DATE;
    }

    SearchQuery withEvent(Long newEvent) {
        return new SearchQuery(text, readerLang, type, from, to, newEvent, country, speaker, lang, sort, page);
    }

    SearchQuery withSpeaker(String newSpeaker) {
        return new SearchQuery(text, readerLang, type, from, to, event, country, newSpeaker, lang, sort, page);
    }

    SearchQuery withSort(Sort newSort) {
        return new SearchQuery(text, readerLang, type, from, to, event, country, speaker, lang, newSort, page);
    }

    SearchQuery withPage(int newPage) {
        return new SearchQuery(text, readerLang, type, from, to, event, country, speaker, lang, sort, newPage);
    }
}
