package org.pressroom.content;

import java.util.Map;

/**
 * What a readable URL leads to: the page; a redirect to its canonical address (an old date, a moved
 * item); the same item in other languages only; or nothing.
 *
 * @param page the page to show, when found
 * @param redirect where the item now lives, when the URL is not its canonical one
 * @param elsewhere the item's addresses in the languages it exists in, when not in the asked one
 */
record Lookup<T>(T page, String redirect, Map<String, String> elsewhere) {

    static <T> Lookup<T> found(T page) {
        return new Lookup<>(page, null, Map.of());
    }

    static <T> Lookup<T> moved(String url) {
        return new Lookup<>(null, url, Map.of());
    }

    static <T> Lookup<T> untranslated(Map<String, String> elsewhere) {
        return new Lookup<>(null, null, elsewhere);
    }

    static <T> Lookup<T> missing() {
        return new Lookup<>(null, null, Map.of());
    }
}
