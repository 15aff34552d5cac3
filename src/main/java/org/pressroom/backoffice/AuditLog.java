package org.pressroom.backoffice;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import org.pressroom.account.AccountPrincipal;
import org.pressroom.account.StaffAccounts;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * The audit log of every editorial and administrative action: who, what, on which item, when, and the item
 * before and after as JSON. An entry is written in the transaction of the action it records, so there is no
 * action without its entry and no entry for an action that rolled back.
 * <p>
 * Other modules' editorial events (content's {@code EditorialChange}, media's {@code VideoEdited}) come in through
 * {@code EditorialAudit}.
 */
@Service
class AuditLog {

    /** An entry as the audit page shows it. */
    record Entry(Long id, Instant occurredAt, UUID accountId, String actor, String action, String itemType, String itemId,
                 String before, String after) {
    }

    /** The filters of the audit page; empty strings match everything. */
    record Filter(String action, String itemType, String actor, Instant from, Instant to) {
    }

    private final AuditEntryRepository entries;
    private final JsonMapper json;
    private final Clock clock;

    AuditLog(AuditEntryRepository entries, JsonMapper json, Clock clock) {
        this.entries = entries;
        this.json = json;
        this.clock = clock;
    }

    /** Records an action of the signed-in staff member; must run inside the action's transaction. */
    @Transactional(propagation = Propagation.MANDATORY)
    void record(String action, String itemType, String itemId, Object before, Object after) {
        AccountPrincipal who = StaffAccounts.signedIn().orElse(null);
        record(who == null ? null : who.id(), who == null ? "Pressroom" : who.displayName() + " <" + who.email() + ">",
                action, itemType, itemId, before, after, clock.instant());
    }

    @Transactional(propagation = Propagation.MANDATORY)
    void record(UUID accountId, String actor, String action, String itemType, String itemId, Object before, Object after,
                Instant at) {
        entries.save(new AuditEntry(at, accountId, actor, action, itemType, itemId, toJson(before), toJson(after)));
    }

    @Transactional(readOnly = true)
    Page<Entry> search(Filter filter, int page, int size) {
        return entries.search(filter.action(), filter.itemType(), filter.actor(), filter.from(), filter.to(),
                        PageRequest.of(page, size))
                .map(e -> new Entry(e.id(), e.occurredAt(), e.accountId(), e.actor(), e.action(), e.itemType(), e.itemId(),
                        e.before(), e.after()));
    }

    @Transactional(readOnly = true)
    java.util.List<String> actions() {
        return entries.actions();
    }

    @Transactional(readOnly = true)
    java.util.List<String> itemTypes() {
        return entries.itemTypes();
    }

    /** Objects become JSON; a string is taken as JSON already (as other modules send it). */
    private String toJson(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof String text) {
            return json.readTree(text).toString();
        }
        return json.writeValueAsString(value);
    }
}
