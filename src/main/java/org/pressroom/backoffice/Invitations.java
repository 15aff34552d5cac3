package org.pressroom.backoffice;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.pressroom.mail.OutgoingMail;
import org.pressroom.site.SiteProperties;
import org.springframework.context.MessageSource;

/** The e-mail that invites a staff member: a button to choose a password, or to sign in when they have one. */
final class Invitations {

    private Invitations() {
    }

    static OutgoingMail mail(String to, String passwordLink, Locale locale, MessageSource messages, SiteProperties site) {
        String siteName = site.name(locale);
        String heading = messages.getMessage("mail.staff-invitation.heading", new Object[] {siteName}, locale);
        boolean choosePassword = passwordLink != null;
        String text = messages.getMessage(choosePassword ? "mail.staff-invitation.text" : "mail.staff-invitation.text-existing",
                null, locale);
        return new OutgoingMail(to, locale, "notice", Map.of(
                "heading", heading,
                "paragraphs", List.of(text, messages.getMessage("mail.account.not-you", null, locale)),
                "actionUrl", choosePassword ? passwordLink : site.absolute("/admin/sign-in"),
                "actionLabel", messages.getMessage(choosePassword ? "mail.staff-invitation.action"
                        : "mail.staff-invitation.action-existing", null, locale)),
                List.of(heading));
    }
}
