package org.pressroom.delivery;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.pressroom.media.MediaStorage;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** A photo's high-resolution file goes through the same gate, log and basket as a video's files. */
class PhotoDownloadTests extends DeliveryTestSupport {

    @Autowired
    MediaStorage storage;

    @Test
    void anAccountPhotoAsksToLogInThenComesThroughASignedLoggedLink() throws Exception {
        long photo = photo("ACCOUNT", "Ministers at the \"round table\"");
        Journalist visitor = Journalist.anonymous(port);
        assertThat(Journalist.location(visitor.get("/en/downloads/photo/" + photo + "/high")))
                .hasValue("/en/account/login?returnTo=/en/downloads/photo/" + photo + "/high");

        Journalist ada = Journalist.verified(port, smtp);
        String link = Journalist.location(ada.get("/en/downloads/photo/" + photo + "/high")).orElseThrow();
        HttpResponse<byte[]> file = Journalist.anonymous(port).bytes(link);

        assertThat(file.statusCode()).isEqualTo(200);
        assertThat(file.body()).isEqualTo(JPEG);
        assertThat(file.headers().firstValue("Content-Type")).hasValue("image/jpeg");
        assertThat(file.headers().firstValue("Content-Disposition")).hasValue(
                "attachment; filename=\"2026-02-12-ministers-at-the-round-table-high.jpg\"; "
                        + "filename*=UTF-8''2026-02-12-ministers-at-the-round-table-high.jpg");
        await().atMost(Duration.ofSeconds(10)).until(() -> jdbc.queryForObject(
                "select count(*) from download_log where asset_type = 'photo' and asset_id = ? and complete", Integer.class, photo) == 1);
    }

    @Test
    void aPhotoGoesIntoTheBasketAndItsZip() throws Exception {
        long photo = photo("PUBLIC", "Harbour at dawn");
        Journalist ada = Journalist.verified(port, smtp);

        ada.post("/en/basket/items", "/en/basket", "type", "photo", "id", String.valueOf(photo), "returnTo", "/en/basket");

        assertThat(ada.get("/en/basket").body()).contains("Harbour at dawn", "High resolution");
        String zip = new String(ada.bytes("/en/basket/download").body(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(zip).contains("2026-02-12-harbour-at-dawn-high.jpg", "© Photo Desk");
    }

    @Test
    void aPublicPhotoNeedsNoAccount() throws Exception {
        long photo = photo("PUBLIC", "Open photo");
        Journalist visitor = Journalist.anonymous(port);

        String link = Journalist.location(visitor.get("/en/downloads/photo/" + photo + "/high")).orElseThrow();

        assertThat(visitor.bytes(link).body()).isEqualTo(JPEG);
    }

    /** The smallest JPEG there is: start and end of image. The downloads never look inside. */
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xD9};

    /** A published photo with a high-resolution file, as the content module keeps one. */
    private long photo(String rights, String caption) throws Exception {
        Instant taken = Instant.parse("2026-02-12T09:30:00Z");
        Timestamp now = Timestamp.from(clock.instant().minusSeconds(60));
        Long id = jdbc.queryForObject("""
                insert into photo (taken_at, photographer, credit, download, width, height, status, published_at, updated_at)
                values (?, 'J. Doe', '© Photo Desk', ?, 4, 3, 'PUBLISHED', ?, ?) returning id""", Long.class,
                Timestamp.from(taken), rights, now, now);
        jdbc.update("insert into photo_text (photo_id, lang, caption, slug) values (?, 'en', ?, 'photo')", id, caption);
        var stored = storage.store("photos/" + id + "/high.jpg", new ByteArrayInputStream(JPEG));
        jdbc.update("""
                insert into photo_rendition (photo_id, kind, storage_key, content_type, width, height, size, sha256)
                values (?, 'HIGH', ?, 'image/jpeg', 4, 3, ?, ?)""", id, stored.key(), stored.size(), stored.sha256());
        return id;
    }
}
