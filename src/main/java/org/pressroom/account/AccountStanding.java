package org.pressroom.account;

import java.time.Clock;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What other modules may ask about an account that is not the one logged in on the current request (a
 * download link is used without a session): whether it still stands, and which terms of use it accepted.
 */
@Service
public class AccountStanding {

    private final AccountRepository accounts;
    private final AuthEventRepository audit;
    private final AccountProperties properties;
    private final Clock clock;
    private final TermsOfUse terms;

    AccountStanding(AccountRepository accounts, AuthEventRepository audit, AccountProperties properties, Clock clock,
                    TermsOfUse terms) {
        this.terms = terms;
        this.accounts = accounts;
        this.audit = audit;
        this.properties = properties;
        this.clock = clock;
    }

    /** Whether the account exists and is verified; a deleted account (or, with the back office, a disabled one) is not. */
    @Transactional(readOnly = true)
    public boolean active(UUID accountId) {
        return accountId != null && accounts.findById(accountId).filter(Account::isVerified).isPresent();
    }

    /** The version of the terms of use in force. */
    public String currentTerms() {
        return terms.current();
    }

    /** Whether the account accepted the terms of use in force (at registration or since). */
    @Transactional(readOnly = true)
    public boolean acceptedCurrentTerms(UUID accountId) {
        return accounts.findById(accountId).filter(Account::isVerified)
                .map(account -> terms.current().equals(account.termsVersion())).orElse(false);
    }

    /** Records that the account accepted the terms in force, with their version, the time and where from. */
    @Transactional
    public void acceptCurrentTerms(UUID accountId, String ip, String userAgent) {
        accounts.findById(accountId).filter(Account::isVerified).ifPresent(account -> {
            account.termsAccepted(terms.current(), clock.instant());
            audit.save(new AuthEvent(clock.instant(), AuthEvent.Type.TERMS_ACCEPTED, account.id(), ip, userAgent));
        });
    }
}
