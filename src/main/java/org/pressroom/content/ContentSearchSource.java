package org.pressroom.content;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;

import jakarta.persistence.EntityManager;
import org.pressroom.search.ResultType;
import org.pressroom.search.SearchSource;
import org.pressroom.search.Searchable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What content gives search: every language version of published articles, events (with their programme's
 * titles), transcripts (each turn a passage with its anchor, {@code turn-<n>}) and photos. Published items
 * whose publication time is still to come are given too, with that time: search shows them when it comes.
 * An item under embargo is never given, so that none of its words sit in the index: the job that lifts the
 * embargo tells search to read it again.
 */
@Component
class ContentSearchSource implements SearchSource {

    static final String ARTICLE = "article:";
    static final String EVENT = "event:";
    static final String TRANSCRIPT = "transcript:";
    static final String PHOTO = "photo:";
    private static final int CHUNK = 200;

    private final ArticleRepository articles;
    private final EventRepository events;
    private final ProgrammeItemRepository programme;
    private final TranscriptRepository transcripts;
    private final PhotoRepository photos;
    private final Cards cards;
    private final JdbcClient jdbc;
    private final EntityManager entityManager;
    private final TransactionTemplate reads;
    private final java.time.Clock clock;

    ContentSearchSource(ArticleRepository articles, EventRepository events, ProgrammeItemRepository programme,
                        TranscriptRepository transcripts, PhotoRepository photos, Cards cards, JdbcClient jdbc,
                        EntityManager entityManager, PlatformTransactionManager transactions, java.time.Clock clock) {
        this.clock = clock;
        this.articles = articles;
        this.events = events;
        this.programme = programme;
        this.transcripts = transcripts;
        this.photos = photos;
        this.cards = cards;
        this.jdbc = jdbc;
        this.entityManager = entityManager;
        this.reads = new TransactionTemplate(transactions);
        // Called after other transactions have committed, from their synchronisations: always a transaction of its own.
        this.reads.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.reads.setReadOnly(true);
    }

    @Override
    public Set<String> kinds() {
        return Set.of("article", "event", "transcript", "photo");
    }

    @Override
    public void all(Consumer<Searchable> sink) {
        for (String table : List.of("article", "event", "transcript", "photo")) {
            List<Long> ids = jdbc.sql("select id from " + table + " where status = 'PUBLISHED' and published_at is not null"
                            + " and (embargo_until is null or embargo_until <= :now) order by id")
                    .param("now", java.sql.Timestamp.from(clock.instant())).query(Long.class).list();
            for (int from = 0; from < ids.size(); from += CHUNK) {
                List<String> keys = ids.subList(from, Math.min(ids.size(), from + CHUNK)).stream().map(id -> table + ":" + id).toList();
                reads.executeWithoutResult(status -> {
                    documents(keys, false).forEach(sink);
                    entityManager.clear();
                });
            }
        }
    }

    @Override
    public List<Searchable> find(Collection<String> items) {
        return reads.execute(status -> documents(items, true));
    }

    /** The versions of these items; with {@code dependants}, also of the items that show an event's details. */
    private List<Searchable> documents(Collection<String> items, boolean dependants) {
        Map<String, List<Long>> ids = new HashMap<>();
        for (String item : items) {
            int colon = item.indexOf(':');
            String id = item.substring(colon + 1);
            if (id.matches("\\d{1,18}")) {
                ids.computeIfAbsent(item.substring(0, colon + 1), k -> new ArrayList<>()).add(Long.parseLong(id));
            }
        }
        if (dependants && ids.containsKey(EVENT)) {
            // An event's country and time zone are shown by its articles, transcripts and photos.
            Map<String, Object> params = Map.of("events", ids.get(EVENT));
            add(ids, ARTICLE, jdbc.sql("select id from article where event_id in (:events)").params(params).query(Long.class).list());
            add(ids, TRANSCRIPT, jdbc.sql("select id from transcript where event_id in (:events)").params(params).query(Long.class).list());
            add(ids, PHOTO, jdbc.sql("select id from photo where event_id in (:events)").params(params).query(Long.class).list());
        }
        List<Searchable> found = new ArrayList<>();
        List<Article> articleList = published(articles.findAllById(ids.getOrDefault(ARTICLE, List.of())));
        List<Event> eventList = published(events.findAllById(ids.getOrDefault(EVENT, List.of())));
        List<Transcript> transcriptList = published(transcripts.findAllById(ids.getOrDefault(TRANSCRIPT, List.of())));
        List<Photo> photoList = published(photos.findAllById(ids.getOrDefault(PHOTO, List.of())));
        Map<Long, Event> linked = linkedEvents(articleList, transcriptList, photoList);
        articleList.forEach(a -> found.addAll(article(a, linked.get(a.eventId))));
        eventList.forEach(e -> found.addAll(event(e)));
        Map<Long, ZoneId> zones = cards.zonesOf(transcriptList, Instant.EPOCH);
        transcriptList.forEach(t -> found.addAll(transcript(t, linked.get(t.eventId), zones.get(t.id))));
        photoList.forEach(p -> found.addAll(photo(p, linked.get(p.eventId))));
        return found;
    }

    private static void add(Map<String, List<Long>> ids, String kind, List<Long> more) {
        if (!more.isEmpty()) {
            List<Long> list = ids.computeIfAbsent(kind, k -> new ArrayList<>());
            more.stream().filter(id -> !list.contains(id)).forEach(list::add);
        }
    }

    /** Published items, those whose publication time is still to come included; never one under embargo. */
    private <T extends Publishable> List<T> published(List<T> items) {
        Instant now = clock.instant();
        return items.stream().filter(i -> i.status == PublicationStatus.PUBLISHED && i.publishedAt != null && !i.isEmbargoedAt(now))
                .toList();
    }

    private Map<Long, Event> linkedEvents(List<Article> articleList, List<Transcript> transcriptList, List<Photo> photoList) {
        Set<Long> eventIds = new LinkedHashSet<>();
        articleList.forEach(a -> eventIds.add(a.eventId));
        transcriptList.forEach(t -> eventIds.add(t.eventId));
        photoList.forEach(p -> eventIds.add(p.eventId));
        eventIds.remove(null);
        Map<Long, Event> byId = new HashMap<>();
        if (!eventIds.isEmpty()) {
            events.findAllById(eventIds).forEach(e -> byId.put(e.id, e));
        }
        return byId;
    }

    private List<Searchable> article(Article article, Event event) {
        ResultType type = switch (article.type) {
            case NEWS -> ResultType.NEWS;
            case PRESS_RELEASE -> ResultType.PRESS_RELEASE;
            case MEDIA_ADVISORY -> ResultType.MEDIA_ADVISORY;
            case STATEMENT -> ResultType.STATEMENT;
        };
        String number = Cards.number(article);
        return versions(article.texts.keySet(), lang -> {
            ArticleText text = article.texts.get(lang);
            String words = String.join("\n", text.lead == null ? "" : text.lead, RichText.plain(text.body),
                    RichText.plain(text.advisoryGeneral), RichText.plain(text.advisoryProgramme),
                    RichText.plain(text.advisoryAccess), RichText.plain(text.advisoryAccreditation)).strip();
            return new Searchable(ARTICLE + article.id, lang, type, text.title, words, number, List.of(),
                    cards.articleUrl(article, lang), null, article.publishedAt.atZone(cards.officeZone()).toLocalDate(),
                    article.publishedAt, article.eventId, event == null ? null : event.country, List.of());
        });
    }

    private List<Searchable> event(Event event) {
        List<ProgrammeItem> items = programme.findByEventIdOrderByDayAscStartsAtAscPositionAsc(event.id);
        return versions(event.texts.keySet(), lang -> {
            EventText text = event.texts.get(lang);
            List<String> words = new ArrayList<>();
            words.add(RichText.plain(text.description));
            items.stream().map(item -> item.texts.get(lang)).filter(Objects::nonNull).forEach(t -> words.add(t.title));
            String country = new Locale.Builder().setRegion(event.country).build().getDisplayCountry(Locale.forLanguageTag(lang));
            return new Searchable(EVENT + event.id, lang, ResultType.EVENT, text.title, String.join("\n", words),
                    String.join(" ; ", text.venue, text.city, country), List.of(), Cards.eventUrl(event, lang), null,
                    event.startsOn, event.publishedAt, event.id, event.country, List.of());
        });
    }

    private List<Searchable> transcript(Transcript transcript, Event event, ZoneId zone) {
        return versions(transcript.texts.keySet(), lang -> {
            TranscriptText text = transcript.texts.get(lang);
            List<Searchable.Part> turns = text.turns.stream()
                    .map(turn -> new Searchable.Part("turn-" + turn.position, turn.speaker, turn.text)).toList();
            // "Name, role": the name alone is what readers filter on.
            List<String> names = text.speakers.stream().map(s -> s.contains(",") ? s.substring(0, s.indexOf(',')) : s).toList();
            String url = cards.transcript(transcript, lang, zone).orElseThrow().url();
            return new Searchable(TRANSCRIPT + transcript.id, lang, ResultType.TRANSCRIPT, text.title, "",
                    String.join(" ; ", text.speakers), turns, url, null, transcript.deliveredAt.atZone(zone).toLocalDate(),
                    transcript.publishedAt, transcript.eventId, event == null ? null : event.country, names);
        });
    }

    private List<Searchable> photo(Photo photo, Event event) {
        ZoneId zone = event == null ? cards.officeZone() : ZoneId.of(event.timeZone);
        String thumbnail = photo.renditions.containsKey(PhotoRendition.Kind.THUMBNAIL)
                ? Cards.fileUrl(photo.id, PhotoRendition.Kind.THUMBNAIL) : null;
        return versions(photo.texts.keySet(), lang -> {
            PhotoText text = photo.texts.get(lang);
            return new Searchable(PHOTO + photo.id, lang, ResultType.PHOTO, text.caption, "",
                    String.join(" ; ", photo.photographer, photo.credit), List.of(), Cards.photoUrl(photo.id, lang, text.slug),
                    thumbnail, photo.takenAt.atZone(zone).toLocalDate(), photo.publishedAt, photo.eventId,
                    event == null ? null : event.country, List.of());
        });
    }

    /** One version per language, given together and in a stable order. */
    private static List<Searchable> versions(Set<String> languages, Function<String, Searchable> version) {
        return languages.stream().sorted().map(version).toList();
    }
}
