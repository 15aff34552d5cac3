package org.pressroom.delivery;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.LocalDate;

/**
 * The name a downloaded file is saved under, built from the date, the title and the rendition:
 * {@code 2026-02-12-press-conference-on-coastal-waters-broadcast.mp4}. Whatever the title holds (quotes, slashes,
 * new lines, any script), the name is one safe path segment: in Unicode for browsers ({@code filename*}, RFC 6266
 * and RFC 8187), and in plain ASCII for the rest ({@code filename}, and the last segment of the link, which
 * {@code curl -O} and download managers use).
 *
 * @param unicode the name with the title's own letters
 * @param ascii the same name in ASCII letters, digits, dots and hyphens
 */
record DownloadName(String unicode, String ascii) {

    private static final int MAX_TITLE = 80;

    /**
     * @param date the day of the asset, or null
     * @param title the asset's title as an editor wrote it
     * @param fallback what stands for the title when nothing of it is left in ASCII, e.g. {@code video-12}
     * @param rendition the rendition's name, e.g. {@code broadcast}
     * @param extension e.g. {@code mp4}
     */
    static DownloadName of(LocalDate date, String title, String fallback, String rendition, String extension) {
        String prefix = date == null ? "" : date + "-";
        String suffix = "-" + rendition + (extension.isEmpty() ? "" : "." + extension);
        String unicode = words(title == null ? "" : title);
        String ascii = words(Normalizer.normalize(unicode, Normalizer.Form.NFKD).replaceAll("\\p{M}", "")
                .replaceAll("[^A-Za-z0-9]+", "-"));
        return new DownloadName(prefix + (unicode.isEmpty() ? fallback : unicode) + suffix,
                prefix + (ascii.isEmpty() ? fallback : ascii) + suffix);
    }

    /** Letters and digits of any script, joined by single hyphens, lower case, no longer than {@code MAX_TITLE}. */
    private static String words(String text) {
        String joined = text.toLowerCase(java.util.Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("^-+|-+$", "");
        if (joined.codePointCount(0, joined.length()) <= MAX_TITLE) {
            return joined;
        }
        return joined.substring(0, joined.offsetByCodePoints(0, MAX_TITLE)).replaceAll("-+$", "");
    }

    /** An attachment with both names: browsers take the Unicode one ({@code filename*}), older clients the ASCII one. */
    String contentDisposition() {
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded(unicode);
    }

    /** RFC 8187: every byte outside {@code attr-char} as %XX of its UTF-8 encoding. */
    private static String encoded(String value) {
        StringBuilder out = new StringBuilder();
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || "!#$&+-.^_`|~".indexOf(c) >= 0) {
                out.append((char) c);
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
            }
        }
        return out.toString();
    }
}
