package org.pressroom.search;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.hibernate.search.mapper.pojo.standalone.mapping.CloseableSearchMapping;
import org.hibernate.search.mapper.pojo.standalone.session.SearchSession;
import org.hibernate.search.mapper.pojo.work.IndexingPlanSynchronizationStrategy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Writes the index: an item with all its language versions, replaced together, or every item at once. */
class SearchIndex {

    private static final Logger log = LoggerFactory.getLogger(SearchIndex.class);
    private static final int BATCH = 500;
    private static final long PROGRESS_EVERY_NANOS = 5_000_000_000L;

    private final CloseableSearchMapping mapping;
    private final List<String> languages;
    private final String mappingVersion;
    private final boolean local;
    private final java.util.concurrent.atomic.AtomicLong generation = new java.util.concurrent.atomic.AtomicLong();

    /** An index on this node's disk (Lucene). */
    SearchIndex(CloseableSearchMapping mapping, List<String> languages) {
        this(mapping, languages, true);
    }

    /** @param local whether only this node writes the index (Lucene), so that it sees every change (see {@link #generation()}) */
    SearchIndex(CloseableSearchMapping mapping, List<String> languages, boolean local) {
        this.mapping = mapping;
        this.local = local;
        this.languages = List.copyOf(languages);
        this.mappingVersion = SearchConfiguration.mappingVersion(languages);
        try (SearchSession session = mapping.createSession()) {
            session.schemaManager().createIfMissing();
        }
    }

    CloseableSearchMapping mapping() {
        return mapping;
    }

    List<String> languages() {
        return languages;
    }

    boolean local() {
        return local;
    }

    private final java.util.Map<String, org.apache.lucene.analysis.Analyzer> analysers = new java.util.concurrent.ConcurrentHashMap<>();

    /** The analyser of a language's words, as the index reads them (Lucene only: an Elasticsearch cluster analyses its own). */
    org.apache.lucene.analysis.Analyzer analyser(String lang) {
        return analysers.computeIfAbsent(lang, tag -> mapping.backend()
                .unwrap(org.hibernate.search.backend.lucene.LuceneBackend.class)
                .analyzer(Analysers.forLanguage(tag)).orElseThrow());
    }

    /** Raised after every change of the items once searches see it: what was counted before may have changed. */
    long generation() {
        return generation.get();
    }

    /** Why the index must be rebuilt ("missing", "mapping changed"), or null when it is up to date. */
    String rebuildReason() {
        try (SearchSession session = mapping.createSession()) {
            List<String> found = session.search(IndexState.class)
                    .select(f -> f.field("mapping", String.class))
                    .where(f -> f.id().matching(IndexState.ID)).fetchAllHits();
            if (found.isEmpty()) {
                return "it is missing";
            }
            return mappingVersion.equals(found.get(0)) ? null : "its mapping changed (" + found.get(0) + " -> " + mappingVersion + ")";
        }
    }

    /**
     * Empties the index, fills it from {@code feed} (an item's versions given together), then records its
     * mapping. Items are written {@value #BATCH} at a time, each batch committed once.
     */
    long rebuild(Consumer<Consumer<Searchable>> feed) {
        long started = System.nanoTime();
        try (SearchSession session = mapping.createSession()) {
            session.schemaManager(IndexedItem.class).dropAndCreate();
            session.schemaManager(IndexState.class).dropAndCreate();
        }
        long[] count = {0};
        long[] lastReport = {started};
        List<IndexedItem> batch = new ArrayList<>();
        List<Searchable> group = new ArrayList<>();
        Runnable write = () -> {
            try (SearchSession session = mapping.createSessionWithOptions()
                    .indexingPlanSynchronizationStrategy(IndexingPlanSynchronizationStrategy.writeSync()).build()) {
                batch.forEach(item -> session.indexingPlan().add(item));
            }
            count[0] += batch.size();
            batch.clear();
            long now = System.nanoTime();
            if (now - lastReport[0] >= PROGRESS_EVERY_NANOS) {
                lastReport[0] = now;
                log.info("Search index: {} items indexed so far ({} s)", count[0], (now - started) / 1_000_000_000L);
            }
        };
        Consumer<List<Searchable>> collect = versions -> {
            batch.add(new IndexedItem(versions));
            if (batch.size() >= BATCH) {
                write.run();
            }
        };
        feed.accept(doc -> {
            if (!group.isEmpty() && !group.get(0).item().equals(doc.item())) {
                collect.accept(List.copyOf(group));
                group.clear();
            }
            group.add(doc);
        });
        if (!group.isEmpty()) {
            collect.accept(List.copyOf(group));
        }
        write.run();
        try (SearchSession session = mapping.createSessionWithOptions()
                .indexingPlanSynchronizationStrategy(IndexingPlanSynchronizationStrategy.sync()).build()) {
            // A rebuild leaves dozens of segments, merged in the background while the first searches run; every search
            // then pays per segment (facet counts most). Merged now, once, they start from one.
            long merging = System.nanoTime();
            session.workspace(IndexedItem.class).mergeSegments();
            log.info("Search index: segments merged in {} s", (System.nanoTime() - merging) / 1_000_000_000L);
            session.workspace(IndexedItem.class).refresh();
            session.indexingPlan().addOrUpdate(new IndexState(mappingVersion));
        }
        generation.incrementAndGet();
        return count[0];
    }

    /** Replaces {@code items} by their {@code versions} (an item without any leaves the index). */
    void replace(Collection<String> items, List<Searchable> versions) {
        Map<String, List<Searchable>> byItem = new LinkedHashMap<>();
        items.forEach(item -> byItem.put(item, new ArrayList<>()));
        versions.forEach(doc -> byItem.computeIfAbsent(doc.item(), k -> new ArrayList<>()).add(doc));
        try (SearchSession session = mapping.createSessionWithOptions()
                .indexingPlanSynchronizationStrategy(IndexingPlanSynchronizationStrategy.sync()).build()) {
            byItem.forEach((item, group) -> {
                if (group.isEmpty()) {
                    session.indexingPlan().purge(IndexedItem.class, item, null);
                } else {
                    session.indexingPlan().addOrUpdate(new IndexedItem(group));
                }
            });
        }
        generation.incrementAndGet();
    }
}
