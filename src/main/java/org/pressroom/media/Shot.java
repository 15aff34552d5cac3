package org.pressroom.media;

import java.util.Locale;

/**
 * One line of a video's shot list: where it starts (and ends) in seconds from the video's first frame, what it
 * is, and for a soundbite who speaks and in which language.
 *
 * @param start seconds from the start, 0 or more
 * @param end seconds from the start, after {@code start}, or null when the line marks a moment
 * @param kind shot, soundbite or cutaway
 * @param description what is seen, or for a soundbite what is said
 * @param speaker who speaks (soundbites), or empty
 * @param language the language spoken (an ISO 639 tag), or empty
 */
public record Shot(double start, Double end, Kind kind, String description, String speaker, String language) {

    /** What a line of the shot list describes. */
    public enum Kind { SHOT, SOUNDBITE, CUTAWAY }

    public Shot {
        if (!(start >= 0) || Double.isInfinite(start)) {
            throw new IllegalArgumentException("A shot starts at 0 seconds or later, not at " + start);
        }
        if (end != null && !(end > start && !end.isInfinite())) {
            throw new IllegalArgumentException("A shot ends after it starts: " + start + " to " + end);
        }
        kind = kind == null ? Kind.SHOT : kind;
        description = description == null ? "" : description.strip();
        speaker = speaker == null ? "" : speaker.strip();
        language = language == null ? "" : language.strip().toLowerCase(Locale.ROOT);
    }

    /** The start as a broadcast timecode without frames, {@code HH:MM:SS}. */
    public String timecode() {
        long seconds = (long) Math.floor(start);
        return String.format(Locale.ROOT, "%02d:%02d:%02d", seconds / 3600, seconds / 60 % 60, seconds % 60);
    }
}
