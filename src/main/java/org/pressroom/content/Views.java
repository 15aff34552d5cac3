package org.pressroom.content;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;

/** What the public pages show: values built inside a read transaction, rendered after it. */
final class Views {

    private Views() {
    }

    record Link(String title, String url) {
    }

    /** @param alt the text alternative written for the photo, else its caption */
    record PhotoCard(long id, String caption, String credit, String url, String thumbnailUrl, String webUrl,
                     int thumbnailWidth, int thumbnailHeight, String alt) {
    }

    record ArticleCard(long id, ArticleType type, String number, String title, String lead, String url,
                       ZonedDateTime published, ZonedDateTime updated, PhotoCard photo) {
    }

    record Advisory(String general, String programme, String access, String accreditation) {

        public boolean isEmpty() {
            return general.isEmpty() && programme.isEmpty() && access.isEmpty() && accreditation.isEmpty();
        }
    }

    record ArticlePage(ArticleCard card, String body, Advisory advisory, ZonedDateTime updated,
                       ZonedDateTime accreditationDeadline, EventCard event, Map<String, String> translations) {
    }

    record EventCard(long id, String title, String url, LocalDate startsOn, LocalDate endsOn, String venue,
                     String city, String country, String countryName, EventStatus status, ZoneId zone) {

        public boolean oneDay() {
            return startsOn.equals(endsOn);
        }
    }

    record ProgrammeEntry(long id, LocalTime startsAt, LocalTime endsAt, String title, String room, Access access,
                          Coverage coverage, List<Language> languages, List<TranscriptCard> transcripts,
                          List<PhotoCard> photos, List<VideoLink> videos) {
    }

    /** A published video as linked from a content page, with its page's address in the reader's language. */
    record VideoLink(long id, String title, String url, String poster, String duration) {
    }

    /** A language, named in the reader's language. */
    record Language(String tag, String name) {
    }

    record ProgrammeDay(int number, int of, LocalDate date, List<ProgrammeEntry> items) {
    }

    record EventPage(EventCard card, String description, List<ArticleCard> articles, ProgrammeDay day,
                     List<TranscriptCard> transcripts, List<PhotoCard> photos, List<GalleryCard> galleries,
                     Map<String, String> translations, String zoneName) {
    }

    record TranscriptCard(long id, TranscriptType type, String title, String url, ZonedDateTime delivered,
                          List<String> speakers) {
    }

    record Turn(int position, boolean question, String speaker, String text) {
    }

    record TranscriptPage(TranscriptCard card, TranscriptDelivery delivery, String originalLang, boolean original,
                          List<Turn> turns, EventCard event, Map<String, String> translations) {
    }

    record GalleryCard(long id, String title, String url, String description, PhotoCard cover, int count) {
    }

    record GalleryPage(GalleryCard card, List<PhotoCard> photos, EventCard event, Map<String, String> translations) {
    }

    record RenditionInfo(String kind, String url, int width, int height, long size, String sha256) {
    }

    /** @param shown the size the page shows (its width and height reserve its room before it loads) */
    record PhotoPage(PhotoCard card, ZonedDateTime taken, String photographer, String place, DownloadPolicy download,
                     String restriction, EventCard event, List<RenditionInfo> renditions, RenditionInfo high,
                     RenditionInfo shown, Map<String, String> translations) {
    }

    /** One page of a list, numbered from 1. */
    record Paged<T>(List<T> items, int page, int pages, long total) {

        public boolean hasPrevious() {
            return page > 1;
        }

        public boolean hasNext() {
            return page < pages;
        }
    }
}
