package org.pressroom.search;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.hibernate.search.mapper.pojo.standalone.mapping.CloseableSearchMapping;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.pressroom.TestDataDirectory;

import static org.assertj.core.api.Assertions.assertThat;

/** How English and French words are read: plurals, elision, accents, each language with its own analyser. */
class AnalyserTests {

    static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");
    static final LocalDate TODAY = LocalDate.parse("2026-03-02");
    static Path directory;
    static CloseableSearchMapping mapping;
    static Searcher searcher;

    @BeforeAll
    static void index() {
        directory = TestDataDirectory.fresh("analysers");
        mapping = SearchConfiguration.build(SearchProperties.Backend.LUCENE, directory,
                new SearchProperties.Elasticsearch(List.of(), null, null), List.of("en", "fr"));
        SearchIndex index = new SearchIndex(mapping, List.of("en", "fr"));
        index.rebuild(sink -> {
            sink.accept(doc("article:1", "en", "Council adopts sanctions on illegal fishing", "The sanction regime covers fishing vessels."));
            sink.accept(doc("article:2", "fr", "L'OTAN et la défense des côtes", "La défense côtière est au cœur des débats."));
            sink.accept(doc("article:3", "fr", "Les pêcheurs de la Petite Côte", "Les pêcheurs demandent des alertes."));
            sink.accept(doc("article:4", "en", "NATO's coastal defence plan", "Ministers discussed defence."));
        });
        searcher = new Searcher(index, 20);
    }

    @AfterAll
    static void close() {
        mapping.close();
        TestDataDirectory.delete(directory);
    }

    static Searchable doc(String item, String lang, String title, String text) {
        return new Searchable(item, lang, ResultType.NEWS, title, text, "", List.of(), "/" + lang + "/news/" + item.replace(':', '-'),
                null, TODAY.minusDays(1), NOW.minusSeconds(3600), null, null, List.of());
    }

    static List<String> found(String words) {
        SearchQuery query = new SearchQuery(words, "en", null, null, null, null, null, null, null, SearchQuery.Sort.RELEVANCE, 1);
        return searcher.search(query, NOW, TODAY, List.of()).hits().stream().map(SearchResults.Hit::url).toList();
    }

    @Test
    void aSingularFindsThePluralAndThePluralTheSingular() {
        assertThat(found("sanction")).containsExactly("/en/news/article-1");
        assertThat(found("sanctions")).containsExactly("/en/news/article-1");
        assertThat(found("pêcheur")).containsExactly("/fr/news/article-3");
    }

    @Test
    void anElidedArticleIsDropped() {
        assertThat(found("l'OTAN")).containsExactly("/fr/news/article-2");
        assertThat(found("OTAN")).containsExactly("/fr/news/article-2");
        assertThat(found("l’otan")).as("typographic apostrophe").containsExactly("/fr/news/article-2");
    }

    @Test
    void accentsAreFoldedBothWays() {
        assertThat(found("defense")).containsExactly("/fr/news/article-2");
        assertThat(found("pecheurs")).containsExactly("/fr/news/article-3");
        assertThat(found("CÔTIÈRE")).containsExactly("/fr/news/article-2");
    }

    @Test
    void anEnglishPossessiveFindsTheName() {
        assertThat(found("NATO")).containsExactly("/en/news/article-4");
    }

    @Test
    void aMisspelledWordGetsASuggestion() {
        SearchQuery query = new SearchQuery("sanctoins", "en", null, null, null, null, null, null, null, SearchQuery.Sort.RELEVANCE, 1);
        SearchResults results = searcher.search(query, NOW, TODAY, List.of());
        assertThat(results.total()).isZero();
        assertThat(results.suggestion()).isEqualTo("sanctions");
    }
}
