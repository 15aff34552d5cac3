package org.pressroom.content;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** Lenient reading of what readers put in list URLs: a bad value is ignored, never an error. */
final class ListParameters {

    private static final int LAST_PAGE_ASKED = 1_000_000;

    private ListParameters() {
    }

    /** The page number asked for, 1 when it is not a positive number. */
    static int page(String value) {
        if (value == null || !value.matches("\\d{1,9}")) {
            return 1;
        }
        return Math.max(1, Math.min(Integer.parseInt(value), LAST_PAGE_ASKED));
    }

    /** A month written {@code 2026-02}, or empty. */
    static Optional<YearMonth> month(String value) {
        if (value == null || !value.matches("\\d{4}-\\d{2}")) {
            return Optional.empty();
        }
        try {
            return Optional.of(YearMonth.parse(value));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** The date of a URL's year, month and day segments, or empty for an impossible one (2026/02/31). */
    static Optional<LocalDate> date(int year, int month, int day) {
        try {
            return Optional.of(LocalDate.of(year, month, day));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    static Optional<YearMonth> month(int year, int month) {
        try {
            return Optional.of(YearMonth.of(year, month));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /** The id at the start of an {@code <id>-<slug>} segment, and the slug after it. */
    static Optional<IdAndSlug> idAndSlug(String segment) {
        int dash = segment.indexOf('-');
        String id = dash < 0 ? segment : segment.substring(0, dash);
        if (!id.matches("\\d{1,18}")) {
            return Optional.empty();
        }
        return Optional.of(new IdAndSlug(Long.parseLong(id), dash < 0 ? "" : segment.substring(dash + 1)));
    }

    record IdAndSlug(long id, String slug) {
    }
}
