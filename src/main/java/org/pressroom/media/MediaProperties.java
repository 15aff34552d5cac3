package org.pressroom.media;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param ffmpeg the ffmpeg to use; when not set, the one on PATH, else the statically linked one bundled
 * @param ffprobe the ffprobe to use; when not set, the one beside ffmpeg, else the one on PATH
 * @param concurrency how many videos one node transcodes at once
 */
@ConfigurationProperties("pressroom.media")
record MediaProperties(Path ffmpeg, Path ffprobe, @DefaultValue("1") int concurrency) {
}
