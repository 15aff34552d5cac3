package org.pressroom.media;

import java.time.Instant;
import java.util.UUID;

/**
 * Staff changed a video, published in the transaction of the change: the back office keeps it in its audit log.
 *
 * @param videoId the video
 * @param accountId who changed it, or null for the system
 * @param action what was changed: {@code video.details} or {@code video.shots}
 * @param before the values before, as JSON
 * @param after the values after, as JSON
 * @param at when
 */
public record VideoEdited(long videoId, UUID accountId, String action, String before, String after, Instant at) {
}
