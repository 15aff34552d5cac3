package org.pressroom.content;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.pressroom.media.MediaTool;
import org.pressroom.media.MediaTools;
import org.pressroom.media.VideoIngest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Component;

/**
 * The demo's videos: short clips made on this machine with ffmpeg's test picture and a tone on each of two
 * language tracks (English and French), ingested like any master, so the demo has real renditions to
 * play and download. Without ffmpeg the demo has no videos, and says so.
 */
@Component
@ConditionalOnBooleanProperty("pressroom.demo.enabled")
class DemoVideos {

    private static final Logger log = LoggerFactory.getLogger(DemoVideos.class);

    /** Title, picture and length in seconds of each clip. */
    private record Clip(String title, String picture, int seconds) {
    }

    private static final List<Clip> CLIPS = List.of(
            new Clip("Ministerial Conference: arrival of delegations (B-roll)", "testsrc2=size=1280x720:rate=25", 8),
            new Clip("Press conference: opening statement (soundbite)", "smptehdbars=size=1280x720:rate=25", 6));

    private final MediaTools tools;
    private final VideoIngest ingest;

    DemoVideos(MediaTools tools, VideoIngest ingest) {
        this.tools = tools;
        this.ingest = ingest;
    }

    void load() {
        Path ffmpeg = tools.ffmpeg().map(MediaTool::path).orElse(null);
        if (ffmpeg == null) {
            log.info("The demo has no videos: no ffmpeg was found (install Debian's ffmpeg package).");
            return;
        }
        Path directory = null;
        try {
            directory = Files.createTempDirectory("pressroom-demo-videos-");
            for (Clip clip : CLIPS) {
                Path file = directory.resolve("clip.mov");
                make(ffmpeg, clip, file);
                try (InputStream in = Files.newInputStream(file)) {
                    ingest.ingest(in, clip.title() + ".mov", clip.title());
                }
                Files.delete(file);
            }
            log.info("Demo videos made and ingested: {}; they are processed in the background.", CLIPS.size());
        } catch (IOException e) {
            log.warn("The demo videos could not be made: {}", e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            if (directory != null) {
                directory.toFile().delete();
            }
        }
    }

    private static void make(Path ffmpeg, Clip clip, Path file) throws IOException, InterruptedException {
        String length = Integer.toString(clip.seconds());
        Process process = new ProcessBuilder(ffmpeg.toString(), "-hide_banner", "-loglevel", "error", "-nostdin", "-y",
                "-f", "lavfi", "-i", clip.picture() + ":duration=" + length,
                "-f", "lavfi", "-i", "sine=frequency=440:sample_rate=48000:duration=" + length,
                "-f", "lavfi", "-i", "sine=frequency=554:sample_rate=48000:duration=" + length,
                "-map", "0:v", "-map", "1:a", "-map", "2:a", "-c:v", "libx264", "-preset", "veryfast", "-pix_fmt", "yuv420p",
                "-c:a", "pcm_s16le", "-metadata:s:a:0", "language=eng", "-metadata:s:a:1", "language=fra", file.toString())
                .redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        if (!process.waitFor(2, TimeUnit.MINUTES) || process.exitValue() != 0) {
            throw new IOException("ffmpeg could not make a demo clip: " + output.strip());
        }
    }
}
