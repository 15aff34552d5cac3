package org.pressroom.content;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneOffsetTransition;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.DaylightSavingsTime;
import biweekly.component.Observance;
import biweekly.component.StandardTime;
import biweekly.component.VEvent;
import biweekly.component.VTimezone;
import biweekly.io.TimezoneAssignment;
import biweekly.property.DateEnd;
import biweekly.property.DateStart;
import biweekly.property.Status;
import biweekly.util.DateTimeComponents;
import biweekly.util.ICalDate;
import biweekly.util.UtcOffset;
import org.pressroom.content.EventCatalog.EventCalendarEntry;
import org.pressroom.content.Views.ProgrammeDay;
import org.pressroom.content.Views.ProgrammeEntry;
import org.pressroom.site.SiteProperties;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * iCalendar files of events and their programmes. Each event is an all-day entry over its dates, each
 * programme item an entry at its local time, written in the event's own time zone with that zone's
 * definition included, so calendar programs show the right hour wherever the reader is.
 */
@Component
class EventCalendars {

    private final SiteProperties site;
    private final MessageSource messages;

    EventCalendars(SiteProperties site, MessageSource messages) {
        this.site = site;
        this.messages = messages;
    }

    String write(List<EventCalendarEntry> entries, String lang, String name) {
        Locale locale = Locale.forLanguageTag(lang);
        ICalendar calendar = new ICalendar();
        calendar.setProductId("-//Pressroom//Press room calendar//" + lang.toUpperCase(Locale.ROOT));
        calendar.setName(name);
        String host = site.baseUrl().getHost() == null ? "pressroom" : site.baseUrl().getHost();
        Map<ZoneId, TimezoneAssignment> zones = new HashMap<>();
        Map<ZoneId, int[]> years = new HashMap<>();
        for (EventCalendarEntry entry : entries) {
            years.merge(entry.card().zone(), new int[] {entry.card().startsOn().getYear(), entry.card().endsOn().getYear()},
                    (a, b) -> new int[] {Math.min(a[0], b[0]), Math.max(a[1], b[1])});
        }
        for (EventCalendarEntry entry : entries) {
            var card = entry.card();
            VEvent event = new VEvent();
            event.setUid("event-" + card.id() + "@" + host);
            event.setDateTimeStamp(Date.from(entry.updated()));
            event.setSummary(card.title());
            event.setDateStart(new DateStart(date(card.startsOn())));
            event.setDateEnd(new DateEnd(date(card.endsOn().plusDays(1))));
            event.setLocation(card.venue() + ", " + card.city() + ", " + card.countryName());
            event.setDescription(entry.description());
            event.setUrl(site.absolute(card.url()));
            event.setStatus(card.status() == EventStatus.CANCELLED ? Status.cancelled() : Status.confirmed());
            calendar.addEvent(event);
            TimezoneAssignment zone = zones.computeIfAbsent(card.zone(), z -> assignment(z, years.get(z)[0], years.get(z)[1]));
            for (ProgrammeDay day : entry.days()) {
                for (ProgrammeEntry item : day.items()) {
                    calendar.addEvent(item(calendar, zone, card, day, item, host, entry.updated(), locale));
                }
            }
        }
        return Biweekly.write(calendar).go();
    }

    private VEvent item(ICalendar calendar, TimezoneAssignment zone, Views.EventCard card, ProgrammeDay day,
                        ProgrammeEntry item, String host, Instant updated, Locale locale) {
        VEvent event = new VEvent();
        event.setUid("programme-item-" + item.id() + "@" + host);
        event.setDateTimeStamp(Date.from(updated));
        event.setSummary(item.title() + " – " + card.title());
        DateStart start = new DateStart(instant(day.date(), item.startsAt(), card.zone()), true);
        event.setDateStart(start);
        calendar.getTimezoneInfo().setTimezone(start, zone);
        if (item.endsAt() != null) {
            DateEnd end = new DateEnd(instant(day.date(), item.endsAt(), card.zone()), true);
            event.setDateEnd(end);
            calendar.getTimezoneInfo().setTimezone(end, zone);
        }
        String room = item.room().isBlank() ? "" : item.room() + ", ";
        event.setLocation(room + card.venue() + ", " + card.city());
        event.setDescription(messages.getMessage("programme.access." + item.access().name(), null, locale) + "\n"
                + messages.getMessage("programme.coverage." + item.coverage().name(), null, locale));
        event.setUrl(site.absolute(card.url() + "?day=" + day.number()));
        event.setStatus(card.status() == EventStatus.CANCELLED ? Status.cancelled() : Status.confirmed());
        return event;
    }

    /** A calendar date with no time and no zone: the same day wherever the reader and the server are. */
    private static ICalDate date(LocalDate date) {
        return new ICalDate(new DateTimeComponents(date.getYear(), date.getMonthValue(), date.getDayOfMonth()), false);
    }

    private static Date instant(LocalDate date, java.time.LocalTime time, ZoneId zone) {
        return Date.from(date.atTime(time).atZone(zone).toInstant());
    }

    /**
     * The zone with its own VTIMEZONE definition: its offsets and the changes between them over the years
     * of its events, a year either side.
     */
    private static TimezoneAssignment assignment(ZoneId zone, int firstYear, int lastYear) {
        VTimezone definition = new VTimezone(zone.getId());
        var rules = zone.getRules();
        Instant from = LocalDate.of(firstYear - 1, 1, 1).atStartOfDay(ZoneOffset.UTC).toInstant();
        Instant to = LocalDate.of(lastYear + 2, 1, 1).atStartOfDay(ZoneOffset.UTC).toInstant();
        ZoneOffset initial = rules.getOffset(from);
        if (rules.isDaylightSavings(from)) {
            DaylightSavingsTime first = new DaylightSavingsTime();
            observance(first, LocalDateTime.ofInstant(from, initial), initial, initial);
            definition.addDaylightSavingsTime(first);
        } else {
            StandardTime first = new StandardTime();
            observance(first, LocalDateTime.ofInstant(from, initial), initial, initial);
            definition.addStandardTime(first);
        }
        ZoneOffsetTransition transition = rules.nextTransition(from);
        while (transition != null && transition.getInstant().isBefore(to)) {
            // What counts is whether the new offset is daylight saving, not whether the clock went forward.
            if (rules.isDaylightSavings(transition.getInstant())) {
                DaylightSavingsTime summer = new DaylightSavingsTime();
                observance(summer, transition.getDateTimeBefore(), transition.getOffsetBefore(), transition.getOffsetAfter());
                definition.addDaylightSavingsTime(summer);
            } else {
                StandardTime winter = new StandardTime();
                observance(winter, transition.getDateTimeBefore(), transition.getOffsetBefore(), transition.getOffsetAfter());
                definition.addStandardTime(winter);
            }
            transition = rules.nextTransition(transition.getInstant());
        }
        return new TimezoneAssignment(TimeZone.getTimeZone(zone), definition);
    }

    private static void observance(Observance observance, LocalDateTime start, ZoneOffset before, ZoneOffset after) {
        observance.setDateStart(new DateTimeComponents(start.getYear(), start.getMonthValue(), start.getDayOfMonth(),
                start.getHour(), start.getMinute(), start.getSecond(), false));
        observance.setTimezoneOffsetFrom(offset(before));
        observance.setTimezoneOffsetTo(offset(after));
    }

    private static UtcOffset offset(ZoneOffset offset) {
        return new UtcOffset(offset.getTotalSeconds() * 1000L);
    }
}
