package org.pressroom.media;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param ffmpeg the ffmpeg to use; when not set, the one on PATH, else the statically linked one bundled
 * @param ffprobe the ffprobe to use; when not set, the one beside ffmpeg, else the one on PATH
 */
@ConfigurationProperties("pressroom.media")
record MediaProperties(Path ffmpeg, Path ffprobe) {
}
