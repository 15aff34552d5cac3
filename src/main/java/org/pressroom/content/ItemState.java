package org.pressroom.content;

import java.time.Instant;

/**
 * Where an item stands in the workflow.
 *
 * @param publishedAt when it was (or, scheduled, will be) published; null for a draft never published
 * @param embargoUntil the end of its embargo, or null
 * @param updatedAt its "last updated" time
 * @param version the version an edit must be based on (optimistic locking)
 * @param publicNow whether readers see it at this moment
 */
public record ItemState(ContentItem item, PublicationStatus status, Instant publishedAt, Instant embargoUntil, Instant updatedAt,
                        long version, boolean publicNow) {

    /** Whether its embargo still holds at {@code now} (one whose time has passed is kept until lifted, but holds nothing). */
    public boolean embargoedAt(Instant now) {
        return embargoUntil != null && embargoUntil.isAfter(now);
    }
}
