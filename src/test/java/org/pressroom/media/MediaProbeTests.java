package org.pressroom.media;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.pressroom.TestDataDirectory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The facts read from generated masters, with ffprobe and, degraded, from the bundled ffmpeg alone. */
class MediaProbeTests {

    @Test
    void aProgressiveMasterIsReadInFull() throws Exception {
        ProbeResult probe = new MediaProbe(TestMasters.installedTools()).probe(TestMasters.progressive());

        assertThat(probe.source()).isEqualTo(ProbeResult.Source.FFPROBE);
        assertThat(probe.container()).isEqualTo("mov,mp4,m4a,3gp,3g2,mj2");
        assertThat(probe.duration()).isEqualTo(Duration.ofSeconds(10));
        assertThat(probe.bitRate()).isGreaterThan(1_000_000);
        assertThat(probe.timecode()).hasValue("10:00:00:00");
        ProbeResult.VideoStream video = probe.video().orElseThrow();
        assertThat(video.codec()).isEqualTo("h264");
        assertThat(video.profile()).isEqualTo("Constrained Baseline");
        assertThat(video.width()).isEqualTo(1920);
        assertThat(video.height()).isEqualTo(1080);
        assertThat(video.frameRate()).isEqualTo("25/1");
        assertThat(video.framesPerSecond()).isEqualTo(25.0);
        assertThat(video.scanType()).isEqualTo(ProbeResult.ScanType.PROGRESSIVE);
        assertThat(video.pixelFormat()).isEqualTo("yuv420p");
        assertThat(probe.audio()).extracting(ProbeResult.AudioTrack::language).containsExactly("eng", "fra");
        assertThat(probe.audio()).allSatisfy(track -> {
            assertThat(track.codec()).isEqualTo("pcm_s16le");
            assertThat(track.channels()).isEqualTo(1);
            assertThat(track.channelLayout()).isEqualTo("mono");
            assertThat(track.sampleRate()).isEqualTo(48_000);
        });
        assertThat(probe.audio()).extracting(ProbeResult.AudioTrack::position).containsExactly(0, 1);
    }

    @Test
    void anInterlacedMasterIsReadAsTopFieldFirstAtItsFrameRate() throws Exception {
        ProbeResult probe = new MediaProbe(TestMasters.installedTools()).probe(TestMasters.interlaced());

        ProbeResult.VideoStream video = probe.video().orElseThrow();
        assertThat(video.scanType()).isEqualTo(ProbeResult.ScanType.INTERLACED_TFF);
        assertThat(video.frameRate()).isEqualTo("25/1");
        assertThat(probe.timecode()).isEmpty();
    }

    @Test
    void fieldOrderIsReadFromTheFramesWhenTheHeadersSayOtherwise() throws Exception {
        Path master = TestMasters.palBottomFieldFirst();
        assertThat(streamFieldOrder(master)).as("what the headers claim").isEqualTo("tt");

        ProbeResult.VideoStream video = new MediaProbe(TestMasters.installedTools()).probe(master).video().orElseThrow();

        assertThat(video.scanType()).isEqualTo(ProbeResult.ScanType.INTERLACED_BFF);
        assertThat(video.sampleAspectRatio()).isEqualTo("64:45");
        assertThat(video.displayWidth(576)).isEqualTo(1024);
    }

    /** The field order ffprobe reports for the first video stream, from headers only. */
    static String streamFieldOrder(Path file) throws IOException, InterruptedException {
        Process process = new ProcessBuilder("ffprobe", "-v", "error", "-select_streams", "v:0", "-show_entries", "stream=field_order",
                "-of", "default=noprint_wrappers=1:nokey=1", file.toString()).start();
        String output = new String(process.getInputStream().readAllBytes()).strip();
        process.waitFor();
        return output;
    }

    @Test
    void withoutFfprobeTheBundledFfmpegsDescriptionGivesTheEssentials() throws Exception {
        MediaTools bundledOnly = new MediaTools(null, null, "", TestDataDirectory.fresh("media-bundled"));
        ProbeResult probe = new MediaProbe(bundledOnly).probe(TestMasters.progressive());

        assertThat(probe.source()).isEqualTo(ProbeResult.Source.FFMPEG_DESCRIPTION);
        assertThat(probe.container()).isEqualTo("mov,mp4,m4a,3gp,3g2,mj2");
        assertThat(probe.duration()).isEqualTo(Duration.ofSeconds(10));
        assertThat(probe.timecode()).hasValue("10:00:00:00");
        ProbeResult.VideoStream video = probe.video().orElseThrow();
        assertThat(video.codec()).isEqualTo("h264");
        assertThat(video.width()).isEqualTo(1920);
        assertThat(video.height()).isEqualTo(1080);
        assertThat(video.frameRate()).isEqualTo("25/1");
        assertThat(video.pixelFormat()).isEqualTo("yuv420p");
        assertThat(probe.audio()).extracting(ProbeResult.AudioTrack::language).containsExactly("eng", "fra");
        assertThat(probe.audio()).allSatisfy(track -> {
            assertThat(track.channels()).isEqualTo(1);
            assertThat(track.sampleRate()).isEqualTo(48_000);
        });
    }

    @Test
    void ffmpeg51DescriptionLinesAreReadToo() throws Exception {
        ProbeResult probe = FfmpegDescription.parse(List.of(
                "Input #0, mpegts, from 'master.ts':",
                "  Duration: 00:01:02.50, start: 1.400000, bitrate: 25000 kb/s",
                "  Stream #0:0[0x100]: Video: h264 (High) ([27][0][0][0] / 0x001B), yuv420p(tv, bt709, top first), 1920x1080 [SAR 1:1 DAR 16:9], 25 fps, 50 tbr, 90k tbn",
                "  Stream #0:1[0x101](deu): Audio: mp2 ([3][0][0][0] / 0x0003), 48000 Hz, stereo, fltp, 256 kb/s",
                "  Stream #0:2[0x102](fra): Audio: pcm_s24le, 48000 Hz, 5.1(side), s32 (24 bit), 6912 kb/s",
                "  Stream #0:3[0x103]: Audio: aac (LC), 44100 Hz, 8 channels, fltp"));

        assertThat(probe.duration()).isEqualTo(Duration.ofMillis(62_500));
        assertThat(probe.bitRate()).isEqualTo(25_000_000);
        ProbeResult.VideoStream video = probe.video().orElseThrow();
        assertThat(video.profile()).isEqualTo("High");
        assertThat(video.scanType()).isEqualTo(ProbeResult.ScanType.INTERLACED_TFF);
        assertThat(video.frameRate()).as("the field rate (tbr) is not the frame rate").isEqualTo("25/1");
        assertThat(probe.audio()).extracting(ProbeResult.AudioTrack::channels).containsExactly(2, 6, 8);
        assertThat(probe.audio()).extracting(ProbeResult.AudioTrack::language).containsExactly("deu", "fra", "und");
    }

    @Test
    void fieldOrderIsReadAsDisplayed() {
        assertThat(MediaProbe.scanType("tt")).isEqualTo(ProbeResult.ScanType.INTERLACED_TFF);
        assertThat(MediaProbe.scanType("bt")).isEqualTo(ProbeResult.ScanType.INTERLACED_TFF);
        assertThat(MediaProbe.scanType("bb")).isEqualTo(ProbeResult.ScanType.INTERLACED_BFF);
        assertThat(MediaProbe.scanType("tb")).isEqualTo(ProbeResult.ScanType.INTERLACED_BFF);
        assertThat(MediaProbe.scanType("")).isEqualTo(ProbeResult.ScanType.UNKNOWN);
    }

    @Test
    void frameRatesAreExactFractions() {
        assertThat(FrameRate.choose("30000/1001", "30000/1001").fraction()).isEqualTo("30000/1001");
        assertThat(FrameRate.choose("50/1", "25/1").fraction()).as("interlaced stream reporting its field rate").isEqualTo("25/1");
        assertThat(FrameRate.choose("90000/1", "2997/100").fraction()).as("variable rate snapped to NTSC").isEqualTo("30000/1001");
        assertThat(FrameRate.choose("25/1", "0/0").fraction()).isEqualTo("25/1");
        assertThat(FrameRate.parse("23.98").fraction()).isEqualTo("24000/1001");
    }

    @Test
    void languageTagsThatAreNotCodesBecomeUnknown() {
        assertThat(MediaProbe.language("FRA")).isEqualTo("fra");
        assertThat(MediaProbe.language("")).isEqualTo("und");
        assertThat(MediaProbe.language("en,x:y")).isEqualTo("und");
    }

    @Test
    void corruptFilesAreRefusedWithTheReasonFfprobeGives() throws IOException {
        MediaProbe probe = new MediaProbe(TestMasters.installedTools());
        Path dir = TestDataDirectory.fresh("media-corrupt");
        for (CorruptInput input : CorruptInput.values()) {
            Path file = input.write(dir);
            assertThatThrownBy(() -> probe.probe(file)).as(input.name()).isInstanceOf(MediaProcessingException.class)
                    .hasMessageMatching("Not (a readable media|a media) file: .*" + input.reason + ".*")
                    .hasMessageNotContaining(dir.toString()).hasMessageNotContaining("0x");
        }
    }

    /** Inputs an editor might upload by mistake; the reason is the part of the message that tells them what is wrong. */
    enum CorruptInput {
        RANDOM_BYTES("random.mp4", "Invalid data found"),
        ZERO_BYTES("empty.mp4", "Invalid data found"),
        TEXT("statement.txt", "Invalid data found"),
        TRUNCATED_MP4("truncated.mp4", "moov atom not found");

        final String name;
        final String reason;

        CorruptInput(String name, String reason) {
            this.name = name;
            this.reason = reason;
        }

        Path write(Path directory) throws IOException {
            Path file = directory.resolve(name);
            switch (this) {
                case RANDOM_BYTES -> {
                    byte[] bytes = new byte[200_000];
                    new Random(5).nextBytes(bytes);
                    Files.write(file, bytes);
                }
                case ZERO_BYTES -> Files.write(file, new byte[0]);
                case TEXT -> Files.writeString(file, "Statement by the Spokesperson\n\nNot a video.\n");
                case TRUNCATED_MP4 -> {
                    // An MP4 whose index (moov) comes last, as ffmpeg writes it, cut in the middle like a broken upload.
                    Path whole = directory.resolve("whole.mp4");
                    TestMasters.run(List.of("ffmpeg", "-hide_banner", "-loglevel", "error", "-nostdin", "-y", "-i",
                            TestMasters.small(640, 360).toString(), "-c:v", "copy", "-c:a", "aac", whole.toString()));
                    byte[] bytes = Files.readAllBytes(whole);
                    Files.write(file, java.util.Arrays.copyOf(bytes, bytes.length / 2));
                    Files.delete(whole);
                }
            }
            return file;
        }
    }
}
