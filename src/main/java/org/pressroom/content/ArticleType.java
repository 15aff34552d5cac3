package org.pressroom.content;

import java.util.Arrays;
import java.util.Optional;

/** The kinds of article a press office publishes; {@code code} is how a type appears in URLs and feeds. */
public enum ArticleType {
    NEWS("news"),
    PRESS_RELEASE("press-release"),
    MEDIA_ADVISORY("media-advisory"),
    STATEMENT("statement");

    private final String code;

    ArticleType(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Optional<ArticleType> fromCode(String code) {
        return Arrays.stream(values()).filter(type -> type.code.equals(code)).findFirst();
    }
}
