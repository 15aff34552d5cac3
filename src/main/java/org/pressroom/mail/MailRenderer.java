package org.pressroom.mail;

import java.util.HashMap;
import java.util.Map;

import org.pressroom.site.SiteSettings;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/** Renders a mail's subject, text and HTML parts in the reader's language from {@code templates/mail/email/}. */
@Component
class MailRenderer {

    private final ITemplateEngine templates;
    private final MessageSource messages;
    private final SiteSettings settings;

    MailRenderer(ITemplateEngine templates, MessageSource messages, SiteSettings settings) {
        this.templates = templates;
        this.messages = messages;
        this.settings = settings;
    }

    RenderedMail render(OutgoingMail mail) {
        Map<String, Object> variables = new HashMap<>(mail.model());
        variables.put("site", settings.current());
        variables.put("siteName", settings.current().name(mail.locale()));
        variables.put("baseUrl", settings.current().baseUrl().toString().replaceAll("/+$", ""));
        Context context = new Context(mail.locale(), variables);
        String name = "mail/email/" + mail.template();
        String subject = messages.getMessage("mail." + mail.template() + ".subject",
                mail.subjectArguments().toArray(), mail.locale());
        context.setVariable("subject", subject);
        String html = templates.process(name, context);
        String text = templates.process(name + ".txt", context);
        return new RenderedMail(subject, text, html);
    }
}
