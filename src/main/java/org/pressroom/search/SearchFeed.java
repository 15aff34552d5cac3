package org.pressroom.search;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Keeps the index in step with the modules' items: the items of a {@link SearchableChanged} are read again
 * from their source once the change has committed; at start-up, before the node says it is ready, the whole
 * index is rebuilt from every source when it is missing or was built with another mapping.
 */
@Component
@Order(0)
class SearchFeed implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(SearchFeed.class);

    private final SearchIndex index;
    private final ObjectProvider<SearchSource> sources;
    private final Set<String> changedDuringRebuild = new HashSet<>();
    private boolean rebuilding;

    SearchFeed(SearchIndex index, ObjectProvider<SearchSource> sources) {
        this.index = index;
        this.sources = sources;
    }

    @Override
    public void run(ApplicationArguments args) {
        Map<String, SearchSource> owners = new LinkedHashMap<>();
        sources.orderedStream().forEach(source -> source.kinds().forEach(kind -> {
            SearchSource before = owners.putIfAbsent(kind, source);
            if (before != null) {
                throw new IllegalStateException("Two search sources give items of kind '" + kind + "': "
                        + before.getClass().getName() + " and " + source.getClass().getName());
            }
        }));
        String reason = index.rebuildReason();
        if (reason == null) {
            log.info("Search index is up to date.");
            return;
        }
        rebuild(reason);
    }

    /** Rebuilds the whole index; changes committed meanwhile are indexed again at the end. */
    void rebuild(String reason) {
        List<SearchSource> all = sources.orderedStream().toList();
        log.info("Search index: rebuilding it because {}, from {} source(s)...", reason, all.size());
        long started = System.nanoTime();
        synchronized (changedDuringRebuild) {
            rebuilding = true;
        }
        long count;
        Set<String> missed;
        try {
            count = index.rebuild(sink -> all.forEach(source -> source.all(sink)));
        } finally {
            synchronized (changedDuringRebuild) {
                rebuilding = false;
                missed = Set.copyOf(changedDuringRebuild);
                changedDuringRebuild.clear();
            }
        }
        if (!missed.isEmpty()) {
            index(missed);
        }
        log.info("Search index rebuilt: {} items in {} ms.", count, (System.nanoTime() - started) / 1_000_000);
    }

    @TransactionalEventListener(fallbackExecution = true)
    void changed(SearchableChanged event) {
        synchronized (changedDuringRebuild) {
            if (rebuilding) {
                changedDuringRebuild.addAll(event.items());
            }
        }
        try {
            index(event.items());
        } catch (RuntimeException e) {
            // The change itself has committed: it must not fail because the index could not follow.
            log.warn("Search index: {} could not be indexed again ({}); they will be at the next rebuild.", event.items(), e.toString());
        }
    }

    /** Reads the items again from their sources and replaces them in the index. */
    void index(Collection<String> items) {
        Map<SearchSource, List<String>> bySource = new LinkedHashMap<>();
        List<SearchSource> all = sources.orderedStream().toList();
        for (String item : items) {
            String kind = Searchable.kind(item);
            SearchSource source = all.stream().filter(s -> s.kinds().contains(kind)).findFirst().orElse(null);
            if (source == null) {
                log.warn("Search index: no source gives items of kind '{}' ({}).", kind, item);
                continue;
            }
            bySource.computeIfAbsent(source, s -> new ArrayList<>()).add(item);
        }
        bySource.forEach((source, keys) -> index.replace(keys, source.find(keys)));
    }
}
