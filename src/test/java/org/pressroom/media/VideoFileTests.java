package org.pressroom.media;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The player's files are served only for published videos, only when they are stored renditions the player
 * needs, with byte ranges; everything else under the address answers 404.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"pressroom.media.upload.token=test-token", "pressroom.media.upload.max-size=20MB"})
class VideoFileTests {

    @LocalServerPort
    int port;

    @Autowired
    VideoAssetRepository assets;

    @Autowired
    VideoRenditionRepository renditions;

    @Autowired
    VideoCaptionRepository captions;

    @Autowired
    MediaStorage storage;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void playerFilesAreServedForAPublishedVideoOnlyAndNothingElseIsReachable() throws Exception {
        VideoAsset asset = assets.save(new VideoAsset("Served", "served.mov", "mov", Instant.now()));
        long id = asset.id;
        rendition(id, PlannedRendition.Kind.POSTER, "poster.jpg", 0, "a poster");
        rendition(id, PlannedRendition.Kind.HLS, "hls/master.m3u8", 0, "#EXTM3U\n");
        rendition(id, PlannedRendition.Kind.MP4, "hd-720p.mp4", 720, "0123456789".repeat(100));
        rendition(id, PlannedRendition.Kind.BROADCAST, "broadcast.mp4", 1080, "the broadcast file");
        storage.store("videos/" + id + "/original.mov", new ByteArrayInputStream("the master".getBytes(StandardCharsets.UTF_8)));
        captions.save(new VideoCaption(id, new Caption("en", "WEBVTT\n\n00:00.000 --> 00:01.000\nHello\n")));

        List<String> served = List.of("/poster.jpg", "/hls/master.m3u8", "/hd-720p.mp4", "/captions/en.vtt");
        for (String path : served) {
            assertThat(get(id, path, null).statusCode()).as("before it is ready: " + path).isEqualTo(404);
        }
        ready(id, false);
        for (String path : served) {
            assertThat(get(id, path, null).statusCode()).as("ready but not to be published: " + path).isEqualTo(404);
        }
        ready(id, true);

        HttpResponse<String> poster = get(id, "/poster.jpg", null);
        assertThat(poster.statusCode()).isEqualTo(200);
        assertThat(poster.headers().firstValue("Content-Type")).hasValue("image/jpeg");
        assertThat(poster.headers().firstValue("ETag")).isPresent();
        assertThat(poster.headers().firstValue("Cache-Control")).as("an embargo put on it later holds within a minute")
                .hasValueSatisfying(value -> assertThat(value).contains("max-age=60").contains("public"));
        assertThat(get(id, "/hls/master.m3u8", null).headers().firstValue("Content-Type")).hasValue("application/vnd.apple.mpegurl");
        HttpResponse<String> range = get(id, "/hd-720p.mp4", "bytes=10-19");
        assertThat(range.statusCode()).isEqualTo(206);
        assertThat(range.body()).isEqualTo("0123456789");
        assertThat(range.headers().firstValue("Content-Range")).hasValue("bytes 10-19/1000");
        HttpResponse<String> vtt = get(id, "/captions/en.vtt", null);
        assertThat(vtt.statusCode()).isEqualTo(200);
        assertThat(vtt.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/vtt");
        assertThat(vtt.body()).startsWith("WEBVTT");

        for (String path : List.of("/broadcast.mp4", "/original.mov", "/captions/fr.vtt", "/../" + id + "/poster.jpg",
                "/%2e%2e/%2e%2e/etc/passwd", "/hls/../poster.jpg", "/POSTER.JPG/x", "/nothing.jpg")) {
            assertThat(get(id, path, null).statusCode()).as(path).isIn(400, 404);
        }
    }

    private void rendition(long id, PlannedRendition.Kind kind, String path, int height, String content) throws Exception {
        MediaStorage.StoredFile stored = storage.store("videos/" + id + "/" + path,
                new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8)));
        renditions.save(new VideoRendition(id, kind, path, stored.key(), stored.size(), stored.sha256(), 0, height, null));
    }

    private void ready(long id, boolean publish) {
        VideoAsset asset = assets.findById(id).orElseThrow();
        asset.status = VideoAsset.Status.READY;
        asset.publish = publish;
        assets.save(asset);
    }

    private HttpResponse<String> get(long id, String path, String range) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/media/videos/" + id + path));
        if (range != null) {
            request.header("Range", range);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
