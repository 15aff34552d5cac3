package org.pressroom.content;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where an item stands in its life: only {@code PUBLISHED} items whose publication time has come, and whose
 * embargo (if any) has lifted, are public. A {@code SCHEDULED} item is published by a durable job at its time.
 */
public enum PublicationStatus {
    DRAFT, SCHEDULED, PUBLISHED, UNPUBLISHED;

    /** The statuses an editor may move an item to from this one. */
    public Set<PublicationStatus> next() {
        return switch (this) {
            case DRAFT -> EnumSet.of(SCHEDULED, PUBLISHED);
            case SCHEDULED -> EnumSet.of(SCHEDULED, PUBLISHED, DRAFT);
            case PUBLISHED -> EnumSet.of(UNPUBLISHED);
            case UNPUBLISHED -> EnumSet.of(SCHEDULED, PUBLISHED, DRAFT);
        };
    }
}
