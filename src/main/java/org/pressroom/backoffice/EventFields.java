package org.pressroom.backoffice;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.pressroom.content.EditorialRefusal.Problem;
import org.pressroom.content.EventEditing.EventForm;
import org.pressroom.content.EventEditing.EventVersion;

/**
 * The event form as the editor typed it, every value a string so that a malformed date comes back as it was sent.
 * A language whose fields are all left empty has no version: the event is then not published in that language.
 */
public record EventFields(String startsOn, String endsOn, String timeZone, String country, boolean cancelled,
                   Map<String, EventVersion> versions) {

    private static final EventVersion EMPTY = new EventVersion("", "", "", "", "");

    /** The saved event, with an empty version for each language it lacks. */
    static EventFields of(EventForm form, List<String> languages) {
        return new EventFields(form.startsOn().toString(), form.endsOn().toString(), form.timeZone(), form.country(),
                form.cancelled(), withEveryLanguage(form.versions(), languages));
    }

    /** A new event's form: one day, today in the office's time zone. */
    static EventFields blank(LocalDate today, String timeZone, List<String> languages) {
        return new EventFields(today.toString(), today.toString(), timeZone, "", false, withEveryLanguage(Map.of(), languages));
    }

    static EventFields from(HttpServletRequest request, List<String> languages) {
        Map<String, EventVersion> versions = new LinkedHashMap<>();
        for (String lang : languages) {
            versions.put(lang, new EventVersion(value(request, lang + ".title"), value(request, lang + ".slug"),
                    value(request, lang + ".venue"), value(request, lang + ".city"), value(request, lang + ".description")));
        }
        return new EventFields(value(request, "startsOn"), value(request, "endsOn"), value(request, "timeZone"),
                value(request, "country"), "true".equals(request.getParameter("cancelled")), versions);
    }

    /** The dates that are not dates, each as a problem beside its field. */
    List<Problem> malformed() {
        List<Problem> problems = new ArrayList<>();
        if (date(startsOn) == null && !startsOn.isBlank()) {
            problems.add(Problem.of("startsOn", "backoffice.event.bad-date", startsOn));
        }
        if (date(endsOn) == null && !endsOn.isBlank()) {
            problems.add(Problem.of("endsOn", "backoffice.event.bad-date", endsOn));
        }
        return problems;
    }

    /** What the editing service takes: only the languages written in. */
    EventForm form() {
        Map<String, EventVersion> written = new LinkedHashMap<>();
        versions.forEach((lang, version) -> {
            if (!empty(version)) {
                written.put(lang, version);
            }
        });
        return new EventForm(date(startsOn), date(endsOn), timeZone, country, cancelled, written);
    }

    /** The same fields, with one language's version replaced (a translation started from another). */
    EventFields with(String lang, EventVersion version) {
        Map<String, EventVersion> changed = new LinkedHashMap<>(versions);
        changed.put(lang, version);
        return new EventFields(startsOn, endsOn, timeZone, country, cancelled, changed);
    }

    /** A date field's type: a value that is no date is shown back in a text field, where it can be kept and corrected. */
    public String dateType(String value) {
        return value.isBlank() || date(value) != null ? "date" : "text";
    }

    static boolean empty(EventVersion version) {
        return version.title().isBlank() && version.slug().isBlank() && version.venue().isBlank() && version.city().isBlank()
                && version.description().replaceAll("<[^>]*>", "").replace("&nbsp;", "").isBlank();
    }

    private static Map<String, EventVersion> withEveryLanguage(Map<String, EventVersion> saved, List<String> languages) {
        Map<String, EventVersion> all = new LinkedHashMap<>();
        languages.forEach(lang -> all.put(lang, saved.getOrDefault(lang, EMPTY)));
        saved.forEach(all::putIfAbsent);
        return all;
    }

    static LocalDate date(String value) {
        try {
            return value == null || value.isBlank() ? null : LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    static String value(HttpServletRequest request, String name) {
        String value = request.getParameter(name);
        return value == null ? "" : value;
    }
}
