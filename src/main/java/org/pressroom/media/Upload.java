package org.pressroom.media;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A resumable upload: how long the file will be, how much of it has arrived, and the asset it became. */
@Entity
@Table(name = "upload")
class Upload {

    @Id
    UUID id;
    long length;
    long received;
    @Column(name = "original_name")
    String originalName;
    String title;
    boolean publish;
    @Column(name = "created_at")
    Instant createdAt;
    @Column(name = "updated_at")
    Instant updatedAt;
    @Column(name = "asset_id")
    Long assetId;

    protected Upload() {
    }

    Upload(UUID id, long length, String originalName, String title, boolean publish, Instant now) {
        this.publish = publish;
        this.id = id;
        this.length = length;
        this.originalName = originalName;
        this.title = title;
        this.createdAt = now;
        this.updatedAt = now;
    }
}
