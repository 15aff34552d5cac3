package org.pressroom.account;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.springframework.stereotype.Component;

/**
 * The organisation's password rule, checked part by part so that every unmet part can be named. Common
 * passwords come from the 30,000-entry list shipped in {@code com.nulab-inc:zxcvbn} (MIT licence).
 */
@Component
public class PasswordPolicy {

    static final String COMMON_PASSWORDS = "com/nulabinc/zxcvbn/matchers/dictionaries/passwords.txt";

    /** One part of the rule; its message key is {@code account.password.<key>}. */
    public enum Part {
        LENGTH("length"), TOO_LONG("too-long"), UPPER("upper"), LOWER("lower"), DIGIT("digit"), SYMBOL("symbol"),
        WHITESPACE("whitespace"), COMMON("common");

        private final String key;

        Part(String key) {
            this.key = key;
        }

        public String messageKey() {
            return "account.password." + key;
        }
    }

    private final AccountProperties.PasswordRule rule;
    private final Set<String> common;

    PasswordPolicy(AccountProperties properties) {
        this.rule = properties.password();
        this.common = rule.refuseCommon() ? load() : Set.of();
    }

    public AccountProperties.PasswordRule rule() {
        return rule;
    }

    /** The parts of the rule the password does not meet; empty when it is acceptable. */
    public List<Part> unmet(String password) {
        List<Part> unmet = new ArrayList<>();
        String value = password == null ? "" : password;
        int length = value.codePointCount(0, value.length());
        if (length < rule.minLength()) {
            unmet.add(Part.LENGTH);
        }
        if (length > rule.maxLength()) {
            unmet.add(Part.TOO_LONG);
        }
        if (rule.upper() && value.codePoints().noneMatch(Character::isUpperCase)) {
            unmet.add(Part.UPPER);
        }
        if (rule.lower() && value.codePoints().noneMatch(Character::isLowerCase)) {
            unmet.add(Part.LOWER);
        }
        if (rule.digit() && value.codePoints().noneMatch(Character::isDigit)) {
            unmet.add(Part.DIGIT);
        }
        if (rule.symbol() && value.codePoints().noneMatch(PasswordPolicy::isSymbol)) {
            unmet.add(Part.SYMBOL);
        }
        if (rule.noWhitespace() && value.codePoints().anyMatch(Character::isWhitespace)) {
            unmet.add(Part.WHITESPACE);
        }
        if (common.contains(value.toLowerCase(Locale.ROOT))) {
            unmet.add(Part.COMMON);
        }
        return unmet;
    }

    private static boolean isSymbol(int codePoint) {
        return !Character.isLetterOrDigit(codePoint) && !Character.isWhitespace(codePoint);
    }

    private static Set<String> load() {
        Set<String> passwords = new HashSet<>();
        try (InputStream in = PasswordPolicy.class.getClassLoader().getResourceAsStream(COMMON_PASSWORDS)) {
            if (in == null) {
                throw new IllegalStateException("The list of common passwords is missing from the class path: " + COMMON_PASSWORDS);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = reader.readLine()) != null; ) {
                if (!line.isBlank()) {
                    passwords.add(line.strip().toLowerCase(Locale.ROOT));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(passwords);
    }

    int commonPasswordCount() {
        return common.size();
    }
}
