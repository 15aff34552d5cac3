package org.pressroom.media;

import java.util.Locale;

/**
 * Subtitles for one language of a video, as WebVTT text.
 *
 * @param language the language they are written in (an ISO 639 tag)
 * @param webVtt the WebVTT file's text, starting with {@code WEBVTT}
 */
public record Caption(String language, String webVtt) {

    /** Larger than the captions of a day-long conference; a bigger file is refused rather than stored. */
    public static final int MAX_CHARACTERS = 2_000_000;

    public Caption {
        language = language == null ? "" : language.strip().toLowerCase(Locale.ROOT);
        if (!language.matches("[a-z]{2,3}(-[a-z0-9]{1,8})*")) {
            throw new IllegalArgumentException("Captions need a language tag such as en or fra, not \"" + language + "\"");
        }
        String text = webVtt == null ? "" : webVtt.startsWith("\uFEFF") ? webVtt.substring(1) : webVtt;
        if (!text.startsWith("WEBVTT") || (text.length() > 6 && !Character.isWhitespace(text.charAt(6)))) {
            throw new IllegalArgumentException("Captions must be a WebVTT file, which starts with the word WEBVTT");
        }
        if (text.length() > MAX_CHARACTERS) {
            throw new IllegalArgumentException("Captions longer than " + MAX_CHARACTERS + " characters are refused");
        }
        webVtt = text;
    }
}
