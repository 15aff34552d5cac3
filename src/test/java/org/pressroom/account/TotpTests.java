package org.pressroom.account;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** TOTP against RFC 6238's appendix B, and the one-step window either side of now. */
class TotpTests {

    private static final byte[] SHA1_KEY = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] SHA256_KEY = "12345678901234567890123456789012".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] SHA512_KEY = "1234567890123456789012345678901234567890123456789012345678901234"
            .getBytes(StandardCharsets.US_ASCII);

    @ParameterizedTest(name = "T = {0}")
    @CsvSource({
            "59,          94287082, 46119246, 90693936",
            "1111111109,  07081804, 68084774, 25091201",
            "1111111111,  14050471, 67062674, 99943326",
            "1234567890,  89005924, 91819424, 93441116",
            "2000000000,  69279037, 90698825, 38618901",
            "20000000000, 65353130, 77737706, 47863826"})
    void theRfc6238TestVectorsComeOut(long unixTime, String sha1, String sha256, String sha512) {
        long step = Totp.step(Instant.ofEpochSecond(unixTime));

        assertThat(Totp.code(SHA1_KEY, step, "HmacSHA1", 8)).isEqualTo(sha1);
        assertThat(Totp.code(SHA256_KEY, step, "HmacSHA256", 8)).isEqualTo(sha256);
        assertThat(Totp.code(SHA512_KEY, step, "HmacSHA512", 8)).isEqualTo(sha512);
    }

    @Test
    void theSixDigitCodeIsTheLastSixDigitsOfTheEightDigitOne() {
        long step = Totp.step(Instant.ofEpochSecond(1111111109));

        assertThat(Totp.code(SHA1_KEY, step)).isEqualTo("081804");
    }

    @Test
    void aCodeIsAcceptedOneStepEarlyOrLateButNotTwo() {
        Instant now = Instant.ofEpochSecond(1_800_000_000L);
        long step = Totp.step(now);

        assertThat(Totp.match(SHA1_KEY, Totp.code(SHA1_KEY, step), now)).hasValue(step);
        assertThat(Totp.match(SHA1_KEY, Totp.code(SHA1_KEY, step - 1), now)).hasValue(step - 1);
        assertThat(Totp.match(SHA1_KEY, Totp.code(SHA1_KEY, step + 1), now)).hasValue(step + 1);
        assertThat(Totp.match(SHA1_KEY, Totp.code(SHA1_KEY, step - 2), now)).isEmpty();
        assertThat(Totp.match(SHA1_KEY, Totp.code(SHA1_KEY, step + 2), now)).isEmpty();
    }

    @Test
    void anythingButSixDigitsIsNoCode() {
        Instant now = Instant.ofEpochSecond(1_800_000_000L);
        String code = Totp.code(SHA1_KEY, Totp.step(now));

        assertThat(Totp.match(SHA1_KEY, code + "0", now)).isEmpty();
        assertThat(Totp.match(SHA1_KEY, "", now)).isEmpty();
        assertThat(Totp.match(SHA1_KEY, null, now)).isEmpty();
        assertThat(Totp.match(SHA1_KEY, "12345a", now)).isEmpty();
    }

    @Test
    void base32RoundTripsAndIgnoresSpacesAndCase() {
        byte[] secret = Secrets.bytes(20);
        String text = Base32.encode(secret);

        assertThat(text).hasSize(32).matches("[A-Z2-7]+");
        assertThat(Base32.decode(text)).isEqualTo(secret);
        assertThat(Base32.decode(text.toLowerCase().replaceAll("(.{4})", "$1 "))).isEqualTo(secret);
        // RFC 4648's own example.
        assertThat(Base32.encode("foobar".getBytes(StandardCharsets.US_ASCII))).isEqualTo("MZXW6YTBOI");
    }

    @Test
    void theQrCodeIsAnSvgImageOfDarkModules() {
        String svg = QrCodes.svg("otpauth://totp/Example:ada@example.org?secret=JBSWY3DPEHPK3PXP&issuer=Example");

        assertThat(svg).startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\"").contains("<path fill=\"#000\" d=\"M")
                .endsWith("</svg>");
        assertThat(QrCodes.dataUri("x")).startsWith("data:image/svg+xml;base64,");
    }

    @Test
    void recoveryCodesAreTwelveBase32CharactersInThreeGroups() {
        String code = Secrets.recoveryCode();

        assertThat(code).matches("[A-Z2-7]{4}-[A-Z2-7]{4}-[A-Z2-7]{4}");
        String hash = Secrets.saltedHash(code);
        assertThat(hash).doesNotContain(code);
        assertThat(Secrets.matchesSalted(hash, code)).isTrue();
        assertThat(Secrets.matchesSalted(hash, Secrets.recoveryCode())).isFalse();
    }
}
