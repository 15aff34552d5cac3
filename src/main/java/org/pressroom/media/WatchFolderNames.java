package org.pressroom.media;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** The watch folder's file names: which are not media, and the names of sidecars, notes and taken files. */
final class WatchFolderNames {

    static final String SIDECAR = ".yaml";
    static final String NOTE = ".error";

    private static final List<String> IGNORED_ENDINGS = List.of(".partial", ".part", ".tmp", SIDECAR, ".yml", NOTE);
    private static final Set<String> IGNORED_NAMES = Set.of("thumbs.db", "desktop.ini");
    /** File names are at most 255 bytes on the usual file systems. */
    private static final int MAX_NAME_BYTES = 255;

    private WatchFolderNames() {
    }

    /** Hidden files, files still being copied under a temporary name, sidecars and notes are not media. */
    static boolean ignored(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return name.startsWith(".") || IGNORED_NAMES.contains(lower) || IGNORED_ENDINGS.stream().anyMatch(lower::endsWith);
    }

    /** {@code <asset-id>-<name>}, its extension kept when the name has to be shortened. */
    static String doneName(long id, String name) {
        String base = baseName(name);
        return fit(id + "-" + base, name.substring(base.length()));
    }

    static String baseName(String name) {
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    /**
     * {@code name + suffix}, shortened when it would pass the file system's limit; a shortened name ends with a
     * hash of the whole, so that two long names sharing a beginning still get names of their own.
     */
    static String fit(String name, String suffix) {
        String whole = name + suffix;
        if (whole.getBytes(StandardCharsets.UTF_8).length <= MAX_NAME_BYTES) {
            return whole;
        }
        String hash = "~" + Integer.toHexString(whole.hashCode());
        int room = MAX_NAME_BYTES - (hash + suffix).getBytes(StandardCharsets.UTF_8).length;
        StringBuilder kept = new StringBuilder();
        int bytes = 0;
        for (int i = 0; i < name.length(); ) {
            int codePoint = name.codePointAt(i);
            int size = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
            if (bytes + size > room) {
                break;
            }
            kept.appendCodePoint(codePoint);
            bytes += size;
            i += Character.charCount(codePoint);
        }
        return kept + hash + suffix;
    }

    /** A file name as it can be put in a log line or a note: quoted, with control characters escaped. */
    static String quoted(String name) {
        StringBuilder shown = new StringBuilder("\"");
        name.codePoints().forEach(c -> {
            if (Character.isISOControl(c)) {
                shown.append(String.format("\\u%04x", c));
            } else {
                shown.appendCodePoint(c);
            }
        });
        return shown.append('"').toString();
    }
}
