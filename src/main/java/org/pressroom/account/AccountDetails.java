package org.pressroom.account;

import java.time.Instant;
import java.util.UUID;

/** An account as its owner sees it on the account page and in the export. */
record AccountDetails(UUID id, String email, String pendingEmail, String firstName, String lastName, String organisation,
                      MediaKind mediaKind, String country, String language, String termsVersion, Instant termsAcceptedAt,
                      Instant createdAt, Instant verifiedAt, Instant passwordChangedAt) {

    static AccountDetails of(Account account) {
        return new AccountDetails(account.id(), account.email(), account.pendingEmail(), account.firstName(),
                account.lastName(), account.organisation(), account.mediaKind(), account.country(), account.language(),
                account.termsVersion(), account.termsAcceptedAt(), account.createdAt(), account.verifiedAt(),
                account.passwordChangedAt());
    }
}
