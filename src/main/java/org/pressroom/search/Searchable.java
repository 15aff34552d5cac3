package org.pressroom.search;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One language version of a public item, as the module that owns the item gives it to search: its words,
 * where it lives, and what readers filter on. Search keeps nothing else, so any module can feed it (content
 * for articles, events, transcripts and photos; media for videos and their shot lists).
 *
 * @param item        the item's key, the same for all its language versions: {@code <kind>:<id>}, e.g.
 *                    {@code transcript:12}; the kind names the {@link SearchSource} that can give it again
 * @param lang        language tag of this version ({@code en}, {@code fr})
 * @param type        what readers filter on
 * @param title       the title, as shown in results
 * @param text        the body as plain text (lead, body, description, caption...)
 * @param names       people and places worth finding by name (speakers, photographer, venue, city), as plain text
 * @param parts       passages with their own address in the page: transcript turns, shots and soundbites
 * @param url         the version's address on this site, e.g. {@code /en/transcripts/2026/02/12/<slug>}
 * @param thumbnail   a small picture for results, or null
 * @param date        the item's own date as readers see it (publication, delivery, start, shooting)
 * @param visibleFrom when the item becomes public: until then search neither shows nor counts it, and it
 *                    appears when that time comes without being indexed again
 * @param eventId     the event it belongs to (the event itself for an event), or null
 * @param country     the ISO 3166 code of where it happened, or null
 * @param speakers    names of who speaks in it, for the speaker filter: a transcript's speakers, a video's
 *                    soundbite speakers (names only, without their role)
 */
public record Searchable(String item, String lang, ResultType type, String title, String text, String names,
                         List<Part> parts, String url, String thumbnail, LocalDate date, Instant visibleFrom,
                         Long eventId, String country, List<String> speakers) {

    public Searchable {
        Objects.requireNonNull(item, "item");
        Objects.requireNonNull(lang, "lang");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(visibleFrom, "visibleFrom");
        if (!item.matches("[a-z][a-z0-9-]*:[A-Za-z0-9-]+")) {
            throw new IllegalArgumentException("An item key is <kind>:<id>, not " + item);
        }
        title = title == null ? "" : title;
        text = text == null ? "" : text;
        names = names == null ? "" : names;
        parts = parts == null ? List.of() : List.copyOf(parts);
        speakers = speakers == null ? List.of() : speakers.stream().filter(s -> s != null && !s.isBlank()).map(String::strip).distinct().toList();
    }

    /** The kind of item: what comes before the colon of its key, which names its source. */
    public String kind() {
        return kind(item);
    }

    static String kind(String item) {
        return item.substring(0, item.indexOf(':'));
    }

    /**
     * A passage that has its own address inside the item's page: a search hit in it links to
     * {@code url#anchor} (a transcript turn: {@code turn-4}; a shot or soundbite: {@code t=754}).
     *
     * @param anchor  the fragment, without '#'
     * @param speaker who speaks in it, or null
     * @param text    its words
     */
    public record Part(String anchor, String speaker, String text) {

        public Part {
            Objects.requireNonNull(anchor, "anchor");
            text = text == null ? "" : text;
        }

        /** A shot or soundbite starting {@code seconds} into a video: its hits open the player at that second. */
        public static Part at(long seconds, String speaker, String text) {
            return new Part("t=" + seconds, speaker, text);
        }
    }
}
