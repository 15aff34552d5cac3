package org.pressroom.content;

import java.util.UUID;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.pressroom.media.VideoEmbargo;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creating and changing events and their programmes: items added, changed, removed and put in order day by day,
 * each linked to its transcripts, photos and videos. A programme item is placed by its date, which must fall
 * within the event's dates. Every programme change counts as a change of the event: it is based on the event's
 * version (a conflict otherwise), raises it, and is kept as a revision of the event.
 *
 * <p>The programme reads in order of time within each day; items at the same time (parallel sessions, or an
 * order the times do not settle) follow the order the editor gives them with {@link #reorder}.
 */
@Service
public class EventEditing {

    /** The longest event, in days: its page shows each day's programme, and a mistyped year would make thousands. */
    static final int MAX_DAYS = 366;

    /** What is the same in every language, and each language version by its tag. */
    public record EventForm(LocalDate startsOn, LocalDate endsOn, String timeZone, String country, boolean cancelled,
                            Map<String, EventVersion> versions) {

        public EventForm {
            versions = versions == null ? Map.of() : new TreeMap<>(versions);
        }
    }

    /** One language version; a blank slug is made from the title; the description is HTML. */
    public record EventVersion(String title, String slug, String venue, String city, String description) {
    }

    /**
     * A programme item: its date and local times (in the event's time zone), room, who may cover it and how, the
     * languages of its briefing, its title per language, and what it links to.
     *
     * @param id null for a new item
     */
    public record ProgrammeEntry(Long id, LocalDate date, LocalTime startsAt, LocalTime endsAt, String room, Access access,
                                 Coverage coverage, List<String> languages, Map<String, String> titles, List<Long> transcripts,
                                 List<Long> photos, List<Long> videos) {

        public ProgrammeEntry {
            languages = languages == null ? List.of() : List.copyOf(languages);
            titles = titles == null ? Map.of() : new TreeMap<>(titles);
            transcripts = transcripts == null ? List.of() : List.copyOf(transcripts);
            photos = photos == null ? List.of() : List.copyOf(photos);
            videos = videos == null ? List.of() : List.copyOf(videos);
        }
    }

    private final EventRepository events;
    private final ProgrammeItemRepository programme;
    private final EditorialItems items;
    private final EditingChecks checks;
    private final VideoEmbargo videos;
    private final Clock clock;
    private final jakarta.persistence.EntityManager entities;

    EventEditing(EventRepository events, ProgrammeItemRepository programme, EditorialItems items, EditingChecks checks,
                 VideoEmbargo videos, Clock clock, jakarta.persistence.EntityManager entities) {
        this.entities = entities;
        this.events = events;
        this.programme = programme;
        this.items = items;
        this.checks = checks;
        this.videos = videos;
        this.clock = clock;
    }

    /** A new draft event, without a programme yet. */
    public EditResult<EventForm> create(EventForm form, UUID accountId) {
        return checks.save(form, () -> {
            EventForm clean = check(form, null);
            Event event = new Event(clean.startsOn(), clean.endsOn(), clean.timeZone(), clean.country(), clock.instant());
            event.status = PublicationStatus.DRAFT;
            event.publishedAt = null;
            apply(event, clean);
            events.save(event);
            return EditResult.saved(items.saved(event, "create", accountId, null), clean);
        }, () -> null);
    }

    /** Changes the event, if nobody saved it (or its programme) since {@code version} was loaded. */
    public EditResult<EventForm> update(long id, long version, EventForm form, UUID accountId) {
        return checks.save(form, () -> {
            Event event = load(id, version);
            EventForm clean = check(form, id);
            List<ProgrammeItem> outside = programme.findByEventIdOrderByDayAscStartsAtAscPositionAsc(id).stream()
                    .filter(p -> p.day > clean.endsOn().toEpochDay() - clean.startsOn().toEpochDay() + 1).toList();
            if (!event.startsOn.equals(clean.startsOn()) || !outside.isEmpty()) {
                // Items keep their date: a new first day moves them to another day number, and none may fall outside.
                for (ProgrammeItem p : programme.findByEventIdOrderByDayAscStartsAtAscPositionAsc(id)) {
                    LocalDate date = event.startsOn.plusDays(p.day - 1L);
                    if (date.isBefore(clean.startsOn()) || date.isAfter(clean.endsOn())) {
                        throw EditorialRefusal.of("endsOn", "editorial.event.programme-outside", date.toString());
                    }
                    p.day = (int) (date.toEpochDay() - clean.startsOn().toEpochDay()) + 1;
                }
            }
            String before = items.snapshot(event);
            apply(event, clean);
            event.updatedAt = clock.instant();
            return EditResult.saved(items.saved(event, "update", accountId, before), clean);
        }, () -> items.state(items.get(ContentItem.event(id))));
    }

    @Transactional(readOnly = true)
    public EventForm form(long id) {
        Event event = (Event) items.get(ContentItem.event(id));
        Map<String, EventVersion> versions = new LinkedHashMap<>();
        event.texts.values().forEach(t -> versions.put(t.lang, new EventVersion(t.title, t.slug, t.venue, t.city, t.description)));
        return new EventForm(event.startsOn, event.endsOn, event.timeZone, event.country, event.cancelled, versions);
    }

    /** A new language version to start from, copied from {@code from}; nothing is saved. */
    @Transactional(readOnly = true)
    public EventVersion startTranslation(long id, String from) {
        EventVersion source = form(id).versions().get(from);
        if (source == null) {
            throw EditorialRefusal.of("versions", "editorial.translation.no-source", from);
        }
        return new EventVersion(source.title(), "", source.venue(), source.city(), source.description());
    }

    /** The programme, day by day in reading order. */
    @Transactional(readOnly = true)
    public List<ProgrammeEntry> programme(long eventId) {
        Event event = (Event) items.get(ContentItem.event(eventId));
        return programme.findByEventIdOrderByDayAscStartsAtAscPositionAsc(eventId).stream().map(p -> entry(event, p)).toList();
    }

    /** Adds an item, or changes the one with the entry's id. */
    public EditResult<ProgrammeEntry> saveItem(long eventId, long version, ProgrammeEntry entry, UUID accountId) {
        return checks.save(entry, () -> {
            Event event = load(eventId, version);
            String before = items.snapshot(event);
            ProgrammeItem item;
            if (entry.id() == null) {
                item = new ProgrammeItem(eventId, 1, LocalTime.NOON, null, "", Access.ACCREDITED, Coverage.NONE, List.of());
            } else {
                item = programme.findById(entry.id()).filter(p -> p.eventId.equals(eventId))
                        .orElseThrow(() -> EditorialRefusal.of("id", "editorial.programme.missing", String.valueOf(entry.id())));
            }
            ProgrammeEntry clean = checkEntry(event, entry);
            apply(event, item, clean);
            if (entry.id() == null) {
                item.position = programme.findByEventIdOrderByDayAscStartsAtAscPositionAsc(eventId).stream()
                        .filter(p -> p.day == item.day).mapToInt(p -> p.position + 1).max().orElse(0);
            }
            programme.save(item);
            embargoLinkedVideos(event, clean.videos());
            event.updatedAt = clock.instant();
            ItemState state = items.saved(event, entry.id() == null ? "programme-add" : "programme-update", accountId, before);
            return EditResult.saved(state, entry(event, item));
        }, () -> items.state(items.get(ContentItem.event(eventId))));
    }

    /** Removes a programme item. */
    public EditResult<Long> removeItem(long eventId, long version, long itemId, UUID accountId) {
        return checks.save(itemId, () -> {
            Event event = load(eventId, version);
            String before = items.snapshot(event);
            ProgrammeItem item = programme.findById(itemId).filter(p -> p.eventId.equals(eventId))
                    .orElseThrow(() -> EditorialRefusal.of("id", "editorial.programme.missing", String.valueOf(itemId)));
            programme.delete(item);
            event.updatedAt = clock.instant();
            return EditResult.saved(items.saved(event, "programme-remove", accountId, before), itemId);
        }, () -> items.state(items.get(ContentItem.event(eventId))));
    }

    /**
     * Puts one day's items in the order given; every item of that day must be named once.
     *
     * @param day the day's date
     */
    public EditResult<List<Long>> reorder(long eventId, long version, LocalDate day, List<Long> order, UUID accountId) {
        return checks.save(order, () -> {
            Event event = load(eventId, version);
            int number = dayNumber(event, day, "day");
            List<ProgrammeItem> ofDay = programme.findByEventIdOrderByDayAscStartsAtAscPositionAsc(eventId).stream()
                    .filter(p -> p.day == number).toList();
            Set<Long> named = new LinkedHashSet<>(order);
            Set<Long> present = new LinkedHashSet<>(ofDay.stream().map(p -> p.id).toList());
            if (named.size() != order.size() || !named.equals(present)) {
                throw EditorialRefusal.of("order", "editorial.programme.order-mismatch");
            }
            String before = items.snapshot(event);
            Map<Long, ProgrammeItem> byId = new LinkedHashMap<>();
            ofDay.forEach(p -> byId.put(p.id, p));
            int position = 0;
            for (Long id : order) {
                byId.get(id).position = position++;
            }
            event.updatedAt = clock.instant();
            return EditResult.saved(items.saved(event, "programme-reorder", accountId, before), List.copyOf(order));
        }, () -> items.state(items.get(ContentItem.event(eventId))));
    }

    /**
     * The event, if still at {@code version}; its version is raised at once (and its row locked until the end of the
     * transaction), since a programme item's change does not change the event's own row.
     */
    private Event load(long id, long version) {
        Event event = (Event) items.get(ContentItem.event(id));
        if (event.version != version) {
            throw new EditingChecks.Stale();
        }
        entities.lock(event, jakarta.persistence.LockModeType.PESSIMISTIC_FORCE_INCREMENT);
        return event;
    }

    private static int dayNumber(Event event, LocalDate date, String field) {
        if (date == null) {
            throw EditorialRefusal.of(field, "editorial.required");
        }
        if (date.isBefore(event.startsOn) || date.isAfter(event.endsOn)) {
            throw EditorialRefusal.of(field, "editorial.programme.outside-dates", date.toString(), event.startsOn.toString(),
                    event.endsOn.toString());
        }
        return (int) (date.toEpochDay() - event.startsOn.toEpochDay()) + 1;
    }

    private ProgrammeEntry checkEntry(Event event, ProgrammeEntry entry) {
        EditingChecks.Problems problems = checks.problems();
        try {
            dayNumber(event, entry.date(), "date");
        } catch (EditorialRefusal refusal) {
            problems.list.addAll(refusal.problems());
        }
        if (entry.startsAt() == null) {
            problems.add("startsAt", "editorial.required");
        } else if (entry.endsAt() != null && !entry.endsAt().isAfter(entry.startsAt())) {
            problems.add("endsAt", "editorial.programme.ends-before-start");
        }
        if (entry.access() == null) {
            problems.add("access", "editorial.required");
        }
        if (entry.coverage() == null) {
            problems.add("coverage", "editorial.required");
        }
        problems.length("room", entry.room(), EditingChecks.TITLE_LENGTH);
        if (entry.titles().isEmpty()) {
            problems.add("titles", "editorial.versions.none");
        }
        Map<String, String> titles = new TreeMap<>();
        entry.titles().forEach((lang, title) -> {
            problems.language("titles." + lang, lang);
            problems.required("titles." + lang, title);
            if (problems.length("titles." + lang, title, EditingChecks.TITLE_LENGTH) && title != null) {
                titles.put(lang, PastedText.clean(title));
            }
        });
        for (String language : entry.languages()) {
            if (language == null || !language.matches("[a-z]{2,3}(-[A-Za-z0-9]{2,8})*")) {
                problems.add("languages", "editorial.language.unknown", language == null ? "" : language);
            }
        }
        entry.transcripts().forEach(id -> problems.exists("transcripts", "transcript", id));
        entry.photos().forEach(id -> problems.exists("photos", "photo", id));
        entry.videos().stream().filter(id -> !videos.exists(id)).forEach(id -> problems.add("videos", "editorial.link.missing", String.valueOf(id)));
        if (problems.any()) {
            throw new EditorialRefusal(problems.list);
        }
        return new ProgrammeEntry(entry.id(), entry.date(), entry.startsAt(), entry.endsAt(),
                entry.room() == null ? "" : PastedText.clean(entry.room()), entry.access(), entry.coverage(), entry.languages(), titles,
                entry.transcripts(), entry.photos(), entry.videos());
    }

    /** A video linked to an item of an event under embargo is held by the same embargo. */
    private void embargoLinkedVideos(Event event, List<Long> linked) {
        if (event.embargoUntil != null && event.embargoUntil.isAfter(clock.instant())) {
            linked.stream().filter(id -> videos.until(id).map(own -> own.isBefore(event.embargoUntil)).orElse(true))
                    .forEach(id -> videos.embargo(id, event.embargoUntil));
        }
    }

    private void apply(Event event, ProgrammeItem item, ProgrammeEntry entry) {
        item.day = (int) (entry.date().toEpochDay() - event.startsOn.toEpochDay()) + 1;
        item.startsAt = entry.startsAt();
        item.endsAt = entry.endsAt();
        item.room = entry.room();
        item.access = entry.access();
        item.coverage = entry.coverage();
        item.languages = new ArrayList<>(entry.languages());
        item.texts.keySet().removeIf(lang -> checks.removable(lang, entry.titles().keySet()));
        entry.titles().forEach((lang, title) -> item.texts.computeIfAbsent(lang, l -> new ProgrammeItemText(l, "")).title = title);
        item.transcriptIds.clear();
        item.transcriptIds.addAll(entry.transcripts());
        item.photoIds.clear();
        item.photoIds.addAll(entry.photos());
        item.videoIds.clear();
        item.videoIds.addAll(entry.videos());
    }

    private static ProgrammeEntry entry(Event event, ProgrammeItem p) {
        Map<String, String> titles = new TreeMap<>();
        p.texts.forEach((lang, text) -> titles.put(lang, text.title));
        return new ProgrammeEntry(p.id, event.startsOn.plusDays(p.day - 1L), p.startsAt, p.endsAt, p.room, p.access, p.coverage,
                p.languages, titles, List.copyOf(p.transcriptIds), List.copyOf(p.photoIds), List.copyOf(p.videoIds));
    }

    private EventForm check(EventForm form, Long self) {
        EditingChecks.Problems problems = checks.problems();
        if (form.startsOn() == null) {
            problems.add("startsOn", "editorial.required");
        }
        if (form.endsOn() == null) {
            problems.add("endsOn", "editorial.required");
        }
        for (LocalDate day : java.util.Arrays.asList(form.startsOn(), form.endsOn())) {
            if (day != null && (day.getYear() < 1900 || day.getYear() > 2999)) {
                problems.add(day == form.startsOn() ? "startsOn" : "endsOn", "editorial.event.year", day.toString());
            }
        }
        if (form.startsOn() != null && form.endsOn() != null && form.endsOn().isBefore(form.startsOn())) {
            problems.add("endsOn", "editorial.event.ends-before-start");
        } else if (form.startsOn() != null && form.endsOn() != null
                && form.endsOn().toEpochDay() - form.startsOn().toEpochDay() + 1 > MAX_DAYS) {
            problems.add("endsOn", "editorial.event.too-long", MAX_DAYS);
        }
        try {
            ZoneId.of(form.timeZone() == null ? "" : form.timeZone());
        } catch (DateTimeException e) {
            problems.add("timeZone", "editorial.event.time-zone", form.timeZone() == null ? "" : form.timeZone());
        }
        String country = form.country() == null ? "" : form.country().strip().toUpperCase(Locale.ROOT);
        if (!Set.of(Locale.getISOCountries()).contains(country)) {
            problems.add("country", "editorial.event.country", form.country() == null ? "" : form.country());
        }
        if (form.versions().isEmpty()) {
            problems.add("versions", "editorial.versions.none");
        }
        Map<String, EventVersion> clean = new TreeMap<>();
        form.versions().forEach((lang, v) -> {
            String at = "versions." + lang + ".";
            problems.language(at + "lang", lang);
            problems.required(at + "title", v.title());
            problems.length(at + "title", v.title(), EditingChecks.TITLE_LENGTH);
            problems.required(at + "venue", v.venue());
            problems.length(at + "venue", v.venue(), EditingChecks.TITLE_LENGTH);
            problems.required(at + "city", v.city());
            problems.length(at + "city", v.city(), EditingChecks.TITLE_LENGTH);
            boolean fits = problems.text(at + "description", v.description());
            String title = v.title() == null ? "" : v.title().strip();
            String slug = v.slug() == null || v.slug().isBlank() ? Slugs.of(title) : v.slug().strip();
            problems.slug(at + "slug", "event_text", lang, slug, self);
            if (fits) {
                clean.put(lang, new EventVersion(title, slug, PastedText.clean(v.venue()), PastedText.clean(v.city()),
                        RichText.sanitise(v.description())));
            }
        });
        if (problems.any()) {
            throw new EditorialRefusal(problems.list);
        }
        return new EventForm(form.startsOn(), form.endsOn(), form.timeZone(), country, form.cancelled(), clean);
    }

    private void apply(Event event, EventForm form) {
        event.startsOn = form.startsOn();
        event.endsOn = form.endsOn();
        event.timeZone = form.timeZone();
        event.country = form.country();
        event.cancelled = form.cancelled();
        event.texts.keySet().removeIf(lang -> checks.removable(lang, form.versions().keySet()));
        form.versions().forEach((lang, v) -> {
            EventText text = event.texts.computeIfAbsent(lang, l -> new EventText(l, "", "", "", "", ""));
            text.title = v.title();
            text.slug = v.slug();
            text.venue = v.venue();
            text.city = v.city();
            text.description = v.description();
        });
    }
}
