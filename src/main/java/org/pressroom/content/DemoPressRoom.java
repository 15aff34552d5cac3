package org.pressroom.content;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.pressroom.content.DemoContent.DemoArticle;
import org.pressroom.content.DemoContent.DemoEvent;
import org.pressroom.content.DemoContent.DemoGallery;
import org.pressroom.content.DemoContent.DemoPhoto;
import org.pressroom.content.DemoContent.DemoProgrammeItem;
import org.pressroom.content.DemoContent.DemoTranscript;
import org.pressroom.media.PhotoRenditions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Loads the demo press room at start when {@code pressroom.demo.enabled} is set. Every item carries its
 * demo key, so a second start finds it and changes nothing; the dates are days relative to the first load.
 */
@Component
@ConditionalOnBooleanProperty("pressroom.demo.enabled")
class DemoPressRoom implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoPressRoom.class);
    private static final String SOURCE = "demo/demo-content.yaml";

    private final EventRepository events;
    private final ProgrammeItemRepository programme;
    private final TranscriptRepository transcripts;
    private final PhotoRepository photos;
    private final GalleryRepository galleries;
    private final ArticleRepository articles;
    private final PhotoRenditions renditions;
    private final ContentProperties properties;
    private final TransactionTemplate transactions;
    private final ApplicationEventPublisher publisher;
    private final JdbcClient jdbc;
    private final DemoVideos demoVideos;
    private final Clock clock;

    DemoPressRoom(EventRepository events, ProgrammeItemRepository programme, TranscriptRepository transcripts,
                  PhotoRepository photos, GalleryRepository galleries, ArticleRepository articles,
                  PhotoRenditions renditions, ContentProperties properties, TransactionTemplate transactions,
                  ApplicationEventPublisher publisher, JdbcClient jdbc, DemoVideos demoVideos, Clock clock) {
        this.events = events;
        this.programme = programme;
        this.transcripts = transcripts;
        this.photos = photos;
        this.galleries = galleries;
        this.articles = articles;
        this.renditions = renditions;
        this.properties = properties;
        this.transactions = transactions;
        this.publisher = publisher;
        this.jdbc = jdbc;
        this.demoVideos = demoVideos;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        long started = System.nanoTime();
        DemoContent demo = read();
        boolean loaded = Boolean.TRUE.equals(transactions.execute(status -> {
            // Nodes starting together load it once: the second waits here, then finds it loaded.
            jdbc.sql("select pg_advisory_xact_lock(hashtext('pressroom-demo'))").query().singleRow();
            if (events.findByDemoKey(demo.events().get(0).key()).isPresent()) {
                return false;
            }
            load(demo);
            return true;
        }));
        if (!loaded) {
            log.info("The demo press room is already loaded.");
            return;
        }
        publisher.publishEvent(new ContentChanged(clock.instant()));
        demoVideos.load();
        log.info("Demo press room loaded in {} ms: {} events, {} articles, {} transcripts, {} photos, {} galleries.",
                (System.nanoTime() - started) / 1_000_000, demo.events().size(), demo.articles().size(),
                demo.transcripts().size(), demo.photos().size(), demo.galleries().size());
    }

    static DemoContent read() {
        try (InputStream in = new ClassPathResource(SOURCE).getInputStream()) {
            return YAMLMapper.builder().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                    .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES).build()
                    .readValue(in, DemoContent.class);
        } catch (IOException e) {
            throw new UncheckedIOException("The demo content " + SOURCE + " cannot be read", e);
        }
    }

    private void load(DemoContent demo) {
        Instant now = clock.instant();
        LocalDate today = now.atZone(properties.timeZone()).toLocalDate();
        Map<String, Event> eventsByKey = new HashMap<>();
        for (DemoEvent source : demo.events()) {
            LocalDate start = today.plusDays(source.startOffset());
            Event event = new Event(start, start.plusDays(source.days() - 1L), source.timeZone(), source.country(),
                    now.minusSeconds(86_400L * 30));
            event.cancelled = source.cancelled();
            event.demoKey = source.key();
            DemoContent.languages(source.en(), source.fr()).forEach((lang, words) -> event.texts.put(lang,
                    new EventText(lang, words.title(), words.slug(), words.venue(), words.city(), RichText.sanitise(words.description()))));
            eventsByKey.put(source.key(), events.save(event));
        }
        Map<String, Photo> photosByKey = new HashMap<>();
        long seed = 1;
        for (DemoPhoto source : demo.photos()) {
            Event event = source.event() == null ? null : known(eventsByKey, source.event());
            ZoneId zone = event == null ? properties.timeZone() : ZoneId.of(event.timeZone);
            Instant taken = today.plusDays(source.takenOffset()).atTime(LocalTime.parse(source.time())).atZone(zone).toInstant();
            Photo photo = new Photo(event == null ? null : event.id, taken, source.photographer(), source.credit(),
                    source.download(), earlier(taken, now));
            photo.demoKey = source.key();
            photo.width = DemoPictures.WIDTH;
            photo.height = DemoPictures.HEIGHT;
            DemoContent.languages(source.en(), source.fr()).forEach((lang, words) -> photo.texts.put(lang,
                    new PhotoText(lang, words.caption(), Slugs.of(words.caption()), words.restriction())));
            Photo saved = photos.save(photo);
            store(saved, source.scene(), seed++);
            photosByKey.put(source.key(), saved);
        }
        Map<String, Transcript> transcriptsByKey = new HashMap<>();
        for (DemoTranscript source : demo.transcripts()) {
            Event event = source.event() == null ? null : known(eventsByKey, source.event());
            ZoneId zone = event == null ? properties.timeZone() : ZoneId.of(event.timeZone);
            Instant delivered = today.plusDays(source.dayOffset()).atTime(LocalTime.parse(source.time())).atZone(zone).toInstant();
            Transcript transcript = new Transcript(source.type(), event == null ? null : event.id, delivered,
                    source.delivery(), source.original(), earlier(delivered.plusSeconds(3600), now));
            transcript.demoKey = source.key();
            DemoContent.languages(source.en(), source.fr()).forEach((lang, words) -> {
                TranscriptText text = new TranscriptText(lang, words.title(), words.slug(), words.speakers());
                words.turns().forEach(turn -> text.addTurn(turn.question(), turn.speaker(), turn.text()));
                transcript.texts.put(lang, text);
            });
            transcriptsByKey.put(source.key(), transcripts.save(transcript));
        }
        for (DemoEvent source : demo.events()) {
            Event event = eventsByKey.get(source.key());
            int position = 0;
            for (DemoProgrammeItem item : source.programme()) {
                ProgrammeItem saved = new ProgrammeItem(event.id, item.day(), LocalTime.parse(item.start()),
                        item.end() == null ? null : LocalTime.parse(item.end()), item.room() == null ? "" : item.room(),
                        item.access(), item.coverage(), item.languages() == null ? List.of() : item.languages());
                saved.position = position++;
                DemoContent.languages(item.en(), item.fr())
                        .forEach((lang, title) -> saved.texts.put(lang, new ProgrammeItemText(lang, title.title())));
                if (item.transcript() != null) {
                    saved.transcriptIds.add(known(transcriptsByKey, item.transcript()).id);
                }
                if (item.photos() != null) {
                    item.photos().forEach(key -> saved.photoIds.add(known(photosByKey, key).id));
                }
                programme.save(saved);
            }
        }
        List<DemoArticle> byDate = demo.articles().stream().sorted(Comparator.comparingInt(DemoArticle::publishedOffset)).toList();
        for (DemoArticle source : byDate) {
            Instant published = today.plusDays(source.publishedOffset()).atTime(LocalTime.parse(source.time()))
                    .atZone(properties.timeZone()).toInstant();
            Article article = new Article(source.type(), earlier(published, now));
            article.demoKey = source.key();
            Event event = source.event() == null ? null : known(eventsByKey, source.event());
            article.eventId = event == null ? null : event.id;
            Photo photo = source.photo() == null ? null : known(photosByKey, source.photo());
            article.leadPhotoId = photo == null ? null : photo.id;
            if (source.accreditationDeadlineOffset() != null) {
                article.accreditationDeadline = today.plusDays(source.accreditationDeadlineOffset()).atTime(17, 0)
                        .atZone(event == null ? properties.timeZone() : ZoneId.of(event.timeZone)).toInstant();
            }
            if (source.type() == ArticleType.PRESS_RELEASE) {
                int year = article.publishedAt.atZone(properties.timeZone()).getYear();
                article.numberYear = year;
                article.number = articles.lastNumber(year).orElse(0) + 1;
            }
            DemoContent.languages(source.en(), source.fr()).forEach((lang, words) -> {
                ArticleText text = new ArticleText(lang, words.title(), words.slug(), words.lead(), RichText.sanitise(words.body()));
                if (words.advisory() != null) {
                    text.advisoryGeneral = RichText.sanitise(words.advisory().general());
                    text.advisoryProgramme = RichText.sanitise(words.advisory().programme());
                    text.advisoryAccess = RichText.sanitise(words.advisory().access());
                    text.advisoryAccreditation = RichText.sanitise(words.advisory().accreditation());
                }
                article.putText(text);
            });
            articles.saveAndFlush(article);
        }
        for (DemoGallery source : demo.galleries()) {
            Event event = source.event() == null ? null : known(eventsByKey, source.event());
            Gallery gallery = new Gallery(event == null ? null : event.id, now.minusSeconds(3600));
            gallery.demoKey = source.key();
            source.photos().forEach(key -> gallery.photoIds.add(known(photosByKey, key).id));
            DemoContent.languages(source.en(), source.fr()).forEach((lang, words) -> gallery.texts.put(lang,
                    new GalleryText(lang, words.title(), words.slug(), words.description())));
            galleries.save(gallery);
        }
    }

    private static <T> T known(Map<String, T> items, String key) {
        T item = items.get(key);
        if (item == null) {
            throw new IllegalStateException("The demo content refers to '" + key + "', which it does not define");
        }
        return item;
    }

    /** Demo items dated in the future (an upcoming event's photos) are published now, not at that date. */
    private static Instant earlier(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }

    private void store(Photo photo, String scene, long seed) {
        try {
            for (PhotoRenditions.Made made : renditions.make(DemoPictures.draw(scene, seed), "photos/" + photo.id)) {
                PhotoRendition.Kind kind = PhotoRendition.Kind.valueOf(made.size().name());
                photo.renditions.put(kind, new PhotoRendition(kind, made.file().key(), "image/jpeg", made.width(),
                        made.height(), made.file().size(), made.file().sha256()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("A demo photo could not be stored", e);
        }
    }
}
