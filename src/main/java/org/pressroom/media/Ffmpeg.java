package org.pressroom.media;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.DoubleConsumer;

/**
 * Runs one ffmpeg command the way a long job needs it: progress in percent from ffmpeg's machine-readable
 * {@code -progress} output (never by scraping its human status line), a time limit after which the process
 * tree is killed, and, on failure, an exception carrying ffmpeg's own error line instead of its banner.
 */
public class Ffmpeg {

    private final MediaTools tools;

    Ffmpeg(MediaTools tools) {
        this.tools = tools;
    }

    /**
     * @param arguments ffmpeg's arguments after the program name, inputs and outputs included; the options for
     * progress, logging and never waiting for the keyboard are added here
     * @param workingDirectory where relative output names are written
     * @param mediaDuration how long the output will be, to turn ffmpeg's output time into a percentage
     * @param timeout the longest the command may run
     * @param progress told the percentage done (0–100), from another thread, as ffmpeg reports it
     * @param log every line ffmpeg writes to its log, e.g. to read a filter's summary; from another thread
     * @return the run's outcome; a non-zero exit is thrown, not returned
     * @throws MediaProcessingException when ffmpeg is missing, fails, or runs past the timeout
     */
    public Outcome run(List<String> arguments, Path workingDirectory, Duration mediaDuration, Duration timeout,
            DoubleConsumer progress, Consumer<String> log) throws MediaProcessingException, InterruptedException {
        MediaTool ffmpeg = tools.ffmpeg().orElseThrow(() -> new MediaProcessingException(
                "No ffmpeg runs on this server: install the ffmpeg package"));
        List<String> command = new ArrayList<>(List.of(ffmpeg.path().toString(), "-hide_banner", "-nostdin", "-nostats",
                "-loglevel", "level+info", "-progress", "pipe:1", "-y"));
        command.addAll(arguments);
        FfmpegLog errors = new FfmpegLog();
        ProgressReader reader = new ProgressReader(mediaDuration, progress);
        long started = System.nanoTime();
        int exit;
        try {
            exit = ToolProcess.run(command, workingDirectory, timeout, reader::accept, line -> {
                errors.accept(line);
                log.accept(line);
            });
        } catch (MediaProcessingException e) {
            if (e.timedOut()) {
                throw e;
            }
            throw new MediaProcessingException("ffmpeg could not run: " + e.getMessage());
        }
        if (exit != 0) {
            throw new MediaProcessingException("ffmpeg failed: " + FfmpegLog.clean(errors.relevant(), null));
        }
        progress.accept(100);
        return new Outcome(Duration.ofNanos(System.nanoTime() - started), errors.errors());
    }

    /** Runs a command whose log does not matter, with progress ignored. */
    public Outcome run(List<String> arguments, Path workingDirectory, Duration mediaDuration, Duration timeout)
            throws MediaProcessingException, InterruptedException {
        return run(arguments, workingDirectory, mediaDuration, timeout, percent -> { }, line -> { });
    }

    /**
     * @param elapsed wall time the command took
     * @param complaints the error lines ffmpeg wrote even though it finished, e.g. {@code partial file} when the
     * input ends early: kept to explain an output that turns out shorter than its source
     */
    public record Outcome(Duration elapsed, List<String> complaints) {
    }

    /** Reads {@code key=value} lines; {@code out_time_us} is where the output has got to. */
    private static final class ProgressReader {

        private final long totalMicros;
        private final DoubleConsumer progress;
        private double reported = -1;

        ProgressReader(Duration mediaDuration, DoubleConsumer progress) {
            this.totalMicros = mediaDuration.toNanos() / 1000;
            this.progress = progress;
        }

        void accept(String line) {
            if (!line.startsWith("out_time_us=") || totalMicros <= 0) {
                return;
            }
            try {
                long micros = Long.parseLong(line.substring("out_time_us=".length()).strip());
                double percent = Math.max(0, Math.min(100, micros * 100.0 / totalMicros));
                if (percent > reported) {
                    reported = percent;
                    progress.accept(percent);
                }
            } catch (NumberFormatException ignored) {
                // "N/A" before the first frame is out.
            }
        }
    }
}
