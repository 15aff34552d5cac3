package org.pressroom.backoffice;

import java.util.UUID;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import org.pressroom.account.AccountPrincipal;
import org.pressroom.account.StaffAccounts;
import org.pressroom.content.EditorialChange;
import org.pressroom.media.VideoEdited;

/**
 * Writes other modules' editorial events into the audit log, in the transaction that made the change: content's
 * saves and workflow moves (scheduled jobs included, as "Pressroom"), and a video's details or shot list.
 */
@Component
class EditorialAudit {

    private final AuditLog audit;

    EditorialAudit(AuditLog audit) {
        this.audit = audit;
    }

    @EventListener
    void contentChanged(EditorialChange change) {
        audit.record(change.accountId(), actor(change.accountId()), change.itemType() + "." + change.action(), change.itemType(),
                change.itemId(), change.before(), change.after(), change.at());
    }

    @EventListener
    void videoEdited(VideoEdited edited) {
        audit.record(edited.accountId(), actor(edited.accountId()), edited.action(), "video", String.valueOf(edited.videoId()),
                edited.before(), edited.after(), edited.at());
    }

    /** The signed-in staff member when they made the change, as the audit page names people; else the account id. */
    private static String actor(UUID accountId) {
        if (accountId == null) {
            return "Pressroom";
        }
        return StaffAccounts.signedIn().filter(who -> accountId.equals(who.id()))
                .map(EditorialAudit::name).orElse(accountId.toString());
    }

    private static String name(AccountPrincipal who) {
        return who.displayName() + " <" + who.email() + ">";
    }
}
