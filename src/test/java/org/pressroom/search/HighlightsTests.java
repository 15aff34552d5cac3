package org.pressroom.search;

import java.io.IOException;
import java.util.List;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.custom.CustomAnalyzer;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Marking a result's passage from its loaded text, with an analyser built as the English one is. */
class HighlightsTests {

    private static final String S = Searcher.MARK_START;
    private static final String E = Searcher.MARK_END;

    private static Analyzer english() throws IOException {
        return CustomAnalyzer.builder().withTokenizer("standard").addTokenFilter("englishPossessive")
                .addTokenFilter("lowercase").addTokenFilter("asciiFolding").addTokenFilter("stop").addTokenFilter("porterStem")
                .build();
    }

    @Test
    void theSearchsWordsAreReadAsTheIndexReadsThemExcludedWordsAndOperatorsLeftOut() throws IOException {
        Highlights.Terms terms = Highlights.terms(english(), "text_en", "Fisheries +\"race to the bottom\" -cod sard* (défense | quota~2)");

        assertThat(terms.terms()).containsExactly("fisheri", "race", "bottom", "defens", "quota");
        assertThat(terms.prefixes()).containsExactly("sard");
        assertThat(terms.matches("sardinella")).isTrue();
        assertThat(terms.matches("cod")).isFalse();
        assertThat(Highlights.terms(english(), "text_en", "\" ( - * ").isEmpty()).isTrue();
    }

    @Test
    void thePassageWithMostDifferentWordsIsChosenAndMarkedWhereTheyAre() throws IOException {
        Analyzer english = english();
        Highlights.Terms terms = Highlights.terms(english, "parts_en", "sardine stocks");
        List<String> turns = List.of("Good morning.", "The sardine is our concern.", "Sardine stocks fell; sardines are scarce.");

        List<List<Highlights.Match>> matches = turns.stream().map(t -> Highlights.matches(english, "parts_en", t, terms)).toList();

        assertThat(Highlights.best(matches)).isEqualTo(2);
        assertThat(Highlights.passage(turns.get(2), matches.get(2), 190).marked())
                .isEqualTo(S + "Sardine" + E + " " + S + "stocks" + E + " fell; " + S + "sardines" + E + " are scarce.");
        assertThat(Highlights.best(List.of(List.of(), List.of()))).isEqualTo(-1);
    }

    @Test
    void aLongTextIsCutAtSpacesAroundItsBestPlaceWithEllipses() throws IOException {
        Analyzer english = english();
        String text = "word ".repeat(100) + "the Défense budget grows " + "filler ".repeat(100) + "defense";
        Highlights.Terms terms = Highlights.terms(english, "text_en", "defense budget");

        Highlights.Passage passage = Highlights.passage(text, Highlights.matches(english, "text_en", text, terms), 100);

        assertThat(passage.marked()).startsWith("…word ").endsWith("filler…")
                .contains("the " + S + "Défense" + E + " " + S + "budget" + E + " grows filler");
        assertThat(passage.distinct()).isEqualTo(2);
        assertThat(Searcher.unmarked(passage.marked()).length()).isLessThanOrEqualTo(102);
    }
}
