package org.pressroom.account;

import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;

/** Who is logged in, as kept in the session: no password, no personal data beyond the name shown. */
public record AccountPrincipal(UUID id, String email, String displayName, Instant passwordChangedAt) implements Serializable {

    static AccountPrincipal of(Account account) {
        return new AccountPrincipal(account.id(), account.email(), account.firstName() + " " + account.lastName(),
                account.passwordChangedAt());
    }
}
