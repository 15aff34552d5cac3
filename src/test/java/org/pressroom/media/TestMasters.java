package org.pressroom.media;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.pressroom.RequiredTools;
import org.pressroom.TestDataDirectory;

/**
 * Masters made with ffmpeg's test sources, once per test run: 10 s of {@code testsrc2} at 1080p25 with two
 * mono tones tagged English (440 Hz) and French (660 Hz) and a 10:00:00:00 timecode, in a QuickTime file with
 * PCM audio like an editor's export; and the same as 1080i25, top field first.
 */
public final class TestMasters {

    public static final double LENGTH_SECONDS = 10;

    private static Path directory;

    private TestMasters() {
    }

    /** Tools that use the ffmpeg and ffprobe installed here; skips the test (fails in CI) without them. */
    static MediaTools installedTools() {
        Path ffmpeg = RequiredTools.require("ffmpeg", "ffmpeg");
        RequiredTools.require("ffprobe", "ffmpeg");
        return new MediaTools(ffmpeg, null, "", TestDataDirectory.fresh("media-tools"));
    }

    static synchronized Path progressive() {
        return make("progressive.mov", "testsrc2=size=1920x1080:rate=25", List.of("-c:v", "libx264", "-preset", "ultrafast",
                "-pix_fmt", "yuv420p", "-timecode", "10:00:00:00"));
    }

    /** Fields at 50 per second woven into 25 interlaced frames, coded as interlaced H.264, top field first. */
    static synchronized Path interlaced() {
        return make("interlaced.mov", "testsrc2=size=1920x1080:rate=50", List.of("-vf", "tinterlace=interleave_top,setfield=tff",
                "-c:v", "libx264", "-preset", "ultrafast", "-flags", "+ilme+ildct", "-top", "1", "-pix_fmt", "yuv420p"));
    }

    /**
     * 16:9 PAL on anamorphic pixels, bottom field first, as DV and IMX tapes were. Coded without telling x264 the
     * field order, so the stream's headers claim top first while every frame is bottom first.
     */
    static synchronized Path palBottomFieldFirst() {
        return make("pal-bff.mov", "testsrc2=size=720x576:rate=50", List.of("-vf", "tinterlace=interleave_bottom,setfield=bff,setsar=64/45",
                "-c:v", "libx264", "-preset", "ultrafast", "-flags", "+ilme+ildct", "-top", "0", "-pix_fmt", "yuv420p"));
    }

    /** A smaller progressive master, e.g. a 640x360 web video. */
    public static synchronized Path small(int width, int height) {
        return make("small-" + width + "x" + height + ".mov", "testsrc2=size=" + width + "x" + height + ":rate=25",
                List.of("-c:v", "libx264", "-preset", "ultrafast", "-pix_fmt", "yuv420p"));
    }

    static synchronized Path directory() {
        if (directory == null) {
            directory = TestDataDirectory.fresh("media-masters");
        }
        return directory;
    }

    private static Path make(String name, String video, List<String> videoOptions) {
        Path target = directory().resolve(name);
        if (Files.exists(target)) {
            return target;
        }
        List<String> command = new ArrayList<>(List.of(RequiredTools.require("ffmpeg", "ffmpeg").toString(), "-hide_banner",
                "-loglevel", "error", "-nostdin", "-y", "-f", "lavfi", "-i", video + ":duration=" + LENGTH_SECONDS, "-f", "lavfi", "-i",
                "sine=frequency=440:sample_rate=48000:duration=" + LENGTH_SECONDS, "-f", "lavfi", "-i",
                "sine=frequency=660:sample_rate=48000:duration=" + LENGTH_SECONDS, "-map", "0:v", "-map", "1:a", "-map", "2:a"));
        command.addAll(videoOptions);
        command.addAll(List.of("-c:a", "pcm_s16le", "-metadata:s:a:0", "language=eng", "-metadata:s:a:1", "language=fra",
                target.toString()));
        run(command);
        return target;
    }

    static void run(List<String> command) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes());
            if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IllegalStateException("Could not make a test master: " + output);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
