package org.pressroom.account;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;

/** Checks what visitors type into the account forms; every problem becomes a translated message on its field. */
@Component
class AccountForms {

    static final int MAX_NAME = 100;
    static final int MAX_ORGANISATION = 200;
    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());
    private static final Pattern CONTROL = Pattern.compile("\\p{Cntrl}");

    private final PasswordPolicy passwords;

    AccountForms(PasswordPolicy passwords) {
        this.passwords = passwords;
    }

    void check(RegistrationForm form, Errors errors) {
        checkEmail(form.getEmail(), "email", errors);
        checkPassword(form.getPassword(), "password", errors);
        checkProfile(form, errors);
        if (!form.isAcceptTerms()) {
            errors.rejectValue("acceptTerms", "account.error.terms");
        }
    }

    void checkProfile(ProfileForm form, Errors errors) {
        checkText(form.getFirstName(), "firstName", MAX_NAME, errors);
        checkText(form.getLastName(), "lastName", MAX_NAME, errors);
        checkText(form.getOrganisation(), "organisation", MAX_ORGANISATION, errors);
        if (mediaKind(form.getMediaKind()) == null) {
            errors.rejectValue("mediaKind", "account.error.media-kind");
        }
        if (!COUNTRIES.contains(form.getCountry())) {
            errors.rejectValue("country", "account.error.country");
        }
    }

    void checkEmail(String email, String field, Errors errors) {
        if (email == null || email.isBlank()) {
            errors.rejectValue(field, "account.error.required");
        } else if (!EmailAddress.isValid(email.strip())) {
            errors.rejectValue(field, "account.error.email");
        }
    }

    void checkPassword(String password, String field, Errors errors) {
        for (PasswordPolicy.Part part : passwords.unmet(password)) {
            Object[] arguments = switch (part) {
                case LENGTH -> new Object[] {passwords.rule().minLength()};
                case TOO_LONG -> new Object[] {passwords.rule().maxLength()};
                default -> null;
            };
            errors.rejectValue(field, part.messageKey(), arguments, null);
        }
    }

    static void checkText(String value, String field, int max, Errors errors) {
        if (value == null || value.isBlank()) {
            errors.rejectValue(field, "account.error.required");
        } else if (value.strip().length() > max) {
            errors.rejectValue(field, "account.error.too-long", new Object[] {max}, null);
        } else if (CONTROL.matcher(value).find()) {
            errors.rejectValue(field, "account.error.characters");
        }
    }

    static MediaKind mediaKind(String value) {
        return Arrays.stream(MediaKind.values()).filter(kind -> kind.name().equals(value)).findFirst().orElse(null);
    }

    /** ISO 3166 countries with their names in the reader's language, sorted by that name; built once per language. */
    static List<Country> countries(Locale locale) {
        return COUNTRY_LISTS.computeIfAbsent(locale, language -> {
            java.text.Collator collator = java.text.Collator.getInstance(language);
            return COUNTRIES.stream()
                    .map(code -> new Country(code, new Locale("", code).getDisplayCountry(language)))
                    .sorted(Comparator.comparing(Country::name, collator))
                    .toList();
        });
    }

    private static final java.util.Map<Locale, List<Country>> COUNTRY_LISTS = new java.util.concurrent.ConcurrentHashMap<>();

    /** A country as the form lists it. */
    record Country(String code, String name) {
    }
}
