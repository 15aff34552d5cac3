package org.pressroom.delivery;

import java.time.Clock;
import java.util.Optional;
import java.util.UUID;

import org.pressroom.account.AccountPrincipal;
import org.pressroom.account.AccountStanding;
import org.springframework.stereotype.Component;

/**
 * Who may download what. A public file: anyone. An account file: a verified account that accepted the terms
 * of use in force (the first download under new terms asks for them). A disabled file: nobody. A link given to
 * an account works only while the account stands: deleting it revokes its links.
 */
@Component
class DownloadAccess {

    /** What the reader can do about a file: download it, or what must come first. */
    enum Decision { GRANTED, LOG_IN, ACCEPT_TERMS, DISABLED }

    private final AccountStanding standing;
    private final DeliveryProperties properties;
    private final Clock clock;

    DownloadAccess(AccountStanding standing, DeliveryProperties properties, Clock clock) {
        this.standing = standing;
        this.properties = properties;
        this.clock = clock;
    }

    /** For the reader of the page: the logged-in account, if any. */
    Decision decide(Asset asset, Optional<AccountPrincipal> reader) {
        return switch (asset.rights()) {
            case DISABLED -> Decision.DISABLED;
            case PUBLIC -> Decision.GRANTED;
            case ACCOUNT -> reader.isEmpty() ? Decision.LOG_IN
                    : standing.acceptedCurrentTerms(reader.get().id()) ? Decision.GRANTED : Decision.ACCEPT_TERMS;
        };
    }

    /** A new link to the file for the reader; for a public file read without an account, a link bound to nobody. */
    DownloadGrant grant(Asset asset, Asset.File file, Optional<AccountPrincipal> reader, String lang) {
        return new DownloadGrant(reader.map(AccountPrincipal::id).orElse(null), asset.type(), asset.id(), file.name(),
                clock.instant().plus(properties.linkLifetime()), lang);
    }

    /** Why a link presented now no longer opens its file. */
    enum Refusal { NONE, EXPIRED, REVOKED, NOT_ALLOWED }

    /**
     * Checks a link when it is used: not expired, its account still standing, the asset's rights still allowing
     * it, and, when the request carries a session of another account, the link is not that account's.
     */
    Refusal check(DownloadGrant grant, Asset asset, Optional<AccountPrincipal> session) {
        if (!clock.instant().isBefore(grant.expires())) {
            return Refusal.EXPIRED;
        }
        UUID account = grant.account();
        if (account != null && !standing.active(account)) {
            return Refusal.REVOKED;
        }
        if (session.isPresent() && account != null && !session.get().id().equals(account)) {
            return Refusal.NOT_ALLOWED;
        }
        return switch (asset.rights()) {
            case DISABLED -> Refusal.NOT_ALLOWED;
            case PUBLIC -> Refusal.NONE;
            case ACCOUNT -> account == null ? Refusal.NOT_ALLOWED : Refusal.NONE;
        };
    }
}
