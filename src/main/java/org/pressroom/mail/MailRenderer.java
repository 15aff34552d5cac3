package org.pressroom.mail;

import java.util.HashMap;
import java.util.Map;

import org.pressroom.site.SiteProperties;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/** Renders a mail's subject, text and HTML parts in the reader's language from {@code templates/mail/email/}. */
@Component
class MailRenderer {

    private final ITemplateEngine templates;
    private final MessageSource messages;
    private final SiteProperties site;

    MailRenderer(ITemplateEngine templates, MessageSource messages, SiteProperties site) {
        this.templates = templates;
        this.messages = messages;
        this.site = site;
    }

    RenderedMail render(OutgoingMail mail) {
        Map<String, Object> variables = new HashMap<>(mail.model());
        variables.put("site", site);
        variables.put("siteName", site.name(mail.locale()));
        variables.put("baseUrl", site.baseUrl().toString().replaceAll("/+$", ""));
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
