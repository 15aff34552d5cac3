package org.pressroom.search;

import java.nio.file.Path;
import java.util.List;

import org.hibernate.search.mapper.pojo.standalone.mapping.CloseableSearchMapping;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.pressroom.TestDataDirectory;

import static org.assertj.core.api.Assertions.assertThat;

/** The index on disk survives a restart; a missing index or one built with another mapping is rebuilt. */
class IndexLifecycleTests {

    final Path directory = TestDataDirectory.fresh("index-lifecycle");

    @AfterEach
    void clean() {
        TestDataDirectory.delete(directory);
    }

    CloseableSearchMapping open(List<String> languages) {
        return SearchConfiguration.build(SearchProperties.Backend.LUCENE, directory,
                new SearchProperties.Elasticsearch(List.of(), null, null), languages);
    }

    @Test
    void aMissingIndexIsRebuiltOnceThenKeptAcrossRestarts() {
        try (CloseableSearchMapping mapping = open(List.of("en", "fr"))) {
            SearchIndex index = new SearchIndex(mapping, List.of("en", "fr"));
            assertThat(index.rebuildReason()).isEqualTo("it is missing");
            long count = index.rebuild(sink -> CorpusSource.read().forEach(sink));
            assertThat(count).isEqualTo(17);
            assertThat(index.rebuildReason()).isNull();
        }
        try (CloseableSearchMapping mapping = open(List.of("en", "fr"))) {
            SearchIndex index = new SearchIndex(mapping, List.of("en", "fr"));
            assertThat(index.rebuildReason()).as("after a restart").isNull();
            SearchQuery query = new SearchQuery("sardinella", "en", null, null, null, null, null, null, null, SearchQuery.Sort.RELEVANCE, 1);
            assertThat(new Searcher(index, 20).search(query, SearchCorpusTest.NOW, java.time.LocalDate.parse("2026-03-02"), List.of())
                    .total()).isEqualTo(3);
        }
    }

    @Test
    void anIndexBuiltWithAnotherMappingIsRebuilt() {
        try (CloseableSearchMapping mapping = open(List.of("en"))) {
            new SearchIndex(mapping, List.of("en")).rebuild(sink -> { });
        }
        try (CloseableSearchMapping mapping = open(List.of("en", "fr"))) {
            assertThat(new SearchIndex(mapping, List.of("en", "fr")).rebuildReason()).startsWith("its mapping changed");
        }
    }

    @Test
    void theSameMappingBuildsOnTheElasticsearchBackend() {
        // No cluster is reachable here: the mapping, analysers and fields are checked without connecting.
        java.util.Map<String, Object> offline = java.util.Map.of("hibernate.search.backend.version_check.enabled", false,
                "hibernate.search.backend.version", "9.2");
        try (CloseableSearchMapping mapping = SearchConfiguration.build(SearchProperties.Backend.ELASTICSEARCH, directory,
                new SearchProperties.Elasticsearch(List.of(java.net.URI.create("http://127.0.0.1:9")), null, null),
                List.of("en", "fr"), offline)) {
            assertThat(mapping.allIndexedEntities()).hasSize(2);
        }
    }
}
