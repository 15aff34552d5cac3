package org.pressroom.media;

import java.time.Instant;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The start of the public read API: ready videos, newest first, and one video with what was read from its
 * master, its processing state and progress, and its renditions (size, checksum, format). Videos not
 * published (still processing, failed, or not meant to be published) are seen only with the upload token. A published
 * video comes with the download addresses its caller may use ({@link VideoDownloadLinks}). Errors are RFC 9457 problem
 * details.
 */
@RestController
@Transactional(readOnly = true)
class VideoApiController {

    private static final int PAGE_SIZE = 20;

    private final VideoAssetRepository assets;
    private final VideoRenditionRepository renditions;
    private final ApiAccess access;
    private final VideoShotRepository shots;
    private final VideoCaptionRepository captions;
    private final JsonMapper json;
    private final org.springframework.beans.factory.ObjectProvider<VideoDownloadLinks> downloads;
    private final java.time.Clock clock;

    VideoApiController(VideoAssetRepository assets, VideoRenditionRepository renditions, ApiAccess access,
                       VideoShotRepository shots, VideoCaptionRepository captions, JsonMapper json,
                       org.springframework.beans.factory.ObjectProvider<VideoDownloadLinks> downloads, java.time.Clock clock) {
        this.clock = clock;
        this.shots = shots;
        this.captions = captions;
        this.assets = assets;
        this.renditions = renditions;
        this.access = access;
        this.json = json;
        this.downloads = downloads;
    }

    record VideoSummary(long id, String title, String status, Instant ready, String url) {
    }

    record VideoList(List<VideoSummary> items, int page, int pages, long total) {
    }

    record RenditionView(String kind, String name, String file, long size, String sha256, int width, int height, JsonNode probe) {
    }

    record VideoView(long id, String title, String summary, java.time.LocalDate recorded, List<String> audioLanguages,
                     String credit, String download, String restriction, String status, float progress, String stage,
                     String error, Instant created, Instant preview,
                     Instant ready, String type, String location, List<Shot> shots, List<String> captions, String container,
                     Long originalSize, String originalSha256, JsonNode probe,
                     JsonNode loudness, List<RenditionView> renditions, VideoDownloadLinks.Offer downloads) {
    }

    @GetMapping("/api/v1/videos")
    VideoList list(@RequestParam(required = false) String page) {
        int asked = page != null && page.matches("\\d{1,6}") ? Math.max(1, Integer.parseInt(page)) : 1;
        Page<VideoAsset> found = assets.findPublished(clock.instant(),
                PageRequest.of(asked - 1, PAGE_SIZE, Sort.by(Sort.Order.desc("readyAt"), Sort.Order.desc("id"))));
        return new VideoList(found.map(this::summary).getContent(), asked, Math.max(1, found.getTotalPages()), found.getTotalElements());
    }

    @GetMapping("/api/v1/videos/{id}")
    ResponseEntity<?> video(@PathVariable String id, HttpServletRequest request) {
        VideoAsset asset = id.matches("\\d{1,18}") ? assets.findById(Long.parseLong(id)).orElse(null) : null;
        if (asset == null || (!asset.published(clock.instant()) && !access.trusted(request))) {
            return ResponseEntity.status(HttpStatus.NOT_FOUND)
                    .body(ApiAccess.problem(HttpStatus.NOT_FOUND, "No such video", "There is no video " + id + "."));
        }
        List<RenditionView> files = renditions.findByAssetIdOrderById(asset.id).stream()
                .map(r -> new RenditionView(r.kind.name().toLowerCase(java.util.Locale.ROOT), r.name,
                        r.storageKey.substring(r.storageKey.indexOf('/', "videos/".length()) + 1), r.size, r.sha256, r.width,
                        r.height, tree(r.probe)))
                .toList();
        return ResponseEntity.ok(new VideoView(asset.id, asset.title, asset.summary, asset.recordedOn, asset.audioLanguages,
                asset.credit, asset.download.toLowerCase(java.util.Locale.ROOT), asset.restriction,
                asset.status.name().toLowerCase(java.util.Locale.ROOT),
                asset.progress, asset.stage, asset.error, asset.createdAt, asset.previewAt, asset.readyAt,
                asset.type == null ? null : asset.type.name().toLowerCase(java.util.Locale.ROOT), asset.location,
                shots.findByAssetIdOrderByPosition(asset.id).stream().map(VideoShot::value).toList(),
                captions.findByAssetIdOrderByLanguage(asset.id).stream().map(c -> c.language).toList(), asset.container,
                asset.originalSize, asset.originalSha256, tree(asset.probe), tree(asset.loudness), files, offer(asset)));
    }

    private VideoDownloadLinks.Offer offer(VideoAsset asset) {
        VideoDownloadLinks links = downloads.getIfAvailable();
        return links == null || !asset.published(clock.instant()) ? null : links.offer(asset.id);
    }

    private VideoSummary summary(VideoAsset asset) {
        return new VideoSummary(asset.id, asset.title, asset.status.name().toLowerCase(java.util.Locale.ROOT), asset.readyAt,
                "/api/v1/videos/" + asset.id);
    }

    private JsonNode tree(String stored) {
        return stored == null ? null : json.readTree(stored);
    }
}
