package org.pressroom.search;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

import org.springframework.core.io.ClassPathResource;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The fixed corpus of {@code search/corpus.yaml} as a source, the way content gives its items; a test can
 * withdraw an item (unpublished) and tell search.
 */
class CorpusSource implements SearchSource {

    record Entry(String item, String lang, String type, String title, String text, String names, List<Searchable.Part> parts,
                 String url, String thumbnail, LocalDate date, Instant visible, Long event, String country,
                 List<String> speakers) {

        Searchable searchable() {
            return new Searchable(item, lang, ResultType.fromCode(type).orElseThrow(), title, text, names, parts, url,
                    thumbnail, date, visible, event, country, speakers);
        }
    }

    private final List<Searchable> corpus = read();
    private final Set<String> withdrawn = ConcurrentHashMap.newKeySet();

    static List<Searchable> read() {
        try (InputStream in = new ClassPathResource("search/corpus.yaml").getInputStream()) {
            Entry[] entries = YAMLMapper.builder().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build()
                    .readValue(in, Entry[].class);
            return java.util.Arrays.stream(entries).map(Entry::searchable).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    List<Searchable> corpus() {
        return corpus;
    }

    void withdraw(String item) {
        withdrawn.add(item);
    }

    void restore(String item) {
        withdrawn.remove(item);
    }

    @Override
    public Set<String> kinds() {
        return Set.of("corpus-article", "corpus-event", "corpus-transcript", "corpus-photo");
    }

    @Override
    public void all(Consumer<Searchable> sink) {
        corpus.stream().filter(doc -> !withdrawn.contains(doc.item())).forEach(sink);
    }

    @Override
    public List<Searchable> find(Collection<String> items) {
        List<Searchable> found = new ArrayList<>();
        corpus.stream().filter(doc -> items.contains(doc.item()) && !withdrawn.contains(doc.item())).forEach(found::add);
        return found;
    }
}
