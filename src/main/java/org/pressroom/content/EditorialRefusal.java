package org.pressroom.content;

import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;

/**
 * An editorial action refused, with every reason as a message key of {@code messages.properties} and its
 * arguments, so that the page shows each reason translated beside its field.
 */
public class EditorialRefusal extends RuntimeException {

    /**
     * One reason.
     *
     * @param field the field it is about ({@code texts.en.title}, {@code programme[2].day}), or empty for the whole item
     * @param code its message key
     */
    public record Problem(String field, String code, List<Object> arguments) {

        public Problem {
            arguments = List.copyOf(arguments);
        }

        public static Problem of(String field, String code, Object... arguments) {
            return new Problem(field, code, List.of(arguments));
        }

        public String message(MessageSource messages, Locale locale) {
            return messages.getMessage(code, arguments.toArray(), locale);
        }
    }

    private final transient List<Problem> problems;

    public EditorialRefusal(List<Problem> problems) {
        super(problems.stream().map(p -> p.field().isEmpty() ? p.code() : p.field() + ": " + p.code()).toList().toString());
        this.problems = List.copyOf(problems);
    }

    public static EditorialRefusal of(String field, String code, Object... arguments) {
        return new EditorialRefusal(List.of(Problem.of(field, code, arguments)));
    }

    public List<Problem> problems() {
        return problems;
    }

    /** Every reason in the reader's language. */
    public List<String> messages(MessageSource messages, Locale locale) {
        return problems.stream().map(problem -> problem.message(messages, locale)).toList();
    }
}
