package org.pressroom.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.pressroom.mail.MailOutbox;
import org.pressroom.mail.OutgoingMail;
import org.pressroom.newsletter.NewsletterSubscriptions;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The multimedia account's rules: registration with an e-mailed code, log-in with throttling, and password
 * reset. Every answer that could tell whether an address has an account is the same for both cases.
 */
@Service
class AccountService {

    /** What a log-in gives. */
    enum Login { OK, FAILED, UNVERIFIED }

    /** Result of a log-in: the outcome and, when it succeeded, who logged in. */
    record LoginResult(Login outcome, AccountPrincipal principal) {
    }

    private final AccountRepository accounts;
    private final VerificationCodes codes;
    private final AuthEventRepository audit;
    private final PasswordEncoder passwords;
    private final MailOutbox mail;
    private final MessageSource messages;
    private final AccountProperties properties;
    private final Clock clock;
    private final String unknownAccountHash;
    private final ResetRequests resets;
    private final NewsletterSubscriptions newsletter;
    private final ApplicationEventPublisher events;
    private final TermsOfUse terms;

    AccountService(TermsOfUse terms, AccountRepository accounts, VerificationCodes codes, AuthEventRepository audit, PasswordEncoder passwords,
                   MailOutbox mail, MessageSource messages, AccountProperties properties, Clock clock, ResetRequests resets,
                   NewsletterSubscriptions newsletter, ApplicationEventPublisher events) {
        this.events = events;
        this.terms = terms;
        this.resets = resets;
        this.newsletter = newsletter;
        this.accounts = accounts;
        this.codes = codes;
        this.audit = audit;
        this.passwords = passwords;
        this.mail = mail;
        this.messages = messages;
        this.properties = properties;
        this.clock = clock;
        // Hashed once, checked against when an address is unknown, so that answering takes as long.
        this.unknownAccountHash = passwords.encode(UUID.randomUUID().toString());
    }

    /**
     * Registers an account, or registers an unverified one again with the newest details. For an address
     * that already has a verified account, nothing changes: its owner is told by e-mail that someone tried.
     */
    @Transactional
    void register(Registration registration, String password, Client client) {
        Instant now = clock.instant();
        String hash = passwords.encode(password);
        Optional<Account> existing = accounts.findByEmailKey(EmailAddress.key(registration.email()));
        if (existing.isPresent() && existing.get().isVerified()) {
            Account account = existing.get();
            // At most as many notices an hour as codes, so that the form cannot be used to flood an inbox.
            long recent = audit.countByAccountIdAndTypeAndOccurredAtAfter(account.id(), AuthEvent.Type.REGISTRATION_REPEATED,
                    now.minus(Duration.ofHours(1)));
            record(AuthEvent.Type.REGISTRATION_REPEATED, account.id(), client);
            if (recent < properties.codesPerHour()) {
                sendNotice(account, "registration-attempt", Map.of());
            }
            return;
        }
        Account account = existing.orElse(null);
        if (account == null) {
            account = accounts.saveAndFlush(new Account(UUID.randomUUID(), registration, hash, terms.current(), now));
            record(AuthEvent.Type.REGISTERED, account.id(), client);
            sendCode(account, CodePurpose.REGISTRATION, client);
            return;
        }
        // The newest details win only together with a new code (older ones die), so that a code already sent
        // can never verify details that someone else typed in afterwards.
        VerificationCodes.Issue issue = codes.issue(account.id(), CodePurpose.REGISTRATION);
        if (issue.sent()) {
            account.update(registration, hash, terms.current(), now);
            record(AuthEvent.Type.REGISTERED, account.id(), client);
            mailCode(account, CodePurpose.REGISTRATION, issue, client);
        }
    }

    /** Sends a new code to an unverified account (registration) or a verified one (reset); unknown addresses get nothing. */
    @Transactional
    void resend(String email, CodePurpose purpose, Client client) {
        find(email).filter(a -> purpose == CodePurpose.PASSWORD_RESET ? a.isVerified() : !a.isVerified())
                .ifPresent(account -> sendCode(account, purpose, client));
    }

    /** Verifies a new account's address with its code; the account is then logged in. */
    @Transactional
    VerificationResult verify(String email, String code, Client client) {
        Optional<Account> found = find(email).filter(a -> !a.isVerified());
        if (found.isEmpty()) {
            return new VerificationResult(VerificationCodes.Check.WRONG, null);
        }
        Account account = found.get();
        VerificationCodes.Check check = codes.check(account.id(), CodePurpose.REGISTRATION, code);
        if (check != VerificationCodes.Check.VALID) {
            record(AuthEvent.Type.CODE_REFUSED, account.id(), client);
            return new VerificationResult(check, null);
        }
        account.verified(clock.instant());
        record(AuthEvent.Type.VERIFIED, account.id(), client);
        return new VerificationResult(check, AccountPrincipal.of(account));
    }

    @Transactional
    LoginResult login(String email, String password, Client client) {
        Instant now = clock.instant();
        Optional<Account> found = keyOf(email).flatMap(accounts::lockByEmailKey);
        if (found.isEmpty()) {
            passwords.matches(password, unknownAccountHash);
            record(AuthEvent.Type.LOGIN_FAILED, null, client);
            return new LoginResult(Login.FAILED, null);
        }
        Account account = found.get();
        if (account.isLocked(now)) {
            passwords.matches(password, unknownAccountHash);
            record(AuthEvent.Type.LOGIN_THROTTLED, account.id(), client);
            return new LoginResult(Login.FAILED, null);
        }
        if (!passwords.matches(password, account.passwordHash())) {
            account.loginFailed(now, properties.loginFailuresBeforeDelay(), properties.loginDelayMax());
            record(AuthEvent.Type.LOGIN_FAILED, account.id(), client);
            return new LoginResult(Login.FAILED, null);
        }
        account.loginSucceeded();
        if (passwords.upgradeEncoding(account.passwordHash())) {
            account.rehashed(passwords.encode(password));
        }
        if (!account.isVerified()) {
            sendCode(account, CodePurpose.REGISTRATION, client);
            return new LoginResult(Login.UNVERIFIED, null);
        }
        record(AuthEvent.Type.LOGIN_OK, account.id(), client);
        return new LoginResult(Login.OK, AccountPrincipal.of(account));
    }

    /** An IP address went over a limit: noted in the audit log, without an account. */
    @Transactional
    void rateLimited(Client client) {
        record(AuthEvent.Type.RATE_LIMITED, null, client);
    }

    @Transactional
    void loggedOut(UUID accountId, Client client) {
        record(AuthEvent.Type.LOGOUT, accountId, client);
    }

    /** Starts a reset: the same quick answer for every address; the job sends a code only where there is an account. */
    @Transactional
    void requestReset(String email, Client client) {
        resets.ask(email, client);
    }

    /** The reset job: a code to a verified account's address; for an unknown address, nothing. */
    @Transactional
    void performReset(ResetRequests.ResetRequest request) {
        Client client = new Client(request.ip(), request.userAgent());
        find(request.email()).filter(Account::isVerified).ifPresent(account -> {
            record(AuthEvent.Type.RESET_REQUESTED, account.id(), client);
            sendCode(account, CodePurpose.PASSWORD_RESET, client);
        });
    }

    /** Checks a reset code; when right, returns the account whose password may now be chosen. */
    @Transactional
    Optional<UUID> checkResetCode(String email, String code, Client client) {
        Optional<Account> account = find(email).filter(Account::isVerified);
        if (account.isEmpty()) {
            return Optional.empty();
        }
        if (codes.check(account.get().id(), CodePurpose.PASSWORD_RESET, code) != VerificationCodes.Check.VALID) {
            record(AuthEvent.Type.CODE_REFUSED, account.get().id(), client);
            return Optional.empty();
        }
        return account.map(Account::id);
    }

    /** Sets the new password of a reset and tells the owner by e-mail. */
    @Transactional
    void completeReset(UUID accountId, String password, Client client) {
        Account account = accounts.findById(accountId).orElseThrow();
        account.passwordChanged(passwords.encode(password), clock.instant());
        record(AuthEvent.Type.RESET_COMPLETED, account.id(), client);
        sendNotice(account, "password-changed", Map.of());
    }

    /** What the account page shows and the export contains. */
    @Transactional(readOnly = true)
    Optional<AccountDetails> details(UUID accountId) {
        return accounts.findById(accountId).filter(Account::isVerified).map(AccountDetails::of);
    }

    @Transactional
    void updateProfile(UUID accountId, String firstName, String lastName, String organisation, MediaKind mediaKind,
                       String country, Client client) {
        accounts.findById(accountId).filter(Account::isVerified).ifPresent(account -> {
            account.profile(firstName, lastName, organisation, mediaKind, country);
            record(AuthEvent.Type.PROFILE_CHANGED, account.id(), client);
        });
    }

    /** Changes the password when the current one is right; returns who is now logged in (with the new date). */
    @Transactional
    Optional<AccountPrincipal> changePassword(UUID accountId, String current, String next, Client client) {
        Optional<Account> found = accounts.findById(accountId).filter(Account::isVerified)
                .filter(account -> passwords.matches(current, account.passwordHash()));
        found.ifPresent(account -> {
            account.passwordChanged(passwords.encode(next), clock.instant());
            record(AuthEvent.Type.PASSWORD_CHANGED, account.id(), client);
            sendNotice(account, "password-changed", Map.of());
        });
        return found.map(AccountPrincipal::of);
    }

    /**
     * Asks to move the account to a new address: a code goes to the new address, a notice to the old one.
     * Returns false when the password is wrong. An address that already has an account gets no code, but the
     * answer is the same, so the page cannot be used to find out who has an account.
     */
    @Transactional
    boolean requestEmailChange(UUID accountId, String password, String newEmail, Client client) {
        Optional<Account> found = accounts.findById(accountId).filter(Account::isVerified)
                .filter(account -> passwords.matches(password, account.passwordHash()));
        if (found.isEmpty()) {
            return false;
        }
        Account account = found.get();
        record(AuthEvent.Type.EMAIL_CHANGE_REQUESTED, account.id(), client);
        if (accounts.findByEmailKey(EmailAddress.key(newEmail)).isPresent()) {
            return true;
        }
        // The pending address changes only together with a new code (older ones die), so a code always
        // proves the address it was sent to.
        VerificationCodes.Issue issue = codes.issue(account.id(), CodePurpose.EMAIL_CHANGE);
        if (issue.sent()) {
            account.emailChangeRequested(newEmail);
            sendNotice(account, "email-change", Map.of());
            mailCode(account, CodePurpose.EMAIL_CHANGE, issue, client);
        }
        return true;
    }

    /** Confirms the new address with its code; returns who is now logged in, under the new address. */
    @Transactional
    Optional<AccountPrincipal> confirmEmailChange(UUID accountId, String code, Client client) {
        Optional<Account> found = accounts.findById(accountId).filter(Account::isVerified).filter(a -> a.pendingEmail() != null);
        if (found.isEmpty() || codes.check(accountId, CodePurpose.EMAIL_CHANGE, code) != VerificationCodes.Check.VALID) {
            found.ifPresent(account -> record(AuthEvent.Type.CODE_REFUSED, account.id(), client));
            return Optional.empty();
        }
        Account account = found.get();
        if (accounts.findByEmailKey(EmailAddress.key(account.pendingEmail())).isPresent()) {
            return Optional.empty();
        }
        account.emailChanged();
        record(AuthEvent.Type.EMAIL_CHANGED, account.id(), client);
        return Optional.of(AccountPrincipal.of(account));
    }

    /**
     * Deletes the account when the password is right: personal data erased, codes removed, newsletter
     * subscription forgotten, audit entries kept without the IP addresses and browsers they held. Other modules
     * forget what they keep of the account on {@link AccountDeleted}, in the same transaction.
     */
    @Transactional
    boolean delete(UUID accountId, String password, Client client) {
        Optional<Account> found = accounts.findById(accountId).filter(Account::isVerified)
                .filter(account -> passwords.matches(password, account.passwordHash()));
        found.ifPresent(account -> {
            newsletter.forget(account.email());
            mail.forget(account.email());
            codes.forget(account.id());
            account.erase(unknownAccountHash, clock.instant());
            audit.findByAccountIdOrderByOccurredAt(account.id()).forEach(AuthEvent::forgetPerson);
            record(AuthEvent.Type.DELETED, account.id(), new Client(null, null));
            events.publishEvent(new AccountDeleted(account.id()));
        });
        return found.isPresent();
    }

    /** The account's audit trail, for the data export. */
    @Transactional(readOnly = true)
    List<AuthEvent> history(UUID accountId) {
        return audit.findByAccountIdOrderByOccurredAt(accountId);
    }

    /** When the account's password last changed; sessions older than that end. */
    @Transactional(readOnly = true)
    Optional<Instant> passwordChangedAt(UUID accountId) {
        return accounts.findById(accountId).filter(Account::isVerified).map(Account::passwordChangedAt);
    }

    private Optional<Account> find(String email) {
        return keyOf(email).flatMap(accounts::findByEmailKey);
    }

    /** The unique key of a typed address; empty when it is not an address at all. */
    private static Optional<String> keyOf(String email) {
        return EmailAddress.isValid(email == null ? null : email.strip()) ? Optional.of(EmailAddress.key(email)) : Optional.empty();
    }

    /** Sends a code unless the cooldown or the hourly limit holds it back; callers always show the configured wait. */
    private void sendCode(Account account, CodePurpose purpose, Client client) {
        VerificationCodes.Issue issue = codes.issue(account.id(), purpose);
        if (issue.sent()) {
            mailCode(account, purpose, issue, client);
        }
    }

    private void mailCode(Account account, CodePurpose purpose, VerificationCodes.Issue issue, Client client) {
        Locale locale = Locale.forLanguageTag(account.language());
        String expires = DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(locale)
                .withZone(ZoneId.of("UTC")).format(issue.expiresAt()) + " UTC";
        String template = switch (purpose) {
            case REGISTRATION -> "account-code";
            case PASSWORD_RESET -> "reset-code";
            case EMAIL_CHANGE -> "email-code";
        };
        String to = purpose == CodePurpose.EMAIL_CHANGE ? account.pendingEmail() : account.email();
        mail.send(new OutgoingMail(to, locale, template,
                Map.of("code", issue.code(), "minutes", properties.codeTtl().toMinutes(), "expires", expires,
                        "firstName", account.firstName(), "kind", "mail." + template)));
        record(AuthEvent.Type.CODE_SENT, account.id(), client);
    }

    private void sendNotice(Account account, String template, Map<String, Object> model) {
        Locale locale = Locale.forLanguageTag(account.language());
        String prefix = "mail." + template + ".";
        mail.send(new OutgoingMail(account.email(), locale, "notice", Map.of(
                "heading", messages.getMessage(prefix + "heading", null, locale),
                "paragraphs", List.of(messages.getMessage(prefix + "text", null, locale),
                        messages.getMessage("mail.account.not-you", null, locale))),
                List.of(messages.getMessage(prefix + "heading", null, locale))));
    }

    private void record(AuthEvent.Type type, UUID accountId, Client client) {
        audit.save(new AuthEvent(clock.instant(), type, accountId, client.ip(), client.userAgent()));
    }

    /** What a code entry gave and, when it verified an account, who is now logged in. */
    record VerificationResult(VerificationCodes.Check check, AccountPrincipal principal) {
    }
}
