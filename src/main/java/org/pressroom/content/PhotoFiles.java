package org.pressroom.content;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the downloads may offer of a published photo: its caption, date, credit line and rights, and its
 * high-resolution file with the key it is stored under in media storage. Thumbnails and web sizes stay public
 * on the photo's page.
 */
@Service
@Transactional(readOnly = true)
public class PhotoFiles {

    private final PhotoRepository photos;
    private final Cards cards;
    private final Clock clock;

    PhotoFiles(PhotoRepository photos, Cards cards, Clock clock) {
        this.photos = photos;
        this.cards = cards;
        this.clock = clock;
    }

    /**
     * @param caption the caption in the language asked for, else in the first language it has
     * @param taken the day it was taken, in the time zone of its event (else the press office's)
     * @param restriction the third-party restriction note in that language, or empty
     * @param pageUrl the photo's page in that language
     */
    public record PhotoDownload(long id, String caption, LocalDate taken, String credit, String photographer, DownloadPolicy download,
                                String restriction, String pageUrl, HighResolution high) {
    }

    /** The high-resolution file. */
    public record HighResolution(String contentType, int width, int height, long size, String sha256, String storageKey) {
    }

    /** The photo, if it is published and has a high-resolution file. */
    public Optional<PhotoDownload> find(long id, String lang) {
        Instant now = clock.instant();
        return photos.findPublic(id, now).flatMap(photo -> {
            PhotoRendition high = photo.renditions.get(PhotoRendition.Kind.HIGH);
            PhotoText text = Optional.ofNullable(photo.texts.get(lang))
                    .orElseGet(() -> photo.texts.values().stream().min(Comparator.comparing(t -> t.lang)).orElse(null));
            if (high == null || text == null) {
                return Optional.empty();
            }
            return Optional.of(new PhotoDownload(id, text.caption, photo.takenAt.atZone(cards.zoneOfPhoto(photo, now)).toLocalDate(),
                    photo.credit, photo.photographer, photo.download, text.restriction == null ? "" : text.restriction,
                    Cards.photoUrl(id, text.lang, text.slug),
                    new HighResolution(high.contentType, high.width, high.height, high.size, high.sha256, high.storageKey)));
        });
    }
}
