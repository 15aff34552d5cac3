package org.pressroom.media;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every video as staff see it, whatever its state: processing, failed, ready, published or not, with what the
 * back office's player needs as soon as the preview exists.
 */
@Service
@Transactional(readOnly = true)
public class StaffVideos {

    /**
     * A video in the back office's list.
     *
     * @param id the video
     * @param title its title
     * @param status RECEIVED, PROCESSING, READY or FAILED
     * @param progress the processing's progress, 0 to 100
     * @param stage what processing is doing
     * @param error why processing failed, or null
     * @param publish whether it is meant to be published
     * @param created when it was received
     * @param preview when its preview could first be watched, or null
     * @param ready when every rendition was made, or null
     */
    public record Row(long id, String title, String status, float progress, String stage, String error, boolean publish,
                      Instant created, Instant preview, Instant ready) {
    }

    /**
     * The back office's player: the addresses of the poster, the streaming preview and the storyboard, each null
     * until it exists. Staff may fetch them before the video is published.
     */
    public record Preview(String poster, String hls, String storyboard) {
    }

    private final VideoAssetRepository assets;
    private final VideoRenditionRepository renditions;

    StaffVideos(VideoAssetRepository assets, VideoRenditionRepository renditions) {
        this.assets = assets;
        this.renditions = renditions;
    }

    /** The videos, newest first. */
    public Page<Row> list(int page, int size) {
        return assets.findAll(PageRequest.of(Math.max(0, page), Math.max(1, Math.min(size, 100)),
                Sort.by(Sort.Direction.DESC, "createdAt", "id"))).map(StaffVideos::row);
    }

    public Optional<Row> find(long id) {
        return assets.findById(id).map(StaffVideos::row);
    }

    public Optional<Preview> preview(long id) {
        return assets.findById(id).map(asset -> {
            List<VideoRendition> files = renditions.findByAssetIdOrderById(id);
            String base = "/media/videos/" + id + "/";
            return new Preview(has(files, PlannedRendition.Kind.POSTER) ? base + "poster.jpg" : null,
                    has(files, PlannedRendition.Kind.HLS) ? base + "hls/master.m3u8" : null, PublishedVideos.storyboard(files));
        });
    }

    private static boolean has(List<VideoRendition> files, PlannedRendition.Kind kind) {
        return files.stream().anyMatch(file -> file.kind == kind);
    }

    private static Row row(VideoAsset asset) {
        return new Row(asset.id, asset.title, asset.status.name(), asset.progress, asset.stage, asset.error, asset.publish,
                asset.createdAt, asset.previewAt, asset.readyAt);
    }
}
