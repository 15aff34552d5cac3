package org.pressroom.content;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import org.pressroom.content.DemoContent.DemoArticle;
import org.pressroom.content.DemoContent.DemoEvent;
import org.springframework.transaction.annotation.Transactional;

/** Addresses of the demo's pages, found the way a reader would reach them, and a plain HTTP client. */
@Transactional(readOnly = true)
class DemoPages {

    private final ArticleRepository articles;
    private final EventRepository events;
    private final TranscriptRepository transcripts;
    private final GalleryRepository galleries;
    private final PhotoRepository photos;
    private final Cards cards;
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private final DemoContent demo = DemoPressRoom.read();

    DemoPages(ArticleRepository articles, EventRepository events, TranscriptRepository transcripts,
              GalleryRepository galleries, PhotoRepository photos, Cards cards) {
        this.articles = articles;
        this.events = events;
        this.transcripts = transcripts;
        this.galleries = galleries;
        this.photos = photos;
        this.cards = cards;
    }

    DemoContent demo() {
        return demo;
    }

    String article(String key, String lang) {
        return cards.articleUrl(articles.findByDemoKey(key).orElseThrow(), lang);
    }

    /** A press release in both languages. */
    DemoArticle translatedPressRelease() {
        return demo.articles().stream().filter(a -> a.type() == ArticleType.PRESS_RELEASE && a.fr() != null).findFirst().orElseThrow();
    }

    DemoArticle englishOnly() {
        return demo.articles().stream().filter(a -> a.fr() == null).findFirst().orElseThrow();
    }

    DemoArticle mediaAdvisory() {
        return demo.articles().stream().filter(a -> a.type() == ArticleType.MEDIA_ADVISORY && a.fr() != null).findFirst().orElseThrow();
    }

    /** The event going on now, with a programme over several days. */
    DemoEvent ongoingEvent() {
        return demo.events().stream().filter(e -> e.startOffset() <= 0 && e.startOffset() + e.days() > 0 && e.days() > 1)
                .findFirst().orElseThrow();
    }

    String event(String key, String lang) {
        return Cards.eventUrl(events.findByDemoKey(key).orElseThrow(), lang);
    }

    java.time.LocalDate startOf(String eventKey) {
        return events.findByDemoKey(eventKey).orElseThrow().startsOn;
    }

    String transcript(String key, String lang) {
        Transcript transcript = transcripts.findByDemoKey(key).orElseThrow();
        return cards.transcript(transcript, lang, cards.zoneOf(transcript, java.time.Instant.now())).orElseThrow().url();
    }

    String gallery(String key, String lang) {
        Gallery gallery = galleries.findByDemoKey(key).orElseThrow();
        return "/%s/galleries/%d-%s".formatted(lang, gallery.id, gallery.texts.get(lang).slug);
    }

    String photo(String key, String lang) {
        Photo photo = photos.findByDemoKey(key).orElseThrow();
        return Cards.photoUrl(photo.id, lang, photo.texts.get(lang).slug);
    }

    long photoId(String key) {
        return photos.findByDemoKey(key).orElseThrow().id;
    }

    /** The pages a reader goes through, in both languages, for the accessibility and validity checks. */
    List<String> representativePages(String lang) {
        DemoEvent event = ongoingEvent();
        String transcriptKey = demo.transcripts().get(0).key();
        return List.of("/" + lang + "/", "/" + lang + "/news", article(translatedPressRelease().key(), lang),
                article(mediaAdvisory().key(), lang), "/" + lang + "/events", event(event.key(), lang) + "?day=2",
                transcript(transcriptKey, lang), "/" + lang + "/photos", gallery(demo.galleries().get(0).key(), lang),
                photo(demo.photos().get(0).key(), lang),
                "/" + lang + "/search?q=" + (lang.equals("fr") ? "p%C3%AAcheurs" : "fishermen"));
    }

    /**
     * The demo's two videos once processed (they are made in the background at start-up), newest first: waits up
     * to four minutes for them.
     */
    List<org.pressroom.media.PublishedVideos.VideoCard> readyVideos(org.pressroom.media.PublishedVideos videos) {
        org.pressroom.RequiredTools.require("ffmpeg", "ffmpeg");
        return org.awaitility.Awaitility.await().atMost(java.time.Duration.ofMinutes(4)).pollInterval(java.time.Duration.ofSeconds(1))
                .until(() -> videos.latest(1, 10).videos(), found -> found.size() == 2);
    }

    HttpResponse<Void> head(int port, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .method("HEAD", HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.discarding());
    }

    HttpResponse<String> get(int port, String path, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).GET();
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
