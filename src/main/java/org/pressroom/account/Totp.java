package org.pressroom.account;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.OptionalLong;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Time-based one-time passwords (RFC 6238 over RFC 4226's HOTP): HMAC-SHA1, 30-second steps, 6 digits, as
 * every authenticator app computes them. A code is accepted one step early or late, for clocks that drift.
 */
final class Totp {

    static final int DIGITS = 6;
    static final long STEP_SECONDS = 30;
    static final int WINDOW = 1;

    private Totp() {
    }

    /** The time step an instant falls in (Unix time divided by 30 s). */
    static long step(Instant time) {
        return Math.floorDiv(time.getEpochSecond(), STEP_SECONDS);
    }

    /** The 6-digit code of a step with HMAC-SHA1. */
    static String code(byte[] key, long step) {
        return code(key, step, "HmacSHA1", DIGITS);
    }

    /** RFC 4226's dynamic truncation of the HMAC of the step counter, with any algorithm and length. */
    static String code(byte[] key, long step, String algorithm, int digits) {
        try {
            Mac mac = Mac.getInstance(algorithm);
            mac.init(new SecretKeySpec(key, "RAW"));
            byte[] hash = mac.doFinal(ByteBuffer.allocate(8).putLong(step).array());
            int offset = hash[hash.length - 1] & 0x0f;
            int binary = ((hash[offset] & 0x7f) << 24) | ((hash[offset + 1] & 0xff) << 16)
                    | ((hash[offset + 2] & 0xff) << 8) | (hash[offset + 3] & 0xff);
            int modulus = (int) Math.pow(10, digits);
            return String.format("%0" + digits + "d", binary % modulus);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The step whose code the entered one is, within one step either side of now, latest first; empty when
     * it is none of them. Compared in constant time.
     */
    static OptionalLong match(byte[] key, String entered, Instant now) {
        if (entered == null || !entered.matches("[0-9]{" + DIGITS + "}")) {
            return OptionalLong.empty();
        }
        long current = step(now);
        long found = Long.MIN_VALUE;
        for (long step = current + WINDOW; step >= current - WINDOW; step--) {
            boolean same = MessageDigest.isEqual(code(key, step).getBytes(), entered.getBytes());
            if (same && found == Long.MIN_VALUE) {
                found = step;
            }
        }
        return found == Long.MIN_VALUE ? OptionalLong.empty() : OptionalLong.of(found);
    }
}
