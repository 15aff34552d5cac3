package org.pressroom.account;

import java.net.IDN;
import java.util.Locale;
import java.util.regex.Pattern;

/** How e-mail addresses are checked and compared: one account per address, whatever its letter case. */
final class EmailAddress {

    static final int MAX_LENGTH = 254;

    /** A practical check (RFC 5321 lengths, one @, a dotted domain); internationalised addresses are accepted. */
    private static final Pattern SHAPE = Pattern.compile("^[^\\s@<>()\\[\\],;:\"\\\\]{1,64}@[^\\s@<>()\\[\\],;:\"\\\\]+\\.[^\\s@<>()\\[\\],;:\"\\\\.]{2,}$");

    private EmailAddress() {
    }

    static boolean isValid(String address) {
        if (address == null || address.length() > MAX_LENGTH || !SHAPE.matcher(address).matches()) {
            return false;
        }
        String domain = address.substring(address.lastIndexOf('@') + 1);
        try {
            IDN.toASCII(domain, IDN.USE_STD3_ASCII_RULES);
            return !domain.startsWith(".") && !domain.contains("..");
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** The key under which an address is unique: trimmed, lower-cased, domain in its ASCII form. */
    static String key(String address) {
        String trimmed = address.strip();
        int at = trimmed.lastIndexOf('@');
        String local = trimmed.substring(0, at).toLowerCase(Locale.ROOT);
        String domain = IDN.toASCII(trimmed.substring(at + 1), IDN.ALLOW_UNASSIGNED).toLowerCase(Locale.ROOT);
        return local + "@" + domain;
    }
}
