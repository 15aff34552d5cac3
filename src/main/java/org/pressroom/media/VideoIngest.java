package org.pressroom.media;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;

import org.pressroom.system.Jobs;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The one way a broadcast master enters Pressroom (the resumable upload, the watch folder and the back
 * office all come here): its type is decided from its first bytes, it is stored bit-exact with its
 * SHA-256, and its processing job is scheduled in the same transaction that records the asset.
 */
@Service
public class VideoIngest {

    private final VideoAssetRepository assets;
    private final VideoShotRepository shots;
    private final VideoCaptionRepository captions;
    private final MediaStorage storage;
    private final MediaProcessing processing;
    private final Jobs jobs;
    private final TransactionTemplate transactions;
    private final Clock clock;

    VideoIngest(VideoAssetRepository assets, VideoShotRepository shots, VideoCaptionRepository captions, MediaStorage storage, MediaProcessing processing, Jobs jobs,
                TransactionTemplate transactions, Clock clock) {
        this.assets = assets;
        this.shots = shots;
        this.captions = captions;
        this.storage = storage;
        this.processing = processing;
        this.jobs = jobs;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** A master that is not a video container this service knows, told from its content. */
    public static final class UnsupportedMedia extends IOException {

        UnsupportedMedia(String message) {
            super(message);
        }
    }

    /**
     * Stores the master and schedules its processing.
     *
     * @param content the file's bytes
     * @param originalName the name it came with, kept to be shown, never used as a path
     * @param title the title to show until an editor gives a better one
     * @return the new asset's id
     * @throws UnsupportedMedia when the first bytes are not those of a video container
     */
    public long ingest(InputStream content, String originalName, String title) throws IOException {
        return ingest(content, originalName, VideoDetails.titled(title));
    }

    /** Stores the master with what its sender said about it, and schedules its processing. */
    public long ingest(InputStream content, String originalName, VideoDetails details) throws IOException {
        BufferedInputStream in = new BufferedInputStream(content);
        in.mark(MediaSniffer.HEADER);
        byte[] header = in.readNBytes(MediaSniffer.HEADER);
        in.reset();
        String container = MediaSniffer.container(header).orElseThrow(() -> new UnsupportedMedia(
                "This file is not a video Pressroom can read (MP4, MOV, MXF, MKV, MPEG-TS or AVI), whatever its name says."));
        Instant now = clock.instant();
        long id = transactions.execute(status -> {
            long created = assets.save(new VideoAsset(details, safeName(originalName), container, now)).id;
            for (int i = 0; i < details.shots().size(); i++) {
                shots.save(new VideoShot(created, i, details.shots().get(i)));
            }
            details.captions().forEach(caption -> captions.save(new VideoCaption(created, caption)));
            return created;
        });
        String key = "videos/" + id + "/original." + container;
        MediaStorage.StoredFile stored;
        try {
            stored = storage.store(key, in);
        } catch (IOException | RuntimeException e) {
            // The asset stays, failed, so that an editor sees the upload did not arrive; nothing half-stored is kept.
            transactions.executeWithoutResult(status -> assets.findById(id).ifPresent(asset -> {
                asset.status = VideoAsset.Status.FAILED;
                asset.error = "The file could not be stored: " + e.getMessage();
                asset.updatedAt = clock.instant();
            }));
            throw e;
        }
        transactions.executeWithoutResult(status -> {
            VideoAsset asset = assets.findById(id).orElseThrow();
            asset.originalKey = stored.key();
            asset.originalSize = stored.size();
            asset.originalSha256 = stored.sha256();
            asset.updatedAt = clock.instant();
            jobs.runSoon(processing.task().instance(Long.toString(id)));
        });
        return id;
    }

    /** Control characters out, length bounded: the name is shown to editors, escaped, and nothing else. */
    static String safeName(String name) {
        String cleaned = name == null ? "" : name.replaceAll("[\\p{Cntrl}]", "").strip();
        return cleaned.length() > 255 ? cleaned.substring(0, 255) : cleaned;
    }
}
