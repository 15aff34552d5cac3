package org.pressroom.account;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.UUID;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Staff sign-in in two steps: the account's password, then a TOTP code (or a single-use recovery code). Only
 * after both does the session get the staff roles. Every step is in the authentication audit log.
 */
@Service
class StaffSignIn {

    /** What a second-factor code gave. */
    enum Outcome { OK, WRONG, REUSED, THROTTLED }

    /** The outcome and, when it passed, who signed in with which roles. */
    record Passed(Outcome outcome, AccountPrincipal principal, Set<StaffRole> roles) {
    }

    static final int RECOVERY_CODES = 10;

    private final AccountRepository accounts;
    private final SecondFactorRepository factors;
    private final RecoveryCodeRepository recoveryCodes;
    private final AuthEventRepository audit;
    private final StaffAccounts staff;
    private final PasswordEncoder passwords;
    private final AccountProperties accountProperties;
    private final StaffProperties properties;
    private final Clock clock;
    private final String unknownAccountHash;

    StaffSignIn(AccountRepository accounts, SecondFactorRepository factors, RecoveryCodeRepository recoveryCodes,
                AuthEventRepository audit, StaffAccounts staff, PasswordEncoder passwords,
                AccountProperties accountProperties, StaffProperties properties, Clock clock) {
        this.accounts = accounts;
        this.factors = factors;
        this.recoveryCodes = recoveryCodes;
        this.audit = audit;
        this.staff = staff;
        this.passwords = passwords;
        this.accountProperties = accountProperties;
        this.properties = properties;
        this.clock = clock;
        this.unknownAccountHash = passwords.encode(UUID.randomUUID().toString());
    }

    /**
     * The first step. Answers the same way (and takes as long) for an unknown address, a wrong password, a
     * throttled account and an account without a role, so that the page tells nobody who is staff.
     */
    @Transactional
    Optional<UUID> password(String email, String password, Client client) {
        Instant now = clock.instant();
        String address = email == null ? "" : email.strip();
        Optional<Account> found = EmailAddress.isValid(address)
                ? accounts.lockByEmailKey(EmailAddress.key(address)) : Optional.empty();
        if (found.isEmpty()) {
            passwords.matches(password, unknownAccountHash);
            record(AuthEvent.Type.LOGIN_FAILED, null, client);
            return Optional.empty();
        }
        Account account = found.get();
        if (account.isLocked(now)) {
            passwords.matches(password, unknownAccountHash);
            record(AuthEvent.Type.LOGIN_THROTTLED, account.id(), client);
            return Optional.empty();
        }
        if (!passwords.matches(password, account.passwordHash())) {
            account.loginFailed(now, accountProperties.loginFailuresBeforeDelay(), accountProperties.loginDelayMax());
            record(AuthEvent.Type.LOGIN_FAILED, account.id(), client);
            return Optional.empty();
        }
        if (!account.isVerified() || staff.roles(account.id()).isEmpty()) {
            record(AuthEvent.Type.LOGIN_FAILED, account.id(), client);
            return Optional.empty();
        }
        account.loginSucceeded();
        record(AuthEvent.Type.STAFF_PASSWORD_OK, account.id(), client);
        return Optional.of(account.id());
    }

    @Transactional(readOnly = true)
    boolean enrolled(UUID accountId) {
        return factors.existsById(accountId);
    }

    /** A new random secret (160 bits, as RFC 4226 recommends) in base 32, for enrolment. */
    static String newSecret() {
        return Base32.encode(Secrets.bytes(20));
    }

    /**
     * Enrolment: the first code from the app proves it holds the secret. Returns the ten recovery codes, to be
     * shown once (only their hashes are kept); empty when the code is wrong or the account already has a factor.
     */
    @Transactional
    List<String> enrol(UUID accountId, String secret, String entered, Client client) {
        Instant now = clock.instant();
        if (factors.existsById(accountId) || staff.roles(accountId).isEmpty()) {
            return List.of();
        }
        OptionalLong step = Totp.match(Base32.decode(secret), digits(entered), now);
        if (step.isEmpty()) {
            record(AuthEvent.Type.SECOND_FACTOR_FAILED, accountId, client);
            return List.of();
        }
        factors.save(new SecondFactor(accountId, secret, now, step.getAsLong()));
        record(AuthEvent.Type.SECOND_FACTOR_ENROLLED, accountId, client);
        return newRecoveryCodes(accountId, now);
    }

    /** The second step: a TOTP code, never one already used nor an older one, or an unused recovery code. */
    @Transactional
    Passed secondFactor(UUID accountId, String entered, Client client) {
        Instant now = clock.instant();
        Optional<SecondFactor> found = factors.lock(accountId);
        Set<StaffRole> roles = staff.roles(accountId);
        if (found.isEmpty() || roles.isEmpty()) {
            record(AuthEvent.Type.SECOND_FACTOR_FAILED, accountId, client);
            return new Passed(Outcome.WRONG, null, Set.of());
        }
        SecondFactor factor = found.get();
        if (factor.isLocked(now)) {
            record(AuthEvent.Type.SECOND_FACTOR_THROTTLED, accountId, client);
            return new Passed(Outcome.THROTTLED, null, Set.of());
        }
        String digits = digits(entered);
        if (digits.matches("[0-9]{6}")) {
            OptionalLong step = Totp.match(Base32.decode(factor.secret()), digits, now);
            if (step.isPresent() && step.getAsLong() <= factor.lastStep()) {
                factor.refused(now, properties.codeFailuresBeforeDelay(), properties.codeDelayMax());
                record(AuthEvent.Type.SECOND_FACTOR_REUSED, accountId, client);
                return new Passed(Outcome.REUSED, null, Set.of());
            }
            if (step.isPresent()) {
                factor.accepted(step.getAsLong());
                record(AuthEvent.Type.SECOND_FACTOR_OK, accountId, client);
                return passed(accountId, roles);
            }
        } else if (recoveryCode(accountId, entered, now)) {
            factor.recoveryUsed();
            record(AuthEvent.Type.RECOVERY_CODE_USED, accountId, client);
            return passed(accountId, roles);
        }
        factor.refused(now, properties.codeFailuresBeforeDelay(), properties.codeDelayMax());
        record(AuthEvent.Type.SECOND_FACTOR_FAILED, accountId, client);
        return new Passed(Outcome.WRONG, null, Set.of());
    }

    /** How many recovery codes are left unused. */
    @Transactional(readOnly = true)
    int recoveryCodesLeft(UUID accountId) {
        return recoveryCodes.findUnused(accountId).size();
    }

    /** Ten new recovery codes for a signed-in staff member; the old ones stop working. */
    @Transactional
    List<String> renewRecoveryCodes(UUID accountId, Client client) {
        recoveryCodes.deleteByAccount(accountId);
        record(AuthEvent.Type.RECOVERY_CODES_RENEWED, accountId, client);
        return newRecoveryCodes(accountId, clock.instant());
    }

    @Transactional
    void signedOut(UUID accountId, Client client) {
        record(AuthEvent.Type.STAFF_SIGNED_OUT, accountId, client);
    }

    @Transactional(readOnly = true)
    Optional<AccountPrincipal> principal(UUID accountId) {
        return accounts.findById(accountId).filter(Account::isVerified).map(AccountPrincipal::of);
    }

    private Passed passed(UUID accountId, Set<StaffRole> roles) {
        return new Passed(Outcome.OK, accounts.findById(accountId).map(AccountPrincipal::of).orElseThrow(), roles);
    }

    private boolean recoveryCode(UUID accountId, String entered, Instant now) {
        String code = Secrets.normaliseRecoveryCode(entered);
        if (!code.matches("[A-Z2-7]{12}")) {
            return false;
        }
        String typed = code.substring(0, 4) + "-" + code.substring(4, 8) + "-" + code.substring(8);
        for (RecoveryCode stored : recoveryCodes.findUnused(accountId)) {
            if (Secrets.matchesSalted(stored.codeHash(), typed)) {
                stored.used(now);
                return true;
            }
        }
        return false;
    }

    private List<String> newRecoveryCodes(UUID accountId, Instant now) {
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < RECOVERY_CODES; i++) {
            String code = Secrets.recoveryCode();
            codes.add(code);
            recoveryCodes.save(new RecoveryCode(accountId, Secrets.saltedHash(code), now));
        }
        return codes;
    }

    /** People type codes with spaces ("123 456"). */
    private static String digits(String entered) {
        return entered == null ? "" : entered.replaceAll("\\s", "");
    }

    private void record(AuthEvent.Type type, UUID accountId, Client client) {
        audit.save(new AuthEvent(clock.instant(), type, accountId, client.ip(), client.userAgent()));
    }
}
