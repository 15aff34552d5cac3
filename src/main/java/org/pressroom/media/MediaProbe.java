package org.pressroom.media;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads what a media file holds with ffprobe's JSON output. Where no ffprobe is installed (the bundled static
 * ffmpeg comes without one), it falls back to the description {@code ffmpeg -i} prints: enough to plan
 * renditions, but marked {@link ProbeResult.Source#FFMPEG_DESCRIPTION} because profiles and field order may be
 * missing there.
 */
public class MediaProbe {

    static final Duration TIMEOUT = Duration.ofMinutes(2);

    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}");
    private static final int MAX_OUTPUT = 4 * 1024 * 1024;

    private final MediaTools tools;
    private final JsonMapper json = JsonMapper.builder().build();

    MediaProbe(MediaTools tools) {
        this.tools = tools;
    }

    /**
     * @throws MediaProcessingException when the file is not audio or video, is damaged beyond reading, or no
     * tool runs here; the message says which
     */
    public ProbeResult probe(Path file) throws MediaProcessingException, InterruptedException {
        Optional<MediaTool> ffprobe = tools.ffprobe();
        if (ffprobe.isPresent()) {
            return withFfprobe(ffprobe.get(), file);
        }
        MediaTool ffmpeg = tools.ffmpeg().orElseThrow(() -> new MediaProcessingException(
                "No ffmpeg runs on this server, so media cannot be read: install the ffmpeg package"));
        return FfmpegDescription.probe(ffmpeg, file);
    }

    private ProbeResult withFfprobe(MediaTool ffprobe, Path file) throws MediaProcessingException, InterruptedException {
        StringBuilder out = new StringBuilder();
        List<String> errors = new ArrayList<>();
        int exit = ToolProcess.run(List.of(ffprobe.path().toString(), "-v", "error", "-print_format", "json", "-show_format",
                "-show_streams", file.toString()), null, TIMEOUT, line -> {
                    if (out.length() < MAX_OUTPUT) {
                        out.append(line).append('\n');
                    }
                }, line -> {
                    if (errors.size() < 20 && !line.isBlank()) {
                        errors.add(line.strip());
                    }
                });
        if (exit != 0) {
            throw new MediaProcessingException("Not a readable media file: " + FfmpegLog.clean(errors, file));
        }
        ProbeResult result;
        try {
            result = parse(json.readTree(out.toString()), file);
        } catch (JacksonException e) {
            throw new MediaProcessingException("ffprobe answered with unreadable JSON: " + e.getOriginalMessage());
        }
        if (result.video().isEmpty() || result.container().contains("image2") || result.container().endsWith("_pipe")) {
            return result;
        }
        ProbeResult.ScanType decoded = scanOfFirstFrames(ffprobe, file, result.video().get().index());
        if (decoded == ProbeResult.ScanType.UNKNOWN) {
            return result;
        }
        ProbeResult.VideoStream video = result.video().get();
        return new ProbeResult(result.container(), result.duration(), result.bitRate(), Optional.of(new ProbeResult.VideoStream(
                video.index(), video.codec(), video.profile(), video.width(), video.height(), video.sampleAspectRatio(), video.frameRate(),
                video.framesPerSecond(), decoded, video.pixelFormat())), result.audio(), result.timecode(), result.source());
    }

    /**
     * The scan type the first decoded frames carry. The stream-level field order is only what the container or
     * the first headers claim, and is wrong in real files (H.264 coded bottom field first by an encoder that was
     * not told so still reads as "tt"); swapped fields make every movement judder on air, so the pictures decide.
     */
    private ProbeResult.ScanType scanOfFirstFrames(MediaTool ffprobe, Path file, int streamIndex) throws InterruptedException {
        StringBuilder out = new StringBuilder();
        try {
            int exit = ToolProcess.run(List.of(ffprobe.path().toString(), "-v", "error", "-select_streams", String.valueOf(streamIndex),
                    "-read_intervals", "%+#3", "-show_entries", "frame=interlaced_frame,top_field_first", "-print_format", "json",
                    file.toString()), null, TIMEOUT, line -> {
                        if (out.length() < MAX_OUTPUT) {
                            out.append(line).append('\n');
                        }
                    }, line -> { });
            if (exit != 0) {
                return ProbeResult.ScanType.UNKNOWN;
            }
            ProbeResult.ScanType scan = ProbeResult.ScanType.UNKNOWN;
            for (JsonNode frame : json.readTree(out.toString()).path("frames").values()) {
                if (frame.path("interlaced_frame").asInt(0) == 1) {
                    return frame.path("top_field_first").asInt(0) == 1 ? ProbeResult.ScanType.INTERLACED_TFF
                            : ProbeResult.ScanType.INTERLACED_BFF;
                }
                scan = ProbeResult.ScanType.PROGRESSIVE;
            }
            return scan;
        } catch (MediaProcessingException | JacksonException e) {
            return ProbeResult.ScanType.UNKNOWN;
        }
    }

    ProbeResult parse(JsonNode root, Path file) throws MediaProcessingException {
        JsonNode format = root.path("format");
        ProbeResult.VideoStream video = null;
        List<ProbeResult.AudioTrack> audio = new ArrayList<>();
        String timecode = text(format.path("tags"), "timecode");
        double longestStream = 0;
        for (JsonNode stream : root.path("streams").values()) {
            String type = text(stream, "codec_type");
            longestStream = Math.max(longestStream, number(text(stream, "duration")));
            if (timecode.isEmpty()) {
                timecode = text(stream.path("tags"), "timecode");
            }
            boolean coverArt = stream.path("disposition").path("attached_pic").asInt(0) == 1;
            if (type.equals("video") && !coverArt && video == null) {
                video = video(stream);
            } else if (type.equals("audio")) {
                audio.add(new ProbeResult.AudioTrack(audio.size(), stream.path("index").asInt(0), text(stream, "codec_name"),
                        stream.path("channels").asInt(0), text(stream, "channel_layout"), (int) number(text(stream, "sample_rate")),
                        language(text(stream.path("tags"), "language"))));
            }
        }
        if (video == null && audio.isEmpty()) {
            String container = text(format, "format_name");
            throw new MediaProcessingException("Not a media file: no audio or video found in it"
                    + (container.isEmpty() ? "" : " (read as " + container + ")"));
        }
        double seconds = number(text(format, "duration"));
        Duration duration = millis(seconds > 0 ? seconds : longestStream);
        return new ProbeResult(text(format, "format_name"), duration, (long) number(text(format, "bit_rate")),
                Optional.ofNullable(video), audio, timecode.isEmpty() ? Optional.empty() : Optional.of(timecode),
                ProbeResult.Source.FFPROBE);
    }

    private static ProbeResult.VideoStream video(JsonNode stream) {
        FrameRate rate = FrameRate.choose(text(stream, "r_frame_rate"), text(stream, "avg_frame_rate"));
        String sar = text(stream, "sample_aspect_ratio");
        return new ProbeResult.VideoStream(stream.path("index").asInt(0), text(stream, "codec_name"), text(stream, "profile"),
                stream.path("width").asInt(0), stream.path("height").asInt(0), sar.isEmpty() || sar.startsWith("0:") ? "1:1" : sar,
                rate.fraction(), rate.value(), scanType(text(stream, "field_order")), text(stream, "pix_fmt"));
    }

    /** ffprobe's field order names the coded field first and the displayed field second; display is what counts. */
    static ProbeResult.ScanType scanType(String fieldOrder) {
        return switch (fieldOrder) {
            case "progressive" -> ProbeResult.ScanType.PROGRESSIVE;
            case "tt", "bt" -> ProbeResult.ScanType.INTERLACED_TFF;
            case "bb", "tb" -> ProbeResult.ScanType.INTERLACED_BFF;
            default -> ProbeResult.ScanType.UNKNOWN;
        };
    }

    /** A tag that is not a plain ISO 639 code is treated as unknown: it ends up in file names and ffmpeg options. */
    static String language(String tag) {
        String lower = tag.strip().toLowerCase(Locale.ROOT);
        return LANGUAGE.matcher(lower).matches() ? lower : "und";
    }

    static Duration millis(double seconds) {
        return Duration.ofMillis(Math.round(seconds * 1000));
    }

    private static String text(JsonNode node, String field) {
        return node.path(field).asString("").strip();
    }

    private static double number(String text) {
        try {
            double value = Double.parseDouble(text);
            return Double.isFinite(value) ? value : 0;
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
