import java.lang.reflect.Constructor;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.pressroom.media.Ffmpeg;
import org.pressroom.media.Loudness;
import org.pressroom.media.MediaProbe;
import org.pressroom.media.MediaTools;
import org.pressroom.media.PlannedRendition;
import org.pressroom.media.ProbeResult;
import org.pressroom.media.RenditionLadder;
import org.pressroom.media.RenditionMaker;
import org.pressroom.media.RenditionPlan;

/**
 * The media pipeline outside the application, for bench/transcode.sh. Run as a single-file program with the
 * packaged jar's BOOT-INF/classes and BOOT-INF/lib on the class path:
 * <pre>
 *   java -cp '&lt;classes&gt;:&lt;lib&gt;/*' bench/TranscodeBench.java plan &lt;master&gt; &lt;commands-file&gt;
 *   java -cp '&lt;classes&gt;:&lt;lib&gt;/*' bench/TranscodeBench.java make &lt;master&gt; &lt;work-dir&gt; &lt;results-file&gt;
 * </pre>
 * {@code plan} writes the default ladder's ffmpeg commands for the master, one a line:
 * {@code <directory to create or ->\t<rendition kind>\t<shell-quoted arguments>}, to run by hand in an empty
 * directory. {@code make} probes the master, measures its loudness and runs {@link RenditionMaker#make} on the
 * full default plan, as the application's processing job does, timing each step and, from the progress callback,
 * when each rendition started and was complete (checked and moved into place); it prints a per-rendition table and
 * writes {@code key=value} lines to the results file.
 *
 * <p>The constructors of the media tools are package-private (the application gets them as Spring beans), so
 * they are called by reflection here; everything else is the public API.
 */
public class TranscodeBench {

    public static void main(String[] args) throws Exception {
        switch (args.length > 0 ? args[0] : "") {
            case "plan" -> plan(Path.of(args[1]).toAbsolutePath(), Path.of(args[2]));
            case "make" -> make(Path.of(args[1]).toAbsolutePath(), Path.of(args[2]).toAbsolutePath(), Path.of(args[3]));
            default -> {
                System.err.println("usage: TranscodeBench plan <master> <commands-file> | make <master> <work-dir> <results-file>");
                System.exit(2);
            }
        }
    }

    /** The same objects the application's MediaConfiguration makes, with ffmpeg and ffprobe from the PATH. */
    private record Tools(Ffmpeg ffmpeg, MediaProbe probe, Loudness loudness, RenditionMaker maker) {

        static Tools create() throws Exception {
            Path bundle = Files.createTempDirectory("pressroom-bench-tools-");
            MediaTools tools = construct(MediaTools.class, new Class<?>[] {Path.class, Path.class, String.class, Path.class},
                    null, null, System.getenv("PATH"), bundle);
            Ffmpeg ffmpeg = construct(Ffmpeg.class, new Class<?>[] {MediaTools.class}, tools);
            MediaProbe probe = construct(MediaProbe.class, new Class<?>[] {MediaTools.class}, tools);
            Loudness loudness = construct(Loudness.class, new Class<?>[] {Ffmpeg.class}, ffmpeg);
            RenditionMaker maker = construct(RenditionMaker.class, new Class<?>[] {Ffmpeg.class, MediaProbe.class}, ffmpeg, probe);
            return new Tools(ffmpeg, probe, loudness, maker);
        }
    }

    private static <T> T construct(Class<T> type, Class<?>[] parameters, Object... arguments) throws Exception {
        Constructor<T> constructor = type.getDeclaredConstructor(parameters);
        constructor.setAccessible(true);
        return constructor.newInstance(arguments);
    }

    private static void plan(Path master, Path commandsFile) throws Exception {
        Tools tools = Tools.create();
        ProbeResult probe = tools.probe().probe(master);
        RenditionPlan plan = RenditionLadder.defaults().plan(master, probe);
        List<String> lines = new ArrayList<>();
        for (PlannedRendition rendition : plan.renditions()) {
            // RenditionMaker creates the output directory of a directory rendition before running ffmpeg: so does the hand run.
            String directory = rendition.directory() ? rendition.output() : "-";
            lines.add(directory + "\t" + rendition.kind().name().toLowerCase(Locale.ROOT) + "\t"
                    + rendition.arguments().stream().map(TranscodeBench::quote).collect(Collectors.joining(" ")));
        }
        Files.write(commandsFile, lines, StandardCharsets.UTF_8);
    }

    private static void make(Path master, Path workDirectory, Path resultsFile) throws Exception {
        Tools tools = Tools.create();
        tools.ffmpeg().run(List.of("-version"), null, Duration.ZERO, Duration.ofMinutes(1)); // the tool look-up, not timed

        long t0 = System.nanoTime();
        ProbeResult probe = tools.probe().probe(master);
        long t1 = System.nanoTime();
        tools.loudness().measure(master, probe, Duration.ofMinutes(10));
        long t2 = System.nanoTime();
        RenditionPlan plan = RenditionLadder.defaults().plan(master, probe);

        // Started: the first callback for a rendition (RenditionMaker calls it with 0 % before running ffmpeg).
        // Complete: the first callback for the next one, or make() returning for the last: by then the rendition
        // was probed, checksummed and moved into place.
        Map<PlannedRendition, Long> started = new LinkedHashMap<>();
        long makeStart = System.nanoTime();
        List<RenditionMaker.MadeRendition> made = tools.maker().make(plan, workDirectory,
                (rendition, percent, overall) -> started.putIfAbsent(rendition, System.nanoTime()));
        long makeEnd = System.nanoTime();

        List<PlannedRendition> order = plan.renditions();
        Map<String, String> results = new LinkedHashMap<>();
        double clip = probe.duration().toMillis() / 1000.0;
        results.put("clip_seconds", fmt(clip));
        results.put("probe_seconds", fmt(seconds(t1 - t0)));
        results.put("loudness_seconds", fmt(seconds(t2 - t1)));
        results.put("pipeline_seconds", fmt(seconds(makeEnd - makeStart)));
        System.out.printf("  probe %.2f s, loudness %.2f s (before the renditions in the application's job, not in the timed make())%n",
                seconds(t1 - t0), seconds(t2 - t1));
        System.out.printf("  %-26s %9s %9s %9s %9s%n", "rendition", "start s", "done s", "took s", "ffmpeg s");
        double previewDone = 0;
        for (int i = 0; i < order.size(); i++) {
            PlannedRendition rendition = order.get(i);
            long start = started.get(rendition);
            long done = i + 1 < order.size() ? started.get(order.get(i + 1)) : makeEnd;
            double ffmpegSeconds = made.get(i).elapsed().toNanos() / 1e9;
            System.out.printf("  %-26s %9.2f %9.2f %9.2f %9.2f%n", rendition.kind().name().toLowerCase(Locale.ROOT) + " " + rendition.output(),
                    seconds(start - makeStart), seconds(done - makeStart), seconds(done - start), ffmpegSeconds);
            results.put("rendition_" + i + "_name", rendition.kind().name().toLowerCase(Locale.ROOT) + " " + rendition.output());
            results.put("rendition_" + i + "_seconds", fmt(seconds(done - start)));
            results.put("rendition_" + i + "_ffmpeg_seconds", fmt(ffmpegSeconds));
            if (rendition.kind() == PlannedRendition.Kind.POSTER || rendition.kind() == PlannedRendition.Kind.HLS) {
                previewDone = Math.max(previewDone, seconds(done - makeStart));
            }
        }
        results.put("preview_done_seconds", fmt(previewDone));
        results.put("preview_with_probe_seconds", fmt(previewDone + seconds(t2 - t0)));
        Files.write(resultsFile, results.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).toList(), StandardCharsets.UTF_8);
    }

    private static double seconds(long nanos) {
        return nanos / 1e9;
    }

    private static String fmt(double value) {
        return String.format(Locale.ROOT, "%.3f", value);
    }

    /** One argument for bash: single-quoted, a single quote inside written as '\''. */
    private static String quote(String argument) {
        return "'" + argument.replace("'", "'\\''") + "'";
    }

    private TranscodeBench() {
    }
}
