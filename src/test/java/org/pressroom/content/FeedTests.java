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
            assertThat(english.getLanguage() == null || english.getLanguage().equals("en")).isTrue();
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
    void anEventsCalendarFileGivesProgrammeTimesInTheEventsTimeZone() throws Exception {
        DemoEvent event = pages.demo().events().stream()
                .filter(e -> !ZoneId.of(e.timeZone()).getRules().isFixedOffset() || !e.timeZone().equals("UTC"))
                .filter(e -> !e.programme().isEmpty()).findFirst().orElseThrow();
        String body = pages.get(port, pages.event(event.key(), "en") + ".ics").body();
        ICalendar calendar = Biweekly.parse(body).first();

        assertThat(body).contains("BEGIN:VTIMEZONE", "TZID:" + event.timeZone(), "DTSTART;TZID=" + event.timeZone() + ":");
        DemoProgrammeItem first = event.programme().get(0);
        VEvent item = calendar.getEvents().stream().filter(e -> e.getSummary().getValue().startsWith(first.en().title()))
                .findFirst().orElseThrow();
        ZonedDateTime start = item.getDateStart().getValue().toInstant().atZone(ZoneId.of(event.timeZone()));
        assertThat(start.toLocalTime()).isEqualTo(LocalTime.parse(first.start()));
        VEvent whole = calendar.getEvents().stream().filter(e -> e.getSummary().getValue().equals(event.en().title()))
                .findFirst().orElseThrow();
        assertThat(whole.getDateStart().getValue().hasTime()).isFalse();
    }

    private SyndFeed feed(String path) throws Exception {
        HttpResponse<String> response = pages.get(port, path);
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return new SyndFeedInput().build(new StringReader(response.body()));
    }
}
