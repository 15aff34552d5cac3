package org.pressroom.account;

import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;

/**
 * Who is logged in, as kept in the session: no password. Its name, by which sessions are indexed in the
 * database, is the account's id, never the address.
 */
public record AccountPrincipal(UUID id, String email, String displayName, Instant passwordChangedAt)
        implements Serializable, org.springframework.security.core.AuthenticatedPrincipal {

    @Override
    public String getName() {
        return id.toString();
    }

    static AccountPrincipal of(Account account) {
        return new AccountPrincipal(account.id(), account.email(), account.firstName() + " " + account.lastName(),
                account.passwordChangedAt());
    }
}
