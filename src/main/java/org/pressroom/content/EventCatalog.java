package org.pressroom.content;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.pressroom.content.Views.EventCard;
import org.pressroom.content.Views.EventPage;
import org.pressroom.content.Views.Paged;
import org.pressroom.content.Views.ProgrammeDay;
import org.pressroom.content.Views.ProgrammeEntry;
import org.pressroom.content.Views.TranscriptCard;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Published events, their programmes day by day, and what was said, photographed and written about them. */
@Service
@Transactional(readOnly = true)
class EventCatalog {

    private final EventRepository events;
    private final EventTextRepository texts;
    private final ProgrammeItemRepository programme;
    private final TranscriptRepository transcripts;
    private final PhotoRepository photos;
    private final GalleryRepository galleries;
    private final NewsCatalog news;
    private final Cards cards;
    private final Clock clock;

    EventCatalog(EventRepository events, EventTextRepository texts, ProgrammeItemRepository programme,
                 TranscriptRepository transcripts, PhotoRepository photos, GalleryRepository galleries, NewsCatalog news,
                 Cards cards, Clock clock) {
        this.events = events;
        this.texts = texts;
        this.programme = programme;
        this.transcripts = transcripts;
        this.photos = photos;
        this.galleries = galleries;
        this.news = news;
        this.cards = cards;
        this.clock = clock;
    }

    /** Ongoing events first, then upcoming ones, soonest first. */
    List<EventCard> current(String lang) {
        Instant now = clock.instant();
        LocalDate yesterday = now.atZone(ZoneId.of("UTC")).toLocalDate().minusDays(1);
        List<EventCard> found = events.findPublicEndingFrom(yesterday, lang, now).stream()
                .flatMap(e -> cards.event(e, lang, now).stream())
                .filter(card -> card.status() != EventStatus.PAST)
                .toList();
        List<EventCard> ordered = new ArrayList<>(found.stream().filter(c -> c.status() == EventStatus.ONGOING).toList());
        ordered.addAll(found.stream().filter(c -> c.status() != EventStatus.ONGOING).toList());
        return ordered;
    }

    Paged<EventCard> past(String lang, int page, int size) {
        Instant now = clock.instant();
        Page<Event> found = events.findPublicPast(lang, now, PageRequest.of(Math.max(0, page - 1), size));
        int pages = Math.max(1, found.getTotalPages());
        if (page > pages) {
            found = events.findPublicPast(lang, now, PageRequest.of(pages - 1, size));
        }
        List<EventCard> items = found.getContent().stream().flatMap(e -> cards.event(e, lang, now).stream()).toList();
        return new Paged<>(items, Math.min(Math.max(page, 1), pages), pages, found.getTotalElements());
    }

    /** The events of a month, for the calendar: every event that has at least one day in it. */
    List<EventCard> month(String lang, YearMonth month) {
        Instant now = clock.instant();
        return events.findPublicBetween(month.atDay(1), month.atEndOfMonth(), lang, now).stream()
                .flatMap(e -> cards.event(e, lang, now).stream()).toList();
    }

    /**
     * The event page with one day of its programme; a day outside the event shows the nearest one, and
     * day 0 the first day, or today's while the event is on.
     */
    Lookup<EventPage> event(String lang, YearMonth month, String slug, int day) {
        Instant now = clock.instant();
        Optional<EventText> text = texts.findByLangAndSlug(lang, slug);
        if (text.isEmpty()) {
            return texts.findBySlug(slug).stream().map(t -> t.eventId).distinct().sorted().findFirst()
                    .flatMap(id -> events.findPublic(id, now))
                    .map(e -> e.texts.containsKey(lang) ? Lookup.<EventPage>moved(Cards.eventUrl(e, lang))
                            : Lookup.<EventPage>untranslated(translations(e)))
                    .orElseGet(Lookup::missing);
        }
        Optional<Event> found = events.findPublic(text.get().eventId, now);
        if (found.isEmpty()) {
            return Lookup.missing();
        }
        Event event = found.get();
        if (!YearMonth.from(event.startsOn).equals(month)) {
            return Lookup.moved(Cards.eventUrl(event, lang));
        }
        return Lookup.found(page(event, text.get(), lang, day, now));
    }

    /** The event's page with one day of its programme as readers see it (for a draft preview too, whatever its status). */
    EventPage page(Event event, EventText text, String lang, int day, Instant now) {
        EventCard card = cards.event(event, lang, now).orElseThrow();
        int wanted = day;
        if (wanted == 0) {
            LocalDate today = now.atZone(card.zone()).toLocalDate();
            wanted = card.status() == EventStatus.ONGOING ? (int) (today.toEpochDay() - event.startsOn.toEpochDay()) + 1 : 1;
        }
        int shown = Math.min(Math.max(wanted, 1), event.days());
        List<TranscriptCard> eventTranscripts = transcripts.findPublicByEvent(event.id, now).stream()
                .flatMap(t -> cards.transcript(t, lang, card.zone()).stream()).toList();
        Locale locale = Locale.forLanguageTag(lang);
        return new EventPage(card, RichText.sanitise(text.description), news.forEvent(event.id, lang),
                day(event, shown, lang, now), eventTranscripts,
                photos.findPublicByEvent(event.id, now).stream().flatMap(p -> cards.photo(p, lang).stream()).toList(),
                galleries.findPublicByEvent(event.id, now).stream().flatMap(g -> cards.gallery(g, lang, now).stream()).toList(),
                translations(event), card.zone().getDisplayName(TextStyle.FULL, locale));
    }

    /** The public events of the last year and to come, with their whole programmes, for the calendar feed. */
    List<EventCalendarEntry> calendar(String lang) {
        Instant now = clock.instant();
        LocalDate yearAgo = now.atZone(ZoneId.of("UTC")).toLocalDate().minusYears(1);
        return events.findPublicEndingFrom(yearAgo, lang, now).stream().flatMap(e -> calendarEntry(e, lang, now).stream()).toList();
    }

    Optional<EventCalendarEntry> calendarEntry(String lang, String slug) {
        Instant now = clock.instant();
        return texts.findByLangAndSlug(lang, slug).flatMap(t -> events.findPublic(t.eventId, now))
                .flatMap(e -> calendarEntry(e, lang, now));
    }

    private Optional<EventCalendarEntry> calendarEntry(Event event, String lang, Instant now) {
        return cards.event(event, lang, now).map(card -> {
            List<Integer> numbers = java.util.stream.IntStream.rangeClosed(1, event.days()).boxed().toList();
            return new EventCalendarEntry(card, RichText.plain(event.texts.get(lang).description),
                    days(event, numbers, lang, now), event.updatedAt);
        });
    }

    /** An event and its programme, for calendar feeds. */
    record EventCalendarEntry(EventCard card, String description, List<ProgrammeDay> days, Instant updated) {
    }

    private ProgrammeDay day(Event event, int day, String lang, Instant now) {
        return days(event, List.of(day), lang, now).get(0);
    }

    /** Days of an event's programme: the programme read once, its transcripts and photos in one query each. */
    private List<ProgrammeDay> days(Event event, List<Integer> numbers, String lang, Instant now) {
        ZoneId zone = ZoneId.of(event.timeZone);
        Locale reader = Locale.forLanguageTag(lang);
        List<ProgrammeItem> items = programme.findByEventIdOrderByDayAscStartsAtAscPositionAsc(event.id).stream()
                .filter(item -> numbers.contains(item.day) && item.texts.containsKey(lang)).toList();
        List<Long> transcriptIds = items.stream().flatMap(item -> item.transcriptIds.stream()).distinct().toList();
        Map<Long, TranscriptCard> transcriptCards = new java.util.HashMap<>();
        if (!transcriptIds.isEmpty()) {
            transcripts.findPublicByIds(transcriptIds, now)
                    .forEach(t -> cards.transcript(t, lang, zone).ifPresent(card -> transcriptCards.put(t.id, card)));
        }
        Map<Long, Views.PhotoCard> photoCards = new java.util.HashMap<>();
        List<Long> photoIds = items.stream().flatMap(item -> item.photoIds.stream()).distinct().toList();
        cards.photos(photoIds, lang, now).forEach(card -> photoCards.put(card.id(), card));
        Map<Long, Views.VideoLink> videoLinks = new java.util.HashMap<>();
        cards.videos(items.stream().flatMap(item -> item.videoIds.stream()).distinct().toList(), lang)
                .forEach(link -> videoLinks.put(link.id(), link));
        return numbers.stream().map(number -> new ProgrammeDay(number, event.days(), event.startsOn.plusDays(number - 1),
                items.stream().filter(item -> item.day == number).map(item -> new ProgrammeEntry(item.id, item.startsAt,
                        item.endsAt, item.texts.get(lang).title, item.room, item.access, item.coverage,
                        item.languages.stream().map(tag -> new Views.Language(tag,
                                Locale.forLanguageTag(tag).getDisplayLanguage(reader))).toList(),
                        item.transcriptIds.stream().map(transcriptCards::get).filter(java.util.Objects::nonNull).toList(),
                        item.photoIds.stream().map(photoCards::get).filter(java.util.Objects::nonNull).toList(),
                        item.videoIds.stream().map(videoLinks::get).filter(java.util.Objects::nonNull).toList())).toList()))
                .toList();
    }

    private Map<String, String> translations(Event event) {
        Map<String, String> urls = new LinkedHashMap<>();
        event.texts.keySet().stream().sorted().forEach(lang -> urls.put(lang, Cards.eventUrl(event, lang)));
        return urls;
    }
}
