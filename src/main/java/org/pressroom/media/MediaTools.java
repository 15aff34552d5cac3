package org.pressroom.media;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds ffmpeg and ffprobe: the configured path first, then the {@code PATH}, then (ffmpeg only) the
 * statically linked build bundled in the jar, so that a fresh Linux machine without ffmpeg still processes
 * video. A tool counts as found only if it runs.
 */
public class MediaTools {

    static final String BUNDLED_RESOURCE = "ws/schild/jave/nativebin/ffmpeg-amd64";

    private static final Logger log = LoggerFactory.getLogger(MediaTools.class);

    private final Path configuredFfmpeg;
    private final Path configuredFfprobe;
    private final String searchPath;
    private final Path bundleDirectory;
    private volatile Lookup lookup;

    MediaTools(Path configuredFfmpeg, Path configuredFfprobe, String searchPath, Path bundleDirectory) {
        this.configuredFfmpeg = configuredFfmpeg;
        this.configuredFfprobe = configuredFfprobe;
        this.searchPath = searchPath == null ? "" : searchPath;
        this.bundleDirectory = bundleDirectory;
    }

    /** The ffmpeg to use, if any runs here. */
    public Optional<MediaTool> ffmpeg() {
        return Optional.ofNullable(lookup().ffmpeg());
    }

    /** The ffprobe to use; the bundled build has none, so this may be empty where ffmpeg is not. */
    public Optional<MediaTool> ffprobe() {
        return Optional.ofNullable(lookup().ffprobe());
    }

    /** What went wrong while looking, for health and logs. */
    public List<String> problems() {
        return lookup().problems();
    }

    private Lookup lookup() {
        Lookup current = lookup;
        if (current == null) {
            synchronized (this) {
                if (lookup == null) {
                    lookup = find();
                    log.info("Media tools: ffmpeg {}, ffprobe {}", describe(lookup.ffmpeg()), describe(lookup.ffprobe()));
                }
                current = lookup;
            }
        }
        return current;
    }

    private Lookup find() {
        List<String> problems = new ArrayList<>();
        MediaTool ffmpeg;
        if (configuredFfmpeg != null) {
            ffmpeg = probe(configuredFfmpeg, MediaTool.Source.CONFIGURED, problems);
        } else {
            ffmpeg = onPath("ffmpeg", problems).orElseGet(() -> bundled(problems));
        }
        MediaTool ffprobe;
        if (configuredFfprobe != null) {
            ffprobe = probe(configuredFfprobe, MediaTool.Source.CONFIGURED, problems);
        } else {
            ffprobe = besideFfmpeg(ffmpeg, problems).or(() -> onPath("ffprobe", problems)).orElse(null);
        }
        return new Lookup(ffmpeg, ffprobe, List.copyOf(problems));
    }

    private Optional<MediaTool> besideFfmpeg(MediaTool ffmpeg, List<String> problems) {
        if (ffmpeg == null || ffmpeg.source() == MediaTool.Source.BUNDLED) {
            return Optional.empty();
        }
        Path candidate = ffmpeg.path().resolveSibling("ffprobe");
        return Files.isExecutable(candidate) ? Optional.ofNullable(probe(candidate, ffmpeg.source(), problems)) : Optional.empty();
    }

    private Optional<MediaTool> onPath(String name, List<String> problems) {
        for (String directory : searchPath.split(java.io.File.pathSeparator)) {
            if (directory.isBlank()) {
                continue;
            }
            Path candidate = Path.of(directory).resolve(name);
            if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                MediaTool tool = probe(candidate, MediaTool.Source.PATH, problems);
                if (tool != null) {
                    return Optional.of(tool);
                }
            }
        }
        return Optional.empty();
    }

    private MediaTool bundled(List<String> problems) {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        String arch = System.getProperty("os.arch", "").toLowerCase(Locale.ROOT);
        if (!os.contains("linux") || !(arch.equals("amd64") || arch.equals("x86_64"))) {
            problems.add("no bundled ffmpeg for " + os + "/" + arch + ": install ffmpeg");
            return null;
        }
        try (InputStream in = MediaTools.class.getClassLoader().getResourceAsStream(BUNDLED_RESOURCE)) {
            if (in == null) {
                problems.add("the bundled ffmpeg is missing from the class path");
                return null;
            }
            Path target = bundleDirectory.resolve("ffmpeg-static-amd64");
            long size = resourceSize();
            if (!Files.isRegularFile(target) || Files.size(target) != size) {
                Files.createDirectories(bundleDirectory);
                Path partial = Files.createTempFile(bundleDirectory, ".ffmpeg-", ".tmp");
                Files.copy(in, partial, StandardCopyOption.REPLACE_EXISTING);
                if (!partial.toFile().setExecutable(true, false)) {
                    problems.add("cannot make " + partial + " executable");
                }
                Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            }
            return probe(target, MediaTool.Source.BUNDLED, problems);
        } catch (IOException e) {
            problems.add("cannot unpack the bundled ffmpeg to " + bundleDirectory + ": " + e.getMessage());
            return null;
        }
    }

    private static long resourceSize() throws IOException {
        java.net.URL url = MediaTools.class.getClassLoader().getResource(BUNDLED_RESOURCE);
        if (url == null) {
            return -1;
        }
        return url.openConnection().getContentLengthLong();
    }

    /** Runs {@code <tool> -version}; a tool that does not answer is not used. */
    private static MediaTool probe(Path path, MediaTool.Source source, List<String> problems) {
        try {
            Process process = new ProcessBuilder(path.toString(), "-hide_banner", "-version").redirectErrorStream(true).start();
            byte[] output;
            try (InputStream in = process.getInputStream()) {
                output = in.readNBytes(8192);
            }
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                problems.add(path + " did not answer -version within 20 s");
                return null;
            }
            String text = new String(output, StandardCharsets.UTF_8);
            String first = text.lines().findFirst().orElse("").trim();
            if (process.exitValue() != 0) {
                problems.add(path + " -version failed: " + first);
                return null;
            }
            return new MediaTool(path, source, first);
        } catch (IOException e) {
            problems.add(path + " cannot run: " + e.getMessage());
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            problems.add("interrupted while running " + path);
            return null;
        }
    }

    private static String describe(MediaTool tool) {
        return tool == null ? "not found" : tool.path() + " (" + tool.source().name().toLowerCase(Locale.ROOT) + ", " + tool.version() + ")";
    }

    private record Lookup(MediaTool ffmpeg, MediaTool ffprobe, List<String> problems) {
    }
}
