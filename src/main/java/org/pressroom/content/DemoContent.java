package org.pressroom.content;

import java.util.List;
import java.util.Map;

/**
 * The demo press room as written in {@code demo/demo-content.yaml}: an invented organisation's events,
 * articles, transcripts, photos and galleries. Dates are days relative to the day the demo is loaded.
 */
record DemoContent(List<DemoEvent> events, List<DemoArticle> articles, List<DemoTranscript> transcripts,
                   List<DemoPhoto> photos, List<DemoGallery> galleries) {

    DemoContent {
        events = events == null ? List.of() : events;
        articles = articles == null ? List.of() : articles;
        transcripts = transcripts == null ? List.of() : transcripts;
        photos = photos == null ? List.of() : photos;
        galleries = galleries == null ? List.of() : galleries;
    }

    record DemoEvent(String key, int startOffset, int days, String timeZone, String country, boolean cancelled,
                     EventWords en, EventWords fr, List<DemoProgrammeItem> programme) {
    }

    record EventWords(String title, String slug, String venue, String city, String description) {
    }

    record DemoProgrammeItem(int day, String start, String end, String room, Access access, Coverage coverage,
                             List<String> languages, String transcript, List<String> photos, Title en, Title fr) {
    }

    record Title(String title) {
    }

    record DemoArticle(String key, ArticleType type, int publishedOffset, String time, String event, String photo,
                       Integer accreditationDeadlineOffset, ArticleWords en, ArticleWords fr) {
    }

    record ArticleWords(String title, String slug, String lead, String body, AdvisoryWords advisory) {
    }

    record AdvisoryWords(String general, String programme, String access, String accreditation) {
    }

    record DemoTranscript(String key, TranscriptType type, String event, int dayOffset, String time, TranscriptDelivery delivery,
                          String original, TranscriptWords en, TranscriptWords fr) {
    }

    record TranscriptWords(String title, String slug, List<String> speakers, List<DemoTurn> turns) {
    }

    record DemoTurn(boolean question, String speaker, String text) {
    }

    record DemoPhoto(String key, String event, int takenOffset, String time, String photographer, String credit,
                     DownloadPolicy download, String scene, PhotoWords en, PhotoWords fr) {
    }

    record PhotoWords(String caption, String restriction) {
    }

    record DemoGallery(String key, String event, List<String> photos, GalleryWords en, GalleryWords fr) {
    }

    record GalleryWords(String title, String slug, String description) {
    }

    static <T> Map<String, T> languages(T en, T fr) {
        Map<String, T> words = new java.util.LinkedHashMap<>();
        if (en != null) {
            words.put("en", en);
        }
        if (fr != null) {
            words.put("fr", fr);
        }
        return words;
    }
}
