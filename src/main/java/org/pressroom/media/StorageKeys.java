package org.pressroom.media;

import java.util.regex.Pattern;

/** The keys media files are stored under: relative paths of plain segments made by Pressroom, never by a visitor. */
final class StorageKeys {

    private static final Pattern KEY = Pattern.compile("[a-z0-9][a-z0-9._-]*(/[a-z0-9][a-z0-9._-]*)*");

    private StorageKeys() {
    }

    static boolean valid(String key) {
        return key != null && KEY.matcher(key).matches() && !key.contains("..");
    }

    static void check(String key) {
        if (!valid(key)) {
            throw new IllegalArgumentException("Not a storage key: " + key);
        }
    }
}
