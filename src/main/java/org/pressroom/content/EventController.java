package org.pressroom.content;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.pressroom.content.Views.EventCard;
import org.pressroom.content.Views.EventPage;
import org.pressroom.site.SiteSettings;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/** The events list (current, past, month calendar) and each event with its programme day by day. */
@Controller
class EventController {

    private final EventCatalog events;
    private final ContentProperties properties;
    private final ContentPages pages;
    private final SiteSettings settings;
    private final Clock clock;

    EventController(EventCatalog events, ContentProperties properties, ContentPages pages, SiteSettings settings, Clock clock) {
        this.events = events;
        this.properties = properties;
        this.pages = pages;
        this.settings = settings;
        this.clock = clock;
    }

    @GetMapping("/{lang}/events")
    String list(@PathVariable String lang, @RequestParam(required = false) String month,
                @RequestParam(required = false) String page, Model model) {
        YearMonth shown = ListParameters.month(month).orElseGet(() -> YearMonth.now(clock.withZone(properties.timeZone())));
        model.addAttribute("current", events.current(lang));
        model.addAttribute("past", events.past(lang, ListParameters.page(page), properties.pageSize()));
        model.addAttribute("calendarMonth", shown);
        model.addAttribute("calendar", calendar(shown, events.month(lang, shown)));
        model.addAttribute("weekdays", weekdays(Locale.forLanguageTag(lang)));
        model.addAttribute("monthIgnored", month != null && !month.isBlank() && ListParameters.month(month).isEmpty());
        return "content/events";
    }

    @GetMapping("/{lang}/events/{year:\\d{4}}/{month:\\d{2}}/{slug}")
    String event(@PathVariable String lang, @PathVariable int year, @PathVariable int month, @PathVariable String slug,
                 @RequestParam(required = false) String day, Model model, HttpServletRequest request,
                 HttpServletResponse response) {
        YearMonth when = ListParameters.month(year, month).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        // Without a day, an ongoing event opens at today's programme.
        int asked = day == null || day.isBlank() ? 0 : ListParameters.page(day);
        Lookup<EventPage> lookup = events.event(lang, when, slug, asked);
        String view = pages.show(lookup, "content/event", model, request, response);
        EventPage page = lookup.page();
        if (page != null) {
            // The language switch stays on the day being read.
            Map<String, String> sameDay = new LinkedHashMap<>();
            page.translations().forEach((other, url) -> sameDay.put(other, asked == 0 ? url : url + "?day=" + page.day().number()));
            pages.translations(model, request, sameDay, page.card().url());
            pages.meta(model, page.card().title(), RichText.plain(page.description()), "website",
                    page.photos().isEmpty() ? null : page.photos().get(0).webUrl(), structuredData(page, lang));
        }
        return view;
    }

    private Map<String, Object> structuredData(EventPage page, String lang) {
        EventCard card = page.card();
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("@context", "https://schema.org");
        data.put("@type", "Event");
        data.put("name", card.title());
        data.put("description", RichText.plain(page.description()));
        data.put("inLanguage", lang);
        data.put("startDate", card.startsOn().toString());
        data.put("endDate", card.endsOn().toString());
        data.put("eventStatus", card.status() == EventStatus.CANCELLED ? "https://schema.org/EventCancelled"
                : "https://schema.org/EventScheduled");
        data.put("eventAttendanceMode", "https://schema.org/OfflineEventAttendanceMode");
        data.put("location", Map.of("@type", "Place", "name", card.venue(),
                "address", Map.of("@type", "PostalAddress", "addressLocality", card.city(),
                        "addressCountry", card.country().toUpperCase(Locale.ROOT))));
        data.put("organizer", Map.of("@type", "Organization", "name", settings.current().name(Locale.forLanguageTag(lang)),
                "url", pages.absolute("/" + lang + "/")));
        data.put("url", pages.absolute(card.url()));
        return data;
    }

    /** One cell of the month calendar. */
    record CalendarDay(LocalDate date, boolean inMonth, List<EventCard> events) {
    }

    /** The weeks (Monday first) covering the month, each day with the events taking place on it. */
    static List<List<CalendarDay>> calendar(YearMonth month, List<EventCard> events) {
        LocalDate first = month.atDay(1).with(DayOfWeek.MONDAY);
        LocalDate last = month.atEndOfMonth().with(DayOfWeek.SUNDAY);
        List<List<CalendarDay>> weeks = new ArrayList<>();
        List<CalendarDay> week = new ArrayList<>();
        for (LocalDate date = first; !date.isAfter(last); date = date.plusDays(1)) {
            LocalDate day = date;
            week.add(new CalendarDay(day, YearMonth.from(day).equals(month), events.stream()
                    .filter(e -> !day.isBefore(e.startsOn()) && !day.isAfter(e.endsOn())).toList()));
            if (week.size() == 7) {
                weeks.add(week);
                week = new ArrayList<>();
            }
        }
        return weeks;
    }

    /** A column of the calendar: the day's short name, and its full name for screen readers. */
    record Weekday(String shortName, String fullName) {
    }

    private static List<Weekday> weekdays(Locale locale) {
        return java.util.Arrays.stream(DayOfWeek.values())
                .map(day -> new Weekday(day.getDisplayName(TextStyle.SHORT, locale), day.getDisplayName(TextStyle.FULL, locale)))
                .toList();
    }
}
