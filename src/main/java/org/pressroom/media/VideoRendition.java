package org.pressroom.media;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One stored file made from a master: its place in storage, size, checksum and what ffprobe read of it. */
@Entity
@Table(name = "video_rendition")
class VideoRendition {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;
    @Column(name = "asset_id")
    Long assetId;
    @Enumerated(EnumType.STRING)
    PlannedRendition.Kind kind;
    /** The rendition's name in the ladder ("broadcast", "720p", "audio-fra"...). */
    String name;
    @Column(name = "storage_key")
    String storageKey;
    long size;
    String sha256;
    int width;
    int height;
    String probe;

    protected VideoRendition() {
    }

    VideoRendition(Long assetId, PlannedRendition.Kind kind, String name, String storageKey, long size, String sha256,
                   int width, int height, String probe) {
        this.assetId = assetId;
        this.kind = kind;
        this.name = name;
        this.storageKey = storageKey;
        this.size = size;
        this.sha256 = sha256;
        this.width = width;
        this.height = height;
        this.probe = probe;
    }
}
