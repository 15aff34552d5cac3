package org.pressroom.media;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * Which renditions are made of a video and how: the configurable ladder. {@link #plan} turns it into ffmpeg
 * commands for one probed master, never above the source: a rung taller than the master is left out rather than
 * upscaled, since a blown-up picture is worse than an honest small one.
 *
 * <p>x264 presets trade time for size at equal quality; {@code medium} suits the downloads, {@code veryfast} the
 * preview, which must be ready while the press conference is still news.
 *
 * @param broadcast the full-quality MP4 for broadcasters
 * @param mp4 the web MP4 sizes (HD 720p and SD 360p by default)
 * @param audio the audio-only file made per audio track
 * @param hls the adaptive streaming preview played on the site
 * @param poster the still shown before playing
 * @param thumbnails stills for lists and search results
 * @param storyboard the sprite of small frames shown while scrubbing
 */
public record RenditionLadder(Broadcast broadcast, List<Mp4Rung> mp4, AudioOnly audio, Hls hls, Poster poster,
        Thumbnails thumbnails, Storyboard storyboard) {

    public RenditionLadder {
        if (broadcast == null || mp4 == null || audio == null || hls == null || poster == null || thumbnails == null
                || storyboard == null) {
            throw new IllegalArgumentException("The rendition ladder (pressroom.media.ladder) needs every part: broadcast, mp4,"
                    + " audio, hls, poster, thumbnails and storyboard");
        }
        if (hls.rungs().isEmpty()) {
            throw new IllegalArgumentException("The HLS preview (pressroom.media.ladder.hls.rungs) needs at least one rung");
        }
        mp4 = List.copyOf(mp4);
    }

    /** Pressroom's ladder: broadcast MP4, 720p and 360p MP4, AAC audio, a two-rung HLS preview and stills. */
    public static RenditionLadder defaults() {
        return new RenditionLadder(new Broadcast("medium", 18, 50_000, 96),
                List.of(new Mp4Rung("hd", 720, "medium", 21, 5_000, 128), new Mp4Rung("sd", 360, "medium", 23, 1_200, 96)),
                new AudioOnly(96), new Hls(List.of(new HlsRung(720, 3_000), new HlsRung(360, 800)), 6, "veryfast", 128),
                new Poster(0.10, 1080), new Thumbnails(5, 320), new Storyboard(Duration.ofSeconds(2), 200, 160, 10));
    }

    /** The same ladder with one x264 preset everywhere, e.g. {@code ultrafast} for tests and demos. */
    public RenditionLadder withPreset(String preset) {
        return new RenditionLadder(new Broadcast(preset, broadcast.crf(), broadcast.maxBitrateKbps(), broadcast.audioKbpsPerChannel()),
                mp4.stream().map(r -> new Mp4Rung(r.name(), r.height(), preset, r.crf(), r.maxBitrateKbps(), r.audioKbps())).toList(),
                audio, new Hls(hls.rungs(), hls.segmentSeconds(), preset, hls.audioKbps()), poster, thumbnails, storyboard);
    }

    /** The commands that make this ladder's renditions of the probed master, preview first. */
    public RenditionPlan plan(Path master, ProbeResult probe) {
        return new RenditionPlanner(this, master, probe).plan();
    }

    /**
     * H.264 High at the source's size, frame rate and scan type, every audio track in AAC.
     *
     * @param preset x264 preset
     * @param crf x264 constant quality (18 is visually lossless for most material)
     * @param maxBitrateKbps a ceiling on the video bit rate, so hard scenes stay within broadcast limits
     * @param audioKbpsPerChannel AAC bit rate per channel of each track (192 kb/s for stereo at 96)
     */
    public record Broadcast(String preset, int crf, int maxBitrateKbps, int audioKbpsPerChannel) {
    }

    /**
     * A web MP4 size; made only when the source is at least this tall. Audio is stereo at most.
     *
     * @param name names the file, {@code <name>-<height>p.mp4}
     * @param height picture height in pixels; the width follows the source's display shape
     */
    public record Mp4Rung(String name, int height, String preset, int crf, int maxBitrateKbps, int audioKbps) {
    }

    /** @param kbpsPerChannel AAC bit rate per channel of the track */
    public record AudioOnly(int kbpsPerChannel) {
    }

    /**
     * @param rungs the video sizes, tallest first; those above the source are dropped, and a source shorter than
     * every rung gets one rung at its own size
     * @param segmentSeconds segment length; Apple recommends 6, shorter starts faster but costs more requests
     * @param audioKbps AAC stereo bit rate of each language's audio rendition
     */
    public record Hls(List<HlsRung> rungs, int segmentSeconds, String preset, int audioKbps) {

        public Hls {
            rungs = List.copyOf(rungs);
        }
    }

    /** @param videoKbps the average video bit rate, capped at 110% with a two-second buffer */
    public record HlsRung(int height, int videoKbps) {
    }

    /**
     * @param position where the frame is taken, as a fraction of the duration (the first frames are often black)
     * @param maxHeight the tallest poster made; a smaller source gives a smaller poster
     */
    public record Poster(double position, int maxHeight) {
    }

    /** @param count how many stills, spread evenly over the video; @param width their width in pixels */
    public record Thumbnails(int count, int width) {
    }

    /**
     * @param interval one frame every this often; longer for long videos so the sprite stays under maxTiles
     * @param maxTiles the most frames in the sprite
     * @param tileWidth each frame's width in pixels
     * @param columns frames per row of the sprite
     */
    public record Storyboard(Duration interval, int maxTiles, int tileWidth, int columns) {
    }
}
