package org.pressroom.media;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A broadcast master and the state of its processing. */
@Entity
@Table(name = "video_asset")
class VideoAsset {

    /** Where an asset stands; only {@code READY} assets have renditions to offer. */
    enum Status { RECEIVED, PROCESSING, READY, FAILED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;
    @Enumerated(EnumType.STRING)
    Status status;
    String title;
    /** The file name it arrived with: shown (escaped), never used to build a path. */
    @Column(name = "original_name")
    String originalName;
    @Column(name = "original_key")
    String originalKey;
    @Column(name = "original_size")
    Long originalSize;
    @Column(name = "original_sha256")
    String originalSha256;
    String container;
    /** What ffprobe read, as JSON. */
    String probe;
    /** EBU R128 loudness per audio track, as JSON. */
    String loudness;
    float progress;
    String stage = "";
    String error;
    @Column(name = "created_at")
    Instant createdAt;
    @Column(name = "updated_at")
    Instant updatedAt;
    @Column(name = "ready_at")
    Instant readyAt;
    String summary = "";
    @Column(name = "recorded_on")
    java.time.LocalDate recordedOn;
    @Column(name = "event_reference")
    String eventReference = "";
    @org.hibernate.annotations.JdbcTypeCode(org.hibernate.type.SqlTypes.ARRAY)
    @Column(name = "audio_languages")
    java.util.List<String> audioLanguages = new java.util.ArrayList<>();
    String credit = "";
    String download = "ACCOUNT";
    String restriction = "";
    boolean publish;
    @Enumerated(EnumType.STRING)
    @Column(name = "video_type")
    VideoType type;
    String location = "";
    /** When the poster and the streaming preview were stored: staff can watch it before the rest is made. */
    @Column(name = "preview_at")
    Instant previewAt;
    /** Until then nobody outside staff sees the video, its files or its downloads. */
    @Column(name = "embargo_until")
    Instant embargoUntil;
    @Version
    long version;

    /** Seen by the public at that time: made, meant to be published, and not under embargo. */
    boolean published(Instant now) {
        return status == Status.READY && publish && (embargoUntil == null || !embargoUntil.isAfter(now));
    }

    protected VideoAsset() {
    }

    VideoAsset(String title, String originalName, String container, Instant now) {
        this(VideoDetails.titled(title), originalName, container, now);
    }

    VideoAsset(VideoDetails details, String originalName, String container, Instant now) {
        this.status = Status.RECEIVED;
        this.title = details.title();
        this.summary = details.summary();
        this.recordedOn = details.recordedOn();
        this.eventReference = details.eventReference();
        this.audioLanguages = new java.util.ArrayList<>(details.audioLanguages());
        this.credit = details.credit();
        this.download = details.download();
        this.restriction = details.restriction();
        this.publish = details.publish();
        this.type = details.type();
        this.location = details.location();
        this.originalName = originalName;
        this.container = container;
        this.createdAt = now;
        this.updatedAt = now;
    }
}
