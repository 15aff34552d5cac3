package org.pressroom.delivery;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.pressroom.HtmlValidator;
import org.pressroom.RequiredTools;
import org.pressroom.media.MediaStorage;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The download panel the video page loads into {@code #video-downloads}: alone with {@code HX-Request}, as a page of
 * its own without; what it says about each file; never kept by a cache; the credit line written into the derived
 * files while the original stays bit-exact.
 */
class DownloadPanelTests extends DeliveryTestSupport {

    @Autowired
    MediaStorage storage;

    @Test
    void withHxRequestThePanelComesAloneAndWithoutAFullPageInTheLayout() throws Exception {
        long video = fixtures.accountVideo();
        Journalist ada = Journalist.verified(port, smtp);

        HttpResponse<String> fragment = ada.get("/en/videos/" + video + "/downloads", "HX-Request", "true",
                "HX-Current-URL", "http://127.0.0.1:" + port + "/en/videos/" + video + "-press-conference");
        HttpResponse<String> page = ada.get("/en/videos/" + video + "/downloads");

        assertThat(fragment.body().strip()).startsWith("<section class=\"download-panel\" id=\"download-panel\"")
                .doesNotContain("<html").doesNotContain("<footer");
        assertThat(fragment.body()).as("its forms come back to the video page")
                .contains("name=\"returnTo\" value=\"/en/videos/" + video + "-press-conference\"");
        assertThat(page.body()).contains("<html", "<h1>Press conference: &quot;Coastal waters&quot; 2/3", "id=\"video-downloads\"",
                "id=\"download-panel\"", "<footer");
        assertThat(HtmlValidator.errors(page.body())).isEmpty();
        assertThat(HtmlValidator.errors(Journalist.anonymous(port).get("/en/videos/" + video + "/downloads").body())).isEmpty();
        assertThat(HtmlValidator.errors(Journalist.anonymous(port).get("/fr/videos/" + video + "/downloads").body())).isEmpty();
    }

    @Test
    void eachFileShowsItsFormatResolutionDurationSizeAndChecksumWithTheCreditAndRestriction() throws Exception {
        long video = fixtures.accountVideo();
        byte[] master = Files.readAllBytes(TestVideo.master());
        String original = FileServingTests.sha256(master);
        double megabytes = master.length / 1e6;

        String panel = Journalist.verified(port, smtp).get("/en/videos/" + video + "/downloads").body();

        assertThat(panel).contains("Original master", "MOV (RAWVIDEO, 2 × PCM)", "640 × 360, 25 fps", "0:04",
                        String.format(java.util.Locale.ENGLISH, "%.1f MB", megabytes), original,
                        "Broadcast MP4", "MP4 (H.264 High, 2 × AAC)", "360p MP4", "Audio, English", "Audio, French", "M4A (AAC)")
                .contains(TestVideo.RESTRICTION, "Credit: " + TestVideo.CREDIT, "Add to basket");
        String french = Journalist.anonymous(port).get("/fr/videos/" + video + "/downloads").body();
        assertThat(french).contains("Master original", "MP4 diffusion", "Audio, anglais", "Audio, français",
                String.format(java.util.Locale.FRENCH, "%.1f Mo", megabytes),
                "Se connecter pour télécharger");
    }

    @Test
    void thePanelIsPersonalAndNeverKeptByACache() throws Exception {
        long video = fixtures.publicVideo();
        Journalist visitor = Journalist.anonymous(port);

        HttpResponse<String> first = visitor.get("/en/videos/" + video + "/downloads");
        assertThat(first.headers().firstValue("Cache-Control")).hasValue("private, no-store");
        assertThat(first.headers().firstValue("ETag")).isEmpty();
        assertThat(first.body()).contains("href=\"/downloads/");

        jdbc.update("update video_asset set download = 'DISABLED' where id = ?", video);
        try {
            HttpResponse<String> second = visitor.get("/en/videos/" + video + "/downloads");
            assertThat(second.body()).as("answered afresh, not from a cache").contains("Downloads of this item are not available.")
                    .doesNotContain("href=\"/downloads/");
        } finally {
            jdbc.update("update video_asset set download = 'PUBLIC' where id = ?", video);
        }
    }

    @Test
    void theCreditLineIsWrittenIntoTheDerivedFilesAndTheOriginalStaysBitExact() throws Exception {
        long video = fixtures.accountVideo();
        Path ffprobe = RequiredTools.require("ffprobe", "ffmpeg");

        for (String file : List.of("broadcast.mp4", "sd-360p.mp4", "audio-eng.m4a")) {
            Path stored = storage.find("videos/" + video + "/" + file).orElseThrow().getFile().toPath();
            Process probe = new ProcessBuilder(ffprobe.toString(), "-v", "error", "-show_entries", "format_tags=copyright", "-of",
                    "default=noprint_wrappers=1:nokey=1", stored.toString()).redirectErrorStream(true).start();
            String copyright = new String(probe.getInputStream().readAllBytes()).strip();
            assertThat(probe.waitFor(30, TimeUnit.SECONDS)).isTrue();
            assertThat(copyright).as(file).isEqualTo(TestVideo.CREDIT);
        }
        Path original = storage.find("videos/" + video + "/original.mov").orElseThrow().getFile().toPath();
        assertThat(Files.mismatch(original, TestVideo.master())).isEqualTo(-1L);
    }
}
