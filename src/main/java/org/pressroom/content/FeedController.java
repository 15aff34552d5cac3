package org.pressroom.content;

import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import com.rometools.rome.feed.synd.SyndCategoryImpl;
import com.rometools.rome.feed.synd.SyndContentImpl;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndEntryImpl;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndFeedImpl;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedOutput;
import org.pressroom.content.Views.ArticleCard;
import org.pressroom.site.SiteSettings;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * Feeds for newsrooms' readers and calendars: RSS 2.0 and Atom of the news per language (all types or
 * one), an iCalendar feed of every event with its programme, and one {@code .ics} per event.
 */
@RestController
class FeedController {

    private static final int FEED_ENTRIES = 30;

    private final NewsCatalog news;
    private final EventCatalog events;
    private final EventCalendars calendars;
    private final SiteSettings settings;
    private final MessageSource messages;

    FeedController(NewsCatalog news, EventCatalog events, EventCalendars calendars, SiteSettings settings, MessageSource messages) {
        this.news = news;
        this.events = events;
        this.calendars = calendars;
        this.settings = settings;
        this.messages = messages;
    }

    @GetMapping("/{lang}/news/feed.rss")
    ResponseEntity<String> rss(@PathVariable String lang, @RequestParam(required = false) String type) throws FeedException {
        return feed(lang, type, "rss_2.0", "application/rss+xml;charset=UTF-8");
    }

    @GetMapping("/{lang}/news/feed.atom")
    ResponseEntity<String> atom(@PathVariable String lang, @RequestParam(required = false) String type) throws FeedException {
        return feed(lang, type, "atom_1.0", "application/atom+xml;charset=UTF-8");
    }

    @GetMapping("/{lang}/events/calendar.ics")
    ResponseEntity<String> calendar(@PathVariable String lang) {
        Locale locale = Locale.forLanguageTag(lang);
        String name = messages.getMessage("feed.calendar.title", new Object[] {settings.current().name(locale)}, locale);
        return ics(calendars.write(events.calendar(lang), lang, name));
    }

    @GetMapping("/{lang}/events/{year:\\d{4}}/{month:\\d{2}}/{slug}.ics")
    ResponseEntity<String> event(@PathVariable String lang, @PathVariable int year, @PathVariable int month, @PathVariable String slug) {
        var entry = events.calendarEntry(lang, slug)
                .filter(e -> e.card().startsOn().getYear() == year && e.card().startsOn().getMonthValue() == month)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        return ics(calendars.write(List.of(entry), lang, entry.card().title()));
    }

    private String host() {
        return settings.current().baseUrl().getHost() == null ? "pressroom" : settings.current().baseUrl().getHost();
    }

    private static ResponseEntity<String> ics(String body) {
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("text/calendar;charset=UTF-8")).body(body);
    }

    private ResponseEntity<String> feed(String lang, String typeCode, String format, String contentType) throws FeedException {
        Optional<ArticleType> type = Optional.empty();
        if (typeCode != null && !typeCode.isBlank()) {
            type = Optional.of(ArticleType.fromCode(typeCode).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)));
        }
        Locale locale = Locale.forLanguageTag(lang);
        List<ArticleCard> articles = news.list(lang, type.orElse(null), null, 1, FEED_ENTRIES).items();
        SyndFeed feed = new SyndFeedImpl();
        feed.setFeedType(format);
        String typeName = type.map(t -> messages.getMessage("article.types." + t.code(), null, locale))
                .orElseGet(() -> messages.getMessage("news.title", null, locale));
        feed.setTitle(typeName + " – " + settings.current().name(locale));
        feed.setDescription(messages.getMessage("feed.news.description", new Object[] {settings.current().name(locale)}, locale));
        feed.setLink(settings.current().absolute("/" + lang + "/news" + type.map(t -> "?type=" + t.code()).orElse("")));
        feed.setUri(feed.getLink());
        feed.setLanguage(lang);
        feed.setPublishedDate(articles.stream().map(a -> Date.from(a.updated().toInstant())).max(Date::compareTo).orElse(new Date(0)));
        feed.setAuthor(settings.current().name(locale));
        feed.setEntries(articles.stream().map(article -> entry(article, locale)).toList());
        String body = new SyndFeedOutput().outputString(feed);
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(contentType)).body(body);
    }

    private SyndEntry entry(ArticleCard article, Locale locale) {
        SyndEntry entry = new SyndEntryImpl();
        String number = article.number() == null ? "" : " – " + messages.getMessage("article.number", new Object[] {article.number()}, locale);
        entry.setTitle(article.title() + number);
        entry.setLink(settings.current().absolute(article.url()));
        // A stable id: the address changes if the slug or date is corrected, the article's id never does.
        entry.setUri("tag:" + host() + "," + article.published().getYear() + ":article-" + article.id());
        entry.setPublishedDate(Date.from(article.published().toInstant()));
        entry.setUpdatedDate(Date.from(article.updated().toInstant()));
        entry.setAuthor(settings.current().name(locale));
        SyndContentImpl description = new SyndContentImpl();
        description.setType("text/plain");
        description.setValue(article.lead());
        entry.setDescription(description);
        SyndCategoryImpl category = new SyndCategoryImpl();
        category.setName(messages.getMessage("article.types." + article.type().code(), null, locale));
        entry.setCategories(List.of(category));
        return entry;
    }
}
