package org.pressroom.content;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKey;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

/** An ordered set of photos, usually of one event. */
@Entity
@EntityListeners(ContentChangeListener.class)
@Table(name = "gallery")
class Gallery extends Publishable {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;
    @Column(name = "event_id")
    Long eventId;

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "gallery_id", nullable = false)
    @MapKey(name = "lang")
    Map<String, GalleryText> texts = new HashMap<>();

    @ElementCollection
    @CollectionTable(name = "gallery_photo", joinColumns = @JoinColumn(name = "gallery_id"))
    @Column(name = "photo_id")
    @OrderColumn(name = "position")
    List<Long> photoIds = new ArrayList<>();

    protected Gallery() {
    }

    Gallery(Long eventId, Instant publishedAt) {
        this.eventId = eventId;
        publishAt(publishedAt);
    }

    @Override
    Long itemId() {
        return id;
    }

    @Override
    ContentKind kind() {
        return ContentKind.GALLERY;
    }

    @Override
    boolean hasVersions() {
        return !texts.isEmpty();
    }
}
