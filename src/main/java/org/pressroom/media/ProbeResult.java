package org.pressroom.media;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * What a media file holds, as read by {@link MediaProbe}: the facts a broadcaster's technician checks before
 * downloading, and what the rendition ladder needs to stay at or below the source.
 *
 * @param container the container as ffprobe names it ({@code format_name}), e.g. {@code mov,mp4,m4a,3gp,3g2,mj2}
 * @param duration the length, to the millisecond
 * @param bitRate the overall bit rate in bits per second, 0 when unknown
 * @param video the main picture, empty for audio-only files (cover art does not count)
 * @param audio every audio track, in file order
 * @param timecode the embedded start timecode, e.g. {@code 10:00:00:00}, if the file has one
 * @param source how the facts were read: with ffprobe, or degraded from ffmpeg's own description
 */
public record ProbeResult(String container, Duration duration, long bitRate, Optional<VideoStream> video,
        List<AudioTrack> audio, Optional<String> timecode, Source source) {

    public ProbeResult {
        audio = List.copyOf(audio);
    }

    /**
     * The same facts with the audio tracks' languages as the sender stated them, in track order (a sidecar's
     * {@code audio: [eng, fra]}); tracks beyond the list, or all of them when it is empty, keep the file's tags.
     */
    public ProbeResult withAudioLanguages(List<String> languages) {
        if (languages == null || languages.isEmpty()) {
            return this;
        }
        List<AudioTrack> relabelled = audio.stream().map(track -> track.position() < languages.size()
                ? new AudioTrack(track.position(), track.index(), track.codec(), track.channels(), track.channelLayout(),
                        track.sampleRate(), languages.get(track.position()).toLowerCase(java.util.Locale.ROOT))
                : track).toList();
        return new ProbeResult(container, duration, bitRate, video, relabelled, timecode, source);
    }

    /** How the facts were read. */
    public enum Source {
        /** ffprobe's JSON: every field is filled when the file says it. */
        FFPROBE,
        /**
         * The text {@code ffmpeg -i} prints, used only when no ffprobe is installed (the bundled static ffmpeg has
         * none). Codec profile, field order and channel layouts may be missing or approximate.
         */
        FFMPEG_DESCRIPTION
    }

    /** How the picture is scanned; interlaced material must stay interlaced in the broadcast file. */
    public enum ScanType {
        PROGRESSIVE,
        /** Interlaced, top field displayed first (most HD and 625-line material). */
        INTERLACED_TFF,
        /** Interlaced, bottom field displayed first (DV, some 525-line material). */
        INTERLACED_BFF,
        /** The file does not say; planned as progressive. */
        UNKNOWN;

        public boolean interlaced() {
            return this == INTERLACED_TFF || this == INTERLACED_BFF;
        }
    }

    /**
     * @param index the stream's index in the file
     * @param codec e.g. {@code h264}, {@code mpeg2video}, {@code prores}
     * @param profile e.g. {@code High}, {@code 4:2:2}; empty when the codec has none or it is unknown
     * @param width stored width in pixels
     * @param height stored height in pixels
     * @param sampleAspectRatio pixel shape, e.g. {@code 1:1}, or {@code 16:15} for anamorphic 16:9 PAL
     * @param frameRate the frame rate as an exact fraction, e.g. {@code 25/1} or {@code 30000/1001}
     * @param framesPerSecond the same as a number, e.g. 29.97
     * @param scanType progressive or interlaced, with its field order
     * @param pixelFormat e.g. {@code yuv420p}, {@code yuv422p10le}
     */
    public record VideoStream(int index, String codec, String profile, int width, int height, String sampleAspectRatio,
            String frameRate, double framesPerSecond, ScanType scanType, String pixelFormat) {

        /** The width a square-pixel picture of this height needs to keep the displayed shape. */
        public int displayWidth(int forHeight) {
            double displayAspect = (double) width / height * pixelAspect();
            int even = (int) Math.round(forHeight * displayAspect / 2) * 2;
            return Math.max(2, even);
        }

        private double pixelAspect() {
            String[] parts = sampleAspectRatio.split(":");
            try {
                double num = Double.parseDouble(parts[0]);
                double den = Double.parseDouble(parts[1]);
                return num > 0 && den > 0 ? num / den : 1;
            } catch (RuntimeException e) {
                return 1;
            }
        }
    }

    /**
     * @param position which audio track this is, from 0 (ffmpeg's {@code 0:a:<position>})
     * @param index the stream's index in the file
     * @param codec e.g. {@code aac}, {@code pcm_s24le}
     * @param channels how many channels
     * @param channelLayout e.g. {@code stereo}, {@code 5.1}; empty when unknown
     * @param sampleRate in hertz
     * @param language the ISO 639-2 language tag, {@code und} when the file does not say
     */
    public record AudioTrack(int position, int index, String codec, int channels, String channelLayout, int sampleRate,
            String language) {
    }
}
