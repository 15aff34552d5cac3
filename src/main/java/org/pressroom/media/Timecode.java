package org.pressroom.media;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Times in a video as people write them: a broadcast timecode with frames ({@code 00:01:05:12}, or {@code ;} before
 * the frames for drop-frame), hours, minutes and seconds ({@code 00:01:05.5}), minutes and seconds ({@code 01:05}) or
 * plain seconds ({@code 65.5}).
 */
public final class Timecode {

    private static final Pattern CLOCK = Pattern.compile("(?:(\\d{1,2}):)?(\\d{1,2}):(\\d{2}(?:\\.\\d{1,3})?)|\\d+(?:\\.\\d{1,3})?");
    private static final Pattern FRAMES = Pattern.compile("(\\d{1,2}):(\\d{2}):(\\d{2})[:;](\\d{2})");

    private Timecode() {
    }

    /**
     * The time as seconds from the video's first frame.
     *
     * @param text what was written
     * @param framesPerSecond the video's frame rate, to read a timecode's frames; 0 when not known (frames refused)
     * @throws IllegalArgumentException saying what is wrong, when the text is not a time
     */
    public static double seconds(String text, double framesPerSecond) {
        String time = text == null ? "" : text.strip();
        Matcher frames = FRAMES.matcher(time);
        if (frames.matches()) {
            if (!(framesPerSecond > 0)) {
                throw new IllegalArgumentException("\"" + time + "\" counts frames; write 00:01:05 or 00:01:05.48 instead");
            }
            int frame = Integer.parseInt(frames.group(4));
            if (frame >= Math.ceil(framesPerSecond)) {
                throw new IllegalArgumentException("\"" + time + "\" has frame " + frame + "; the video has "
                        + Math.round(Math.ceil(framesPerSecond)) + " frames a second");
            }
            return clock(time, Integer.parseInt(frames.group(1)), Integer.parseInt(frames.group(2)),
                    Integer.parseInt(frames.group(3))) + frame / framesPerSecond;
        }
        Matcher matcher = CLOCK.matcher(time);
        if (!matcher.matches()) {
            throw new IllegalArgumentException("\"" + time + "\" is not a time; write 00:01:05, 01:05.5 or seconds");
        }
        if (matcher.group(3) == null) {
            return Double.parseDouble(time);
        }
        int hours = matcher.group(1) == null ? 0 : Integer.parseInt(matcher.group(1));
        int minutes = Integer.parseInt(matcher.group(2));
        double seconds = Double.parseDouble(matcher.group(3));
        if (minutes > 59 || seconds >= 60) {
            throw new IllegalArgumentException("\"" + time + "\" has more than 59 minutes or seconds");
        }
        return hours * 3600 + minutes * 60 + seconds;
    }

    private static double clock(String time, int hours, int minutes, int seconds) {
        if (minutes > 59 || seconds > 59) {
            throw new IllegalArgumentException("\"" + time + "\" has more than 59 minutes or seconds");
        }
        return hours * 3600 + minutes * 60 + seconds;
    }

    /** Seconds as {@code HH:MM:SS.mmm}, the milliseconds left out when there are none. */
    public static String format(double seconds) {
        long millis = Math.round(Math.max(0, seconds) * 1000);
        long whole = millis / 1000;
        String clock = String.format(Locale.ROOT, "%02d:%02d:%02d", whole / 3600, whole / 60 % 60, whole % 60);
        return millis % 1000 == 0 ? clock : clock + String.format(Locale.ROOT, ".%03d", millis % 1000);
    }
}
