package org.pressroom.content;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.pressroom.content.Views.GalleryCard;
import org.pressroom.content.Views.GalleryPage;
import org.pressroom.content.Views.PhotoCard;
import org.pressroom.content.Views.PhotoPage;
import org.pressroom.content.Views.RenditionInfo;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Published photos and galleries, and which of a photo's files a reader may have. */
@Service
@Transactional(readOnly = true)
class PhotoCatalog {

    private final PhotoRepository photos;
    private final GalleryRepository galleries;
    private final Cards cards;
    private final Clock clock;

    PhotoCatalog(PhotoRepository photos, GalleryRepository galleries, Cards cards, Clock clock) {
        this.photos = photos;
        this.galleries = galleries;
        this.cards = cards;
        this.clock = clock;
    }

    List<PhotoCard> latest(String lang, int count) {
        return photos.findLatestPublic(clock.instant(), PageRequest.of(0, count)).stream()
                .flatMap(p -> cards.photo(p, lang).stream()).toList();
    }

    List<GalleryCard> galleries(String lang) {
        Instant now = clock.instant();
        return galleries.findAllPublic(now).stream().flatMap(g -> cards.gallery(g, lang, now).stream()).toList();
    }

    /** A gallery by id; the slug only has to be right for the URL to be canonical. */
    Lookup<GalleryPage> gallery(String lang, long id, String slug) {
        Instant now = clock.instant();
        Optional<Gallery> found = galleries.findPublic(id, now);
        if (found.isEmpty()) {
            return Lookup.missing();
        }
        Gallery gallery = found.get();
        Map<String, String> translations = new LinkedHashMap<>();
        gallery.texts.values().stream().sorted(Comparator.comparing(t -> t.lang))
                .forEach(t -> translations.put(t.lang, "/%s/galleries/%d-%s".formatted(t.lang, id, t.slug)));
        GalleryText text = gallery.texts.get(lang);
        if (text == null) {
            return Lookup.untranslated(translations);
        }
        if (!text.slug.equals(slug)) {
            return Lookup.moved(translations.get(lang));
        }
        GalleryCard card = cards.gallery(gallery, lang, now).orElseThrow();
        return Lookup.found(new GalleryPage(card, cards.photos(gallery.photoIds, lang, now),
                cards.event(gallery.eventId, lang, now).orElse(null), translations));
    }

    Lookup<PhotoPage> photo(String lang, long id, String slug) {
        Instant now = clock.instant();
        Optional<Photo> found = photos.findPublic(id, now);
        if (found.isEmpty()) {
            return Lookup.missing();
        }
        Photo photo = found.get();
        Map<String, String> translations = new LinkedHashMap<>();
        photo.texts.values().stream().sorted(Comparator.comparing(t -> t.lang))
                .forEach(t -> translations.put(t.lang, Cards.photoUrl(id, t.lang, t.slug)));
        PhotoText text = photo.texts.get(lang);
        if (text == null) {
            return Lookup.untranslated(translations);
        }
        if (!text.slug.equals(slug)) {
            return Lookup.moved(translations.get(lang));
        }
        List<RenditionInfo> renditions = photo.renditions.values().stream()
                .sorted(Comparator.comparing(r -> r.kind))
                .map(r -> new RenditionInfo(r.kind.code, Cards.fileUrl(id, r.kind), r.width, r.height, r.size, r.sha256))
                .toList();
        RenditionInfo high = renditions.stream().filter(r -> r.kind().equals(PhotoRendition.Kind.HIGH.code)).findFirst().orElse(null);
        Optional<PhotoCard> card = cards.photo(photo, lang);
        if (card.isEmpty()) {
            // No size of it can be shown (its files were never made): a page without its picture would mislead.
            return Lookup.missing();
        }
        RenditionInfo shown = renditions.stream().filter(r -> r.url().equals(card.get().webUrl())).findFirst().orElse(null);
        return Lookup.found(new PhotoPage(card.get(), photo.takenAt.atZone(cards.zoneOfPhoto(photo, now)),
                photo.photographer, photo.place == null ? "" : photo.place, photo.download, text.restriction,
                cards.event(photo.eventId, lang, now).orElse(null), renditions, high, shown, translations));
    }

    /** A photo's file, if the photo is public and the file is one anybody may have or the reader may download. */
    Optional<PhotoFile> file(long id, String kindCode, boolean verifiedAccount) {
        Optional<PhotoRendition.Kind> kind = PhotoRendition.Kind.fromCode(kindCode);
        if (kind.isEmpty()) {
            return Optional.empty();
        }
        return photos.findPublic(id, clock.instant()).flatMap(photo -> {
            PhotoRendition rendition = photo.renditions.get(kind.get());
            if (rendition == null) {
                return Optional.empty();
            }
            boolean download = kind.get() == PhotoRendition.Kind.HIGH;
            FileAccess access = !download || photo.download == DownloadPolicy.PUBLIC ? FileAccess.ALLOWED
                    : photo.download == DownloadPolicy.ACCOUNT && verifiedAccount ? FileAccess.ALLOWED
                    : photo.download == DownloadPolicy.ACCOUNT ? FileAccess.ACCOUNT_NEEDED : FileAccess.REFUSED;
            String name = download ? downloadName(photo) : null;
            boolean everyone = !download || photo.download == DownloadPolicy.PUBLIC;
            return Optional.of(new PhotoFile(rendition.storageKey, rendition.contentType, rendition.sha256, access, everyone, name));
        });
    }

    private static String downloadName(Photo photo) {
        PhotoText text = photo.texts.values().stream().min(Comparator.comparing(t -> t.lang)).orElseThrow();
        return "%s-%s-high.jpg".formatted(photo.takenAt.toString().substring(0, 10), text.slug);
    }

    /** Whether a reader gets a photo file. */
    enum FileAccess { ALLOWED, ACCOUNT_NEEDED, REFUSED }

    /**
     * @param everyone whether anybody may have this file, so that shared caches may keep it
     * @param downloadName the file name a download is saved under, for the high-resolution file
     */
    record PhotoFile(String storageKey, String contentType, String sha256, FileAccess access, boolean everyone, String downloadName) {
    }
}
