package org.pressroom.media;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Running ffmpeg: progress from its machine-readable output, a time limit, and errors an editor can read. */
class FfmpegTests {

    private final Ffmpeg ffmpeg = new Ffmpeg(TestMasters.installedTools());

    @Test
    void progressIsReportedAsTheOutputAdvancesAndEndsAtOneHundred() throws Exception {
        List<Double> reported = new CopyOnWriteArrayList<>();
        // -re paces the source at its own speed, so 2 s of media take 2 s and ffmpeg reports several times.
        ffmpeg.run(List.of("-re", "-f", "lavfi", "-i", "testsrc2=size=320x240:rate=25:duration=2", "-f", "null", "-"), null,
                Duration.ofSeconds(2), Duration.ofSeconds(30), reported::add, line -> { });

        assertThat(reported).isSorted();
        assertThat(reported).filteredOn(percent -> percent > 0 && percent < 100).hasSizeGreaterThanOrEqualTo(2);
        assertThat(reported.get(reported.size() - 1)).isEqualTo(100.0);
    }

    @Test
    void aCommandRunningPastItsTimeoutIsKilled() {
        long started = System.nanoTime();
        assertThatThrownBy(() -> ffmpeg.run(List.of("-re", "-f", "lavfi", "-i", "testsrc2=size=320x240:rate=25", "-f", "null", "-"), null,
                Duration.ofHours(1), Duration.ofSeconds(1)))
                .isInstanceOfSatisfying(MediaProcessingException.class, e -> assertThat(e.timedOut()).isTrue())
                .hasMessage("ffmpeg was stopped after running longer than 1 s");

        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(10));
        assertThat(ProcessHandle.current().descendants().filter(ProcessHandle::isAlive)
                .filter(p -> p.info().command().orElse("").endsWith("ffmpeg"))).as("ffmpeg processes left running").isEmpty();
    }

    @Test
    void aFailureCarriesFfmpegsOwnErrorLineNotItsBanner() {
        assertThatThrownBy(() -> ffmpeg.run(List.of("-f", "lavfi", "-i", "testsrc2=duration=1", "-c:v", "no-such-encoder", "out.mp4"),
                TestMasters.directory(), Duration.ofSeconds(1), Duration.ofSeconds(30)))
                .isInstanceOf(MediaProcessingException.class)
                .hasMessage("ffmpeg failed: Unknown encoder 'no-such-encoder'");
    }

    @Test
    void aMissingInputIsNamedInTheError() {
        assertThatThrownBy(() -> ffmpeg.run(List.of("-i", "no-such-master.mxf", "-f", "null", "-"), TestMasters.directory(),
                Duration.ofSeconds(1), Duration.ofSeconds(30)))
                .isInstanceOf(MediaProcessingException.class)
                .hasMessage("ffmpeg failed: no-such-master.mxf: No such file or directory");
    }

    @Test
    void errorLinesFfmpegWritesWhileSucceedingAreKeptAsComplaints() throws Exception {
        FfmpegLog log = new FfmpegLog();
        List.of("[info] Input #0, mov,mp4,m4a,3gp,3g2,mj2, from 'master.mp4':",
                "[h264 @ 0x55b8d9d1b840] [error] Invalid NAL unit size (63735 > 7363).",
                "[mov,mp4,m4a,3gp,3g2,mj2 @ 0x55b8d9ce7a00] [error] stream 1, offset 0x2ea3a1: partial file",
                "[error] Error while decoding stream #0:0: Invalid data found when processing input",
                "[mov,mp4,m4a,3gp,3g2,mj2 @ 0x55b8d9ce7a00] [error] stream 0, offset 0x2ea44b: partial file",
                "[fatal] Conversion failed!").forEach(log::accept);

        assertThat(log.errors()).containsExactly("stream 1, offset 0x2ea3a1: partial file",
                "Error while decoding stream #0:0: Invalid data found when processing input", "stream 0, offset 0x2ea44b: partial file");
    }
}
