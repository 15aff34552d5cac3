package org.pressroom.media;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs ffmpeg or ffprobe as a child process. Both output pipes are read on their own threads, line by line,
 * so a chatty tool never blocks on a full pipe; the caller's thread only waits, which keeps it
 * interruptible. On timeout or interruption the whole process tree is killed, so no encoder is left running
 * behind a job that has given up.
 */
final class ToolProcess {

    private static final Logger log = LoggerFactory.getLogger(ToolProcess.class);

    private ToolProcess() {
    }

    /**
     * @return the exit code
     * @throws MediaProcessingException when the process cannot start or runs longer than the timeout
     */
    static int run(List<String> command, Path workingDirectory, Duration timeout, Consumer<String> stdout, Consumer<String> stderr)
            throws MediaProcessingException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command);
        if (workingDirectory != null) {
            builder.directory(workingDirectory.toFile());
        }
        Process process;
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new MediaProcessingException("Cannot run " + command.get(0) + ": " + e.getMessage());
        }
        // ffmpeg reads stdin for interactive keys; closing it means it can never wait for a key press.
        closeQuietly(process);
        Thread out = drain(process.getInputStream(), stdout, "stdout");
        Thread err = drain(process.getErrorStream(), stderr, "stderr");
        try {
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                kill(process);
                out.join(5_000);
                err.join(5_000);
                throw new MediaProcessingException(Path.of(command.get(0)).getFileName() + " was stopped after running longer than "
                        + describe(timeout), true);
            }
            // The pipes end when the process does; joining makes sure the last lines were seen.
            out.join();
            err.join();
            return process.exitValue();
        } catch (InterruptedException e) {
            kill(process);
            throw e;
        }
    }

    private static void kill(Process process) throws InterruptedException {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        process.waitFor(10, TimeUnit.SECONDS);
    }

    private static void closeQuietly(Process process) {
        try {
            process.getOutputStream().close();
        } catch (IOException ignored) {
            // Nothing to close.
        }
    }

    private static Thread drain(InputStream stream, Consumer<String> lines, String name) {
        Thread thread = new Thread(() -> {
            try (BufferedReader reader = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
                String line;
                while ((line = reader.readLine()) != null) {
                    try {
                        lines.accept(line);
                    } catch (RuntimeException e) {
                        // Keep draining: a pipe left unread would block the tool.
                        log.warn("Could not handle a line of media tool output: {}", e.toString());
                    }
                }
            } catch (IOException | UncheckedIOException ignored) {
                // The process was killed; what was read is all there is.
            }
        }, "media-tool-" + name);
        thread.setDaemon(true);
        thread.start();
        return thread;
    }

    static String describe(Duration duration) {
        long seconds = duration.toSeconds();
        return seconds >= 120 ? (seconds / 60) + " minutes" : seconds > 0 ? seconds + " s" : duration.toMillis() + " ms";
    }
}
