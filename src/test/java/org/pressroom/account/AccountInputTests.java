package org.pressroom.account;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The small rules the account forms stand on, one behaviour each. */
class AccountInputTests {

    private final PasswordPolicy policy = new PasswordPolicy(new AccountProperties(Duration.ofMinutes(30), 5,
            Duration.ofSeconds(60), 5, 5, Duration.ofMinutes(15), 30, 30, Duration.ofHours(24), "2026-01",
            new AccountProperties.PasswordRule(12, 128, true, true, true, true, true, true)));

    @Test
    void aPasswordMeetingEveryPartIsAccepted() {
        assertThat(policy.unmet("Broadcast-2026!quality")).isEmpty();
        assertThat(policy.unmet("Ünïcode-Pässwort-2026")).as("letters of any script count").isEmpty();
    }

    @Test
    void eachUnmetPartIsNamed() {
        assertThat(policy.unmet("short")).contains(PasswordPolicy.Part.LENGTH, PasswordPolicy.Part.UPPER,
                PasswordPolicy.Part.DIGIT, PasswordPolicy.Part.SYMBOL).doesNotContain(PasswordPolicy.Part.LOWER);
        assertThat(policy.unmet("Broadcast 2026!quality")).containsExactly(PasswordPolicy.Part.WHITESPACE);
        assertThat(policy.unmet("A1!" + "a".repeat(126))).containsExactly(PasswordPolicy.Part.TOO_LONG);
        assertThat(policy.unmet("A1!" + "a".repeat(125))).as("128 characters are allowed").isEmpty();
    }

    @Test
    void theBundledListOfCommonPasswordsHoldsAtLeastTenThousandAndIsChecked() {
        assertThat(policy.commonPasswordCount()).isGreaterThanOrEqualTo(10_000);
        assertThat(policy.unmet("password")).contains(PasswordPolicy.Part.COMMON);
        assertThat(policy.unmet("PASSWORD")).as("whatever the case").contains(PasswordPolicy.Part.COMMON);
    }

    @Test
    void returnToAcceptsOnlyAPathOfThisSite() {
        assertThat(ReturnTo.sanitise("/en/news/2026/02/12/summit?page=2", "en")).isEqualTo("/en/news/2026/02/12/summit?page=2");
        assertThat(ReturnTo.sanitise("https://evil.example/", "fr")).isEqualTo("/fr/");
        assertThat(ReturnTo.sanitise("//evil.example/", "en")).isEqualTo("/en/");
        assertThat(ReturnTo.sanitise("/\\\\evil.example", "en")).isEqualTo("/en/");
        assertThat(ReturnTo.sanitise("/en/\r\nSet-Cookie:x", "en")).isEqualTo("/en/");
        assertThat(ReturnTo.sanitise("/en/account/logout", "en")).isEqualTo("/en/");
        assertThat(ReturnTo.sanitise(null, "en")).isEqualTo("/en/");
        assertThat(ReturnTo.sanitise("/en/search?q={x}", "en")).as("braces would be read as URI variables").isEqualTo("/en/");
        assertThat(ReturnTo.sanitise("/" + "x".repeat(3000), "en")).isEqualTo("/en/");
    }

    @Test
    void emailAddressesAreCheckedAndComparedWhateverTheirCase() {
        assertThat(EmailAddress.isValid("ada.reporter+press@example.org")).isTrue();
        assertThat(EmailAddress.isValid("josé@exämple.fr")).as("internationalised").isTrue();
        assertThat(EmailAddress.isValid("no-at-sign.example.org")).isFalse();
        assertThat(EmailAddress.isValid("two@@example.org")).isFalse();
        assertThat(EmailAddress.isValid("spaces in@example.org")).isFalse();
        assertThat(EmailAddress.isValid("<script>@example.org")).isFalse();
        assertThat(EmailAddress.isValid("a@" + "b".repeat(260) + ".org")).isFalse();
        assertThat(EmailAddress.key(" Ada@Example.ORG ")).isEqualTo("ada@example.org");
        assertThat(EmailAddress.key("josé@EXÄMPLE.fr")).isEqualTo("josé@xn--exmple-cua.fr");
    }

    @Test
    void codesAreReadWithoutTheSpacesAndDashesPeopleType() {
        assertThat(VerificationCodes.normalise(" 123 456 ")).isEqualTo("123456");
        assertThat(VerificationCodes.normalise("123-456")).isEqualTo("123456");
        assertThat(VerificationCodes.normalise(null)).isEmpty();
    }
}
