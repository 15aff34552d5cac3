package org.pressroom.search;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The edit distance that picks a spelling suggestion among the words of the items a fuzzy search found. */
class SpellingDistanceTests {

    @Test
    void substitutionsInsertionsDeletionsAndSwapsEachCountOneAndTheLimitStopsEarly() {
        assertThat(Searcher.distance("mangrove", "mangrove", 3)).isZero();
        assertThat(Searcher.distance("mangrvoe", "mangrove", 3)).as("two letters swapped").isEqualTo(1);
        assertThat(Searcher.distance("sardne", "sardine", 3)).as("a letter left out").isEqualTo(1);
        assertThat(Searcher.distance("fisheriez", "fisheries", 3)).as("a letter changed").isEqualTo(1);
        assertThat(Searcher.distance("okafro", "okafor", 3)).isEqualTo(1);
        assertThat(Searcher.distance("coastal", "postal", 3)).isEqualTo(2);
        assertThat(Searcher.distance("harbour", "parliament", 3)).as("capped at the limit").isEqualTo(3);
    }
}
