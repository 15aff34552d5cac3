package org.pressroom.account;

import java.util.UUID;

/**
 * A multimedia account was deleted and its personal data erased. Published inside the deleting transaction,
 * so that a module listening with {@code @EventListener} forgets what it keeps of the account (addresses,
 * baskets...) in the same commit.
 */
public record AccountDeleted(UUID accountId) {
}
