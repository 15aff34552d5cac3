package org.pressroom.content;

import java.util.Arrays;
import java.util.Optional;

/** The kinds of item that have a publication workflow; {@code code} is how they are named in keys and records. */
public enum ContentKind {
    ARTICLE("article"),
    EVENT("event"),
    TRANSCRIPT("transcript"),
    PHOTO("photo"),
    GALLERY("gallery");

    private final String code;

    ContentKind(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Optional<ContentKind> fromCode(String code) {
        return Arrays.stream(values()).filter(kind -> kind.code.equals(code)).findFirst();
    }
}
