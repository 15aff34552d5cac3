package org.pressroom.content;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;

/**
 * What every item readers can see has: where it stands, when it was published and last changed, its demo
 * key when the demo loaded it, its embargo, and a version that refuses a save over someone else's.
 */
@MappedSuperclass
abstract class Publishable {

    @Enumerated(EnumType.STRING)
    PublicationStatus status;
    @Column(name = "published_at")
    Instant publishedAt;
    @Column(name = "updated_at")
    Instant updatedAt;
    /** Until then nobody outside staff sees the item, whatever its status. */
    @Column(name = "embargo_until")
    Instant embargoUntil;
    @Column(name = "demo_key")
    String demoKey;
    @Version
    long version;

    /** Published at that time (which may be in the future: it then appears when it comes). */
    void publishAt(Instant at) {
        this.status = PublicationStatus.PUBLISHED;
        this.publishedAt = at;
        this.updatedAt = at;
    }

    boolean isPublicAt(Instant now) {
        return status == PublicationStatus.PUBLISHED && publishedAt != null && !publishedAt.isAfter(now) && !isEmbargoedAt(now);
    }

    /** Its id, once saved. */
    abstract Long itemId();

    abstract ContentKind kind();

    /** Whether it has at least one language version (an item without words has no page to show). */
    abstract boolean hasVersions();

    boolean isEmbargoedAt(Instant now) {
        return embargoUntil != null && embargoUntil.isAfter(now);
    }
}
