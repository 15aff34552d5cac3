package org.pressroom.backoffice;

import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.pressroom.content.Access;
import org.pressroom.content.Coverage;
import org.pressroom.content.EditorialRefusal.Problem;
import org.pressroom.content.EventEditing.ProgrammeEntry;

/**
 * A programme item's form as the editor filled it in: date and times as typed (a malformed one comes back as it
 * was), briefing languages as a list such as {@code en, fr}, a title per language, and the ids of what it links to.
 *
 * @param id the item being changed, or null for a new one
 */
public record ProgrammeFields(Long id, String date, String startsAt, String endsAt, String room, String access, String coverage,
                       String languages, Map<String, String> titles, List<String> transcripts, List<String> photos,
                       List<String> videos) {

    /** A new item's form, on the given day. */
    static ProgrammeFields blank(String date, List<String> languages) {
        Map<String, String> titles = new LinkedHashMap<>();
        languages.forEach(lang -> titles.put(lang, ""));
        return new ProgrammeFields(null, date, "", "", "", Access.ACCREDITED.name(), Coverage.NONE.name(), "", titles,
                List.of(), List.of(), List.of());
    }

    static ProgrammeFields of(ProgrammeEntry entry, List<String> languages) {
        Map<String, String> titles = new LinkedHashMap<>();
        languages.forEach(lang -> titles.put(lang, entry.titles().getOrDefault(lang, "")));
        entry.titles().forEach(titles::putIfAbsent);
        return new ProgrammeFields(entry.id(), entry.date().toString(), entry.startsAt().toString(),
                entry.endsAt() == null ? "" : entry.endsAt().toString(), entry.room(), entry.access().name(), entry.coverage().name(),
                String.join(", ", entry.languages()), titles, strings(entry.transcripts()), strings(entry.photos()),
                strings(entry.videos()));
    }

    static ProgrammeFields from(Long id, HttpServletRequest request, List<String> languages) {
        Map<String, String> titles = new LinkedHashMap<>();
        languages.forEach(lang -> titles.put(lang, EventFields.value(request, "title." + lang)));
        return new ProgrammeFields(id, EventFields.value(request, "date"), EventFields.value(request, "startsAt"),
                EventFields.value(request, "endsAt"), EventFields.value(request, "room"), EventFields.value(request, "access"),
                EventFields.value(request, "coverage"), EventFields.value(request, "languages"), titles,
                values(request, "transcript"), values(request, "photo"), values(request, "video"));
    }

    /** Dates, times and links that cannot be read, each as a problem beside its field. */
    List<Problem> malformed() {
        List<Problem> problems = new ArrayList<>();
        if (EventFields.date(date) == null && !date.isBlank()) {
            problems.add(Problem.of("date", "backoffice.event.bad-date", date));
        }
        if (time(startsAt) == null && !startsAt.isBlank()) {
            problems.add(Problem.of("startsAt", "backoffice.programme.bad-time", startsAt));
        }
        if (time(endsAt) == null && !endsAt.isBlank()) {
            problems.add(Problem.of("endsAt", "backoffice.programme.bad-time", endsAt));
        }
        for (String field : List.of("transcripts", "photos", "videos")) {
            List<String> ids = field.equals("transcripts") ? transcripts : field.equals("photos") ? photos : videos;
            ids.stream().filter(id -> !id.matches("\\d{1,18}")).forEach(id -> problems.add(Problem.of(field, "editorial.link.missing", id)));
        }
        return problems;
    }

    /** What the editing service takes: the titles written in, the languages as codes in lower case. */
    ProgrammeEntry entry() {
        Map<String, String> written = new LinkedHashMap<>();
        titles.forEach((lang, title) -> {
            if (!title.isBlank()) {
                written.put(lang, title);
            }
        });
        List<String> codes = Arrays.stream(languages.split("[,;\\s]+")).filter(code -> !code.isBlank())
                .map(code -> code.toLowerCase(Locale.ROOT)).distinct().toList();
        return new ProgrammeEntry(id, EventFields.date(date), time(startsAt), time(endsAt), room, choice(Access.class, access),
                choice(Coverage.class, coverage), codes, written, ids(transcripts), ids(photos), ids(videos));
    }

    public boolean links(String kind, long linked) {
        return linked(kind).contains(Long.toString(linked));
    }

    /** The ids of one kind ({@code video}, {@code transcript}, {@code photo}) as sent. */
    List<String> linked(String kind) {
        return switch (kind) {
            case "transcript" -> transcripts;
            case "photo" -> photos;
            default -> videos;
        };
    }

    /** A date or time field's type: a value that cannot be read is shown back in a text field, to be corrected. */
    public String type(String value, String type) {
        boolean readable = value.isBlank() || (type.equals("date") ? EventFields.date(value) != null : time(value) != null);
        return readable ? type : "text";
    }

    private static LocalTime time(String value) {
        try {
            return value == null || value.isBlank() ? null : LocalTime.parse(value.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static <E extends Enum<E>> E choice(Class<E> type, String name) {
        return Arrays.stream(type.getEnumConstants()).filter(constant -> constant.name().equals(name)).findFirst().orElse(null);
    }

    private static List<Long> ids(List<String> values) {
        return values.stream().filter(id -> id.matches("\\d{1,18}")).map(Long::valueOf).distinct().toList();
    }

    private static List<String> strings(List<Long> ids) {
        return ids.stream().map(String::valueOf).toList();
    }

    private static List<String> values(HttpServletRequest request, String name) {
        String[] values = request.getParameterValues(name);
        return values == null ? List.of() : Arrays.asList(values);
    }
}
