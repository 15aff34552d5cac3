package org.pressroom.search;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

import org.hibernate.search.mapper.pojo.standalone.mapping.CloseableSearchMapping;
import org.hibernate.search.mapper.pojo.standalone.session.SearchSession;
import org.hibernate.search.mapper.pojo.work.IndexingPlanSynchronizationStrategy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes the index: an item's language versions replaced together, or every item at once. Each version
 * is told which reader languages it stands for: its own, and those the item has no version in.
 */
class SearchIndex {

    private static final Logger log = LoggerFactory.getLogger(SearchIndex.class);
    private static final int BATCH = 500;
    private static final long PROGRESS_EVERY_NANOS = 5_000_000_000L;

    private final CloseableSearchMapping mapping;
    private final List<String> languages;
    private final String mappingVersion;

    SearchIndex(CloseableSearchMapping mapping, List<String> languages) {
        this.mapping = mapping;
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

    /** Empties the index, fills it from {@code feed} (an item's versions given together), then records its mapping. */
    long rebuild(Consumer<Consumer<Searchable>> feed) {
        long started = System.nanoTime();
        try (SearchSession session = mapping.createSession()) {
            session.schemaManager(IndexedItem.class).dropAndCreate();
            session.schemaManager(IndexState.class).dropAndCreate();
        }
        long[] count = {0};
        long[] lastReport = {started};
        List<CompletableFuture<?>> pending = new ArrayList<>();
        List<Searchable> group = new ArrayList<>();
        try (SearchSession session = mapping.createSession()) {
            Consumer<List<Searchable>> write = versions -> {
                for (IndexedItem indexed : indexed(versions)) {
                    pending.add(session.indexer().add(indexed).toCompletableFuture());
                    count[0]++;
                }
                if (pending.size() >= BATCH) {
                    CompletableFuture.allOf(pending.toArray(CompletableFuture[]::new)).join();
                    pending.clear();
                }
                long now = System.nanoTime();
                if (now - lastReport[0] >= PROGRESS_EVERY_NANOS) {
                    lastReport[0] = now;
                    log.info("Search index: {} documents indexed so far ({} s)", count[0], (now - started) / 1_000_000_000L);
                }
            };
            feed.accept(doc -> {
                if (!group.isEmpty() && !group.get(0).item().equals(doc.item())) {
                    write.accept(List.copyOf(group));
                    group.clear();
                }
                group.add(doc);
            });
            if (!group.isEmpty()) {
                write.accept(List.copyOf(group));
            }
            CompletableFuture.allOf(pending.toArray(CompletableFuture[]::new)).join();
            session.workspace(IndexedItem.class).flush();
            session.workspace(IndexedItem.class).refresh();
        }
        try (SearchSession session = mapping.createSessionWithOptions()
                .indexingPlanSynchronizationStrategy(IndexingPlanSynchronizationStrategy.sync()).build()) {
            session.indexingPlan().addOrUpdate(new IndexState(mappingVersion));
        }
        return count[0];
    }

    /** Replaces every indexed version of {@code items} by {@code versions} (none: the items leave the index). */
    void replace(Collection<String> items, List<Searchable> versions) {
        Map<String, List<Searchable>> byItem = new LinkedHashMap<>();
        items.forEach(item -> byItem.put(item, new ArrayList<>()));
        versions.forEach(doc -> byItem.computeIfAbsent(doc.item(), k -> new ArrayList<>()).add(doc));
        try (SearchSession session = mapping.createSessionWithOptions()
                .indexingPlanSynchronizationStrategy(IndexingPlanSynchronizationStrategy.sync()).build()) {
            List<String> existing = session.search(IndexedItem.class).select(f -> f.id(String.class))
                    .where(f -> f.terms().field(ItemBinder.ITEM).matchingAny(byItem.keySet())).fetchAllHits();
            List<IndexedItem> fresh = new ArrayList<>();
            byItem.values().forEach(group -> fresh.addAll(indexed(group)));
            Set<String> kept = new java.util.HashSet<>();
            fresh.forEach(indexed -> kept.add(indexed.id));
            existing.stream().filter(id -> !kept.contains(id))
                    .forEach(id -> session.indexingPlan().purge(IndexedItem.class, id, null));
            fresh.forEach(indexed -> session.indexingPlan().addOrUpdate(indexed));
        }
    }

    /** The versions of one item, each with the reader languages it stands for. */
    private List<IndexedItem> indexed(List<Searchable> versions) {
        if (versions.isEmpty()) {
            return List.of();
        }
        Set<String> present = new java.util.HashSet<>();
        versions.forEach(v -> present.add(v.lang()));
        Searchable fallback = versions.stream()
                .min(java.util.Comparator.comparingInt(v -> {
                    int position = languages.indexOf(v.lang());
                    return position < 0 ? Integer.MAX_VALUE : position;
                })).orElseThrow();
        List<IndexedItem> indexed = new ArrayList<>();
        for (Searchable version : versions) {
            List<String> shownFor = new ArrayList<>();
            shownFor.add(version.lang());
            if (version == fallback) {
                languages.stream().filter(lang -> !present.contains(lang)).forEach(shownFor::add);
            }
            indexed.add(new IndexedItem(version, shownFor));
        }
        return indexed;
    }
}
