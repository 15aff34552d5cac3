package org.pressroom.delivery;

import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.junit.jupiter.api.Test;
import org.pressroom.TestDataDirectory;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The basket: videos, photos' files or single renditions put aside, kept across log-ins, downloaded as one ZIP
 * streamed on the fly (files stored as they are, a manifest and checksums first), each file logged.
 */
class BasketTests extends DeliveryTestSupport {

    @Test
    void theBasketKeepsWhatWasAddedAcrossLoggingOutAndIn() throws Exception {
        long video = fixtures.accountVideo();
        Journalist ada = Journalist.verified(port, smtp);
        String panel = "/en/videos/" + video + "/downloads";

        HttpResponse<String> added = ada.post("/en/basket/items", panel, "type", "video", "id", String.valueOf(video), "returnTo", panel);
        ada.post("/en/basket/items", panel, "type", "video", "id", String.valueOf(video), "file", "audio-fra", "returnTo", panel);
        assertThat(Journalist.location(added)).hasValue(panel);
        assertThat(ada.get(panel).body()).contains("In your basket");

        ada.logOut();
        assertThat(Journalist.location(ada.get("/en/basket"))).hasValue("/en/account/login?returnTo=/en/basket");
        ada.logIn();

        String basket = ada.get("/en/basket").body();
        assertThat(basket).contains("Broadcast MP4", "Audio, French", "Download all as ZIP").doesNotContain("Original master");
    }

    @Test
    void theBasketDownloadsAsOneStreamedZipWithAManifestAndChecksums() throws Exception {
        long video = fixtures.accountVideo();
        Journalist ada = Journalist.verified(port, smtp);
        String panel = "/en/videos/" + video + "/downloads";
        for (String file : List.of("broadcast", "original", "audio-eng")) {
            ada.post("/en/basket/items", panel, "type", "video", "id", String.valueOf(video), "file", file, "returnTo", panel);
        }

        HttpResponse<byte[]> zip = ada.bytes("/en/basket/download");

        assertThat(zip.statusCode()).isEqualTo(200);
        assertThat(zip.headers().firstValue("Content-Type")).hasValue("application/zip");
        assertThat(zip.headers().firstValue("Content-Length")).hasValue(String.valueOf(zip.body().length));
        assertThat(zip.headers().firstValue("Content-Disposition")).hasValueSatisfying(d -> assertThat(d)
                .startsWith("attachment; filename=\"").contains("-example-organisation-basket.zip\""));
        Path saved = TestDataDirectory.fresh("basket").resolve("basket.zip");
        Files.write(saved, zip.body());
        try (ZipFile archive = new ZipFile(saved.toFile())) {
            List<String> names = Collections.list(archive.entries()).stream().map(ZipEntry::getName).toList();
            assertThat(names).hasSize(5);
            assertThat(names.subList(0, 2)).containsExactly("MANIFEST.txt", "SHA256SUMS");
            assertThat(names).contains("2026-02-12-press-conference-coastal-waters-2-3-été-прес-конференция-original.mov");
            String manifest = text(archive, "MANIFEST.txt");
            assertThat(manifest).contains(TestVideo.CREDIT, TestVideo.RESTRICTION, "Terms of use for downloads", "Version 2026-01",
                    "credit line given beside each item", FileServingTests.sha256(Files.readAllBytes(TestVideo.master())));
            List<String> sums = text(archive, "SHA256SUMS").lines().toList();
            assertThat(sums).hasSize(3);
            for (ZipEntry entry : Collections.list(archive.entries())) {
                assertThat(entry.getMethod()).as(entry.getName() + " stored, not deflated").isEqualTo(ZipEntry.STORED);
                byte[] bytes;
                try (InputStream in = archive.getInputStream(entry)) {
                    bytes = in.readAllBytes();
                }
                CRC32 crc = new CRC32();
                crc.update(bytes);
                assertThat(entry.getCrc()).as(entry.getName()).isEqualTo(crc.getValue());
                if (!entry.getName().equals("MANIFEST.txt") && !entry.getName().equals("SHA256SUMS")) {
                    assertThat(sums).contains(FileServingTests.sha256(bytes) + "  " + entry.getName());
                }
            }
        }
        assertThat(jdbc.queryForObject("""
                select count(*) from download_log l join account a on a.id = l.account_id
                where a.email = ? and l.via = 'basket' and l.complete""", Integer.class, ada.email)).isEqualTo(3);
    }

    @Test
    void aRangeOnTheZipIsIgnoredAndTheWholeArchiveSent() throws Exception {
        long video = fixtures.accountVideo();
        Journalist ada = Journalist.verified(port, smtp);
        String panel = "/en/videos/" + video + "/downloads";
        ada.post("/en/basket/items", panel, "type", "video", "id", String.valueOf(video), "file", "audio-eng", "returnTo", panel);

        HttpResponse<byte[]> whole = ada.bytes("/en/basket/download");
        HttpResponse<byte[]> ranged = ada.bytes("/en/basket/download", "Range", "bytes=100-");

        assertThat(ranged.statusCode()).isEqualTo(200);
        assertThat(ranged.headers().firstValue("Accept-Ranges")).hasValue("none");
        assertThat(ranged.body()).hasSize(whole.body().length);
    }

    @Test
    void filesNoLongerOfferedAreLeftOutOfTheZipAndNamedInTheManifest() throws Exception {
        long kept = fixtures.accountVideo();
        long withdrawn = fixtures.publicVideo();
        Journalist ada = Journalist.verified(port, smtp);
        ada.post("/en/basket/items", "/en/basket", "type", "video", "id", String.valueOf(kept), "file", "audio-eng", "returnTo", "/en/basket");
        ada.post("/en/basket/items", "/en/basket", "type", "video", "id", String.valueOf(withdrawn), "file", "audio-fra", "returnTo", "/en/basket");
        jdbc.update("update video_asset set download = 'DISABLED' where id = ?", withdrawn);
        try {
            assertThat(ada.get("/en/basket").body()).contains("No longer available: left out of the ZIP.");
            Path saved = TestDataDirectory.fresh("basket").resolve("basket.zip");
            Files.write(saved, ada.bytes("/en/basket/download").body());
            try (ZipFile archive = new ZipFile(saved.toFile())) {
                List<String> names = new ArrayList<>(Collections.list(archive.entries()).stream().map(ZipEntry::getName).toList());
                assertThat(names).hasSize(3).anySatisfy(name -> assertThat(name).endsWith("-audio-eng.m4a"));
                assertThat(text(archive, "MANIFEST.txt")).contains("No longer available", "(Audio, French)");
            }
        } finally {
            jdbc.update("update video_asset set download = 'PUBLIC' where id = ?", withdrawn);
        }
    }

    @Test
    void aVisitorWithoutAnAccountIsAskedToLogInFirst() throws Exception {
        Journalist visitor = Journalist.anonymous(port);
        assertThat(Journalist.location(visitor.get("/en/basket"))).hasValue("/en/account/login?returnTo=/en/basket");
        assertThat(Journalist.location(visitor.get("/en/basket/download"))).hasValue("/en/account/login?returnTo=/en/basket");
    }

    private static String text(ZipFile archive, String name) throws Exception {
        try (InputStream in = archive.getInputStream(archive.getEntry(name))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
