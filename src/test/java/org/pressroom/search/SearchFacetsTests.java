package org.pressroom.search;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.pressroom.MutableClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** Facet counts of the fixed corpus, filters, and what is not public yet: neither found nor counted. */
@SearchCorpusTest
class SearchFacetsTests {

    @LocalServerPort
    int port;

    @Autowired
    SearchApi api;

    @Autowired
    MutableClock clock;

    @Autowired
    CorpusSource corpus;

    @Autowired
    ApplicationEventPublisher events;

    static Map<String, Long> counts(JsonNode answer, String facet) {
        Map<String, Long> counts = new HashMap<>();
        answer.get("facets").get(facet).forEach(v -> counts.put(v.get("value").asString(), v.get("count").asLong()));
        return counts;
    }

    @Test
    void everyFacetCountsThePublicItems() throws Exception {
        JsonNode all = api.search(port);

        assertThat(all.get("total").asLong()).as("15 public items of 17").isEqualTo(15);
        assertThat(counts(all, "type")).isEqualTo(Map.of("event", 3L, "press-release", 1L, "news", 4L, "statement", 1L,
                "media-advisory", 1L, "transcript", 3L, "photo", 2L));
        assertThat(counts(all, "country")).isEqualTo(Map.of("SN", 5L, "BE", 4L, "PT", 2L));
        assertThat(counts(all, "event")).isEqualTo(Map.of("1", 5L, "2", 4L, "3", 2L));
        assertThat(counts(all, "speaker")).isEqualTo(Map.of("Hélène Varga", 1L, "Jonas Berg", 1L, "Tomás Okafor", 1L, "Awa Ndiaye Sarr", 1L));
        assertThat(counts(all, "lang")).isEqualTo(Map.of("en", 14L, "fr", 11L));
        assertThat(counts(all, "date")).isEqualTo(Map.of("upcoming", 1L, "week", 3L, "month", 8L, "year", 13L, "older", 1L));
        JsonNode events = all.get("facets").get("event");
        assertThat(events.findValuesAsString("label")).contains("Dakar Coastal Resilience Forum", "Lisbon Ministerial Conference on Ocean Plastics");
    }

    @Test
    void filtersNarrowTheResultsAndTheirCounts() throws Exception {
        JsonNode dakar = api.search(port, "event", "1");
        assertThat(dakar.get("total").asLong()).isEqualTo(5);
        assertThat(counts(dakar, "type")).isEqualTo(Map.of("event", 1L, "news", 2L, "transcript", 1L, "photo", 1L));

        JsonNode french = api.search(port, "q", "sardine", "lang", "fr");
        assertThat(SearchApi.urls(french)).allMatch(url -> url.startsWith("/fr/"));

        JsonNode february = api.search(port, "from", "2026-02-01", "to", "2026-02-28", "type", "transcript");
        assertThat(SearchApi.urls(february)).containsExactly("/en/transcripts/2026/02/28/doorstep-awa-ndiaye-sarr",
                "/en/transcripts/2026/02/20/press-conference-shared-sardine-stocks");

        JsonNode speaker = api.search(port, "speaker", "tomas okafor");
        assertThat(SearchApi.urls(speaker)).containsExactly("/en/transcripts/2026/01/15/speech-okafor-dakar-forum");

        assertThat(SearchApi.urls(api.search(port, "country", "pt", "sort", "date")))
                .containsExactly("/en/events/2026/03/lisbon-ministerial-conference-ocean-plastics",
                        "/en/news/2026/02/25/media-advisory-lisbon-ministerial-conference");
    }

    @Test
    void anEmbargoedItemIsNeitherFoundNorCountedUntilItsTimeComes() throws Exception {
        assertThat(api.search(port, "q", "trawling").get("total").asLong()).isZero();
        assertThat(api.search(port, "q", "Reykjavik").get("total").asLong()).isZero();
        assertThat(counts(api.search(port), "country")).doesNotContainKey("IS");
        assertThat(api.search(port, "event", "4").get("notices").get(0).asString()).contains("no public event 4");

        Duration untilReleased = Duration.ofHours(23);
        clock.advance(untilReleased);
        try {
            JsonNode released = api.search(port, "q", "trawling");
            assertThat(SearchApi.urls(released)).as("no reindexing: the time came")
                    .containsExactly("/en/news/2026/03/03/council-bans-bottom-trawling-coral-reefs");
            assertThat(counts(api.search(port), "type").get("press-release")).isEqualTo(2);
            assertThat(api.search(port, "q", "Reykjavik").get("total").asLong()).as("announced for the 5th").isZero();
        } finally {
            clock.advance(untilReleased.negated());
        }
    }

    @Test
    void anItemWithdrawnBySourceLeavesTheIndexAndItsCounts() throws Exception {
        assertThat(api.search(port, "q", "Nordic Star").get("total").asLong()).isEqualTo(1);
        corpus.withdraw("corpus-article:12");
        try {
            events.publishEvent(SearchableChanged.of("corpus-article:12"));
            assertThat(api.search(port, "q", "Nordic Star").get("total").asLong()).isZero();
            assertThat(counts(api.search(port), "type")).doesNotContainKey("statement");
        } finally {
            corpus.restore("corpus-article:12");
            events.publishEvent(SearchableChanged.of("corpus-article:12"));
        }
        assertThat(api.search(port, "q", "Nordic Star").get("total").asLong()).isEqualTo(1);
    }

    @Test
    void theCountsOfASearchWithoutWordsAreKeptOnlyUntilTheIndexChanges() throws Exception {
        JsonNode first = api.search(port, "lang", "en");
        assertThat(api.search(port, "lang", "en").get("facets")).isEqualTo(first.get("facets"));
        assertThat(counts(first, "type")).containsEntry("statement", 1L);
        corpus.withdraw("corpus-article:12");
        try {
            events.publishEvent(SearchableChanged.of("corpus-article:12"));
            assertThat(counts(api.search(port, "lang", "en"), "type")).doesNotContainKey("statement");
        } finally {
            corpus.restore("corpus-article:12");
            events.publishEvent(SearchableChanged.of("corpus-article:12"));
        }
        assertThat(counts(api.search(port, "lang", "en"), "type")).containsEntry("statement", 1L);
    }

    @Test
    void anUnknownWordGetsASpellingSuggestionThatFindsSomething() throws Exception {
        JsonNode answer = api.search(port, "q", "mangrvoe");
        assertThat(answer.get("total").asLong()).isZero();
        assertThat(answer.get("suggestion").asString()).isEqualTo("mangrove");
        assertThat(api.search(port, "q", answer.get("suggestion").asString()).get("total").asLong()).isPositive();
    }

    @Test
    void resultsCarryTheirTypeTitleDateAndMarkedSnippet() throws Exception {
        JsonNode first = api.search(port, "q", "oyster").get("results").get(0);
        assertThat(first.get("type").asString()).isEqualTo("statement");
        assertThat(first.get("title").asString()).isEqualTo("Statement on the grounding of the tanker Nordic Star");
        assertThat(first.get("url").asString()).isEqualTo("http://localhost:8080/en/news/2026/02/27/statement-grounding-tanker-nordic-star");
        assertThat(first.get("date").asString()).isEqualTo("2026-02-27");
        assertThat(first.get("snippet").asString()).contains("protect the oyster beds");
        assertThat(first.get("snippetHtml").asString()).contains("<mark>oyster</mark>");
    }

    @Test
    void pagesAreShareableAndAPageAfterTheLastShowsTheLast() throws Exception {
        JsonNode answer = api.search(port, "page", "999999");
        assertThat(answer.get("page").asInt()).isEqualTo(1);
        assertThat(answer.get("results")).hasSize(15);
        assertThat(api.search(port, "q", "sardine", "type", "event").get("self").asString())
                .isEqualTo("/api/v1/search?q=sardine&type=event");
        List<String> everything = SearchApi.urls(api.search(port, "sort", "date"));
        assertThat(everything.get(0)).as("newest first").isEqualTo("/en/events/2026/03/lisbon-ministerial-conference-ocean-plastics");
    }
}
