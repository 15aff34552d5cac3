package org.pressroom.backoffice;

import java.util.Locale;

import org.pressroom.account.StaffAccounts;
import org.pressroom.account.StaffInvitation;
import org.pressroom.account.StaffRole;
import org.pressroom.mail.MailOutbox;
import org.pressroom.site.SiteLanguages;
import org.pressroom.site.SiteSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The first administrator, at start while no account holds a role. There is no default password: either the
 * configured address ({@code pressroom.backoffice.first-admin}) is made administrator and gets a link to choose
 * a password (e-mailed and printed in the log), or a one-time setup link is printed in the log, which creates
 * the first administrator. Links work once, expire, and are stored only as hashes.
 */
@Component
class FirstAdmin {

    private static final Logger log = LoggerFactory.getLogger(FirstAdmin.class);

    private final StaffAccounts staff;
    private final BackofficeProperties properties;
    private final SiteSettings settings;
    private final SiteLanguages languages;
    private final MailOutbox mail;
    private final MessageSource messages;
    private final TransactionTemplate transaction;

    FirstAdmin(StaffAccounts staff, BackofficeProperties properties, SiteSettings settings, SiteLanguages languages,
               MailOutbox mail, MessageSource messages, TransactionTemplate transaction) {
        this.staff = staff;
        this.properties = properties;
        this.settings = settings;
        this.languages = languages;
        this.mail = mail;
        this.messages = messages;
        this.transaction = transaction;
    }

    /** "24 hours", "90 minutes": how long a link works, as the log says it. */
    static String spoken(java.time.Duration lifetime) {
        return lifetime.toMinutesPart() == 0 && lifetime.toHours() > 0 ? lifetime.toHours() + " hours" : lifetime.toMinutes() + " minutes";
    }

    @EventListener(ApplicationReadyEvent.class)
    void whenNoStaffExists() {
        if (staff.anyStaff()) {
            return;
        }
        String configured = properties.firstAdmin() == null ? "" : properties.firstAdmin().strip();
        if (configured.isEmpty()) {
            String token = staff.issueSetupLink(properties.setupLinkLifetime());
            log.warn("Pressroom has no staff yet. Create the first administrator with this link, which works once, within {}: {}",
                    spoken(properties.setupLinkLifetime()), settings.current().absolute("/admin/setup?token=" + token));
            return;
        }
        transaction.executeWithoutResult(status -> {
            Locale locale = languages.defaultLocale();
            StaffInvitation invitation = staff.invite(configured, "", "", locale.getLanguage(), StaffRole.ADMIN, null,
                    properties.setupLinkLifetime());
            if (invitation.token() == null) {
                log.warn("Pressroom made {} its first administrator (pressroom.backoffice.first-admin); sign in at {}",
                        configured, settings.current().absolute("/admin/sign-in"));
                return;
            }
            String link = settings.current().absolute("/admin/password?token=" + invitation.token());
            mail.send(Invitations.mail(invitation.email(), link, locale, messages, settings.current()));
            log.warn("Pressroom made {} its first administrator (pressroom.backoffice.first-admin). The password is chosen with this link, e-mailed to that address, which works once, within {}: {}",
                    configured, spoken(properties.setupLinkLifetime()), link);
        });
    }
}
