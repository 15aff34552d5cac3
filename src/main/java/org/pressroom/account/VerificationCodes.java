package org.pressroom.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Component;

/**
 * Issues and checks the 6-digit codes e-mailed to account holders: drawn from a CSPRNG, stored as a salted
 * SHA-256, single use, dead after the time-to-live, after too many wrong tries, or when a newer code is sent.
 */
@Component
class VerificationCodes {

    /** What a code entry gives. */
    enum Check { VALID, WRONG, EXPIRED }

    /** What asking for a code gives: sent (with the code), or refused for now (no code). */
    record Issue(String code, Instant expiresAt) {
        boolean sent() {
            return code != null;
        }
    }

    private final SecureRandom random = new SecureRandom();
    private final AccountCodeRepository codes;
    private final AccountProperties properties;
    private final Clock clock;

    VerificationCodes(AccountCodeRepository codes, AccountProperties properties, Clock clock) {
        this.codes = codes;
        this.properties = properties;
        this.clock = clock;
    }

    /** A fresh code for the account, unless the cooldown or the hourly limit says wait; older codes die. */
    Issue issue(UUID accountId, CodePurpose purpose) {
        Instant now = clock.instant();
        Instant last = codes.lastSent(accountId, purpose);
        if (last != null && now.isBefore(last.plus(properties.resendCooldown()))) {
            return new Issue(null, null);
        }
        if (codes.countSentSince(accountId, purpose, now.minus(Duration.ofHours(1))) >= properties.codesPerHour()) {
            return new Issue(null, null);
        }
        codes.findUnused(accountId, purpose).forEach(code -> code.revoke(now));
        String code = String.format("%06d", random.nextInt(1_000_000));
        Instant expiresAt = now.plus(properties.codeTtl());
        codes.save(new AccountCode(UUID.randomUUID(), accountId, purpose, hash(code), now, expiresAt));
        return new Issue(code, expiresAt);
    }

    /** Checks an entered code against the account's live code and spends it if right. */
    Check check(UUID accountId, CodePurpose purpose, String entered) {
        Instant now = clock.instant();
        List<AccountCode> unused = codes.findUnused(accountId, purpose);
        if (unused.isEmpty()) {
            return Check.WRONG;
        }
        AccountCode code = unused.get(unused.size() - 1);
        if (!code.isLive(now, properties.codeAttempts())) {
            return Check.EXPIRED;
        }
        if (!matches(code.codeHash(), normalise(entered))) {
            codes.countWrongEntry(code.id());
            return codes.failedAttempts(code.id()) < properties.codeAttempts() ? Check.WRONG : Check.EXPIRED;
        }
        // A right code counts only while the tries are not used up, even by guesses running in parallel.
        if (codes.failedAttempts(code.id()) >= properties.codeAttempts()) {
            return Check.EXPIRED;
        }
        return codes.markUsed(code.id(), now) == 1 ? Check.VALID : Check.WRONG;
    }

    /** Removes every code of a deleted account. */
    void forget(UUID accountId) {
        codes.deleteAll(codes.findByAccountId(accountId));
    }

    /** People paste codes with spaces ("123 456"); anything else than 6 digits cannot be right. */
    static String normalise(String entered) {
        return entered == null ? "" : entered.replaceAll("[\\s-]", "");
    }

    private String hash(String code) {
        byte[] salt = new byte[16];
        random.nextBytes(salt);
        return Base64.getEncoder().encodeToString(salt) + ":" + HexFormat.of().formatHex(digest(salt, code));
    }

    private static boolean matches(String stored, String code) {
        if (!code.matches("[0-9]{6}")) {
            return false;
        }
        int colon = stored.indexOf(':');
        byte[] salt = Base64.getDecoder().decode(stored.substring(0, colon));
        byte[] expected = HexFormat.of().parseHex(stored.substring(colon + 1));
        return MessageDigest.isEqual(expected, digest(salt, code));
    }

    private static byte[] digest(byte[] salt, String code) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            sha256.update(salt);
            return sha256.digest(code.getBytes(StandardCharsets.US_ASCII));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
