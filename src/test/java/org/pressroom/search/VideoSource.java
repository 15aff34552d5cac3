package org.pressroom.search;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * A source of videos under its own kind ({@code reel}, beside the real {@code video} source of content), whose
 * shots and soundbites are passages anchored at their second ({@code t=42}). Tests publish a video here, then tell search.
 */
class VideoSource implements SearchSource {

    private final Map<String, List<Searchable>> videos = new ConcurrentHashMap<>();

    void publish(List<Searchable> versions) {
        videos.put(versions.get(0).item(), List.copyOf(versions));
    }

    void unpublish(String item) {
        videos.remove(item);
    }

    @Override
    public Set<String> kinds() {
        return Set.of("reel");
    }

    @Override
    public void all(Consumer<Searchable> sink) {
        videos.values().forEach(versions -> versions.forEach(sink));
    }

    @Override
    public List<Searchable> find(Collection<String> items) {
        List<Searchable> found = new ArrayList<>();
        items.forEach(item -> found.addAll(videos.getOrDefault(item, List.of())));
        return found;
    }
}
