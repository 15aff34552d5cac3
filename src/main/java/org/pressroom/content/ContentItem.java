package org.pressroom.content;

import java.util.Objects;
import java.util.Optional;

/** One editorial item: its kind and its id ({@code article:12} as a key). */
public record ContentItem(ContentKind kind, long id) {

    public ContentItem {
        Objects.requireNonNull(kind, "kind");
    }

    public static ContentItem article(long id) {
        return new ContentItem(ContentKind.ARTICLE, id);
    }

    public static ContentItem event(long id) {
        return new ContentItem(ContentKind.EVENT, id);
    }

    public static ContentItem transcript(long id) {
        return new ContentItem(ContentKind.TRANSCRIPT, id);
    }

    public static ContentItem photo(long id) {
        return new ContentItem(ContentKind.PHOTO, id);
    }

    public static ContentItem gallery(long id) {
        return new ContentItem(ContentKind.GALLERY, id);
    }

    /** The item of a key such as {@code article:12}, if it is one. */
    public static Optional<ContentItem> parse(String key) {
        int colon = key == null ? -1 : key.indexOf(':');
        if (colon < 0 || !key.substring(colon + 1).matches("\\d{1,18}")) {
            return Optional.empty();
        }
        return ContentKind.fromCode(key.substring(0, colon)).map(kind -> new ContentItem(kind, Long.parseLong(key.substring(colon + 1))));
    }

    public String key() {
        return kind.code() + ":" + id;
    }
}
