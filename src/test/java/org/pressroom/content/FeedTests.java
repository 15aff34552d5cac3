package org.pressroom.content;

import java.io.StringReader;
import java.net.http.HttpResponse;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import org.junit.jupiter.api.Test;
import org.pressroom.content.DemoContent.DemoEvent;
import org.pressroom.content.DemoContent.DemoProgrammeItem;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** News feeds read by Rome, calendars read by biweekly, as a feed reader and a calendar program would. */
@DemoPressRoomTest
class FeedTests {

    @LocalServerPort
    int port;

    @Autowired
    DemoPages pages;

    @Test
    void theRssAndAtomFeedsListTheNewsOfTheirLanguageNewestFirst() throws Exception {
        for (String format : List.of("rss", "atom")) {
            SyndFeed english = feed("/en/news/feed." + format);
            SyndFeed french = feed("/fr/news/feed." + format);

            long englishArticles = pages.demo().articles().size();
            long frenchArticles = pages.demo().articles().stream().filter(a -> a.fr() != null).count();
            assertThat(english.getEntries()).as(format).hasSize((int) englishArticles);
            assertThat(french.getEntries()).as(format).hasSize((int) frenchArticles);
            assertThat(english.getEntries()).allSatisfy(entry -> assertThat(entry.getLink()).startsWith("http://localhost:8080/en/"));
            assertThat(french.getEntries()).allSatisfy(entry -> assertThat(entry.getLink()).startsWith("http://localhost:8080/fr/"));
            List<java.util.Date> dates = english.getEntries().stream().map(SyndEntry::getPublishedDate).toList();
            assertThat(dates).isSortedAccordingTo(java.util.Comparator.reverseOrder());
            assertThat(english.getEntries().get(0).getLink()).startsWith("http://localhost:8080/en/news/");
        }
    }

    @Test
    void aFeedPerTypeHasOnlyThatType() throws Exception {
        SyndFeed releases = feed("/en/news/feed.atom?type=press-release");

        long expected = pages.demo().articles().stream().filter(a -> a.type() == ArticleType.PRESS_RELEASE).count();
        assertThat(releases.getEntries()).hasSize((int) expected)
                .allSatisfy(entry -> assertThat(entry.getTitle()).contains("Press Release ("));
    }

    @Test
    void theEventsCalendarHasEveryEventAndProgrammeItem() throws Exception {
        HttpResponse<String> response = pages.get(port, "/en/events/calendar.ics");
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/calendar");
        ICalendar calendar = Biweekly.parse(response.body()).first();

        int items = pages.demo().events().stream().mapToInt(e -> e.programme().size()).sum();
        assertThat(calendar.getEvents()).hasSize(pages.demo().events().size() + items);
    }

    @Test
    void anEventsCalendarFileGivesItsDaysAndProgrammeTimesInTheEventsTimeZoneWhereverTheServerIs() throws Exception {
        DemoEvent event = pages.demo().events().stream().filter(e -> e.timeZone().equals("Europe/Lisbon")).findFirst().orElseThrow();
        java.util.TimeZone serverZone = java.util.TimeZone.getDefault();
        String body;
        try {
            // West of UTC, where writing a date as a midnight instant would move it to the day before.
            java.util.TimeZone.setDefault(java.util.TimeZone.getTimeZone("America/Los_Angeles"));
            body = pages.get(port, pages.event(event.key(), "en") + ".ics").body();
        } finally {
            java.util.TimeZone.setDefault(serverZone);
        }
        ICalendar calendar = Biweekly.parse(body).first();
        java.time.LocalDate start = pages.startOf(event.key());

        assertThat(body).contains("BEGIN:VTIMEZONE", "TZID:Europe/Lisbon", "DTSTART;TZID=Europe/Lisbon:",
                "DTSTART;VALUE=DATE:" + start.toString().replace("-", ""),
                "DTEND;VALUE=DATE:" + start.plusDays(event.days()).toString().replace("-", ""));
        DemoProgrammeItem first = event.programme().get(0);
        VEvent item = calendar.getEvents().stream().filter(e -> e.getSummary().getValue().startsWith(first.en().title()))
                .findFirst().orElseThrow();
        ZonedDateTime itemStart = item.getDateStart().getValue().toInstant().atZone(ZoneId.of(event.timeZone()));
        assertThat(itemStart.toLocalTime()).isEqualTo(LocalTime.parse(first.start()));
        assertThat(itemStart.toLocalDate()).isEqualTo(start.plusDays(first.day() - 1));
        assertThat(body).contains("DTSTART;TZID=Europe/Lisbon:" + start.plusDays(first.day() - 1).toString().replace("-", "")
                + "T" + first.start().replace(":", "") + "00");
    }

    private SyndFeed feed(String path) throws Exception {
        HttpResponse<String> response = pages.get(port, path);
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return new SyndFeedInput().build(new StringReader(response.body()));
    }
}
