package org.pressroom.media;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The degraded probe: reads the description {@code ffmpeg -i <file>} prints, for machines where only the
 * bundled static ffmpeg runs and there is no ffprobe. That text is meant for people and changes between
 * versions, so only the essentials are read; field order is often absent there (then
 * {@link ProbeResult.ScanType#UNKNOWN}).
 */
final class FfmpegDescription {

    private static final Pattern INPUT = Pattern.compile("^Input #0, (.+), from '");
    private static final Pattern DURATION = Pattern.compile("^\\s*Duration: (\\d+):(\\d{2}):(\\d{2}(?:\\.\\d+)?).*?(?:bitrate: (\\d+) kb/s)?$");
    private static final Pattern STREAM = Pattern.compile(
            "^\\s*Stream #0:(\\d+)(?:\\[0x[0-9a-f]+\\])?(?:\\((\\w+)\\))?: (Video|Audio|Data|Subtitle|Attachment): (.*)$");
    private static final Pattern CODEC = Pattern.compile("^(\\w+)(?: \\(([^)]*)\\))?");
    private static final Pattern SIZE = Pattern.compile("(\\d{2,5})x(\\d{2,5})");
    private static final Pattern SAR = Pattern.compile("\\[SAR (\\d+:\\d+)");
    private static final Pattern RATE = Pattern.compile("^([\\d.]+) (fps|tbr)$");
    private static final Pattern HERTZ = Pattern.compile("^(\\d+) Hz$");
    private static final Pattern CHANNELS = Pattern.compile("^(\\d+) channels");
    private static final Pattern TIMECODE = Pattern.compile("^\\s*timecode\\s*: (\\S+)");
    private static final Map<String, Integer> LAYOUTS = Map.ofEntries(Map.entry("mono", 1), Map.entry("stereo", 2),
            Map.entry("2.1", 3), Map.entry("3.0", 3), Map.entry("quad", 4), Map.entry("4.0", 4), Map.entry("5.0", 5),
            Map.entry("5.1", 6), Map.entry("6.1", 7), Map.entry("7.1", 8), Map.entry("downmix", 2));

    private FfmpegDescription() {
    }

    static ProbeResult probe(MediaTool ffmpeg, Path file) throws MediaProcessingException, InterruptedException {
        List<String> lines = new ArrayList<>();
        FfmpegLog log = new FfmpegLog();
        ToolProcess.run(List.of(ffmpeg.path().toString(), "-hide_banner", "-nostdin", "-loglevel", "level+info", "-i", file.toString()),
                null, MediaProbe.TIMEOUT, line -> { }, line -> {
                    log.accept(line);
                    if (lines.size() < 2000) {
                        lines.add(line.replaceFirst("^\\[(info|warning)\\] ", ""));
                    }
                });
        ProbeResult result = parse(lines);
        if (result == null) {
            throw new MediaProcessingException("Not a readable media file: " + FfmpegLog.clean(log.relevant(), file));
        }
        return result;
    }

    /** The description's facts, or null when ffmpeg could not open the file. */
    static ProbeResult parse(List<String> lines) throws MediaProcessingException {
        String container = null;
        Duration duration = Duration.ZERO;
        long bitRate = 0;
        ProbeResult.VideoStream video = null;
        List<ProbeResult.AudioTrack> audio = new ArrayList<>();
        String timecode = null;
        for (String line : lines) {
            Matcher m;
            if (container == null && (m = INPUT.matcher(line)).find()) {
                container = m.group(1);
            } else if ((m = DURATION.matcher(line)).find()) {
                duration = MediaProbe.millis(Integer.parseInt(m.group(1)) * 3600 + Integer.parseInt(m.group(2)) * 60
                        + Double.parseDouble(m.group(3)));
                bitRate = m.group(4) == null ? 0 : Long.parseLong(m.group(4)) * 1000;
            } else if (timecode == null && (m = TIMECODE.matcher(line)).find()) {
                timecode = m.group(1);
            } else if ((m = STREAM.matcher(line)).find()) {
                int index = Integer.parseInt(m.group(1));
                String language = MediaProbe.language(m.group(2) == null ? "" : m.group(2));
                List<String> parts = topLevelParts(m.group(4));
                if (m.group(3).equals("Video") && video == null && !m.group(4).contains("(attached pic)")) {
                    video = video(index, parts);
                } else if (m.group(3).equals("Audio")) {
                    audio.add(audio(audio.size(), index, language, parts));
                }
            }
        }
        if (container == null) {
            return null;
        }
        if (video == null && audio.isEmpty()) {
            throw new MediaProcessingException("Not a media file: no audio or video found in it (read as " + container + ")");
        }
        return new ProbeResult(container, duration, bitRate, Optional.ofNullable(video), audio, Optional.ofNullable(timecode),
                ProbeResult.Source.FFMPEG_DESCRIPTION);
    }

    private static ProbeResult.VideoStream video(int index, List<String> parts) {
        Matcher codec = CODEC.matcher(parts.get(0));
        codec.find();
        String profile = codec.group(2) == null || codec.group(2).contains(" / 0x") ? "" : codec.group(2);
        String pixelFormat = "";
        ProbeResult.ScanType scan = ProbeResult.ScanType.UNKNOWN;
        int width = 0;
        int height = 0;
        String sar = "1:1";
        String fps = "";
        String tbr = "";
        for (String part : parts.subList(1, parts.size())) {
            Matcher m;
            if (pixelFormat.isEmpty() && width == 0 && part.matches("^[a-z0-9_]+(\\(.*\\))?$")) {
                pixelFormat = part.replaceFirst("\\(.*$", "");
                scan = scanType(part);
            } else if (width == 0 && (m = SIZE.matcher(part)).find()) {
                width = Integer.parseInt(m.group(1));
                height = Integer.parseInt(m.group(2));
                Matcher s = SAR.matcher(part);
                if (s.find() && !s.group(1).startsWith("0:")) {
                    sar = s.group(1);
                }
            } else if ((m = RATE.matcher(part)).find()) {
                if (m.group(2).equals("fps")) {
                    fps = m.group(1);
                } else {
                    tbr = m.group(1);
                }
            }
        }
        FrameRate rate = FrameRate.choose(tbr, fps);
        return new ProbeResult.VideoStream(index, codec.group(1), profile, width, height, sar, rate.fraction(), rate.value(), scan,
                pixelFormat);
    }

    /** ffmpeg prints field order inside the pixel format's brackets, e.g. {@code yuv420p(tv, bt709, top first)}. */
    private static ProbeResult.ScanType scanType(String pixelFormatPart) {
        if (pixelFormatPart.contains("top coded first")) {
            return ProbeResult.ScanType.INTERLACED_BFF;
        } else if (pixelFormatPart.contains("bottom coded first")) {
            return ProbeResult.ScanType.INTERLACED_TFF;
        } else if (pixelFormatPart.contains("top first")) {
            return ProbeResult.ScanType.INTERLACED_TFF;
        } else if (pixelFormatPart.contains("bottom first")) {
            return ProbeResult.ScanType.INTERLACED_BFF;
        } else if (pixelFormatPart.contains("progressive")) {
            return ProbeResult.ScanType.PROGRESSIVE;
        }
        return ProbeResult.ScanType.UNKNOWN;
    }

    private static ProbeResult.AudioTrack audio(int position, int index, String language, List<String> parts) {
        Matcher codec = CODEC.matcher(parts.get(0));
        codec.find();
        int sampleRate = 0;
        int channels = 0;
        String layout = "";
        for (int i = 1; i < parts.size(); i++) {
            Matcher hertz = HERTZ.matcher(parts.get(i));
            if (hertz.find() && i + 1 < parts.size()) {
                sampleRate = Integer.parseInt(hertz.group(1));
                String next = parts.get(i + 1);
                Matcher counted = CHANNELS.matcher(next);
                if (counted.find()) {
                    channels = Integer.parseInt(counted.group(1));
                } else {
                    layout = next.replaceFirst("\\(.*$", "");
                    channels = LAYOUTS.getOrDefault(layout, 0);
                }
                break;
            }
        }
        return new ProbeResult.AudioTrack(position, index, codec.group(1), channels, layout, sampleRate, language);
    }

    /** Splits at the commas that are not inside brackets: {@code yuv420p(tv, bt709)} stays one part. */
    static List<String> topLevelParts(String details) {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < details.length(); i++) {
            char c = details.charAt(i);
            if (c == '(' || c == '[') {
                depth++;
            } else if (c == ')' || c == ']') {
                depth = Math.max(0, depth - 1);
            } else if (c == ',' && depth == 0) {
                parts.add(details.substring(start, i).strip());
                start = i + 1;
            }
        }
        parts.add(details.substring(start).strip());
        return parts;
    }
}
