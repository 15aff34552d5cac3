package org.pressroom.media;

import java.nio.file.Path;

/**
 * An executable found for media work.
 *
 * @param path where it is
 * @param source how it was found
 * @param version the first line of its {@code -version} output
 */
public record MediaTool(Path path, Source source, String version) {

    /** How a tool was found, in the order they are tried. */
    public enum Source {
        /** Set with {@code pressroom.media.ffmpeg} or {@code pressroom.media.ffprobe}. */
        CONFIGURED,
        /** Found on the {@code PATH}, e.g. Debian's {@code ffmpeg} package. */
        PATH,
        /** The statically linked ffmpeg shipped inside Pressroom's jar, unpacked to the data directory. */
        BUNDLED
    }
}
