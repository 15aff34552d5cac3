package org.pressroom.media;

import java.util.List;
import java.util.Optional;

/**
 * One rendition to make with one ffmpeg command. Its output is a single file or a single directory (HLS, the
 * storyboard, thumbnails) so that it can be moved into place in one step once complete.
 *
 * @param kind what it is for
 * @param output the file or directory it makes, relative to the asset's work directory
 * @param mainFile the file that stands for it (the playlist of a preview, the sprite's WebVTT track); equals
 * {@code output} when the output is a single file
 * @param arguments ffmpeg's arguments; output paths are relative to the directory ffmpeg runs in
 * @param width picture width in pixels, 0 for audio
 * @param height picture height in pixels, 0 for audio
 * @param audioLanguages the language of each audio track in the output, in order
 * @param storyboard the sprite's layout, for the STORYBOARD kind only
 */
public record PlannedRendition(Kind kind, String output, String mainFile, List<String> arguments, int width, int height,
        List<String> audioLanguages, Optional<StoryboardGrid> storyboard) {

    public PlannedRendition {
        arguments = List.copyOf(arguments);
        audioLanguages = List.copyOf(audioLanguages);
    }

    /** Whether the output is a directory of files rather than one file. */
    public boolean directory() {
        return !output.equals(mainFile);
    }

    public enum Kind {
        /** A JPEG still near the start, shown before playing. */
        POSTER,
        /** The HLS preview: master playlist, video rungs and one audio rendition per track. */
        HLS,
        /** A sprite of small frames and the WebVTT track that points into it, for scrubbing. */
        STORYBOARD,
        /** A few stills spread over the video. */
        THUMBNAILS,
        /** H.264 High at the source's size, frame rate and scan type, every audio track. */
        BROADCAST,
        /** A smaller web MP4 (HD 720p, SD 360p). */
        MP4,
        /** One audio track alone, AAC in an M4A file. */
        AUDIO
    }
}
