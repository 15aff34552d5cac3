package org.pressroom.search;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.common.BooleanOperator;
import org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.predicate.dsl.SimpleQueryFlag;
import org.hibernate.search.engine.search.projection.SearchProjection;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.mapper.pojo.standalone.session.SearchSession;
import org.hibernate.search.util.common.data.Range;
import org.pressroom.search.SearchResults.Count;
import org.pressroom.search.SearchResults.DateCount;
import org.pressroom.search.SearchResults.Facets;
import org.pressroom.search.SearchResults.Hit;
import org.pressroom.search.SearchResults.Notice;
import org.springframework.web.util.HtmlUtils;

import static org.pressroom.search.ItemBinder.*;

/**
 * Runs a search: only what is public at {@code now} is found or counted; each item once, found by the
 * words of any of its versions and shown in the reader's language when that version has them (else in the
 * language that matched); facet counts for every filter; the passage that matched, with its anchor; a
 * spelling suggestion when nothing matched.
 */
class Searcher {

    static final String MARK_START = "\u0002";
    static final String MARK_END = "\u0003";
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]{3,}");
    private static final java.util.Set<SimpleQueryFlag> FLAGS = java.util.EnumSet.of(SimpleQueryFlag.AND,
            SimpleQueryFlag.OR, SimpleQueryFlag.NOT, SimpleQueryFlag.PHRASE, SimpleQueryFlag.PREFIX,
            SimpleQueryFlag.WHITESPACE, SimpleQueryFlag.PRECEDENCE, SimpleQueryFlag.ESCAPE);
    private static final int SNIPPET = 200;
    /** The main search's columns: id, type, languages, date, thumbnail, then per language title, url, summary, anchors, text, parts. */
    private static final int FIRST_VERSION_COLUMN = 5;
    private static final int VERSION_COLUMNS = 6;
    private static final int TOP_VALUES = 10;

    private static final AggregationKey<Map<String, Long>> TYPES = AggregationKey.of("type");
    private static final AggregationKey<Map<Long, Long>> EVENTS = AggregationKey.of("event");
    private static final AggregationKey<Map<String, Long>> COUNTRIES = AggregationKey.of("country");
    private static final AggregationKey<Map<String, Long>> SPEAKERS = AggregationKey.of("speaker");
    private static final AggregationKey<Map<String, Long>> LANGUAGES = AggregationKey.of("lang");
    private static final AggregationKey<Map<Range<LocalDate>, Long>> DATES = AggregationKey.of("date");

    /** At most this many searches without words keep their counts; then they are all forgotten. */
    static final int COUNTED_SEARCHES = 500;

    private final SearchIndex index;
    private final int pageSize;
    /**
     * The facet counts of searches without words (the search page's first view, and every filter clicked there),
     * which count the whole index each time otherwise: kept until the index changes or an embargoed item's time
     * comes. Only for an index this node alone writes (Lucene), whose changes it sees.
     */
    private final Map<FacetKey, CountedFacets> counted = new java.util.concurrent.ConcurrentHashMap<>();

    private record FacetKey(SearchQuery query, LocalDate today) {
    }

    private record CountedFacets(long generation, Instant validUntil, Facets facets) {
    }

    Searcher(SearchIndex index, int pageSize) {
        this.index = index;
        this.pageSize = pageSize;
    }

    SearchResults search(SearchQuery asked, Instant now, LocalDate today, List<Notice> notices) {
        List<Notice> said = new ArrayList<>(notices);
        try (SearchSession session = index.mapping().createSession()) {
            SearchQuery query = checkedFilters(session, asked, now, said);
            List<String> languages = index.languages();
            // What every hit shows; the passages that matched are highlighted afterwards, for the page's hits only.
            List<SearchProjection<?>> projections = new ArrayList<>();
            var p = session.scope(IndexedItem.class).projection();
            projections.add(p.id(String.class).toProjection());
            projections.add(p.field(TYPE, String.class).toProjection());
            projections.add(p.field(LANGS, String.class).list().toProjection());
            projections.add(p.field(DATE, LocalDate.class).toProjection());
            projections.add(p.field(THUMBNAIL, String.class).toProjection());
            for (String lang : languages) {
                projections.add(p.field(title(lang), String.class).toProjection());
                projections.add(p.field(url(lang), String.class).toProjection());
                projections.add(p.field(summary(lang), String.class).toProjection());
                projections.add(p.field(anchors(lang), String.class).list().toProjection());
                projections.add(p.field(text(lang), String.class).toProjection());
                projections.add(p.field(parts(lang), String.class).list().toProjection());
            }
            List<Range<LocalDate>> ranges = dateRanges(today);
            // Read before searching: a change of the index while this search runs leaves its counts unused.
            long generation = index.generation();
            FacetKey key = !query.hasText() && index.local() ? new FacetKey(query.withPage(1).withSort(SearchQuery.Sort.DATE), today) : null;
            CountedFacets cached = key == null ? null : counted.get(key);
            Facets known = cached != null && cached.generation() == generation && now.isBefore(cached.validUntil()) ? cached.facets() : null;
            SearchResult<List<?>> result = null;
            int page = query.page();
            for (int attempt = 0; attempt < 2; attempt++) {
                int offset = (page - 1) * pageSize;
                var hitsQuery = session.search(IndexedItem.class)
                        .select(f -> f.composite().from(projections.toArray(SearchProjection[]::new)).asList())
                        .where(f -> matching(f, query, now))
                        .sort(f -> query.effectiveSort() == SearchQuery.Sort.RELEVANCE
                                ? f.score().then().field(DATE).desc().then().field(VISIBLE_FROM).desc()
                                : f.field(DATE).desc().then().field(VISIBLE_FROM).desc());
                result = known != null ? hitsQuery.fetch(offset, pageSize) : hitsQuery
                        .aggregation(TYPES, f -> f.terms().field(TYPE, String.class).maxTermCount(20))
                        .aggregation(EVENTS, f -> f.terms().field(EVENT, Long.class).maxTermCount(TOP_VALUES))
                        .aggregation(COUNTRIES, f -> f.terms().field(COUNTRY, String.class).maxTermCount(300))
                        .aggregation(SPEAKERS, f -> f.terms().field(SPEAKER, String.class).maxTermCount(TOP_VALUES))
                        .aggregation(LANGUAGES, f -> f.terms().field(LANGS, String.class))
                        .aggregation(DATES, f -> f.range().field(DATE, LocalDate.class).ranges(ranges))
                        .fetch(offset, pageSize);
                long total = result.total().hitCount();
                int last = (int) Math.max(1, (total + pageSize - 1) / pageSize);
                if (page <= last || total == 0) {
                    break;
                }
                page = last;
            }
            long total = result.total().hitCount();
            int pages = (int) Math.max(1, (total + pageSize - 1) / pageSize);
            Map<String, Map<String, Passages>> passages = !query.hasText() ? Map.of()
                    : index.local() ? marked(query, result.hits()) : passages(session, query, result.hits());
            List<Hit> hits = result.hits().stream().map(row -> hit(row, query, languages, passages)).toList();
            Facets facets = known;
            if (facets == null) {
                facets = new Facets(counts(result.aggregation(TYPES), null),
                        dateCounts(result.aggregation(DATES), ranges, today),
                        eventCounts(session, result.aggregation(EVENTS), query.readerLang(), now),
                        counts(result.aggregation(COUNTRIES), null),
                        counts(result.aggregation(SPEAKERS), null),
                        languageCounts(result.aggregation(LANGUAGES)));
                if (key != null) {
                    if (counted.size() >= COUNTED_SEARCHES) {
                        counted.clear();
                    }
                    counted.put(key, new CountedFacets(generation, nextRelease(session, now), facets));
                }
            }
            String suggestion = total == 0 && query.hasText() ? suggestion(session, query, now) : null;
            return new SearchResults(query.withPage(Math.min(page, pages)), hits, total, Math.min(page, pages), pages,
                    facets, suggestion, List.copyOf(said));
        }
    }

    /** The event and speaker filters name things that must exist publicly; otherwise they are left out, with a notice. */
    private SearchQuery checkedFilters(SearchSession session, SearchQuery query, Instant now, List<Notice> notices) {
        if (query.event() != null) {
            Long event = query.event();
            long found = session.search(IndexedItem.class).where(f -> f.bool()
                    .must(f.match().field(TYPE).matching(ResultType.EVENT.code()))
                    .must(f.match().field(EVENT).matching(event))
                    .filter(f.range().field(VISIBLE_FROM).atMost(now))).fetchTotalHitCount();
            if (found == 0) {
                notices.add(Notice.of("unknown-event", query.event().toString()));
                query = query.withEvent(null);
            }
        }
        if (query.speaker() != null) {
            String speaker = query.speaker();
            long found = session.search(IndexedItem.class).where(f -> f.bool()
                    .must(f.match().field(SPEAKER_KEY).matching(speaker))
                    .filter(f.range().field(VISIBLE_FROM).atMost(now))).fetchTotalHitCount();
            if (found == 0) {
                notices.add(Notice.of("unknown-speaker", speaker));
                query = query.withSpeaker(null);
            }
        }
        return query;
    }

    /** When the next item scheduled for later becomes public (counts change then), or the end of time. */
    private static Instant nextRelease(SearchSession session, Instant now) {
        List<Instant> next = session.search(IndexedItem.class)
                .select(f -> f.field(VISIBLE_FROM, Instant.class))
                .where(f -> f.range().field(VISIBLE_FROM).greaterThan(now))
                .sort(f -> f.field(VISIBLE_FROM).asc())
                .fetchHits(1);
        return next.isEmpty() ? Instant.MAX : next.get(0);
    }

    /** Words and filters. */
    private PredicateFinalStep matching(SearchPredicateFactory f, SearchQuery query, Instant now) {
        var bool = f.bool();
        if (query.hasText()) {
            bool.must(words(f, query.text(), query.lang() == null ? index.languages() : List.of(query.lang())));
            bool.should(f.match().field(LANGS).matching(query.readerLang()).constantScore().boost(0.5f));
        } else {
            bool.must(f.matchAll());
        }
        bool.filter(f.range().field(VISIBLE_FROM).atMost(now));
        if (query.lang() != null) {
            bool.filter(f.match().field(LANGS).matching(query.lang()));
        }
        if (query.type() != null) {
            bool.filter(f.match().field(TYPE).matching(query.type().code()));
        }
        if (query.from() != null || query.to() != null) {
            bool.filter(f.range().field(DATE).between(query.from(), query.to()));
        }
        if (query.event() != null) {
            bool.filter(f.match().field(EVENT).matching(query.event()));
        }
        if (query.country() != null) {
            bool.filter(f.match().field(COUNTRY).matching(query.country()));
        }
        if (query.speaker() != null) {
            bool.filter(f.match().field(SPEAKER_KEY).matching(query.speaker()));
        }
        return bool;
    }

    /** Every word in one language's fields of the item (each language read with its own analyser). */
    private PredicateFinalStep words(SearchPredicateFactory f, String text, List<String> languages) {
        var any = f.bool();
        for (String lang : languages) {
            any.should(f.simpleQueryString()
                    .field(title(lang)).boost(3f)
                    .field(names(lang)).boost(2f)
                    .field(text(lang))
                    .field(parts(lang))
                    .matching(text).defaultOperator(BooleanOperator.AND).flags(FLAGS));
        }
        return any.minimumShouldMatchNumber(1);
    }

    /**
     * What matched in the page's hits, per language and item, read from the texts the search loaded (Lucene): each
     * language version's title, text and passages, with that language's analyser. A version matched when any of them
     * has a word of the search; the passage shown is the one with most of its words.
     */
    @SuppressWarnings("unchecked")
    private Map<String, Map<String, Passages>> marked(SearchQuery query, List<List<?>> rows) {
        Map<String, Map<String, Passages>> byLanguage = new LinkedHashMap<>();
        List<String> languages = index.languages();
        for (String lang : query.lang() == null ? languages : List.of(query.lang())) {
            org.apache.lucene.analysis.Analyzer analyser = index.analyser(lang);
            Highlights.Terms terms = Highlights.terms(analyser, text(lang), query.text());
            int base = FIRST_VERSION_COLUMN + languages.indexOf(lang) * VERSION_COLUMNS;
            Map<String, Passages> matched = new LinkedHashMap<>();
            for (List<?> row : rows) {
                if (terms.isEmpty() || !((List<String>) row.get(2)).contains(lang)) {
                    continue;
                }
                String text = (String) row.get(base + 4);
                List<String> parts = (List<String>) row.get(base + 5);
                List<List<Highlights.Match>> inParts = parts.stream()
                        .map(part -> Highlights.matches(analyser, parts(lang), part, terms)).toList();
                int part = Highlights.best(inParts);
                List<Highlights.Match> inText = Highlights.matches(analyser, text(lang), text, terms);
                java.util.Set<String> found = new java.util.HashSet<>();
                Highlights.matches(analyser, title(lang), (String) row.get(base), terms).forEach(m -> found.add(m.term()));
                inText.forEach(m -> found.add(m.term()));
                inParts.forEach(matches -> matches.forEach(m -> found.add(m.term())));
                if (!terms.satisfiedBy(found)) {
                    continue;
                }
                List<String> partHighlight = part < 0 ? List.of()
                        : List.of(Highlights.passage(parts.get(part), inParts.get(part), SNIPPET - 10).marked());
                List<String> textHighlight = inText.isEmpty() ? List.of() : List.of(Highlights.passage(text, inText, SNIPPET - 10).marked());
                matched.put((String) row.get(0), new Passages(parts, textHighlight, partHighlight, part));
            }
            byLanguage.put(lang, matched);
        }
        return byLanguage;
    }

    /**
     * What matched in the page's hits, per language and item: the search's words in that language's fields, the
     * text and the passages highlighted, only for the items that version matched (not every field of every
     * language of every hit, each of which reads the item's stored text and term vectors again).
     */
    private Map<String, Map<String, Passages>> passages(SearchSession session, SearchQuery query, List<List<?>> rows) {
        if (rows.isEmpty()) {
            return Map.of();
        }
        Map<String, Map<String, Passages>> byLanguage = new LinkedHashMap<>();
        List<String> languages = index.languages();
        for (String lang : query.lang() == null ? languages : List.of(query.lang())) {
            // Passages are read and highlighted only for the items that have some (transcripts, videos): each field
            // highlighted reads the whole stored item again.
            int anchorsColumn = FIRST_VERSION_COLUMN + languages.indexOf(lang) * VERSION_COLUMNS + 3;
            // Highlighting a field reads the item's term vectors (every field's) once more: a transcript, whose words
            // are all in its turns, has only its turns highlighted.
            List<String> withParts = new ArrayList<>();
            List<String> onlyParts = new ArrayList<>();
            List<String> withoutParts = new ArrayList<>();
            for (List<?> row : rows) {
                boolean parts = !((List<?>) row.get(anchorsColumn)).isEmpty();
                boolean transcript = ResultType.TRANSCRIPT.code().equals(row.get(1));
                (!parts ? withoutParts : transcript ? onlyParts : withParts).add((String) row.get(0));
            }
            Map<String, Passages> matched = new LinkedHashMap<>();
            if (!onlyParts.isEmpty()) {
                var p = session.scope(IndexedItem.class).projection();
                SearchProjection<?>[] projections = {p.id(String.class).toProjection(),
                        p.field(parts(lang), String.class).list().toProjection(),
                        p.highlight(parts(lang)).highlighter("parts").toProjection()};
                for (List<?> row : highlighted(session, query, lang, onlyParts, projections)) {
                    @SuppressWarnings("unchecked")
                    Passages passages = new Passages((List<String>) row.get(1), List.of(), (List<String>) row.get(2));
                    matched.put((String) row.get(0), passages);
                }
            }
            if (!withParts.isEmpty()) {
                var p = session.scope(IndexedItem.class).projection();
                SearchProjection<?>[] projections = {p.id(String.class).toProjection(),
                        p.field(parts(lang), String.class).list().toProjection(),
                        p.highlight(text(lang)).toProjection(),
                        p.highlight(parts(lang)).highlighter("parts").toProjection()};
                for (List<?> row : highlighted(session, query, lang, withParts, projections)) {
                    @SuppressWarnings("unchecked")
                    Passages passages = new Passages((List<String>) row.get(1), (List<String>) row.get(2), (List<String>) row.get(3));
                    matched.put((String) row.get(0), passages);
                }
            }
            if (!withoutParts.isEmpty()) {
                var p = session.scope(IndexedItem.class).projection();
                SearchProjection<?>[] projections = {p.id(String.class).toProjection(), p.highlight(text(lang)).toProjection()};
                for (List<?> row : highlighted(session, query, lang, withoutParts, projections)) {
                    @SuppressWarnings("unchecked")
                    Passages passages = new Passages(List.of(), (List<String>) row.get(1), List.of());
                    matched.put((String) row.get(0), passages);
                }
            }
            byLanguage.put(lang, matched);
        }
        return byLanguage;
    }

    /** Those of these items whose version in {@code lang} has the words, with these projections (highlights among them). */
    private List<List<?>> highlighted(SearchSession session, SearchQuery query, String lang, List<String> ids,
                                      SearchProjection<?>[] projections) {
        return session.search(IndexedItem.class)
                .select(f -> f.composite().from(projections).asList())
                .where(f -> f.bool().must(words(f, query.text(), List.of(lang))).filter(f.id().matchingAny(ids)))
                .highlighter(f -> f.unified().tag(MARK_START, MARK_END).numberOfFragments(1).noMatchSize(0))
                .highlighter("parts", f -> f.unified().tag(MARK_START, MARK_END).numberOfFragments(1)
                        .orderByScore(true).noMatchSize(0))
                .fetchHits(ids.size());
    }

    /** In one language of a hit: its passages, and the text and passage where the words were found (or empty lists). */
    private record Passages(List<String> parts, List<String> text, List<String> partsHighlight, int part) {

        Passages(List<String> parts, List<String> text, List<String> partsHighlight) {
            this(parts, text, partsHighlight, -1);
        }
    }

    /** The version to show: the asked language; else the reader's, when it matched or nothing else did; else the one that matched. */
    @SuppressWarnings("unchecked")
    private Hit hit(List<?> row, SearchQuery query, List<String> languages, Map<String, Map<String, Passages>> passages) {
        String id = (String) row.get(0);
        List<String> present = (List<String>) row.get(2);
        java.util.function.IntPredicate matched = i -> passages.getOrDefault(languages.get(i), Map.of()).containsKey(id);
        int shown = -1;
        if (query.lang() != null) {
            shown = languages.indexOf(query.lang());
        } else {
            int reader = languages.indexOf(query.readerLang());
            int first = -1;
            for (int i = 0; i < languages.size() && first < 0; i++) {
                if (present.contains(languages.get(i)) && matched.test(i)) {
                    first = i;
                }
            }
            boolean readerHas = reader >= 0 && present.contains(query.readerLang());
            if (readerHas && (!query.hasText() || first < 0 || matched.test(reader))) {
                shown = reader;
            } else if (first >= 0) {
                shown = first;
            } else {
                for (int i = 0; i < languages.size() && shown < 0; i++) {
                    shown = present.contains(languages.get(i)) ? i : -1;
                }
            }
        }
        int base = FIRST_VERSION_COLUMN + shown * VERSION_COLUMNS;
        String url = (String) row.get(base + 1);
        String snippet = null;
        List<String> anchors = (List<String>) row.get(base + 3);
        Passages found = passages.getOrDefault(languages.get(shown), Map.of()).get(id);
        if (found != null && !found.partsHighlight().isEmpty()) {
            snippet = found.partsHighlight().get(0);
            int part = found.part() >= 0 ? found.part() : partOf(unmarked(snippet), found.parts());
            if (part >= 0 && part < anchors.size()) {
                url = url + "#" + anchors.get(part);
            }
        } else if (found != null && !found.text().isEmpty()) {
            snippet = found.text().get(0);
        }
        if (snippet == null) {
            snippet = row.get(base + 2) == null ? "" : (String) row.get(base + 2);
        }
        snippet = around(snippet.strip());
        String plain = unmarked(snippet).strip();
        String html = HtmlUtils.htmlEscape(snippet.strip(), "UTF-8").replace(MARK_START, "<mark>").replace(MARK_END, "</mark>");
        return new Hit(ResultType.fromCode((String) row.get(1)).orElseThrow(), languages.get(shown),
                (String) row.get(base), url, (LocalDate) row.get(3), plain, html, (String) row.get(4));
    }

    /** The part a highlighted passage was taken from: the one containing it, else the one with most of its words. */
    static int partOf(String passage, List<String> parts) {
        String needle = passage.strip();
        for (int i = 0; i < parts.size(); i++) {
            if (parts.get(i).contains(needle)) {
                return i;
            }
        }
        int best = -1;
        int bestScore = 0;
        List<String> words = List.of(needle.split("\\s+"));
        for (int i = 0; i < parts.size(); i++) {
            String part = parts.get(i);
            int score = (int) words.stream().filter(part::contains).count();
            if (score > bestScore) {
                best = i;
                bestScore = score;
            }
        }
        return best;
    }

    /** A long passage cut to about {@value #SNIPPET} characters around its first marked word, at word boundaries. */
    static String around(String passage) {
        if (unmarked(passage).length() <= SNIPPET) {
            return passage;
        }
        int mark = Math.max(0, passage.indexOf(MARK_START));
        int start = Math.max(0, mark - SNIPPET / 3);
        int end = Math.min(passage.length(), start + SNIPPET);
        start = start == 0 ? 0 : Math.max(start, passage.indexOf(' ', start) + 1);
        int lastSpace = passage.lastIndexOf(' ', end);
        end = end == passage.length() || lastSpace <= start ? end : lastSpace;
        String cut = passage.substring(start, end);
        long opened = cut.chars().filter(c -> c == MARK_START.charAt(0)).count();
        long closed = cut.chars().filter(c -> c == MARK_END.charAt(0)).count();
        if (opened > closed) {
            cut = cut + MARK_END;
        }
        return (start > 0 ? "…" : "") + cut.strip() + (end < passage.length() ? "…" : "");
    }

    static String unmarked(String text) {
        return text.replace(MARK_START, "").replace(MARK_END, "");
    }

    private static List<Count> counts(Map<String, Long> counts, Map<String, String> labels) {
        List<Count> list = new ArrayList<>();
        counts.forEach((value, count) -> {
            if (count > 0) {
                list.add(new Count(value, labels == null ? null : labels.get(value), count));
            }
        });
        return list;
    }

    /** Upcoming, past 7 days, 30 days, 365 days, and older, as seen on {@code today}. */
    static List<Range<LocalDate>> dateRanges(LocalDate today) {
        return List.of(Range.atLeast(today.plusDays(1)),
                Range.canonical(today.minusDays(6), today.plusDays(1)),
                Range.canonical(today.minusDays(29), today.plusDays(1)),
                Range.canonical(today.minusDays(364), today.plusDays(1)),
                Range.lessThan(today.minusDays(364)));
    }

    private static List<DateCount> dateCounts(Map<Range<LocalDate>, Long> counts, List<Range<LocalDate>> ranges, LocalDate today) {
        String[] keys = {"upcoming", "week", "month", "year", "older"};
        List<DateCount> list = new ArrayList<>();
        for (int i = 0; i < ranges.size(); i++) {
            long count = counts.getOrDefault(ranges.get(i), 0L);
            if (count > 0) {
                LocalDate from = i == 0 ? today.plusDays(1) : i == 4 ? null : ranges.get(i).lowerBoundValue().orElse(null);
                LocalDate to = i == 0 ? null : i == 4 ? today.minusDays(365) : today;
                list.add(new DateCount(keys[i], from, to, count));
            }
        }
        return list;
    }

    /** Event counts with each event's title in the reader's language (or another); events not public are left out. */
    @SuppressWarnings("unchecked")
    private List<Count> eventCounts(SearchSession session, Map<Long, Long> byId, String readerLang, Instant now) {
        Map<String, Long> counts = new LinkedHashMap<>();
        byId.forEach((id, count) -> counts.put(id.toString(), count));
        if (counts.isEmpty()) {
            return List.of();
        }
        List<String> languages = new ArrayList<>(index.languages());
        languages.remove(readerLang);
        languages.add(0, readerLang);
        List<SearchProjection<?>> projections = new ArrayList<>();
        var p = session.scope(IndexedItem.class).projection();
        projections.add(p.field(EVENT, Long.class).toProjection());
        languages.forEach(lang -> projections.add(p.field(title(lang), String.class).toProjection()));
        List<List<?>> rows = session.search(IndexedItem.class)
                .select(f -> f.composite().from(projections.toArray(SearchProjection[]::new)).asList())
                .where(f -> f.bool().must(f.match().field(TYPE).matching(ResultType.EVENT.code()))
                        .must(f.terms().field(EVENT).matchingAny(byId.keySet()))
                        .filter(f.range().field(VISIBLE_FROM).atMost(now)))
                .fetchHits(counts.size());
        Map<String, String> labels = new LinkedHashMap<>();
        rows.forEach(row -> row.stream().skip(1).filter(java.util.Objects::nonNull).findFirst()
                .ifPresent(title -> labels.put(row.get(0).toString(), (String) title)));
        return counts(counts, labels).stream().filter(c -> c.label() != null).toList();
    }

    /** How many items have a version in each language, the site's languages first. */
    private List<Count> languageCounts(Map<String, Long> counts) {
        List<Count> list = new ArrayList<>(counts(counts, null));
        list.sort(Comparator.comparingInt(c -> {
            int position = index.languages().indexOf(c.value());
            return position < 0 ? Integer.MAX_VALUE : position;
        }));
        return list;
    }

    /**
     * When nothing matched: each word that finds nothing is replaced by the closest word of a public item
     * (at most two letters away), if the corrected search then finds something.
     */
    private String suggestion(SearchSession session, SearchQuery query, Instant now) {
        Matcher words = WORD.matcher(query.text());
        StringBuilder suggested = new StringBuilder();
        boolean changed = false;
        int end = 0;
        while (words.find()) {
            String word = words.group();
            String replacement = closest(session, word, now);
            suggested.append(query.text(), end, words.start()).append(replacement == null ? word : replacement);
            changed |= replacement != null;
            end = words.end();
        }
        suggested.append(query.text().substring(end));
        if (!changed) {
            return null;
        }
        SearchQuery corrected = new SearchQuery(suggested.toString(), query.readerLang(), query.type(), query.from(),
                query.to(), query.event(), query.country(), query.speaker(), query.lang(), query.sort(), 1);
        long found = session.search(IndexedItem.class).where(f -> matching(f, corrected, now)).fetchTotalHitCount();
        return found > 0 ? corrected.text() : null;
    }

    private String closest(SearchSession session, String word, Instant now) {
        List<String> languages = index.languages();
        long exact = session.search(IndexedItem.class).where(f -> {
            var any = f.bool();
            for (String lang : languages) {
                any.should(f.match().field(title(lang)).matching(word));
                any.should(f.match().field(text(lang)).matching(word));
                any.should(f.match().field(parts(lang)).matching(word));
            }
            return f.bool().must(any.minimumShouldMatchNumber(1)).filter(f.range().field(VISIBLE_FROM).atMost(now));
        }).fetchTotalHitCount();
        if (exact > 0) {
            return null;
        }
        // The words of the items the fuzzy search finds, read from their texts: the closest to the one typed (at most two
        // letters away, fewest first) is the suggestion. (Asking the index to highlight them read every field's term
        // vectors again.)
        List<SearchProjection<?>> texts = new ArrayList<>();
        var p = session.scope(IndexedItem.class).projection();
        for (String lang : languages) {
            texts.add(p.field(title(lang), String.class).toProjection());
            texts.add(p.field(text(lang), String.class).toProjection());
            texts.add(p.field(parts(lang), String.class).list().toProjection());
        }
        String folded = fold(word);
        for (int wanted : new int[] {1, 5}) {
            List<List<?>> hits = session.search(IndexedItem.class)
                    .select(f -> f.composite().from(texts.toArray(SearchProjection[]::new)).asList())
                    .where(f -> {
                        var any = f.bool();
                        for (String lang : languages) {
                            any.should(f.match().field(title(lang)).matching(word).fuzzy(2, 1));
                            any.should(f.match().field(text(lang)).matching(word).fuzzy(2, 1));
                            any.should(f.match().field(parts(lang)).matching(word).fuzzy(2, 1));
                        }
                        return f.bool().must(any.minimumShouldMatchNumber(1)).filter(f.range().field(VISIBLE_FROM).atMost(now));
                    })
                    .fetchHits(wanted);
            String best = null;
            int bestDistance = 3;
            for (List<?> hit : hits) {
                for (Object value : hit) {
                    for (Object text : value instanceof List<?> list ? list : java.util.Collections.singletonList(value)) {
                        if (text == null) {
                            continue;
                        }
                        Matcher words = WORD.matcher((String) text);
                        while (words.find()) {
                            String found = words.group();
                            String foldedFound = fold(found);
                            // As the fuzzy search: same first letter, at most two edits.
                            if (foldedFound.equals(folded) || foldedFound.charAt(0) != folded.charAt(0)
                                    || Math.abs(foldedFound.length() - folded.length()) >= bestDistance) {
                                continue;
                            }
                            int distance = distance(folded, foldedFound, bestDistance);
                            if (distance < bestDistance) {
                                best = found;
                                bestDistance = distance;
                            }
                        }
                    }
                }
            }
            if (best != null) {
                return Character.isUpperCase(word.charAt(0)) ? best : best.toLowerCase(Locale.ROOT);
            }
            if (hits.size() < wanted) {
                break;
            }
        }
        return null;
    }

    /** Edit distance (insertions, deletions, substitutions, swaps of two letters), or {@code limit} when it reaches it. */
    static int distance(String a, String b, int limit) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            int rowMin = Integer.MAX_VALUE;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
                rowMin = Math.min(rowMin, d[i][j]);
            }
            if (rowMin >= limit) {
                return limit;
            }
        }
        return Math.min(d[a.length()][b.length()], limit);
    }

    private static String fold(String word) {
        return java.text.Normalizer.normalize(word, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
    }
}
