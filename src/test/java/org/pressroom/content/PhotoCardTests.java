package org.pressroom.content;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.pressroom.content.PhotoRendition.Kind;
import org.pressroom.content.Views.PhotoCard;

import static org.assertj.core.api.Assertions.assertThat;

/** Which of a photo's files its card shows when some were never made. */
class PhotoCardTests {

    // Cards.photo reads only the photo it is given.
    private final Cards cards = new Cards(null, null, null, null);

    private static Photo photo(Kind... kinds) {
        Photo photo = new Photo(null, Instant.parse("2026-03-02T10:00:00Z"), "A. Martin", "Press office", DownloadPolicy.ACCOUNT,
                Instant.parse("2026-03-02T12:00:00Z"));
        photo.id = 42L;
        photo.texts.put("en", new PhotoText("en", "The new ferry", "the-new-ferry", ""));
        int width = 320;
        for (Kind kind : kinds) {
            photo.renditions.put(kind, new PhotoRendition(kind, "photos/42/" + kind.code, "image/jpeg", width, width * 2 / 3, 1000, "0"));
            width *= 5;
        }
        return photo;
    }

    @Test
    void aPhotoWithEverySizeShowsItsThumbnailAndWebSize() {
        PhotoCard card = cards.photo(photo(Kind.THUMBNAIL, Kind.WEB, Kind.HIGH), "en").orElseThrow();
        assertThat(card.thumbnailUrl()).isEqualTo("/media/photos/42/thumbnail.jpg");
        assertThat(card.webUrl()).isEqualTo("/media/photos/42/web.jpg");
        assertThat(card.thumbnailWidth()).isEqualTo(320);
    }

    @Test
    void aMissingThumbnailIsReplacedByTheWebSizeAndAMissingWebSizeByTheThumbnail() {
        PhotoCard noThumbnail = cards.photo(photo(Kind.WEB, Kind.HIGH), "en").orElseThrow();
        assertThat(noThumbnail.thumbnailUrl()).isEqualTo("/media/photos/42/web.jpg");
        assertThat(noThumbnail.thumbnailWidth()).isEqualTo(320);

        PhotoCard noWeb = cards.photo(photo(Kind.THUMBNAIL, Kind.HIGH), "en").orElseThrow();
        assertThat(noWeb.webUrl()).isEqualTo("/media/photos/42/thumbnail.jpg");
    }

    @Test
    void theHighResolutionFileNeverStandsInSinceItMayBeForAccountHoldersOnly() {
        assertThat(cards.photo(photo(Kind.HIGH), "en")).isEmpty();
        assertThat(cards.photo(photo(Kind.THUMBNAIL, Kind.WEB), "fr")).as("no French caption").isEmpty();
    }
}
