package org.pressroom.search;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.pressroom.search.SearchResults.Notice;

/**
 * Reads a search from what a reader or a program sent, leniently: a value that cannot be used is left out
 * and said in a notice, never refused. Shared by the page and the API, so both understand the same URLs.
 */
final class SearchParameters {

    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    private SearchParameters() {
    }

    record Parsed(SearchQuery query, List<Notice> notices) {
    }

    static Parsed read(String q, String type, String from, String to, String event, String country, String speaker,
                       String lang, String sort, String page, String readerLang, List<String> languages,
                       int maxLength, int maxWords) {
        List<Notice> notices = new ArrayList<>();
        String text = text(q, maxLength, maxWords, notices);
        ResultType chosenType = null;
        if (present(type)) {
            chosenType = ResultType.fromCode(type.strip()).orElse(null);
            if (chosenType == null) {
                notices.add(Notice.of("filter-ignored", "type", type.strip()));
            }
        }
        LocalDate fromDate = date("from", from, notices);
        LocalDate toDate = date("to", to, notices);
        if (fromDate != null && toDate != null && fromDate.isAfter(toDate)) {
            notices.add(Notice.of("dates-swapped"));
            LocalDate swap = fromDate;
            fromDate = toDate;
            toDate = swap;
        }
        Long eventId = null;
        if (present(event)) {
            if (event.strip().matches("\\d{1,18}")) {
                eventId = Long.parseLong(event.strip());
            } else {
                notices.add(Notice.of("filter-ignored", "event", event.strip()));
            }
        }
        String countryCode = null;
        if (present(country)) {
            String upper = country.strip().toUpperCase(Locale.ROOT);
            if (COUNTRIES.contains(upper)) {
                countryCode = upper;
            } else {
                notices.add(Notice.of("filter-ignored", "country", country.strip()));
            }
        }
        String speakerName = present(speaker) ? clean(speaker, 200) : null;
        String language = null;
        if (present(lang)) {
            String tag = lang.strip().toLowerCase(Locale.ROOT);
            if (languages.contains(tag)) {
                language = tag;
            } else {
                notices.add(Notice.of("filter-ignored", "lang", lang.strip()));
            }
        }
        SearchQuery.Sort order = text.isEmpty() ? SearchQuery.Sort.DATE : SearchQuery.Sort.RELEVANCE;
        if (present(sort)) {
            switch (sort.strip().toLowerCase(Locale.ROOT)) {
                case "relevance" -> order = SearchQuery.Sort.RELEVANCE;
                case "date" -> order = SearchQuery.Sort.DATE;
                default -> notices.add(Notice.of("filter-ignored", "sort", sort.strip()));
            }
        }
        int pageNumber = 1;
        if (present(page)) {
            if (page.strip().matches("\\d{1,9}") && Integer.parseInt(page.strip()) >= 1) {
                pageNumber = Math.min(Integer.parseInt(page.strip()), 1_000_000);
            } else {
                notices.add(Notice.of("filter-ignored", "page", page.strip()));
            }
        }
        return new Parsed(new SearchQuery(text, readerLang, chosenType, fromDate, toDate, eventId, countryCode,
                speakerName, language, order, pageNumber), notices);
    }

    /** The words: control characters removed, spaces collapsed, cut to the longest allowed, with a notice. */
    private static String text(String q, int maxLength, int maxWords, List<Notice> notices) {
        if (q == null) {
            return "";
        }
        String text = clean(q, Integer.MAX_VALUE);
        if (text.length() > maxLength) {
            int cut = text.lastIndexOf(' ', maxLength);
            text = text.substring(0, cut > maxLength / 2 ? cut : maxLength).strip();
            notices.add(Notice.of("shortened", maxLength));
        }
        String[] words = text.split(" ");
        if (words.length > maxWords) {
            text = String.join(" ", java.util.Arrays.copyOf(words, maxWords));
            notices.add(Notice.of("too-many-words", maxWords));
        }
        if (!text.isEmpty() && text.codePoints().noneMatch(Character::isLetterOrDigit)) {
            notices.add(Notice.of("no-words"));
            return "";
        }
        return text;
    }

    private static String clean(String value, int max) {
        String cleaned = value.replaceAll("[\\p{Cc}\\p{Cf}\\p{Cs}\\p{Co}\\p{Cn}]", " ").replaceAll("\\s+", " ").strip();
        return cleaned.length() > max ? cleaned.substring(0, max) : cleaned;
    }

    private static LocalDate date(String name, String value, List<Notice> notices) {
        if (!present(value)) {
            return null;
        }
        try {
            LocalDate date = LocalDate.parse(value.strip());
            if (date.getYear() < 1000 || date.getYear() > 9999) {
                throw new DateTimeParseException("out of range", value, 0);
            }
            return date;
        } catch (DateTimeParseException e) {
            notices.add(Notice.of("date-ignored", name, clean(value, 40)));
            return null;
        }
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }
}
