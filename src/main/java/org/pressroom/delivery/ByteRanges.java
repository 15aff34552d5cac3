package org.pressroom.delivery;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The parts of a file a {@code Range} header asks for (RFC 9110, section 14), checked against the file's length.
 *
 * <p>A header Pressroom cannot use is ignored and the whole file is sent, as the RFC allows: another unit than
 * {@code bytes}, a malformed or reversed range ({@code 500-100}), or more than {@code maxRanges} ranges (asking a
 * file in hundreds of pieces is an old way to make a server work hard). Ranges that start past the end are dropped;
 * when none is left the answer is 416. Overlapping ranges are merged. Numbers too large for a {@code long} count as
 * past any end.
 *
 * @param outcome what to answer
 * @param ranges the ranges to send, inclusive, for {@code PARTIAL}; empty otherwise
 */
record ByteRanges(Outcome outcome, List<Range> ranges) {

    private static final Pattern SPEC = Pattern.compile("(\\d*)-(\\d*)");

    ByteRanges {
        ranges = List.copyOf(ranges);
    }

    enum Outcome {
        /** No Range header, or one that is ignored: 200 with the whole file. */
        WHOLE,
        /** 206 with the ranges. */
        PARTIAL,
        /** 416: not one range overlaps the file. */
        UNSATISFIABLE
    }

    /** From {@code first} to {@code last}, both included. */
    record Range(long first, long last) {

        long length() {
            return last - first + 1;
        }
    }

    static ByteRanges whole() {
        return new ByteRanges(Outcome.WHOLE, List.of());
    }

    static ByteRanges parse(String header, long size, int maxRanges) {
        if (header == null) {
            return whole();
        }
        int equals = header.indexOf('=');
        if (equals < 0 || !header.substring(0, equals).strip().toLowerCase(Locale.ROOT).equals("bytes")) {
            return whole();
        }
        List<Range> asked = new ArrayList<>();
        int specs = 0;
        for (String element : header.substring(equals + 1).split(",", -1)) {
            String spec = element.strip();
            if (spec.isEmpty()) {
                continue;
            }
            if (++specs > maxRanges) {
                return whole();
            }
            Matcher matcher = SPEC.matcher(spec);
            if (!matcher.matches() || matcher.group(1).isEmpty() && matcher.group(2).isEmpty()) {
                return whole();
            }
            if (matcher.group(1).isEmpty()) {
                long suffix = number(matcher.group(2));
                if (suffix > 0 && size > 0) {
                    asked.add(new Range(Math.max(0, size - suffix), size - 1));
                }
                continue;
            }
            long first = number(matcher.group(1));
            long last = matcher.group(2).isEmpty() ? Long.MAX_VALUE : number(matcher.group(2));
            if (last < first) {
                return whole();
            }
            if (first < size) {
                asked.add(new Range(first, Math.min(last, size - 1)));
            }
        }
        if (specs == 0) {
            return whole();
        }
        if (asked.isEmpty()) {
            return new ByteRanges(Outcome.UNSATISFIABLE, List.of());
        }
        return new ByteRanges(Outcome.PARTIAL, merged(asked));
    }

    /** The ranges as asked when none overlap; otherwise in file order with the overlapping ones joined. */
    private static List<Range> merged(List<Range> asked) {
        List<Range> sorted = asked.stream().sorted(Comparator.comparingLong(Range::first)).toList();
        boolean overlap = false;
        for (int i = 1; i < sorted.size(); i++) {
            overlap |= sorted.get(i).first() <= sorted.get(i - 1).last();
        }
        if (!overlap) {
            return asked;
        }
        List<Range> merged = new ArrayList<>();
        for (Range range : sorted) {
            Range previous = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (previous != null && range.first() <= previous.last()) {
                merged.set(merged.size() - 1, new Range(previous.first(), Math.max(previous.last(), range.last())));
            } else {
                merged.add(range);
            }
        }
        return merged;
    }

    /** Digits as a number; beyond what a {@code long} holds it is {@code Long.MAX_VALUE}, past the end of any file. */
    private static long number(String digits) {
        String significant = digits.replaceFirst("^0+(?=\\d)", "");
        if (significant.length() > 18) {
            return Long.MAX_VALUE;
        }
        return Long.parseLong(significant);
    }
}
