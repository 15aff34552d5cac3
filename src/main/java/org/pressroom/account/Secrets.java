package org.pressroom.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/** Random tokens and codes from a CSPRNG, and the hashes they are stored as. */
final class Secrets {

    private static final SecureRandom RANDOM = new SecureRandom();

    private Secrets() {
    }

    static byte[] bytes(int length) {
        byte[] bytes = new byte[length];
        RANDOM.nextBytes(bytes);
        return bytes;
    }

    /** A URL-safe token of 256 bits. */
    static String token() {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes(32));
    }

    /** A token's SHA-256: with 256 random bits no salt is needed to keep it from being guessed back. */
    static String tokenHash(String token) {
        return HexFormat.of().formatHex(sha256(new byte[0], token));
    }

    /** A recovery code: 12 base-32 characters (60 bits) in three groups, e.g. {@code K7QF-M2XA-9PLD}. */
    static String recoveryCode() {
        String raw = Base32.encode(bytes(8)).substring(0, 12);
        return raw.substring(0, 4) + "-" + raw.substring(4, 8) + "-" + raw.substring(8);
    }

    /** What a typed recovery code is compared as: upper case, without spaces or dashes. */
    static String normaliseRecoveryCode(String entered) {
        return entered == null ? "" : entered.replaceAll("[\\s-]", "").toUpperCase(java.util.Locale.ROOT);
    }

    static String saltedHash(String value) {
        byte[] salt = bytes(16);
        return Base64.getEncoder().encodeToString(salt) + ":" + HexFormat.of().formatHex(sha256(salt, value));
    }

    static boolean matchesSalted(String stored, String value) {
        int colon = stored.indexOf(':');
        byte[] salt = Base64.getDecoder().decode(stored.substring(0, colon));
        byte[] expected = HexFormat.of().parseHex(stored.substring(colon + 1));
        return MessageDigest.isEqual(expected, sha256(salt, value));
    }

    private static byte[] sha256(byte[] salt, String value) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            sha256.update(salt);
            return sha256.digest(value.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
