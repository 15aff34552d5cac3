package org.pressroom.media;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Builds the ffmpeg commands of a {@link RenditionLadder} for one master.
 *
 * <p>Interlaced masters: the broadcast MP4 stays interlaced, as broadcasters' playout expects the fields it was
 * shot with. It is coded as interlaced H.264 ({@code -flags +ilme+ildct}, field-aware motion estimation and DCT)
 * with the master's field order ({@code -top 1} top field first, {@code -top 0} bottom first, on the frames, and
 * x264's {@code tff=1}/{@code bff=1}, without which the stream still says top first), and a pixel format
 * change is made field by field ({@code scale=interl=1}) so the chroma of one field does not bleed into the
 * other. Every other rendition is for screens, which are progressive: it is deinterlaced first with
 * {@code bwdif}, one frame per frame, keeping the frame rate. A master whose scan type is unknown gets {@code
 * bwdif=deint=interlaced}, which only touches frames flagged as interlaced.
 */
final class RenditionPlanner {

    private final RenditionLadder ladder;
    private final Path master;
    private final ProbeResult probe;
    private final List<ProbeResult.AudioTrack> tracks;
    private final String credit;

    RenditionPlanner(RenditionLadder ladder, Path master, ProbeResult probe) {
        this(ladder, master, probe, "");
    }

    /** @param credit the asset's credit line, written into the metadata of every downloadable rendition */
    RenditionPlanner(RenditionLadder ladder, Path master, ProbeResult probe, String credit) {
        this.ladder = ladder;
        this.master = master;
        this.probe = probe;
        this.tracks = probe.audio();
        this.credit = credit == null ? "" : credit.replaceAll("\\p{Cntrl}", " ").strip();
    }

    RenditionPlan plan() {
        List<PlannedRendition> planned = new ArrayList<>();
        probe.video().ifPresent(video -> {
            // The preview first: it is what lets an editor publish while the downloads are still being made.
            planned.add(poster(video));
            planned.add(hls(video));
            planned.add(storyboard(video));
            planned.add(thumbnails(video));
            planned.add(broadcast(video));
            for (RenditionLadder.Mp4Rung rung : ladder.mp4()) {
                if (rung.height() <= video.height()) {
                    planned.add(mp4(video, rung));
                }
            }
        });
        Map<String, Long> perLanguage = new HashMap<>();
        tracks.forEach(track -> perLanguage.merge(track.language(), 1L, Long::sum));
        for (ProbeResult.AudioTrack track : tracks) {
            planned.add(audio(track, perLanguage.get(track.language()) > 1));
        }
        return new RenditionPlan(master, probe, planned);
    }

    private PlannedRendition broadcast(ProbeResult.VideoStream video) {
        RenditionLadder.Broadcast settings = ladder.broadcast();
        List<String> args = input();
        args.addAll(List.of("-map", "0:v:0"));
        mapAllAudio(args);
        args.addAll(List.of("-c:v", "libx264", "-preset", settings.preset(), "-profile:v", "high", "-crf", String.valueOf(settings.crf()),
                "-maxrate", settings.maxBitrateKbps() + "k", "-bufsize", settings.maxBitrateKbps() * 2 + "k", "-r", video.frameRate()));
        if (video.scanType().interlaced()) {
            boolean topFirst = video.scanType() == ProbeResult.ScanType.INTERLACED_TFF;
            args.addAll(List.of("-vf", "scale=interl=1,format=yuv420p", "-flags", "+ilme+ildct", "-top", topFirst ? "1" : "0",
                    "-x264-params", topFirst ? "tff=1" : "bff=1"));
        } else {
            args.addAll(List.of("-vf", "format=yuv420p"));
        }
        args.addAll(List.of("-c:a", "aac"));
        for (ProbeResult.AudioTrack track : tracks) {
            args.addAll(List.of("-b:a:" + track.position(), Math.max(1, track.channels()) * settings.audioKbpsPerChannel() + "k"));
        }
        languages(args);
        credit(args);
        String output = "broadcast.mp4";
        args.addAll(List.of("-movflags", "+faststart", output));
        return file(PlannedRendition.Kind.BROADCAST, output, args, video.width(), video.height(), allLanguages());
    }

    private PlannedRendition mp4(ProbeResult.VideoStream video, RenditionLadder.Mp4Rung rung) {
        int width = video.displayWidth(rung.height());
        List<String> args = input();
        args.addAll(List.of("-map", "0:v:0"));
        mapAllAudio(args);
        args.addAll(List.of("-vf", deinterlace(video) + scale(width, rung.height()) + ",format=yuv420p", "-c:v", "libx264", "-preset",
                rung.preset(), "-profile:v", "high", "-crf", String.valueOf(rung.crf()), "-maxrate", rung.maxBitrateKbps() + "k",
                "-bufsize", rung.maxBitrateKbps() * 2 + "k", "-c:a", "aac", "-b:a", rung.audioKbps() + "k"));
        stereoAtMost(args);
        languages(args);
        credit(args);
        String output = safe(rung.name()) + "-" + rung.height() + "p.mp4";
        args.addAll(List.of("-movflags", "+faststart", output));
        return file(PlannedRendition.Kind.MP4, output, args, width, rung.height(), allLanguages());
    }

    private PlannedRendition audio(ProbeResult.AudioTrack track, boolean languageShared) {
        String output = "audio-" + (languageShared ? (track.position() + 1) + "-" : "") + track.language() + ".m4a";
        List<String> args = input();
        args.addAll(List.of("-map", "0:a:" + track.position(), "-c:a", "aac", "-b:a",
                Math.max(1, track.channels()) * ladder.audio().kbpsPerChannel() + "k", "-metadata:s:a:0", "language=" + track.language()));
        credit(args);
        args.addAll(List.of("-movflags", "+faststart", output));
        return file(PlannedRendition.Kind.AUDIO, output, args, 0, 0, List.of(track.language()));
    }

    private PlannedRendition hls(ProbeResult.VideoStream video) {
        RenditionLadder.Hls settings = ladder.hls();
        List<RenditionLadder.HlsRung> rungs = settings.rungs().stream().filter(rung -> rung.height() <= video.height()).toList();
        if (rungs.isEmpty()) {
            int fallbackHeight = video.height() / 2 * 2;
            int kbps = settings.rungs().isEmpty() ? 800 : settings.rungs().get(settings.rungs().size() - 1).videoKbps();
            rungs = List.of(new RenditionLadder.HlsRung(fallbackHeight, kbps));
        }
        StringBuilder graph = new StringBuilder("[0:v:0]").append(deinterlace(video)).append("split=").append(rungs.size());
        for (int i = 0; i < rungs.size(); i++) {
            graph.append("[s").append(i).append(']');
        }
        List<String> args = input();
        List<String> maps = new ArrayList<>();
        List<String> rates = new ArrayList<>();
        List<String> variants = new ArrayList<>();
        for (int i = 0; i < rungs.size(); i++) {
            RenditionLadder.HlsRung rung = rungs.get(i);
            graph.append(";[s").append(i).append(']').append(scale(video.displayWidth(rung.height()), rung.height()))
                    .append(",format=yuv420p[v").append(i).append(']');
            maps.addAll(List.of("-map", "[v" + i + "]"));
            rates.addAll(List.of("-b:v:" + i, rung.videoKbps() + "k", "-maxrate:v:" + i, rung.videoKbps() * 11 / 10 + "k",
                    "-bufsize:v:" + i, rung.videoKbps() * 2 + "k"));
            variants.add("v:" + i + (tracks.isEmpty() ? "" : ",agroup:audio") + ",name:" + rung.height() + "p");
        }
        List<String> audioVariants = new ArrayList<>();
        Map<String, Long> perLanguage = new HashMap<>();
        tracks.forEach(track -> perLanguage.merge(track.language(), 1L, Long::sum));
        for (ProbeResult.AudioTrack track : tracks) {
            maps.addAll(List.of("-map", "0:a:" + track.position()));
            String name = "audio-" + (perLanguage.get(track.language()) > 1 ? (track.position() + 1) + "-" : "") + track.language();
            audioVariants.add("a:" + track.position() + ",agroup:audio,language:" + track.language() + ",name:" + name
                    + (track.position() == 0 ? ",default:yes" : ""));
        }
        audioVariants.addAll(variants);
        args.addAll(List.of("-filter_complex", graph.toString()));
        args.addAll(maps);
        args.addAll(List.of("-c:v", "libx264", "-preset", settings.preset(), "-profile:v", "high"));
        args.addAll(rates);
        // A key frame at every segment boundary, whatever the frame rate, so every segment starts cleanly.
        args.addAll(List.of("-force_key_frames", "expr:gte(t,n_forced*" + settings.segmentSeconds() + ")"));
        if (!tracks.isEmpty()) {
            args.addAll(List.of("-c:a", "aac", "-b:a", settings.audioKbps() + "k"));
            stereoAtMost(args);
            languages(args);
        }
        args.addAll(List.of("-f", "hls", "-hls_time", String.valueOf(settings.segmentSeconds()), "-hls_playlist_type", "vod",
                "-hls_flags", "independent_segments", "-hls_segment_type", "fmp4", "-hls_fmp4_init_filename", "init.mp4",
                "-hls_segment_filename", "hls/%v/segment-%04d.m4s", "-master_pl_name", "master.m3u8", "-var_stream_map",
                String.join(" ", audioVariants), "hls/%v/index.m3u8"));
        RenditionLadder.HlsRung top = rungs.get(0);
        return new PlannedRendition(PlannedRendition.Kind.HLS, "hls", "hls/master.m3u8", args, video.displayWidth(top.height()),
                top.height(), allLanguages(), Optional.empty());
    }

    private PlannedRendition poster(ProbeResult.VideoStream video) {
        int height = Math.min(video.height(), ladder.poster().maxHeight()) / 2 * 2;
        int width = video.displayWidth(height);
        Duration at = MediaProbe.millis(probe.duration().toMillis() / 1000.0 * ladder.poster().position());
        List<String> args = new ArrayList<>(List.of("-ss", seconds(at), "-i", master.toString(), "-map", "0:v:0", "-frames:v", "1",
                "-vf", deinterlace(video) + scale(width, height), "-q:v", "2", "-update", "1", "poster.jpg"));
        return file(PlannedRendition.Kind.POSTER, "poster.jpg", args, width, height, List.of());
    }

    private PlannedRendition thumbnails(ProbeResult.VideoStream video) {
        RenditionLadder.Thumbnails settings = ladder.thumbnails();
        int count = Math.max(1, settings.count());
        int width = settings.width() / 2 * 2;
        int height = displayHeight(video, width);
        long intervalMillis = Math.max(1, probe.duration().toMillis() / count);
        // Each still is taken in the middle of its share of the video, never on the black first frame.
        List<String> args = new ArrayList<>(List.of("-ss", seconds(Duration.ofMillis(intervalMillis / 2)), "-i", master.toString(),
                "-map", "0:v:0", "-vf", deinterlace(video) + "fps=1000/" + intervalMillis + "," + scale(width, height), "-frames:v",
                String.valueOf(count), "-q:v", "3", "thumbnails/%02d.jpg"));
        return new PlannedRendition(PlannedRendition.Kind.THUMBNAILS, "thumbnails", "thumbnails/01.jpg", args, width, height, List.of(),
                Optional.empty());
    }

    private PlannedRendition storyboard(ProbeResult.VideoStream video) {
        RenditionLadder.Storyboard settings = ladder.storyboard();
        long durationMillis = Math.max(1, probe.duration().toMillis());
        long intervalMillis = Math.max(settings.interval().toMillis(), -Math.floorDiv(-durationMillis, settings.maxTiles()));
        int count = (int) -Math.floorDiv(-durationMillis, intervalMillis);
        int columns = Math.max(1, Math.min(settings.columns(), count));
        int rows = (count + columns - 1) / columns;
        int tileWidth = settings.tileWidth() / 2 * 2;
        int tileHeight = displayHeight(video, tileWidth);
        StoryboardGrid grid = new StoryboardGrid(Duration.ofMillis(intervalMillis), count, columns, rows, tileWidth, tileHeight);
        List<String> args = new ArrayList<>(List.of("-i", master.toString(), "-map", "0:v:0", "-vf",
                deinterlace(video) + "fps=1000/" + intervalMillis + "," + scale(tileWidth, tileHeight) + ",tile=" + columns + "x" + rows,
                "-frames:v", "1", "-q:v", "5", "-update", "1", "storyboard/sprite.jpg"));
        return new PlannedRendition(PlannedRendition.Kind.STORYBOARD, "storyboard", "storyboard/thumbnails.vtt", args, columns * tileWidth,
                rows * tileHeight, List.of(), Optional.of(grid));
    }

    private List<String> input() {
        return new ArrayList<>(List.of("-i", master.toString()));
    }

    private void mapAllAudio(List<String> args) {
        for (ProbeResult.AudioTrack track : tracks) {
            args.addAll(List.of("-map", "0:a:" + track.position()));
        }
    }

    /** Written explicitly: some containers keep the language where MP4 readers do not look. */
    private void languages(List<String> args) {
        for (ProbeResult.AudioTrack track : tracks) {
            args.addAll(List.of("-metadata:s:a:" + track.position(), "language=" + track.language()));
        }
    }

    /** The credit line travels with downloaded files (MP4's copyright tag); the master itself is never rewritten. */
    private void credit(List<String> args) {
        if (!credit.isEmpty()) {
            args.addAll(List.of("-metadata", "copyright=" + credit));
        }
    }

    /** Screens and phones get stereo; surround stays in the broadcast file. */
    private void stereoAtMost(List<String> args) {
        for (ProbeResult.AudioTrack track : tracks) {
            if (track.channels() > 2) {
                args.addAll(List.of("-ac:a:" + track.position(), "2"));
            }
        }
    }

    private List<String> allLanguages() {
        return tracks.stream().map(ProbeResult.AudioTrack::language).toList();
    }

    private static String deinterlace(ProbeResult.VideoStream video) {
        return switch (video.scanType()) {
            case PROGRESSIVE -> "";
            case UNKNOWN -> "bwdif=mode=send_frame:deint=interlaced,";
            default -> "bwdif=mode=send_frame,";
        };
    }

    /** Square pixels at the display shape, so anamorphic masters come out the right width. */
    private static String scale(int width, int height) {
        return "scale=" + width + ":" + height + ",setsar=1";
    }

    private static int displayHeight(ProbeResult.VideoStream video, int width) {
        double aspect = (double) video.displayWidth(video.height()) / video.height();
        return Math.max(2, (int) Math.round(width / aspect / 2) * 2);
    }

    private static String seconds(Duration at) {
        return String.format(Locale.ROOT, "%.3f", at.toMillis() / 1000.0);
    }

    private static String safe(String name) {
        String cleaned = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        return cleaned.isEmpty() ? "web" : cleaned;
    }

    private static PlannedRendition file(PlannedRendition.Kind kind, String output, List<String> args, int width, int height,
            List<String> languages) {
        return new PlannedRendition(kind, output, output, args, width, height, languages, Optional.empty());
    }
}
