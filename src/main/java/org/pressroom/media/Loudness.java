package org.pressroom.media;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Measures every audio track's loudness as EBU R128 defines it, with ffmpeg's {@code ebur128} filter: one
 * filter per track in one pass over the file, since broadcasters check each language track separately (a
 * quiet interpretation channel is a real problem). Only the audio is decoded.
 */
public class Loudness {

    private static final Pattern SUMMARY = Pattern.compile("\\[Parsed_ebur128_(\\d+) @ [^\\]]*\\].*Summary:");
    private static final Pattern INTEGRATED = Pattern.compile("^\\s*I:\\s+(-?[\\d.]+|-?inf) LUFS");
    private static final Pattern RANGE = Pattern.compile("^\\s*LRA:\\s+(-?[\\d.]+|-?inf) LU");
    private static final Pattern PEAK = Pattern.compile("^\\s*Peak:\\s+(-?[\\d.]+|-?inf) dBFS");

    private final Ffmpeg ffmpeg;

    Loudness(Ffmpeg ffmpeg) {
        this.ffmpeg = ffmpeg;
    }

    /**
     * @param integrated integrated loudness in LUFS (EBU R128 asks for -23 in broadcast)
     * @param range loudness range in LU
     * @param truePeak the true (inter-sample) peak in dBTP; negative infinity for silence
     */
    public record TrackLoudness(ProbeResult.AudioTrack track, double integrated, double range, double truePeak) {
    }

    /** Measures each of the probed file's audio tracks; none for a file without audio. */
    public List<TrackLoudness> measure(Path file, ProbeResult probe, Duration timeout)
            throws MediaProcessingException, InterruptedException {
        List<ProbeResult.AudioTrack> tracks = probe.audio();
        if (tracks.isEmpty()) {
            return List.of();
        }
        // The filters are numbered in the order they appear in the graph: Parsed_ebur128_<n> measures track n.
        StringBuilder graph = new StringBuilder();
        List<String> arguments = new ArrayList<>(List.of("-i", file.toString(), "-filter_complex"));
        List<String> outputs = new ArrayList<>();
        for (ProbeResult.AudioTrack track : tracks) {
            graph.append(graph.isEmpty() ? "" : ";").append("[0:a:").append(track.position()).append("]ebur128=peak=true[l")
                    .append(track.position()).append(']');
            outputs.addAll(List.of("-map", "[l" + track.position() + "]", "-f", "null", "-"));
        }
        arguments.add(graph.toString());
        arguments.addAll(outputs);
        SummaryReader reader = new SummaryReader();
        ffmpeg.run(arguments, null, probe.duration(), timeout, percent -> { }, reader::accept);
        List<TrackLoudness> measured = new ArrayList<>();
        for (ProbeResult.AudioTrack track : tracks) {
            double[] values = reader.values.get(track.position());
            if (values == null || Double.isNaN(values[0]) || Double.isNaN(values[2])) {
                throw new MediaProcessingException("ffmpeg measured no loudness for audio track " + (track.position() + 1));
            }
            measured.add(new TrackLoudness(track, values[0], values[1], values[2]));
        }
        return measured;
    }

    /** The summary's first line names the filter; the indented lines after it carry no name. */
    private static final class SummaryReader {

        final Map<Integer, double[]> values = new HashMap<>();
        private double[] current;

        synchronized void accept(String line) {
            Matcher summary = SUMMARY.matcher(line);
            if (summary.find()) {
                current = new double[] {Double.NaN, Double.NaN, Double.NaN};
                values.put(Integer.parseInt(summary.group(1)), current);
                return;
            }
            if (current == null) {
                return;
            }
            if (line.startsWith("[")) {
                current = null;
                return;
            }
            read(INTEGRATED, line, 0);
            read(RANGE, line, 1);
            read(PEAK, line, 2);
        }

        private void read(Pattern pattern, String line, int slot) {
            Matcher m = pattern.matcher(line);
            if (m.find()) {
                String value = m.group(1);
                current[slot] = value.endsWith("inf") ? (value.startsWith("-") ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY)
                        : Double.parseDouble(value);
            }
        }
    }
}
