package org.pressroom.search;

import java.util.Arrays;
import java.util.Optional;

/** The kinds of result readers filter on; {@code code} is how a type appears in URLs and the API. */
public enum ResultType {
    NEWS("news"),
    PRESS_RELEASE("press-release"),
    MEDIA_ADVISORY("media-advisory"),
    STATEMENT("statement"),
    EVENT("event"),
    TRANSCRIPT("transcript"),
    VIDEO("video"),
    PHOTO("photo");

    private final String code;

    ResultType(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Optional<ResultType> fromCode(String code) {
        return Arrays.stream(values()).filter(type -> type.code.equals(code)).findFirst();
    }
}
