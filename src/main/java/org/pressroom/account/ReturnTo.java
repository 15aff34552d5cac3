package org.pressroom.account;

import java.util.regex.Pattern;

/**
 * The page a visitor was on when the account flow began, where its last step returns. Only a path of this
 * site is accepted ({@code /en/news/...}); anything else (absolute URLs, {@code //host}, back-slashes,
 * control characters) falls back to the home page, so the flow can never redirect elsewhere. Other modules
 * check the pages they return to with it too.
 */
public final class ReturnTo {

    private static final int MAX_LENGTH = 2000;
    private static final Pattern SAFE = Pattern.compile("^/(?![/\\\\])[^\\s\\\\\\p{Cntrl}{}]*$");

    private ReturnTo() {
    }

    public static String sanitise(String candidate, String lang) {
        if (candidate == null || candidate.length() > MAX_LENGTH || !SAFE.matcher(candidate).matches()
                || candidate.startsWith("/account") || candidate.matches("^/[a-z]{2,3}/account/.*")) {
            return "/" + lang + "/";
        }
        return candidate;
    }
}
