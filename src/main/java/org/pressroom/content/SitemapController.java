package org.pressroom.content;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.pressroom.site.SiteLanguages;
import org.pressroom.site.SiteProperties;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;

/**
 * {@code /sitemap.xml}: every public page in every language it exists in, each with its language
 * versions as {@code xhtml:link} alternates; and {@code /robots.txt} pointing to it.
 */
@RestController
class SitemapController {

    private final ArticleRepository articles;
    private final EventRepository events;
    private final TranscriptRepository transcripts;
    private final GalleryRepository galleries;
    private final PhotoRepository photos;
    private final Cards cards;
    private final SiteLanguages languages;
    private final SiteProperties site;
    private final Clock clock;

    SitemapController(ArticleRepository articles, EventRepository events, TranscriptRepository transcripts,
                      GalleryRepository galleries, PhotoRepository photos, Cards cards, SiteLanguages languages, SiteProperties site, Clock clock) {
        this.articles = articles;
        this.events = events;
        this.transcripts = transcripts;
        this.galleries = galleries;
        this.photos = photos;
        this.cards = cards;
        this.languages = languages;
        this.site = site;
        this.clock = clock;
    }

    @GetMapping("/robots.txt")
    ResponseEntity<String> robots() {
        return ResponseEntity.ok().contentType(MediaType.TEXT_PLAIN)
                .body("User-agent: *\nDisallow: /dev/\nDisallow: /media/photos/*/high.jpg\nSitemap: " + site.absolute("/sitemap.xml") + "\n");
    }

    @GetMapping("/sitemap.xml")
    @Transactional(readOnly = true)
    public ResponseEntity<String> sitemap() {
        Instant now = clock.instant();
        List<Map<String, String>> pages = new ArrayList<>();
        List<Map<String, String>> sections = new ArrayList<>();
        for (var section : List.of("/", "/news", "/events", "/photos")) {
            Map<String, String> versions = new java.util.LinkedHashMap<>();
            languages.supported().forEach(l -> versions.put(l.getLanguage(), "/" + l.getLanguage() + section));
            sections.add(versions);
        }
        pages.addAll(sections);
        for (Article article : articles.findAllPublic(now)) {
            Map<String, String> versions = new java.util.TreeMap<>();
            article.texts.keySet().forEach(lang -> versions.put(lang, cards.articleUrl(article, lang)));
            pages.add(versions);
        }
        for (Event event : events.findAllPublic(now)) {
            Map<String, String> versions = new java.util.TreeMap<>();
            event.texts.keySet().forEach(lang -> versions.put(lang, Cards.eventUrl(event, lang)));
            pages.add(versions);
        }
        List<Transcript> publicTranscripts = transcripts.findAllPublic(now);
        Map<Long, java.time.ZoneId> zones = cards.zonesOf(publicTranscripts, now);
        for (Transcript transcript : publicTranscripts) {
            Map<String, String> versions = new java.util.TreeMap<>();
            var zone = zones.get(transcript.id);
            transcript.texts.keySet().forEach(lang -> versions.put(lang, cards.transcript(transcript, lang, zone).orElseThrow().url()));
            pages.add(versions);
        }
        for (Gallery gallery : galleries.findAllPublic(now)) {
            Map<String, String> versions = new java.util.TreeMap<>();
            gallery.texts.forEach((lang, text) -> versions.put(lang, "/%s/galleries/%d-%s".formatted(lang, gallery.id, text.slug)));
            pages.add(versions);
        }
        for (Photo photo : photos.findLatestPublic(now, org.springframework.data.domain.Pageable.unpaged())) {
            Map<String, String> versions = new java.util.TreeMap<>();
            photo.texts.forEach((lang, text) -> versions.put(lang, Cards.photoUrl(photo.id, lang, text.slug)));
            pages.add(versions);
        }
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">\n");
        for (Map<String, String> versions : pages) {
            for (String url : versions.values()) {
                xml.append("  <url>\n    <loc>").append(escape(site.absolute(url))).append("</loc>\n");
                if (versions.size() > 1) {
                    versions.forEach((lang, other) -> xml.append("    <xhtml:link rel=\"alternate\" hreflang=\"").append(lang)
                            .append("\" href=\"").append(escape(site.absolute(other))).append("\"/>\n"));
                }
                xml.append("  </url>\n");
            }
        }
        xml.append("</urlset>\n");
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_XML).body(xml.toString());
    }

    private static String escape(String text) {
        return HtmlUtils.htmlEscape(text, "UTF-8");
    }
}
