package org.pressroom.account;

import java.time.Instant;
import java.util.UUID;

/** A recently created account, for the back office's dashboard. */
public record NewAccount(UUID id, String name, String organisation, MediaKind mediaKind, String country, boolean verified,
                         Instant createdAt) {
}
