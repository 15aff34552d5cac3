package org.pressroom.content;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.pressroom.content.Views.ArticleCard;
import org.pressroom.content.Views.EventCard;
import org.pressroom.content.Views.GalleryCard;
import org.pressroom.content.Views.PhotoCard;
import org.pressroom.content.Views.TranscriptCard;
import org.pressroom.media.PublishedVideos;
import org.springframework.stereotype.Component;

/**
 * Turns stored items into the cards that lists and pages show, with their readable URLs:
 * {@code /en/news/2026/02/12/<slug>}, {@code /en/events/2026/02/<slug>},
 * {@code /en/transcripts/2026/02/12/<slug>}, {@code /en/photos/<id>-<slug>}, {@code /en/galleries/<id>-<slug>},
 * {@code /en/videos/<id>-<slug>}.
 * An item without a version in the asked language has no card in that language.
 */
@Component
class Cards {

    private final ContentProperties properties;
    private final PhotoRepository photos;
    private final EventRepository events;
    private final PublishedVideos videos;

    Cards(ContentProperties properties, PhotoRepository photos, EventRepository events, PublishedVideos videos) {
        this.properties = properties;
        this.photos = photos;
        this.events = events;
        this.videos = videos;
    }

    /** Links to the published videos among these, in the order given. */
    List<Views.VideoLink> videos(Collection<Long> ids, String lang) {
        return videos.cards(ids).stream().map(card -> videoLink(card, lang)).toList();
    }

    static Views.VideoLink videoLink(PublishedVideos.VideoCard card, String lang) {
        return new Views.VideoLink(card.id(), card.title(), videoUrl(card.id(), card.title(), lang), card.poster(),
                duration(card.duration()));
    }

    static String videoUrl(long id, String title, String lang) {
        return "/" + lang + "/videos/" + id + "-" + Slugs.of(title);
    }

    /** A length as a clock reads it: {@code 1:02:03}, {@code 4:05}. */
    static String duration(java.time.Duration length) {
        if (length == null) {
            return "";
        }
        long seconds = Math.round(length.toMillis() / 1000.0);
        return seconds >= 3600 ? String.format(Locale.ROOT, "%d:%02d:%02d", seconds / 3600, seconds / 60 % 60, seconds % 60)
                : String.format(Locale.ROOT, "%d:%02d", seconds / 60, seconds % 60);
    }

    ZoneId officeZone() {
        return properties.timeZone();
    }

    Optional<ArticleCard> article(Article article, String lang, Instant now) {
        return articles(List.of(article), lang, now).stream().findFirst();
    }

    /** The cards of a list of articles, their lead photos loaded in one query. */
    List<ArticleCard> articles(List<Article> list, String lang, Instant now) {
        List<Long> photoIds = list.stream().map(a -> a.leadPhotoId).filter(Objects::nonNull).distinct().toList();
        Map<Long, PhotoCard> leadPhotos = new java.util.HashMap<>();
        if (!photoIds.isEmpty()) {
            photos.findPublicByIds(photoIds, now).forEach(p -> photo(p, lang).ifPresent(card -> leadPhotos.put(p.id, card)));
        }
        return list.stream().filter(article -> article.texts.containsKey(lang)).map(article -> {
            ArticleText text = article.texts.get(lang);
            ZonedDateTime published = article.publishedAt.atZone(officeZone());
            return new ArticleCard(article.id, article.type, number(article), text.title, text.lead,
                    articleUrl(lang, published, text.slug), published, article.updatedAt.atZone(officeZone()),
                    leadPhotos.get(article.leadPhotoId));
        }).toList();
    }

    static String number(Article article) {
        return article.number == null ? null : "(%d) %03d".formatted(article.numberYear, article.number);
    }

    String articleUrl(Article article, String lang) {
        return articleUrl(lang, article.publishedAt.atZone(officeZone()), article.texts.get(lang).slug);
    }

    private static String articleUrl(String lang, ZonedDateTime published, String slug) {
        return "/%s/news/%04d/%02d/%02d/%s".formatted(lang, published.getYear(), published.getMonthValue(),
                published.getDayOfMonth(), slug);
    }

    Optional<EventCard> event(Event event, String lang, Instant now) {
        EventText text = event.texts.get(lang);
        if (text == null) {
            return Optional.empty();
        }
        Locale locale = Locale.forLanguageTag(lang);
        String countryName = new Locale.Builder().setRegion(event.country).build().getDisplayCountry(locale);
        return Optional.of(new EventCard(event.id, text.title, eventUrl(event, lang), event.startsOn, event.endsOn,
                text.venue, text.city, event.country.toLowerCase(Locale.ROOT), countryName, event.statusOn(now),
                ZoneId.of(event.timeZone)));
    }

    Optional<EventCard> event(Long eventId, String lang, Instant now) {
        return eventId == null ? Optional.empty() : events.findPublic(eventId, now).flatMap(e -> event(e, lang, now));
    }

    static String eventUrl(Event event, String lang) {
        return "/%s/events/%04d/%02d/%s".formatted(lang, event.startsOn.getYear(), event.startsOn.getMonthValue(),
                event.texts.get(lang).slug);
    }

    Optional<TranscriptCard> transcript(Transcript transcript, String lang, ZoneId zone) {
        TranscriptText text = transcript.texts.get(lang);
        if (text == null) {
            return Optional.empty();
        }
        ZonedDateTime delivered = transcript.deliveredAt.atZone(zone);
        return Optional.of(new TranscriptCard(transcript.id, transcript.type, text.title,
                transcriptUrl(lang, delivered, text.slug), delivered, List.copyOf(text.speakers)));
    }

    /** Transcripts are dated in the time zone of their event, else the press office's. */
    ZoneId zoneOf(Transcript transcript, Instant now) {
        return zonesOf(List.of(transcript), now).get(transcript.id);
    }

    /** The time zone of each transcript, their events loaded in one query. */
    Map<Long, ZoneId> zonesOf(Collection<Transcript> transcripts, Instant now) {
        List<Long> eventIds = transcripts.stream().map(t -> t.eventId).filter(Objects::nonNull).distinct().toList();
        Map<Long, ZoneId> eventZones = new java.util.HashMap<>();
        if (!eventIds.isEmpty()) {
            events.findAllById(eventIds).forEach(e -> eventZones.put(e.id, ZoneId.of(e.timeZone)));
        }
        Map<Long, ZoneId> zones = new java.util.HashMap<>();
        transcripts.forEach(t -> zones.put(t.id, t.eventId == null ? officeZone() : eventZones.getOrDefault(t.eventId, officeZone())));
        return zones;
    }

    /** Photos are dated in the time zone of their event, else the press office's. */
    ZoneId zoneOfPhoto(Photo photo, Instant now) {
        return Optional.ofNullable(photo.eventId).flatMap(id -> events.findPublic(id, now))
                .map(e -> ZoneId.of(e.timeZone)).orElse(officeZone());
    }

    static String transcriptUrl(String lang, ZonedDateTime delivered, String slug) {
        return "/%s/transcripts/%04d/%02d/%02d/%s".formatted(lang, delivered.getYear(), delivered.getMonthValue(),
                delivered.getDayOfMonth(), slug);
    }

    /**
     * A photo's card, shown with its thumbnail and web sizes; when one of the two is missing the other stands in for
     * it. The high-resolution file never does: it may be for account holders only. Without either, no card.
     */
    Optional<PhotoCard> photo(Photo photo, String lang) {
        PhotoText text = photo.texts.get(lang);
        PhotoRendition small = Optional.ofNullable(photo.renditions.get(PhotoRendition.Kind.THUMBNAIL))
                .orElse(photo.renditions.get(PhotoRendition.Kind.WEB));
        PhotoRendition large = Optional.ofNullable(photo.renditions.get(PhotoRendition.Kind.WEB)).orElse(small);
        if (text == null || small == null) {
            return Optional.empty();
        }
        return Optional.of(new PhotoCard(photo.id, text.caption, photo.credit, photoUrl(photo.id, lang, text.slug),
                fileUrl(photo.id, small.kind), fileUrl(photo.id, large.kind), small.width, small.height,
                text.altText == null || text.altText.isBlank() ? text.caption : text.altText));
    }

    List<PhotoCard> photos(Collection<Long> ids, String lang, Instant now) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, Photo> found = new LinkedHashMap<>();
        photos.findPublicByIds(ids, now).forEach(p -> found.put(p.id, p));
        return ids.stream().map(found::get).filter(Objects::nonNull).flatMap(p -> photo(p, lang).stream()).toList();
    }

    static String photoUrl(long id, String lang, String slug) {
        return "/%s/photos/%d-%s".formatted(lang, id, slug);
    }

    static String fileUrl(long photoId, PhotoRendition.Kind kind) {
        return "/media/photos/%d/%s.jpg".formatted(photoId, kind.code);
    }

    Optional<GalleryCard> gallery(Gallery gallery, String lang, Instant now) {
        GalleryText text = gallery.texts.get(lang);
        if (text == null) {
            return Optional.empty();
        }
        List<PhotoCard> cards = photos(gallery.photoIds, lang, now);
        return Optional.of(new GalleryCard(gallery.id, text.title, "/%s/galleries/%d-%s".formatted(lang, gallery.id, text.slug),
                text.description, cards.isEmpty() ? null : cards.get(0), cards.size()));
    }
}
