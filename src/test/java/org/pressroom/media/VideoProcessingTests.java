package org.pressroom.media;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.pressroom.RequiredTools;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * A master goes in through the ingest service and comes out, through the durable job, as a ready asset with
 * its renditions stored; a file that is not a video is refused at once; a damaged one fails with ffmpeg's
 * reason and nothing of it is offered.
 */
@SpringBootTest
class VideoProcessingTests {

    @Autowired
    VideoIngest ingest;

    @Autowired
    VideoAssetRepository assets;

    @Autowired
    VideoRenditionRepository renditions;

    @Autowired
    MediaStorage storage;

    @Test
    void aMasterBecomesAReadyAssetWithItsOriginalBitExactAndItsRenditionsStored() throws Exception {
        RequiredTools.require("ffprobe", "ffmpeg");
        Path master = TestMasters.small(640, 360);
        byte[] bytes = Files.readAllBytes(master);

        long id;
        try (InputStream in = Files.newInputStream(master)) {
            id = ingest.ingest(in, "../../etc/passwd\u0000\nsmall.mov", "A small master");
        }
        await().atMost(Duration.ofMinutes(4)).pollInterval(Duration.ofMillis(500))
                .until(() -> assets.findById(id).orElseThrow().status, status -> status == VideoAsset.Status.READY
                        || status == VideoAsset.Status.FAILED);

        VideoAsset asset = assets.findById(id).orElseThrow();
        assertThat(asset.status).as(asset.error).isEqualTo(VideoAsset.Status.READY);
        assertThat(asset.originalName).isEqualTo("../../etc/passwdsmall.mov");
        assertThat(asset.originalKey).isEqualTo("videos/" + id + "/original.mov");
        assertThat(asset.originalSha256).isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)));
        try (InputStream stored = storage.find(asset.originalKey).orElseThrow().getInputStream()) {
            assertThat(stored.readAllBytes()).isEqualTo(bytes);
        }
        assertThat(asset.progress).isEqualTo(100f);
        assertThat(asset.probe).contains("\"width\":640");
        assertThat(asset.loudness).contains("integrated");
        List<VideoRendition> made = renditions.findByAssetIdOrderById(id);
        assertThat(made).extracting(r -> r.kind).contains(PlannedRendition.Kind.BROADCAST, PlannedRendition.Kind.MP4,
                PlannedRendition.Kind.AUDIO, PlannedRendition.Kind.HLS, PlannedRendition.Kind.POSTER, PlannedRendition.Kind.STORYBOARD);
        assertThat(made).filteredOn(r -> r.kind == PlannedRendition.Kind.MP4).allSatisfy(r -> assertThat(r.height).isLessThanOrEqualTo(360));
        for (VideoRendition rendition : made) {
            try (InputStream in = storage.find(rendition.storageKey).orElseThrow().getInputStream()) {
                assertThat(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(in.readAllBytes())))
                        .as(rendition.storageKey).isEqualTo(rendition.sha256);
            }
        }
    }

    @Test
    void aFileThatIsNotAVideoIsRefusedWhateverItsName() {
        for (byte[] content : List.of("just some text, named .mp4".getBytes(StandardCharsets.UTF_8), new byte[0],
                new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0d, 0x0a, 0x1a, 0x0a})) {
            long before = assets.count();
            assertThatThrownBy(() -> ingest.ingest(new ByteArrayInputStream(content), "clip.mp4", "Not a video"))
                    .isInstanceOf(VideoIngest.UnsupportedMedia.class).hasMessageContaining("not a video");
            assertThat(assets.count()).isEqualTo(before);
        }
    }

    @Test
    void aDamagedMasterFailsWithAClearReasonAndOffersNothing() throws Exception {
        RequiredTools.require("ffprobe", "ffmpeg");
        byte[] whole = Files.readAllBytes(TestMasters.small(640, 360));
        byte[] randomAfterHeader = whole.clone();
        new java.util.Random(7).nextBytes(randomAfterHeader);
        System.arraycopy(whole, 0, randomAfterHeader, 0, 12);

        for (byte[] damaged : List.of(Arrays.copyOf(whole, whole.length / 3), randomAfterHeader)) {
            long id = ingest.ingest(new ByteArrayInputStream(damaged), "damaged.mov", "Damaged");
            await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(300))
                    .until(() -> assets.findById(id).orElseThrow().status, status -> status == VideoAsset.Status.FAILED
                            || status == VideoAsset.Status.READY);

            VideoAsset asset = assets.findById(id).orElseThrow();
            assertThat(asset.status).isEqualTo(VideoAsset.Status.FAILED);
            assertThat(asset.error).isNotBlank().doesNotContain("Exception");
            assertThat(renditions.findByAssetIdOrderById(id)).isEmpty();
        }
    }
}
