package org.pressroom.delivery;

import java.net.http.HttpResponse;
import java.time.Duration;

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

    private long photo(String rights, String caption) throws Exception {
        return TestPhotos.publish(jdbc, storage, clock.instant(), rights, caption, JPEG);
    }
}
