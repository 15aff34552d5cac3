package org.pressroom.media;

/**
 * A frame rate as an exact fraction. ffprobe gives two: {@code r_frame_rate}, the base rate (which for some
 * interlaced streams is the field rate), and {@code avg_frame_rate}, frames over time. When they agree the exact
 * base rate is kept; when they do not, the average wins, snapped to a broadcast rate when it is one, so 1080i25
 * reads as 25/1 and not 50/1.
 */
record FrameRate(long numerator, long denominator) {

    private static final FrameRate[] BROADCAST = {of(24000, 1001), of(24, 1), of(25, 1), of(30000, 1001), of(30, 1),
            of(50, 1), of(60000, 1001), of(60, 1)};

    static FrameRate of(long numerator, long denominator) {
        return new FrameRate(numerator, denominator);
    }

    static FrameRate choose(String base, String average) {
        FrameRate r = parse(base);
        FrameRate avg = parse(average);
        if (!avg.valid()) {
            return r;
        }
        if (r.valid() && Math.abs(avg.value() - r.value()) / r.value() < 0.005) {
            return r;
        }
        for (FrameRate known : BROADCAST) {
            if (Math.abs(avg.value() - known.value()) / known.value() < 0.005) {
                return known;
            }
        }
        return avg;
    }

    /** Reads {@code 30000/1001}, {@code 25} or {@code 29.97}; anything else is invalid (0/1). */
    static FrameRate parse(String text) {
        try {
            int slash = text.indexOf('/');
            if (slash > 0) {
                long num = Long.parseLong(text.substring(0, slash).strip());
                long den = Long.parseLong(text.substring(slash + 1).strip());
                return den > 0 && num > 0 ? reduced(num, den) : of(0, 1);
            }
            double value = Double.parseDouble(text.strip());
            if (!(value > 0) || Double.isInfinite(value)) {
                return of(0, 1);
            }
            for (FrameRate known : BROADCAST) {
                if (Math.abs(value - known.value()) < 0.006) {
                    return known;
                }
            }
            return reduced(Math.round(value * 1000), 1000);
        } catch (NumberFormatException e) {
            return of(0, 1);
        }
    }

    private static FrameRate reduced(long num, long den) {
        long a = num;
        long b = den;
        while (b != 0) {
            long t = a % b;
            a = b;
            b = t;
        }
        return of(num / a, den / a);
    }

    boolean valid() {
        return numerator > 0 && denominator > 0;
    }

    double value() {
        return valid() ? (double) numerator / denominator : 0;
    }

    String fraction() {
        return numerator + "/" + denominator;
    }
}
