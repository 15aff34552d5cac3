package org.pressroom.media;

import java.io.IOException;

/**
 * Reading or transcoding a media file failed. The message is written for the editor who uploaded the file:
 * it carries the line of ffmpeg's output that says what went wrong (such as {@code moov atom not found}),
 * not ffmpeg's banner or a stack trace.
 */
public class MediaProcessingException extends IOException {

    private final boolean timedOut;

    public MediaProcessingException(String message) {
        this(message, false);
    }

    MediaProcessingException(String message, boolean timedOut) {
        super(message);
        this.timedOut = timedOut;
    }

    /** Whether the tool was stopped because it ran longer than allowed, rather than failing by itself. */
    public boolean timedOut() {
        return timedOut;
    }
}
