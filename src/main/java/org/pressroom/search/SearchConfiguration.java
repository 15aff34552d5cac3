package org.pressroom.search;

import java.lang.invoke.MethodHandles;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.hibernate.search.mapper.pojo.mapping.definition.annotation.AnnotatedTypeSource;
import org.hibernate.search.mapper.pojo.mapping.definition.programmatic.ProgrammaticMappingConfigurationContext;
import org.hibernate.search.mapper.pojo.mapping.definition.programmatic.TypeMappingStep;
import org.hibernate.search.mapper.pojo.standalone.mapping.CloseableSearchMapping;
import org.hibernate.search.mapper.pojo.standalone.mapping.SearchMapping;
import org.hibernate.search.mapper.pojo.standalone.mapping.StandalonePojoMappingConfigurer;
import org.hibernate.search.engine.backend.types.Projectable;
import org.pressroom.site.SiteLanguages;
import org.pressroom.system.DataDirectory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Hibernate Search over the search-owned documents, on Lucene files or an Elasticsearch/OpenSearch cluster. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SearchProperties.class)
class SearchConfiguration {

    static final String ITEMS_INDEX = "pressroom-items";
    static final String STATE_INDEX = "pressroom-index-state";

    @Bean(destroyMethod = "close")
    CloseableSearchMapping searchMapping(SearchProperties properties, SiteLanguages languages, DataDirectory dataDirectory) {
        List<String> tags = languages.supported().stream().map(Locale::getLanguage).toList();
        Path directory = properties.directory() == null || properties.directory().isBlank()
                ? dataDirectory.resolve("search") : Path.of(properties.directory());
        return build(properties.backend(), directory, properties.elasticsearch(), tags);
    }

    @Bean
    SearchIndex searchIndex(CloseableSearchMapping mapping, SiteLanguages languages, SearchProperties properties) {
        return new SearchIndex(mapping, languages.supported().stream().map(Locale::getLanguage).toList(),
                properties.backend() == SearchProperties.Backend.LUCENE);
    }

    /** Builds the mapping; used as is by the tests and the benchmark, without Spring. */
    static CloseableSearchMapping build(SearchProperties.Backend backend, Path directory,
                                        SearchProperties.Elasticsearch elasticsearch, List<String> languages) {
        return build(backend, directory, elasticsearch, languages, Map.of());
    }

    /** The same, with more Hibernate Search settings (the tests check the Elasticsearch mapping without a cluster). */
    static CloseableSearchMapping build(SearchProperties.Backend backend, Path directory,
                                        SearchProperties.Elasticsearch elasticsearch, List<String> languages,
                                        Map<String, Object> extra) {
        Map<String, Object> settings = new HashMap<>(extra);
        // The index's life (created, checked, rebuilt) is decided at start-up by SearchIndex.
        settings.put("hibernate.search.schema_management.strategy", "none");
        settings.put("hibernate.search.mapping.configurer", (StandalonePojoMappingConfigurer) context -> {
            context.addEntityType(IndexedItem.class, "item");
            context.addEntityType(IndexState.class, "state");
            ProgrammaticMappingConfigurationContext mapping = context.programmaticMapping();
            TypeMappingStep item = mapping.type(IndexedItem.class);
            item.indexed().index(ITEMS_INDEX);
            item.property("id").documentId();
            item.binder(new ItemBinder(languages));
            TypeMappingStep state = mapping.type(IndexState.class);
            state.indexed().index(STATE_INDEX);
            state.property("id").documentId();
            state.property("mapping").keywordField().projectable(Projectable.YES);
        });
        if (backend == SearchProperties.Backend.ELASTICSEARCH) {
            settings.put("hibernate.search.backend.type", "elasticsearch");
            settings.put("hibernate.search.backend.analysis.configurer", new Analysers.Elasticsearch());
            if (!elasticsearch.uris().isEmpty()) {
                settings.put("hibernate.search.backend.uris",
                        elasticsearch.uris().stream().map(Object::toString).collect(Collectors.joining(",")));
            }
            if (elasticsearch.username() != null && !elasticsearch.username().isBlank()) {
                settings.put("hibernate.search.backend.username", elasticsearch.username());
                settings.put("hibernate.search.backend.password", elasticsearch.password() == null ? "" : elasticsearch.password());
            }
        } else {
            settings.put("hibernate.search.backend.type", "lucene");
            settings.put("hibernate.search.backend.analysis.configurer", new Analysers.Lucene());
            settings.put("hibernate.search.backend.directory.root", directory.toAbsolutePath().toString());
            // The index format of the Lucene shipped in the jar, named so that an upgrade of Lucene is a decision.
            settings.put("hibernate.search.backend.lucene_version", "9.12.3");
        }
        return SearchMapping.builder(AnnotatedTypeSource.empty(), MethodHandles.lookup()).properties(settings).build();
    }

    /** What the item index's documents depend on: a change means the index is rebuilt at the next start. */
    static String mappingVersion(List<String> languages) {
        return "items-v4 " + String.join(",", languages);
    }
}
