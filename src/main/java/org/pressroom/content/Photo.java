package org.pressroom.content;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKey;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;

/** A photograph with its credit and rights; its files are {@link PhotoRendition}s. */
@Entity
@EntityListeners(ContentChangeListener.class)
@Table(name = "photo")
class Photo extends Publishable {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;
    @Column(name = "event_id")
    Long eventId;
    @Column(name = "taken_at")
    Instant takenAt;
    String photographer;
    String credit;
    /** Where it was taken, as the photographer or the picture desk wrote it; may be empty. */
    String place = "";
    @Enumerated(EnumType.STRING)
    DownloadPolicy download;
    int width;
    int height;

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "photo_id", nullable = false)
    @MapKey(name = "lang")
    Map<String, PhotoText> texts = new HashMap<>();

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "photo_id", nullable = false)
    @MapKey(name = "kind")
    Map<PhotoRendition.Kind, PhotoRendition> renditions = new HashMap<>();

    protected Photo() {
    }

    Photo(Long eventId, Instant takenAt, String photographer, String credit, DownloadPolicy download, Instant publishedAt) {
        this.eventId = eventId;
        this.takenAt = takenAt;
        this.photographer = photographer;
        this.credit = credit;
        this.download = download;
        publishAt(publishedAt);
    }

    @Override
    Long itemId() {
        return id;
    }

    @Override
    ContentKind kind() {
        return ContentKind.PHOTO;
    }

    @Override
    boolean hasVersions() {
        return !texts.isEmpty();
    }
}
