package org.pressroom.backoffice;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.pressroom.content.EditorialRefusal.Problem;
import org.pressroom.site.SiteLanguages;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The reasons a form of the event page was refused, in words: each beside its field, and all in the summary on top,
 * named by the field's label and linked to it ({@code #event-versions-en-title}, {@code #item-titles-en}). A reason
 * about the whole item or language versions in general goes to the first language's title.
 */
@Component
class FormProblems {

    /** A field's reasons, and the summary. */
    public record Problems(Map<String, List<String>> byField, List<Summary> summary) {

        static final Problems NONE = new Problems(Map.of(), List.of());

        public boolean any() {
            return !summary.isEmpty();
        }
    }

    /** One line of the summary; {@code anchor} is the field's id, or null for a reason about the whole item. */
    public record Summary(String anchor, String text) {
    }

    private final MessageSource messages;
    private final SiteLanguages languages;

    FormProblems(MessageSource messages, SiteLanguages languages) {
        this.messages = messages;
        this.languages = languages;
    }

    Problems event(List<Problem> problems, Locale locale) {
        return problems(problems, "event", "backoffice.event.field.", locale);
    }

    Problems item(List<Problem> problems, Locale locale) {
        return problems(problems, "item", "backoffice.programme.field.", locale);
    }

    private Problems problems(List<Problem> problems, String form, String labels, Locale locale) {
        Map<String, List<String>> byField = new LinkedHashMap<>();
        List<Summary> summary = new ArrayList<>();
        String first = languages.defaultLocale().getLanguage();
        for (Problem problem : problems) {
            String field = switch (problem.field()) {
                case "versions" -> "versions." + first + ".title";
                case "titles" -> "titles." + first;
                case "id", "order", "day" -> "";
                default -> problem.field().endsWith(".lang") ? problem.field().replace(".lang", ".title") : problem.field();
            };
            String text = problem.message(messages, locale);
            byField.computeIfAbsent(field, f -> new ArrayList<>()).add(text);
            summary.add(new Summary(field.isEmpty() ? null : form + "-" + field.replace('.', '-'),
                    field.isEmpty() ? text : label(field, labels, locale) + ": " + text));
        }
        return new Problems(byField, summary);
    }

    private String label(String field, String labels, Locale locale) {
        String[] parts = field.split("\\.");
        if (parts[0].equals("versions") && parts.length == 3) {
            return messages.getMessage(labels + parts[2], null, parts[2], locale) + " (" + EventEditPage.name(parts[1], locale) + ")";
        }
        if (parts[0].equals("titles") && parts.length == 2) {
            return messages.getMessage(labels + "titles", null, "titles", locale) + " (" + EventEditPage.name(parts[1], locale) + ")";
        }
        return messages.getMessage(labels + parts[0], null, parts[0], locale);
    }
}
