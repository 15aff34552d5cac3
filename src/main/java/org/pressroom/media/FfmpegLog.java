package org.pressroom.media;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Keeps what matters of ffmpeg's log for an error message: the lines ffmpeg itself marks as errors (it is run
 * with {@code -loglevel level+info}, which prefixes each line with its level), and the last few lines in case
 * it marks none. Bounded, so an hour-long transcode's log costs a few kilobytes.
 */
final class FfmpegLog {

    private static final Pattern CONTEXT = Pattern.compile("^(\\[[^\\]]*@ 0x[0-9a-f]+\\]\\s*)+");
    private static final Pattern ANY_CONTEXT = Pattern.compile("\\[[^\\]]*@ 0x[0-9a-f]+\\]\\s*");
    private static final Pattern LEVEL = Pattern.compile("^\\[(fatal|error|panic)\\]\\s*");
    private static final Set<String> GENERIC = Set.of("Conversion failed!", "Exiting normally, received signal 15.");
    private static final int KEPT = 20;

    private final Deque<String> errors = new ArrayDeque<>();
    private final Deque<String> last = new ArrayDeque<>();

    synchronized void accept(String line) {
        String withoutContext = CONTEXT.matcher(line).replaceFirst("");
        var level = LEVEL.matcher(withoutContext);
        if (level.find()) {
            keep(errors, withoutContext.substring(level.end()).strip());
        }
        if (!line.isBlank()) {
            keep(last, withoutContext.replaceFirst("^\\[(info|warning|verbose)\\]\\s*", "").strip());
        }
    }

    /** The most telling lines, oldest first: up to three distinct error lines, else the last two lines. */
    synchronized List<String> relevant() {
        List<String> chosen = new ArrayList<>(new LinkedHashSet<>(errors));
        chosen.removeIf(GENERIC::contains);
        if (chosen.isEmpty()) {
            chosen = new ArrayList<>(last);
            chosen.removeIf(GENERIC::contains);
            return tail(chosen, 2);
        }
        return tail(chosen, 3);
    }

    /** Only the lines ffmpeg marked as errors (up to three, oldest first), empty when it marked none. */
    synchronized List<String> errors() {
        List<String> chosen = new ArrayList<>(new LinkedHashSet<>(errors));
        chosen.removeIf(GENERIC::contains);
        return tail(chosen, 3);
    }

    /** The relevant lines joined for one message, with the file's directory left out. */
    static String clean(List<String> lines, Path file) {
        String text = lines.isEmpty() ? "the tool gave no reason" : String.join("; ", lines);
        text = ANY_CONTEXT.matcher(text).replaceAll("");
        if (file != null && file.getParent() != null) {
            text = text.replace(file.getParent().toString() + "/", "");
        }
        return text;
    }

    private static void keep(Deque<String> lines, String line) {
        if (line.isEmpty()) {
            return;
        }
        lines.addLast(line);
        if (lines.size() > KEPT) {
            lines.removeFirst();
        }
    }

    private static List<String> tail(List<String> lines, int count) {
        return List.copyOf(lines.subList(Math.max(0, lines.size() - count), lines.size()));
    }
}
