package org.pressroom.media;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param ffmpeg the ffmpeg to use; when not set, the one on PATH, else the statically linked one bundled
 * @param ffprobe the ffprobe to use; when not set, the one beside ffmpeg, else the one on PATH
 * @param concurrency how many videos one node transcodes at once
 * @param inbox the watch folder
 * @param ladder which renditions are made and how; unset: {@link RenditionLadder#defaults()}
 */
@ConfigurationProperties("pressroom.media")
record MediaProperties(Path ffmpeg, Path ffprobe, @DefaultValue("1") int concurrency, @DefaultValue Inbox inbox,
                       RenditionLadder ladder) {

    RenditionLadder ladderOrDefaults() {
        return ladder == null ? RenditionLadder.defaults() : ladder;
    }

    /**
     * @param enabled whether the watch folder is watched
     * @param directory the folder; when not set, {@code <data-dir>/inbox}
     * @param stableFor how long a file's size and modification time must stay unchanged before it is taken
     * @param pollInterval how often the folder is looked at
     * @param keepDone how long taken files are kept in {@code .done}; zero deletes them once stored
     */
    record Inbox(@DefaultValue("true") boolean enabled, Path directory, @DefaultValue("5s") Duration stableFor,
                 @DefaultValue("2s") Duration pollInterval, @DefaultValue("3d") Duration keepDone) {
    }
}
