package org.pressroom.backoffice;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import org.pressroom.account.StaffAccounts;
import org.pressroom.account.StaffInvitation;
import org.pressroom.account.StaffMember;
import org.pressroom.account.StaffRole;
import org.pressroom.mail.MailOutbox;
import org.pressroom.site.SiteSettings;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** An administrator's changes to staff, each with its audit entry in the same transaction. */
@Service
class StaffAdministration {

    private final StaffAccounts staff;
    private final AuditLog audit;
    private final MailOutbox mail;
    private final MessageSource messages;
    private final SiteSettings settings;
    private final BackofficeProperties properties;

    StaffAdministration(StaffAccounts staff, AuditLog audit, MailOutbox mail, MessageSource messages, SiteSettings settings,
                        BackofficeProperties properties) {
        this.staff = staff;
        this.audit = audit;
        this.mail = mail;
        this.messages = messages;
        this.settings = settings;
        this.properties = properties;
    }

    /** Invites someone with a role: the invitation (with a password link when needed) goes through the outbox. */
    @Transactional
    StaffInvitation invite(String email, String firstName, String lastName, StaffRole role, Locale locale, UUID by) {
        Object before = snapshot(staff.staff().stream().filter(m -> m.email().equalsIgnoreCase(email.strip())).findFirst()
                .map(StaffMember::id).orElse(null));
        StaffInvitation invitation = staff.invite(email, firstName.strip(), lastName.strip(), locale.getLanguage(), role, by,
                properties.invitationLifetime());
        String link = invitation.token() == null ? null : settings.current().absolute("/admin/password?token=" + invitation.token());
        mail.send(Invitations.mail(invitation.email(), link, locale, messages, settings.current()));
        audit.record("staff.invited", "staff", invitation.accountId().toString(), before, snapshot(invitation.accountId()));
        return invitation;
    }

    @Transactional
    StaffAccounts.Change grant(UUID accountId, StaffRole role, UUID by) {
        Object before = snapshot(accountId);
        StaffAccounts.Change change = staff.grant(accountId, role, by);
        if (change == StaffAccounts.Change.DONE) {
            audit.record("staff.role-granted", "staff", accountId.toString(), before, snapshot(accountId));
        }
        return change;
    }

    @Transactional
    StaffAccounts.Change revoke(UUID accountId, StaffRole role, UUID by) {
        Object before = snapshot(accountId);
        StaffAccounts.Change change = staff.revoke(accountId, role, by);
        if (change == StaffAccounts.Change.DONE) {
            audit.record("staff.role-removed", "staff", accountId.toString(), before, snapshot(accountId));
        }
        return change;
    }

    @Transactional
    StaffAccounts.Change resetSecondFactor(UUID accountId) {
        Object before = snapshot(accountId);
        StaffAccounts.Change change = staff.resetSecondFactor(accountId);
        if (change == StaffAccounts.Change.DONE) {
            audit.record("staff.second-factor-reset", "staff", accountId.toString(), before, snapshot(accountId));
        }
        return change;
    }

    /** What the audit log keeps of a staff member: address, roles, whether they can sign in and are enrolled. */
    private Map<String, Object> snapshot(UUID accountId) {
        if (accountId == null) {
            return null;
        }
        return staff.member(accountId).<Map<String, Object>>map(member -> {
            Set<String> roles = new TreeSet<>();
            member.roles().forEach(role -> roles.add(role.name()));
            return Map.of("email", member.email(), "roles", roles, "active", member.active(), "enrolled", member.enrolled());
        }).orElse(Map.of("roles", Set.of()));
    }
}
