package org.pressroom.content;

import java.util.UUID;
import java.time.Instant;

/**
 * An editorial action on an item, published in the transaction that made it, for the back office's audit log.
 *
 * @param accountId the staff account that acted, or null when a scheduled job did
 * @param action what was done ({@code create}, {@code update}, {@code publish}, {@code schedule}, {@code embargo}...)
 * @param itemType {@code article}, {@code event}, {@code transcript}, {@code photo} or {@code gallery}
 * @param itemId the item's id, as text
 * @param before the item as JSON before the change, or null for a new item
 * @param after the item as JSON after the change
 */
public record EditorialChange(UUID accountId, String action, String itemType, String itemId, String before,
                              String after, Instant at) {
}
