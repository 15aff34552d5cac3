package org.pressroom.media;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the downloads may offer of a video: its title, date, credit line and rights, and the files a
 * journalist or broadcaster downloads (the original master, the broadcast MP4, the web MP4s, the audio of each
 * track), with the key each is stored under in {@link MediaStorage}. The preview, poster and stills belong to
 * the video page, not to downloads.
 *
 * <p>Only a video that may be shown is found: processed, meant to be published and not
 * under embargo, as on the video page
 * ({@link #shown}).
 */
@Service
@Transactional(readOnly = true)
public class VideoFiles {

    private static final Map<String, String> CONTENT_TYPES = Map.of("mp4", "video/mp4", "m4a", "audio/mp4", "mov",
            "video/quicktime", "mxf", "application/mxf", "mkv", "video/x-matroska", "ts", "video/mp2t", "avi", "video/x-msvideo");

    private final VideoAssetRepository assets;
    private final VideoRenditionRepository renditions;
    private final JsonMapper json;
    private final java.time.Clock clock;

    VideoFiles(VideoAssetRepository assets, VideoRenditionRepository renditions, JsonMapper json, java.time.Clock clock) {
        this.clock = clock;
        this.assets = assets;
        this.renditions = renditions;
        this.json = json;
    }

    /** Who may download a video's files, as its rights say. */
    public enum Download {
        /** Anyone, without an account. */
        PUBLIC,
        /** Verified multimedia accounts (the default for video). */
        ACCOUNT,
        /** Nobody: the files are listed, not offered. */
        DISABLED;

        static Download of(String stored) {
            try {
                return stored == null ? ACCOUNT : valueOf(stored.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException unknown) {
                // An unknown value must never open a file to everyone.
                return DISABLED;
            }
        }
    }

    /** What a file is for. */
    public enum Kind { ORIGINAL, BROADCAST, WEB, AUDIO }

    /**
     * @param recordedOn the day it was recorded, or null
     * @param ready when its renditions were ready (the files' last modification)
     * @param duration its length, ZERO when unknown
     * @param files what can be downloaded, the original first
     */
    public record Video(long id, String title, LocalDate recordedOn, Instant ready, String credit, Download download,
                        String restriction, Duration duration, List<VideoFile> files) {

        public Video {
            files = List.copyOf(files);
        }

        /** The file of that name ({@code original}, {@code broadcast}, {@code hd-720p}, {@code audio-eng}...). */
        public Optional<VideoFile> file(String name) {
            return files.stream().filter(file -> file.name().equals(name)).findFirst();
        }
    }

    /**
     * One downloadable file.
     *
     * @param name its name in addresses: the file name in storage without extension ({@code original}, {@code broadcast},
     * {@code hd-720p}, {@code audio-fra}), made by Pressroom from plain letters, digits and hyphens
     * @param extension {@code mov}, {@code mp4}, {@code m4a}...
     * @param codecs e.g. {@code H.264 High, 2 × AAC}
     * @param width picture width in pixels, 0 for audio
     * @param height picture height in pixels, 0 for audio
     * @param frameRate frames per second, e.g. {@code 25}, or empty
     * @param language the audio language (ISO 639-2) of an audio file, else empty
     * @param storageKey its key in {@link MediaStorage} (also its path under the local media directory)
     */
    public record VideoFile(String name, Kind kind, String extension, String contentType, String codecs, int width, int height,
                            String frameRate, String language, Duration duration, long size, String sha256, String storageKey) {
    }

    /** The video, if it may be shown. */
    public Optional<Video> find(long id) {
        return assets.findById(id).filter(asset -> shown(asset, clock.instant())).map(this::video);
    }

    /** The one place that says which videos are offered. */
    private static boolean shown(VideoAsset asset, Instant now) {
        return asset.published(now) && asset.originalKey != null;
    }

    private Video video(VideoAsset asset) {
        JsonNode master = tree(asset.probe);
        Duration duration = duration(master);
        List<VideoFile> files = new ArrayList<>();
        files.add(file("original", Kind.ORIGINAL, asset.originalKey, master, asset.originalSize == null ? 0 : asset.originalSize,
                asset.originalSha256, duration, 0, 0));
        renditions.findByAssetIdOrderById(asset.id).stream()
                .filter(r -> r.kind == PlannedRendition.Kind.BROADCAST || r.kind == PlannedRendition.Kind.MP4
                        || r.kind == PlannedRendition.Kind.AUDIO)
                .map(r -> {
                    String base = r.storageKey.substring(r.storageKey.lastIndexOf('/') + 1);
                    String name = base.contains(".") ? base.substring(0, base.lastIndexOf('.')) : base;
                    Kind kind = switch (r.kind) {
                        case BROADCAST -> Kind.BROADCAST;
                        case MP4 -> Kind.WEB;
                        default -> Kind.AUDIO;
                    };
                    JsonNode probe = tree(r.probe);
                    Duration own = duration(probe);
                    return file(name, kind, r.storageKey, probe, r.size, r.sha256, own.isZero() ? duration : own, r.width, r.height);
                })
                .sorted(Comparator.comparing(VideoFile::kind).thenComparing(Comparator.comparingInt(VideoFile::height).reversed())
                        .thenComparing(VideoFile::name))
                .forEach(files::add);
        return new Video(asset.id, asset.title, asset.recordedOn, asset.readyAt, asset.credit == null ? "" : asset.credit,
                Download.of(asset.download), asset.restriction == null ? "" : asset.restriction, duration, files);
    }

    private static VideoFile file(String name, Kind kind, String key, JsonNode probe, long size, String sha256, Duration duration,
                                  int width, int height) {
        String extension = key.contains(".") ? key.substring(key.lastIndexOf('.') + 1) : "";
        JsonNode video = probe == null ? null : probe.get("video");
        boolean hasVideo = video != null && video.isObject();
        if (hasVideo && width == 0) {
            width = video.path("width").asInt(0);
            height = video.path("height").asInt(0);
        }
        String frameRate = "";
        if (hasVideo && video.path("framesPerSecond").asDouble(0) > 0) {
            double fps = video.path("framesPerSecond").asDouble();
            frameRate = fps == Math.rint(fps) ? String.valueOf((long) fps) : String.format(Locale.ROOT, "%.3f", fps).replaceAll("0+$", "");
        }
        List<String> codecs = new ArrayList<>();
        if (hasVideo) {
            String profile = video.path("profile").asString("");
            codecs.add(codec(video.path("codec").asString("")) + (profile.isBlank() ? "" : " " + profile));
        }
        String language = "";
        JsonNode audio = probe == null ? null : probe.get("audio");
        if (audio != null && audio.isArray() && !audio.isEmpty()) {
            List<String> names = new ArrayList<>();
            audio.forEach(track -> names.add(codec(track.path("codec").asString(""))));
            codecs.add((names.size() > 1 && names.stream().distinct().count() == 1 ? names.size() + " × " + names.get(0)
                    : String.join(", ", names)));
            if (kind == Kind.AUDIO) {
                language = audio.get(0).path("language").asString("");
            }
        }
        return new VideoFile(name, kind, extension, CONTENT_TYPES.getOrDefault(extension, "application/octet-stream"),
                String.join(", ", codecs), width, height, frameRate, language, duration, size, sha256, key);
    }

    private static String codec(String name) {
        return switch (name) {
            case "h264" -> "H.264";
            case "hevc" -> "HEVC";
            case "mpeg2video" -> "MPEG-2";
            case "prores" -> "ProRes";
            case "dnxhd" -> "DNxHD";
            case "aac" -> "AAC";
            case "" -> "?";
            default -> name.startsWith("pcm_") ? "PCM" : name.toUpperCase(Locale.ROOT);
        };
    }

    /** The probe's duration: written by Jackson as seconds (a number) or as ISO-8601 text. */
    private static Duration duration(JsonNode probe) {
        JsonNode value = probe == null ? null : probe.get("duration");
        if (value == null || value.isNull()) {
            return Duration.ZERO;
        }
        if (value.isNumber()) {
            return Duration.ofMillis(Math.round(value.asDouble() * 1000));
        }
        try {
            return Duration.parse(value.asString());
        } catch (RuntimeException e) {
            return Duration.ZERO;
        }
    }

    private JsonNode tree(String stored) {
        try {
            return stored == null ? null : json.readTree(stored);
        } catch (RuntimeException e) {
            return null;
        }
    }
}
