package org.pressroom.content;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The difference between two texts as a run of kept, removed and added pieces: word by word, or line by line
 * when both texts are too long to compare word by word in reasonable memory (a longest common subsequence over
 * what remains once the common start and end are set aside).
 */
public final class TextDiff {

    /** How a piece changed. */
    public enum Change { SAME, REMOVED, ADDED }

    /** A piece of text, with its surrounding spaces. */
    public record Segment(Change change, String text) {
    }

    private static final Pattern WORDS = Pattern.compile("\\s+|[^\\s]+");
    private static final Pattern LINES = Pattern.compile("[^\\n]*\\n|[^\\n]+$");
    /** Cells of the comparison table compared word by word, at most (16 MB of ints). */
    private static final long MAX_CELLS = 4_000_000;

    private TextDiff() {
    }

    public static List<Segment> of(String before, String after) {
        before = before == null ? "" : before;
        after = after == null ? "" : after;
        List<String> a = split(WORDS, before);
        List<String> b = split(WORDS, after);
        if (tooLarge(a, b)) {
            a = split(LINES, before);
            b = split(LINES, after);
            if (tooLarge(a, b)) {
                List<Segment> whole = new ArrayList<>();
                add(whole, Change.REMOVED, before);
                add(whole, Change.ADDED, after);
                return whole;
            }
        }
        return compare(a, b);
    }

    private static boolean tooLarge(List<String> a, List<String> b) {
        int start = commonStart(a, b);
        int end = commonEnd(a, b, start);
        return (long) (a.size() - start - end + 1) * (b.size() - start - end + 1) > MAX_CELLS;
    }

    private static List<Segment> compare(List<String> a, List<String> b) {
        List<Segment> out = new ArrayList<>();
        int start = commonStart(a, b);
        int end = commonEnd(a, b, start);
        add(out, Change.SAME, String.join("", a.subList(0, start)));
        List<String> x = a.subList(start, a.size() - end);
        List<String> y = b.subList(start, b.size() - end);
        int[][] lcs = new int[x.size() + 1][y.size() + 1];
        for (int i = x.size() - 1; i >= 0; i--) {
            for (int j = y.size() - 1; j >= 0; j--) {
                lcs[i][j] = x.get(i).equals(y.get(j)) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        int i = 0;
        int j = 0;
        while (i < x.size() || j < y.size()) {
            if (i < x.size() && j < y.size() && x.get(i).equals(y.get(j))) {
                add(out, Change.SAME, x.get(i++));
                j++;
            } else if (i < x.size() && (j == y.size() || lcs[i + 1][j] >= lcs[i][j + 1])) {
                add(out, Change.REMOVED, x.get(i++));
            } else {
                add(out, Change.ADDED, y.get(j++));
            }
        }
        add(out, Change.SAME, String.join("", a.subList(a.size() - end, a.size())));
        return out;
    }

    /** Appends, joining a piece to the one before when they changed alike. */
    private static void add(List<Segment> out, Change change, String text) {
        if (text.isEmpty()) {
            return;
        }
        if (!out.isEmpty() && out.get(out.size() - 1).change() == change) {
            Segment last = out.remove(out.size() - 1);
            out.add(new Segment(change, last.text() + text));
        } else {
            out.add(new Segment(change, text));
        }
    }

    private static int commonStart(List<String> a, List<String> b) {
        int n = 0;
        while (n < a.size() && n < b.size() && a.get(n).equals(b.get(n))) {
            n++;
        }
        return n;
    }

    private static int commonEnd(List<String> a, List<String> b, int start) {
        int n = 0;
        while (n < a.size() - start && n < b.size() - start && a.get(a.size() - 1 - n).equals(b.get(b.size() - 1 - n))) {
            n++;
        }
        return n;
    }

    private static List<String> split(Pattern pattern, String text) {
        List<String> parts = new ArrayList<>();
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            if (!m.group().isEmpty()) {
                parts.add(m.group());
            }
        }
        return parts;
    }
}
