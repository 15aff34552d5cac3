package org.pressroom.content;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Readable URL segments: "Défense côtière : l'accord" becomes "defense-cotiere-l-accord". */
final class Slugs {

    static final Pattern VALID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final int LONGEST = 80;

    private Slugs() {
    }

    static String of(String title) {
        String ascii = Normalizer.normalize(title, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        if (slug.length() > LONGEST) {
            slug = slug.substring(0, LONGEST).replaceAll("-[^-]*$", "");
        }
        return slug.isEmpty() ? "item" : slug;
    }

    static boolean valid(String slug) {
        return slug != null && slug.length() <= LONGEST && VALID.matcher(slug).matches();
    }
}
