package org.pressroom.content;

import java.util.UUID;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import jakarta.persistence.EntityManager;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Finds an editorial item by its {@link ContentItem}, and records each save of one: flushed first (so that a save
 * over someone else's is refused before anything is kept), then kept as a revision, then told to the audit log as
 * an {@link EditorialChange}, all in the caller's transaction.
 */
@Component
class EditorialItems {

    private final EntityManager entities;
    private final ItemSnapshots snapshots;
    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    EditorialItems(EntityManager entities, ItemSnapshots snapshots, JdbcClient jdbc, ApplicationEventPublisher events, Clock clock) {
        this.entities = entities;
        this.snapshots = snapshots;
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
    }

    Optional<Publishable> find(ContentItem item) {
        Class<? extends Publishable> type = switch (item.kind()) {
            case ARTICLE -> Article.class;
            case EVENT -> Event.class;
            case TRANSCRIPT -> Transcript.class;
            case PHOTO -> Photo.class;
            case GALLERY -> Gallery.class;
        };
        return Optional.ofNullable(entities.find(type, item.id()));
    }

    Publishable get(ContentItem item) {
        return find(item).orElseThrow(() -> EditorialRefusal.of("", "editorial.missing", item.key()));
    }

    static ContentItem itemOf(Publishable item) {
        return new ContentItem(item.kind(), item.itemId());
    }

    ItemState state(Publishable item) {
        Instant now = clock.instant();
        return new ItemState(itemOf(item), item.status, item.publishedAt, item.embargoUntil, item.updatedAt, item.version,
                item.isPublicAt(now));
    }

    String snapshot(Publishable item) {
        return snapshots.json(item);
    }

    /**
     * Keeps the item as it now is as its next revision and publishes the change.
     *
     * @param before the item's snapshot before the change, or null for a new item
     * @return the item's state after the save
     */
    ItemState saved(Publishable item, String action, UUID accountId, String before) {
        entities.flush();
        ContentItem key = itemOf(item);
        String after = snapshots.json(item);
        Instant now = clock.instant();
        // One writer at a time per item numbers its revisions; the lock ends with the transaction.
        jdbc.sql("select 1 from (select pg_advisory_xact_lock(hashtext(:key))) locked").param("key", "revision:" + key.key())
                .query(Integer.class).single();
        int number = jdbc.sql("select coalesce(max(number), 0) + 1 from item_revision where item_type = :type and item_id = :id")
                .param("type", key.kind().code()).param("id", key.id()).query(Integer.class).single();
        jdbc.sql("insert into item_revision (item_type, item_id, number, action, account_id, snapshot, created_at)"
                        + " values (:type, :id, :number, :action, :account, cast(:snapshot as jsonb), :at)")
                .param("type", key.kind().code()).param("id", key.id()).param("number", number).param("action", action)
                .param("account", accountId).param("snapshot", after).param("at", java.sql.Timestamp.from(now)).update();
        events.publishEvent(new EditorialChange(accountId, action, key.kind().code(), String.valueOf(key.id()), before, after, now));
        return state(item);
    }
}
