package org.pressroom.content;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import org.pressroom.media.VideoReleased;
import org.springframework.context.event.EventListener;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A number that changes whenever what the public sees may have changed: at once when this node saves
 * content, and within a second when another node does or when a publication time passes or an embargo lifts. The
 * shared revision (raised by {@link ContentChangeListener} in every transaction that changes content) and
 * the newest publication time come due are read from the database at most once a second, and only while
 * pages are being asked for.
 */
@Component
class ContentVersion {

    private static final Duration POLL = Duration.ofSeconds(1);

    private final JdbcClient jdbc;
    private final Clock clock;
    private final AtomicLong generation = new AtomicLong();
    private final AtomicLong nextPoll = new AtomicLong();
    private final AtomicReference<String> newest = new AtomicReference<>();

    ContentVersion(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    long current() {
        long now = clock.millis();
        long due = nextPoll.get();
        if (now >= due && nextPoll.compareAndSet(due, now + POLL.toMillis())) {
            String seen = newestChange(clock.instant());
            String before = newest.getAndSet(seen);
            if (!Objects.equals(before, seen)) {
                generation.incrementAndGet();
            }
        }
        return generation.get();
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void changed(ContentChanged event) {
        renew();
    }

    /** A video's embargo moved: pages showing it (an event's programme) change, on every node once this commits. */
    @EventListener
    void videoReleased(VideoReleased event) {
        jdbc.sql("update content_revision set revision = revision + 1 where id = 1").update();
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void videoReleasedCommitted(VideoReleased event) {
        renew();
    }

    /** The organisation's name, address or colours changed: every page shows them. */
    @EventListener
    void siteSettingsChanged(org.pressroom.site.SiteSettings.Changed event) {
        jdbc.sql("update content_revision set revision = revision + 1 where id = 1").update();
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void siteSettingsCommitted(org.pressroom.site.SiteSettings.Changed event) {
        renew();
    }

    /** Every page rendered before now is out of date. */
    void renew() {
        generation.incrementAndGet();
        nextPoll.set(0);
    }

    /** The shared revision and the newest publication time or embargo end come due, together. */
    private String newestChange(Instant now) {
        StringBuilder sql = new StringBuilder("select (select revision from content_revision where id = 1) || '/' || coalesce(greatest(");
        String[] tables = {"article", "event", "transcript", "photo", "gallery"};
        for (int i = 0; i < tables.length; i++) {
            sql.append(i == 0 ? "" : ", ").append("(select max(published_at) from ").append(tables[i])
                    .append(" where published_at <= :now), (select max(embargo_until) from ").append(tables[i])
                    .append(" where embargo_until <= :now)");
        }
        sql.append(")::text, '')");
        return jdbc.sql(sql.toString()).param("now", Timestamp.from(now)).query(String.class).single();
    }
}
