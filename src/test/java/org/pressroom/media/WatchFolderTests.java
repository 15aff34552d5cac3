package org.pressroom.media;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.pressroom.RequiredTools;
import org.pressroom.TestDataDirectory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.util.FileSystemUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Files dropped in the watch folder, as a press officer drops them: a master copied slowly with its sidecar
 * is taken only once complete; a sidecar with a typo or broken YAML, and a text file named {@code .mp4},
 * stay with a note saying why, and are taken once put right.
 */
@SpringBootTest(properties = {"pressroom.media.inbox.stable-for=1s", "pressroom.media.inbox.poll-interval=100ms"})
class WatchFolderTests {

    private static final Duration TAKEN_WITHIN = Duration.ofSeconds(20);

    @Autowired
    WatchFolder watchFolder;

    @Autowired
    VideoAssetRepository assets;

    @Autowired
    VideoRenditionRepository renditions;

    @Autowired
    VideoShotRepository shots;

    @Test
    void aMasterCopiedSlowlyIsTakenWhenCompleteWithItsSidecarTitleAndLeavesTheInbox() throws Exception {
        RequiredTools.require("ffmpeg", "ffmpeg");
        byte[] master = Files.readAllBytes(TestMasters.small(640, 360));
        Path inbox = watchFolder.directory();
        String name = "Conférence de presse — 12 mai.mov";
        Files.writeString(inbox.resolve("Conférence de presse — 12 mai.yaml"), """
                title: Press conference, 12 May
                summary: The spokesperson answers questions.
                date: 2026-05-12
                audio: [spa, por]
                type: press conference
                shots:
                  - {at: "00:00:02", kind: soundbite, text: We agreed., speaker: A spokesperson, language: spa}
                rights:
                  credit: Example Organisation
                  download: public
                publish: true
                """);

        // The first half, a pause shorter than stable-for, then the second half trickling in for longer than stable-for.
        Path file = inbox.resolve(name);
        int half = master.length / 2;
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write(master, 0, half);
            out.flush();
            Thread.sleep(700);
            assertThat(file).exists();
            assertThat(assetTitled("Press conference, 12 May")).isEmpty();
            int piece = (master.length - half) / 4 + 1;
            for (int offset = half; offset < master.length; offset += piece) {
                out.write(master, offset, Math.min(piece, master.length - offset));
                out.flush();
                Thread.sleep(400);
            }
        }

        await().atMost(TAKEN_WITHIN).until(() -> assetTitled("Press conference, 12 May").isPresent() && !Files.exists(file));
        VideoAsset asset = assetTitled("Press conference, 12 May").orElseThrow();
        assertThat(asset.originalSize).isEqualTo(master.length);
        assertThat(asset.originalSha256).isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(master)));
        assertThat(asset.originalName).isEqualTo(name);
        assertThat(asset.summary).isEqualTo("The spokesperson answers questions.");
        assertThat(asset.recordedOn).isEqualTo(java.time.LocalDate.of(2026, 5, 12));
        assertThat(asset.audioLanguages).containsExactly("spa", "por");
        assertThat(asset.type).isEqualTo(VideoType.PRESS_CONFERENCE);
        assertThat(shots.findByAssetIdOrderByPosition(asset.id)).extracting(VideoShot::value)
                .containsExactly(new Shot(2, null, Shot.Kind.SOUNDBITE, "We agreed.", "A spokesperson", "spa"));
        assertThat(asset.credit).isEqualTo("Example Organisation");
        assertThat(asset.download).isEqualTo("PUBLIC");
        assertThat(asset.publish).isTrue();
        assertThat(inbox.resolve("Conférence de presse — 12 mai.yaml")).doesNotExist();
        assertThat(inbox.resolve(".done").resolve(asset.id + "-" + name)).hasBinaryContent(master);
        assertThat(inbox.resolve(".done").resolve(asset.id + "-Conférence de presse — 12 mai.yaml")).content().contains("publish: true");

        // The languages the sender gave replace the file's own tags (eng, fra) in what is made from it.
        await().atMost(java.time.Duration.ofMinutes(4)).until(() -> assets.findById(asset.id).orElseThrow().status,
                status -> status == VideoAsset.Status.READY || status == VideoAsset.Status.FAILED);
        assertThat(renditions.findByAssetIdOrderById(asset.id)).filteredOn(r -> r.kind == PlannedRendition.Kind.AUDIO)
                .extracting(r -> r.name).containsExactly("audio-spa.m4a", "audio-por.m4a");
        assertThat(renditions.findByAssetIdOrderById(asset.id)).filteredOn(r -> r.kind == PlannedRendition.Kind.BROADCAST)
                .singleElement().satisfies(r -> assertThat(r.probe).contains("\"language\":\"spa\"", "\"language\":\"por\""));
    }

    @Test
    void aSidecarWithAnUnknownKeyOrBadYamlKeepsTheFileWithANoteUntilItIsFixed() throws Exception {
        Path inbox = watchFolder.directory();
        Path typo = inbox.resolve("typo in sidecar.mp4");
        Path broken = inbox.resolve("broken\nsidecar.mp4");
        Files.writeString(inbox.resolve("typo in sidecar.yaml"), "title: Arrivals\ntitel: Arrivals\n");
        Files.writeString(inbox.resolve("broken\nsidecar.yaml"), "title: Departures\n\tsummary: indented with a tab\n");
        Files.write(typo, fakeVideo(1));
        Files.write(broken, fakeVideo(2));

        Path typoNote = inbox.resolve("typo in sidecar.mp4.error");
        Path brokenNote = inbox.resolve("broken\nsidecar.mp4.error");
        await().atMost(TAKEN_WITHIN).until(() -> Files.exists(typoNote) && Files.exists(brokenNote));
        assertThat(typoNote).content().contains("\"typo in sidecar.mp4\"", "Line 2, column 1", "unknown key \"titel\"", "title, summary");
        assertThat(brokenNote).content().contains("\"broken\\u000asidecar.mp4\"", "Line 2, column 1", "not valid YAML", "TAB");
        Thread.sleep(2_000);
        assertThat(typo).exists();
        assertThat(broken).exists();
        assertThat(assetTitled("Arrivals")).isEmpty();
        assertThat(assetTitled("Departures")).isEmpty();

        Files.writeString(inbox.resolve("typo in sidecar.yaml"), "title: Arrivals\nsummary: Arrivals\n");
        await().atMost(TAKEN_WITHIN).until(() -> assetTitled("Arrivals").isPresent() && !Files.exists(typo));
        assertThat(typoNote).doesNotExist();
        assertThat(broken).exists();
        assertThat(brokenNote).exists();
    }

    @Test
    void aTextFileNamedMp4GetsANoteAndIsNotTriedAgainUntilReplaced() throws Exception {
        Path inbox = watchFolder.directory();
        Path text = inbox.resolve("statement.mp4");
        Files.writeString(text, "Not a video, whatever its name says.\n");
        Path note = inbox.resolve("statement.mp4.error");

        await().atMost(TAKEN_WITHIN).until(() -> Files.exists(note));
        assertThat(note).content().contains("\"statement.mp4\"", "not a video Pressroom can read");
        FileTime noted = Files.getLastModifiedTime(note);
        Thread.sleep(2_000);
        assertThat(Files.getLastModifiedTime(note)).as("the note is not rewritten: the file is not tried again").isEqualTo(noted);
        assertThat(text).exists();

        Files.write(text, fakeVideo(3));
        await().atMost(TAKEN_WITHIN).until(() -> assetTitled("statement").isPresent() && !Files.exists(text));
        assertThat(note).doesNotExist();
    }

    @Test
    void aLinkIsNeverFollowedAndHiddenOrPartialFilesAreLeftAlone() throws Exception {
        Path inbox = watchFolder.directory();
        Path outside = Files.write(TestDataDirectory.fresh("outside-inbox").resolve("secret.mp4"), fakeVideo(4));
        Path link = Files.createSymbolicLink(inbox.resolve("link to outside.mp4"), outside);
        Path partial = Files.write(inbox.resolve("still copying.mp4.partial"), fakeVideo(5));
        Path hidden = Files.write(inbox.resolve(".hidden.mp4"), fakeVideo(6));
        Files.write(inbox.resolve("after the link.mp4"), fakeVideo(7));

        await().atMost(TAKEN_WITHIN).until(() -> assetTitled("after the link").isPresent());
        Thread.sleep(1_500);
        assertThat(link).exists();
        assertThat(partial).exists();
        assertThat(hidden).exists();
        assertThat(inbox.resolve("link to outside.mp4.error")).doesNotExist();
        assertThat(assets.findAll()).extracting(asset -> asset.originalName)
                .doesNotContain("link to outside.mp4", "still copying.mp4.partial", ".hidden.mp4");
    }

    @Test
    void theInboxCanBeDeletedAndCreatedAgain() throws Exception {
        Path inbox = watchFolder.directory();
        FileSystemUtils.deleteRecursively(inbox);
        Thread.sleep(500);
        Files.createDirectories(inbox);
        Path file = Files.write(inbox.resolve("after the inbox came back.mp4"), fakeVideo(8));

        await().atMost(TAKEN_WITHIN).until(() -> assetTitled("after the inbox came back").isPresent() && !Files.exists(file));
    }

    private Optional<VideoAsset> assetTitled(String title) {
        return assets.findAll().stream().filter(asset -> title.equals(asset.title)).findFirst();
    }

    /** An MP4 header and noise: taken as a video by the ingest, and failed quickly by the processing, which is not tested here. */
    private static byte[] fakeVideo(long seed) {
        byte[] bytes = new byte[4096];
        new Random(seed).nextBytes(bytes);
        byte[] header = {0, 0, 0, 0x18, 'f', 't', 'y', 'p', 'm', 'p', '4', '2'};
        System.arraycopy(header, 0, bytes, 0, header.length);
        return bytes;
    }

}
