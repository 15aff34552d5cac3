package org.pressroom.media;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;

/**
 * The files the player needs, for published videos only: the poster, the streaming preview, the storyboard and
 * thumbnails, the MP4 played where streaming is not supported, and the captions. A file is served only when it
 * is a stored rendition of that video, so no address can reach anything else in storage; an unpublished or
 * failed video answers 404 as if it did not exist, except to staff signed in with both factors, who watch it in the back
 * office (never cached). Byte ranges are answered (players seek with them).
 */
@RestController
@Transactional(readOnly = true)
class VideoFileController {

    /** What is streamed to anyone who may see the page; the downloads are served elsewhere, behind their rights. */
    private static final Set<PlannedRendition.Kind> PLAYED = EnumSet.of(PlannedRendition.Kind.POSTER, PlannedRendition.Kind.HLS,
            PlannedRendition.Kind.STORYBOARD, PlannedRendition.Kind.THUMBNAILS, PlannedRendition.Kind.MP4);
    /**
     * A published video's files: a cache may keep them a minute, then asks again (a 304 with the ETag when nothing
     * changed), so that an embargo put on a video already public holds everywhere within that minute.
     */
    private static final CacheControl CACHE = CacheControl.maxAge(Duration.ofMinutes(1)).cachePublic();
    /** Staff watching a video the public cannot see yet: nothing may keep a copy. */
    private static final CacheControl STAFF_ONLY = CacheControl.noStore().cachePrivate();

    private final VideoAssetRepository assets;
    private final VideoRenditionRepository renditions;
    private final VideoCaptionRepository captions;
    private final MediaStorage storage;
    private final java.time.Clock clock;

    VideoFileController(VideoAssetRepository assets, VideoRenditionRepository renditions, VideoCaptionRepository captions,
                        MediaStorage storage, java.time.Clock clock) {
        this.clock = clock;
        this.assets = assets;
        this.renditions = renditions;
        this.captions = captions;
        this.storage = storage;
    }

    @GetMapping("/media/videos/{id:\\d{1,18}}/captions/{language:[a-z]{2,3}(?:-[a-z0-9]{1,8})*}.vtt")
    ResponseEntity<Resource> captions(@PathVariable long id, @PathVariable String language, WebRequest request) {
        CacheControl cache = assets.findById(id).map(asset -> cacheFor(asset, request)).orElse(null);
        VideoCaption caption = cache == null ? null : captions.findByAssetIdAndLanguage(id, language).orElse(null);
        if (caption == null) {
            return ResponseEntity.notFound().build();
        }
        byte[] text = caption.vtt.getBytes(StandardCharsets.UTF_8);
        String etag = "\"" + Integer.toHexString(caption.vtt.hashCode()) + "-" + text.length + "\"";
        if (request.checkNotModified(etag)) {
            return ResponseEntity.status(HttpStatus.NOT_MODIFIED).eTag(etag).cacheControl(cache).build();
        }
        return ResponseEntity.ok().eTag(etag).cacheControl(cache).contentType(new MediaType("text", "vtt", StandardCharsets.UTF_8))
                .body(new ByteArrayResource(text));
    }

    @GetMapping("/media/videos/{id:\\d{1,18}}/{*file}")
    ResponseEntity<Resource> file(@PathVariable long id, @PathVariable String file, WebRequest request) {
        String key = "videos/" + id + file.toLowerCase(Locale.ROOT);
        CacheControl cache = assets.findById(id).map(asset -> cacheFor(asset, request)).orElse(null);
        VideoRendition rendition = Optional.ofNullable(cache).flatMap(found -> renditions.findByAssetIdAndStorageKey(id, key))
                .filter(found -> PLAYED.contains(found.kind))
                .filter(found -> found.kind != PlannedRendition.Kind.MP4 || found.height <= 720)
                .orElse(null);
        if (rendition == null) {
            return ResponseEntity.notFound().build();
        }
        String etag = "\"" + rendition.sha256 + "\"";
        if (request.checkNotModified(etag)) {
            return ResponseEntity.status(HttpStatus.NOT_MODIFIED).eTag(etag).cacheControl(cache).build();
        }
        return storage.find(key)
                .map(resource -> ResponseEntity.ok().eTag(etag).cacheControl(cache).contentType(type(key)).body(resource))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }

    /**
     * How the video's files may be kept, or null when this request may not have them: published videos for everyone,
     * the rest for staff signed in with both factors (the back office's player), never stored.
     */
    private CacheControl cacheFor(VideoAsset asset, WebRequest request) {
        if (asset.published(clock.instant())) {
            return CACHE;
        }
        return request.isUserInRole("EDITOR") ? STAFF_ONLY : null;
    }

    private static MediaType type(String key) {
        String extension = key.substring(key.lastIndexOf('.') + 1);
        return switch (extension) {
            case "m3u8" -> MediaType.parseMediaType("application/vnd.apple.mpegurl");
            case "m4s" -> MediaType.parseMediaType("video/iso.segment");
            case "mp4" -> MediaType.parseMediaType("video/mp4");
            case "jpg" -> MediaType.IMAGE_JPEG;
            case "vtt" -> new MediaType("text", "vtt", StandardCharsets.UTF_8);
            default -> MediaType.APPLICATION_OCTET_STREAM;
        };
    }
}
