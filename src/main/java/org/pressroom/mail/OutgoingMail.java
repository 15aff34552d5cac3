package org.pressroom.mail;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * An e-mail to send: who gets it, in which language, which template renders it and with what.
 *
 * @param recipient the address it goes to
 * @param locale the reader's language; templates and subject are rendered in it
 * @param template the template name under {@code templates/mail/email/}, with {@code .html} and {@code .txt} variants
 *                 and a subject in the messages under {@code mail.<template>.subject}
 * @param model the values the template shows
 * @param subjectArguments the values put into the subject's placeholders
 */
public record OutgoingMail(String recipient, Locale locale, String template, Map<String, Object> model,
                           List<Object> subjectArguments) {

    public OutgoingMail {
        Objects.requireNonNull(recipient, "recipient");
        Objects.requireNonNull(locale, "locale");
        Objects.requireNonNull(template, "template");
        model = Map.copyOf(model);
        subjectArguments = List.copyOf(subjectArguments);
    }

    public OutgoingMail(String recipient, Locale locale, String template, Map<String, Object> model) {
        this(recipient, locale, template, model, List.of());
    }
}
