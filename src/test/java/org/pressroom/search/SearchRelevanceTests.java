package org.pressroom.search;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * Twenty questions journalists ask, in English and French, against the fixed corpus through the API: the
 * first three results are the expected ones, in that order (fewer when fewer items match).
 */
@SearchCorpusTest
class SearchRelevanceTests {

    @LocalServerPort
    int port;

    @Autowired
    SearchApi api;

    static Stream<Arguments> questions() {
        return Stream.of(
                arguments("en", "sardinella", List.of("/en/news/2026/02/20/council-adopts-interim-catch-limits-sardinella", "/en/events/2026/02/brussels-consultations-sardine-stocks", "/en/transcripts/2026/02/20/press-conference-shared-sardine-stocks#turn-2")),
                arguments("en", "catch limits", List.of("/en/news/2026/02/20/council-adopts-interim-catch-limits-sardinella", "/en/events/2026/02/brussels-consultations-sardine-stocks")),
                arguments("fr", "limites de capture", List.of("/fr/news/2026/02/20/conseil-adopte-limites-capture-provisoires-sardinelle", "/fr/events/2026/02/consultations-bruxelles-stocks-sardines")),
                arguments("en", "race to the bottom", List.of("/en/transcripts/2026/02/20/press-conference-shared-sardine-stocks#turn-3")),
                arguments("en", "\"mangrove planted today\"", List.of("/en/transcripts/2026/01/15/speech-okafor-dakar-forum#turn-4")),
                arguments("en", "Okafor", List.of("/en/transcripts/2026/01/15/speech-okafor-dakar-forum")),
                arguments("fr", "l'OTAN", List.of("/fr/news/2026/02/10/otan-ciec-cooperation-defense-cotes")),
                arguments("fr", "defense des cotes", List.of("/fr/news/2026/02/10/otan-ciec-cooperation-defense-cotes")),
                arguments("en", "Dakar forum", List.of("/en/events/2026/01/dakar-coastal-resilience-forum", "/en/transcripts/2026/01/15/speech-okafor-dakar-forum", "/en/photos/30-awa-ndiaye-sarr-opens-forum")),
                arguments("fr", "mangroves", List.of("/fr/news/2026/01/16/nouveau-fonds-restauration-mangroves", "/fr/transcripts/2026/01/15/discours-okafor-forum-dakar#turn-4")),
                arguments("en", "storm surges", List.of("/en/news/2026/01/17/fishermen-warn-storm-surge-risks", "/en/news/2026/01/16/new-mangrove-restoration-fund", "/en/events/2026/01/dakar-coastal-resilience-forum")),
                arguments("en", "oil spill tanker", List.of("/en/news/2026/02/27/statement-grounding-tanker-nordic-star")),
                arguments("en", "accreditation Lisbon", List.of("/en/news/2026/02/25/media-advisory-lisbon-ministerial-conference")),
                arguments("fr", "plastiques", List.of("/fr/events/2026/03/conference-ministerielle-lisbonne-plastiques-oceaniques", "/fr/news/2026/02/25/avis-aux-medias-conference-ministerielle-lisbonne")),
                arguments("en", "sand extraction", List.of("/en/transcripts/2026/02/28/doorstep-awa-ndiaye-sarr#turn-2")),
                arguments("fr", "Varga", List.of("/fr/transcripts/2026/02/20/conference-de-presse-stocks-partages-sardines")),
                arguments("fr", "sardines", List.of("/fr/events/2026/02/consultations-bruxelles-stocks-sardines", "/fr/transcripts/2026/02/20/conference-de-presse-stocks-partages-sardines#turn-3", "/en/photos/31-delegates-brussels-consultations")),
                arguments("en", "érosion côtière", List.of("/fr/events/2026/01/forum-dakar-resilience-cotiere", "/fr/news/2025/01/10/rapport-annuel-2024")),
                arguments("fr", "pêcheurs", List.of("/fr/events/2026/01/forum-dakar-resilience-cotiere")),
                arguments("en", "2026 014", List.of("/en/news/2026/02/20/council-adopts-interim-catch-limits-sardinella")));
    }

    @ParameterizedTest(name = "[{0}] {1}")
    @MethodSource("questions")
    void theTopResultsAreTheExpectedOnes(String reader, String words, List<String> expected) throws Exception {
        List<String> found = SearchApi.urls(api.searchAs(port, reader, "q", words));
        assertThat(found.stream().limit(3).toList()).isEqualTo(expected);
    }
}
