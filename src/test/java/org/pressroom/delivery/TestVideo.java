package org.pressroom.delivery;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.pressroom.RequiredTools;
import org.pressroom.TestDataDirectory;
import org.pressroom.media.VideoDetails;
import org.pressroom.media.VideoFiles;
import org.pressroom.media.VideoIngest;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.awaitility.Awaitility.await;

/**
 * A real master made with ffmpeg, ingested through {@link VideoIngest} and processed by the real job into a ready
 * video: 4 s of 640x360 picture stored uncompressed (a 46 MB original, larger than any socket buffer, so that a
 * download can be broken in the middle) with two PCM tracks tagged English and French.
 */
final class TestVideo {

    static final String TITLE = "Press conference: \"Coastal waters\" 2/3\nÉté – Прес-конференция";
    static final String CREDIT = "© International Coastal Waters Council / J. Doe";
    static final String RESTRICTION = "No use by advertisers; footage of minors blurred.";
    static final LocalDate RECORDED = LocalDate.of(2026, 2, 12);

    private static Path master;

    private TestVideo() {
    }

    /** A new ready video with these rights ({@code ACCOUNT}, {@code PUBLIC} or {@code DISABLED}); its id. */
    static long ready(VideoIngest ingest, VideoFiles videos, JdbcTemplate jdbc, String rights) throws IOException {
        long id;
        try (InputStream in = Files.newInputStream(master())) {
            id = ingest.ingest(in, "master.mov", new VideoDetails(TITLE, "", RECORDED, "", List.of(), CREDIT, rights, RESTRICTION, true));
        }
        String status = await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(500))
                .until(() -> jdbc.queryForObject("select status from video_asset where id = ?", String.class, id),
                        s -> s.equals("READY") || s.equals("FAILED"));
        if (!status.equals("READY") || videos.find(id).isEmpty()) {
            throw new IllegalStateException("The test video did not become ready: "
                    + jdbc.queryForMap("select status, stage, error from video_asset where id = ?", id));
        }
        return id;
    }

    static synchronized Path master() {
        if (master != null) {
            return master;
        }
        Path ffmpeg = RequiredTools.require("ffmpeg", "ffmpeg");
        RequiredTools.require("ffprobe", "ffmpeg");
        Path target = TestDataDirectory.fresh("delivery-master").resolve("master.mov");
        List<String> command = List.of(ffmpeg.toString(), "-hide_banner", "-loglevel", "error", "-nostdin", "-y",
                "-f", "lavfi", "-i", "testsrc2=size=640x360:rate=25:duration=4",
                "-f", "lavfi", "-i", "sine=frequency=440:sample_rate=48000:duration=4",
                "-f", "lavfi", "-i", "sine=frequency=660:sample_rate=48000:duration=4",
                "-map", "0:v", "-map", "1:a", "-map", "2:a", "-c:v", "rawvideo", "-pix_fmt", "uyvy422", "-c:a", "pcm_s16le",
                "-metadata:s:a:0", "language=eng", "-metadata:s:a:1", "language=fra", target.toString());
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes());
            if (!process.waitFor(2, TimeUnit.MINUTES) || process.exitValue() != 0) {
                throw new IllegalStateException("ffmpeg could not make the test master: " + output);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        master = target;
        return master;
    }
}
