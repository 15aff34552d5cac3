package org.pressroom.media;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.DoubleConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Runs a {@link RenditionPlan} into an asset's work directory. Each rendition is made in a hidden
 * {@code .partial-*} directory beside its final place, checked (every media file probed, the length compared
 * with the master's, so a truncated master cannot pass as a short video), then moved into place in one rename:
 * a reader of the work directory sees a rendition complete or not at all. When any rendition fails, those made
 * in the same run are removed too, so a failed asset leaves nothing that could be published by mistake.
 */
public class RenditionMaker {

    /** Rough relative cost of each kind, so overall progress moves with the work rather than by rendition count. */
    private static final Map<PlannedRendition.Kind, Double> WEIGHT = Map.of(PlannedRendition.Kind.POSTER, 0.05,
            PlannedRendition.Kind.HLS, 3.0, PlannedRendition.Kind.STORYBOARD, 0.4, PlannedRendition.Kind.THUMBNAILS, 0.4,
            PlannedRendition.Kind.BROADCAST, 4.0, PlannedRendition.Kind.MP4, 1.5, PlannedRendition.Kind.AUDIO, 0.2);
    private static final String PARTIAL = ".partial-";
    private static final String SPRITE = "sprite.jpg";
    private static final Pattern MAP = Pattern.compile("^#EXT-X-MAP:URI=\"([^\"]+)\"");

    private final Ffmpeg ffmpeg;
    private final MediaProbe probe;
    private final Duration timeoutBase;
    private final double timeoutPerMediaSecond;

    /** Each command may run 10 minutes plus 20 times the master's length (a slow preset on two cores). */
    RenditionMaker(Ffmpeg ffmpeg, MediaProbe probe) {
        this(ffmpeg, probe, Duration.ofMinutes(10), 20);
    }

    RenditionMaker(Ffmpeg ffmpeg, MediaProbe probe, Duration timeoutBase, double timeoutPerMediaSecond) {
        this.ffmpeg = ffmpeg;
        this.probe = probe;
        this.timeoutBase = timeoutBase;
        this.timeoutPerMediaSecond = timeoutPerMediaSecond;
    }

    /**
     * Told how far the work is, from 0 to 100, for the rendition being made and for the whole plan (weighted by each
     * kind's rough cost). Called from the thread reading ffmpeg's output: keep it short, e.g. store the number.
     */
    @FunctionalInterface
    public interface Progress {
        void update(PlannedRendition rendition, double renditionPercent, double overallPercent);
    }

    /**
     * @param planned what was made
     * @param files every file of it, the main file first
     * @param elapsed how long ffmpeg took
     */
    public record MadeRendition(PlannedRendition planned, List<MadeFile> files, Duration elapsed) {

        public MadeRendition {
            files = List.copyOf(files);
        }

        public MadeFile main() {
            return files.get(0);
        }
    }

    /**
     * @param path where it is, relative to the work directory, with {@code /} separators
     * @param size its length in bytes
     * @param sha256 the SHA-256 of its bytes, lower-case hex
     * @param probe what it holds, for media files and HLS media playlists (read as their initialisation segment
     * with the length of all segments: an hour of preview has thousands of segments, too many to probe one by one)
     */
    public record MadeFile(String path, long size, String sha256, Optional<ProbeResult> probe) {
    }

    /**
     * Makes every rendition of the plan in the work directory, which must belong to this asset alone. Partial
     * outputs left there by an earlier run that was killed are removed first; complete ones of the same name are
     * replaced. What to publish is what the returned list names.
     *
     * @throws MediaProcessingException naming the rendition that failed and why; nothing of this run is left
     */
    public List<MadeRendition> make(RenditionPlan plan, Path workDirectory, Progress progress)
            throws IOException, InterruptedException {
        return make(plan, workDirectory, progress, made -> { });
    }

    /** Told of each rendition as soon as it is complete in its final place, on the thread that made it. */
    @FunctionalInterface
    public interface Completion {
        void made(MadeRendition rendition) throws IOException;
    }

    /**
     * As {@link #make(RenditionPlan, Path, Progress)}, telling {@code completion} of each rendition as soon as it is in
     * place, so that the preview can be stored while the rest is still being made.
     */
    public List<MadeRendition> make(RenditionPlan plan, Path workDirectory, Progress progress, Completion completion)
            throws IOException, InterruptedException {
        Files.createDirectories(workDirectory);
        removeLeftovers(workDirectory);
        double total = Math.max(0.001, plan.renditions().stream().mapToDouble(r -> WEIGHT.get(r.kind())).sum());
        double done = 0;
        List<MadeRendition> made = new ArrayList<>();
        boolean complete = false;
        try {
            for (PlannedRendition rendition : plan.renditions()) {
                double before = done;
                double weight = WEIGHT.get(rendition.kind());
                progress.update(rendition, 0, before * 100 / total);
                MadeRendition one = makeOne(plan, rendition, workDirectory,
                        percent -> progress.update(rendition, percent, (before + weight * percent / 100) * 100 / total));
                made.add(one);
                completion.made(one);
                done += weight;
            }
            complete = true;
            return made;
        } finally {
            if (!complete) {
                for (MadeRendition rendition : made) {
                    delete(workDirectory.resolve(rendition.planned().output()));
                }
            }
        }
    }

    private MadeRendition makeOne(RenditionPlan plan, PlannedRendition rendition, Path workDirectory,
            DoubleConsumer progress) throws IOException, InterruptedException {
        Path partial = Files.createTempDirectory(workDirectory, PARTIAL + rendition.kind().name().toLowerCase(Locale.ROOT) + "-");
        try {
            if (rendition.directory()) {
                Files.createDirectories(partial.resolve(rendition.output()));
            }
            Duration length = plan.probe().duration();
            Ffmpeg.Outcome outcome;
            try {
                outcome = ffmpeg.run(rendition.arguments(), partial, length, timeout(length), progress, line -> { });
            } catch (MediaProcessingException e) {
                throw failed(rendition, e.getMessage(), e.timedOut());
            }
            if (rendition.storyboard().isPresent()) {
                Files.writeString(partial.resolve(rendition.mainFile()), rendition.storyboard().get().webVtt(SPRITE, length),
                        StandardCharsets.UTF_8);
            }
            List<MadeFile> files = describe(plan, rendition, partial, outcome);
            Path target = workDirectory.resolve(rendition.output());
            delete(target);
            Files.move(partial.resolve(rendition.output()), target, StandardCopyOption.ATOMIC_MOVE);
            return new MadeRendition(rendition, files, outcome.elapsed());
        } finally {
            delete(partial);
        }
    }

    /** Sizes, checksums and probes of everything the command made, checked against what was planned. */
    private List<MadeFile> describe(RenditionPlan plan, PlannedRendition rendition, Path partial, Ffmpeg.Outcome outcome)
            throws IOException, InterruptedException {
        Path main = partial.resolve(rendition.mainFile());
        if (!Files.isRegularFile(main) || Files.size(main) == 0) {
            throw failed(rendition, "ffmpeg finished without writing " + rendition.mainFile() + complaints(outcome), false);
        }
        List<Path> paths;
        try (Stream<Path> walk = Files.walk(partial.resolve(rendition.output()))) {
            paths = walk.filter(Files::isRegularFile).sorted(Comparator.comparing((Path p) -> !p.equals(main)).thenComparing(Path::toString))
                    .toList();
        }
        List<MadeFile> files = new ArrayList<>();
        for (Path path : paths) {
            String relative = partial.relativize(path).toString().replace('\\', '/');
            Optional<ProbeResult> probed = Optional.empty();
            if (probed(rendition, relative)) {
                try {
                    probed = Optional.of(relative.endsWith(".m3u8") ? playlist(path) : probe.probe(path));
                } catch (MediaProcessingException e) {
                    throw failed(rendition, relative + " cannot be read back: " + e.getMessage() + complaints(outcome), false);
                }
                checkLength(plan, rendition, relative, probed.get(), outcome);
            }
            files.add(new MadeFile(relative, Files.size(path), sha256(path), probed));
        }
        return files;
    }

    /**
     * An HLS media playlist read as the streams of its initialisation segment (or first segment) with the length
     * of all its segments. Cheaper than letting ffprobe walk every segment, and independent of the HLS demuxer,
     * which crashes in the bundled static ffmpeg 4.4.
     */
    private ProbeResult playlist(Path playlist) throws IOException, InterruptedException {
        double seconds = 0;
        String first = null;
        for (String line : Files.readAllLines(playlist, StandardCharsets.UTF_8)) {
            Matcher map = MAP.matcher(line);
            if (map.find()) {
                first = map.group(1);
            } else if (line.startsWith("#EXTINF:")) {
                int comma = line.indexOf(',');
                seconds += Double.parseDouble(line.substring("#EXTINF:".length(), comma < 0 ? line.length() : comma));
            } else if (first == null && !line.isBlank() && !line.startsWith("#")) {
                first = line.strip();
            }
        }
        if (first == null || first.contains("/") || first.contains("..")) {
            throw new MediaProcessingException("the playlist lists no segment beside it");
        }
        ProbeResult segment = probe.probe(playlist.resolveSibling(first));
        return new ProbeResult("hls", MediaProbe.millis(seconds), segment.bitRate(), segment.video(), segment.audio(), segment.timecode(),
                segment.source());
    }

    /** A transcode that ends early (a truncated master, a decoding error ffmpeg shrugged off) must not pass. */
    private static void checkLength(RenditionPlan plan, PlannedRendition rendition, String relative, ProbeResult made,
            Ffmpeg.Outcome outcome) throws MediaProcessingException {
        boolean timed = switch (rendition.kind()) {
            case BROADCAST, MP4, AUDIO -> true;
            case HLS -> relative.endsWith(".m3u8");
            default -> false;
        };
        long expected = plan.probe().duration().toMillis();
        long actual = made.duration().toMillis();
        if (timed && Math.abs(actual - expected) > 500 + expected / 100) {
            throw failed(rendition, String.format("%s is %.1f s long but the master is %.1f s: the master is probably damaged or truncated%s",
                    relative, actual / 1000.0, expected / 1000.0, complaints(outcome)), false);
        }
    }

    private static boolean probed(PlannedRendition rendition, String relative) {
        if (rendition.kind() == PlannedRendition.Kind.HLS) {
            return relative.endsWith("/index.m3u8");
        }
        return relative.endsWith(".mp4") || relative.endsWith(".m4a") || relative.endsWith(".jpg");
    }

    private Duration timeout(Duration length) {
        return timeoutBase.plus(Duration.ofMillis((long) (length.toMillis() * timeoutPerMediaSecond)));
    }

    private static MediaProcessingException failed(PlannedRendition rendition, String reason, boolean timedOut) {
        return new MediaProcessingException(rendition.output() + ": " + reason, timedOut);
    }

    private static String complaints(Ffmpeg.Outcome outcome) {
        return outcome.complaints().isEmpty() ? "" : " (ffmpeg: " + FfmpegLog.clean(outcome.complaints(), null) + ")";
    }

    private static void removeLeftovers(Path workDirectory) throws IOException {
        try (DirectoryStream<Path> children = Files.newDirectoryStream(workDirectory, PARTIAL + "*")) {
            for (Path child : children) {
                delete(child);
            }
        }
    }

    static void delete(Path path) throws IOException {
        if (!Files.exists(path)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(path)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private static String sha256(Path file) throws IOException {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java has SHA-256", e);
        }
        byte[] buffer = new byte[1 << 16];
        try (InputStream in = Files.newInputStream(file)) {
            int read;
            while ((read = in.read(buffer)) > 0) {
                digest.update(buffer, 0, read);
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }
}
