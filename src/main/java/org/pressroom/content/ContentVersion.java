package org.pressroom.content;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A number that changes whenever what the public sees may have changed: at once when this node
 * publishes, and within a second when another node does or when a scheduled publication time passes
 * (the newest change and the newest publication time come due are read from the database, at most once a
 * second and only while pages are being asked for).
 */
@Component
class ContentVersion {

    private static final Duration POLL = Duration.ofSeconds(1);

    private final JdbcClient jdbc;
    private final Clock clock;
    private final AtomicLong generation = new AtomicLong();
    private final AtomicLong nextPoll = new AtomicLong();
    private final AtomicReference<Instant> newest = new AtomicReference<>();

    ContentVersion(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    long current() {
        long now = clock.millis();
        long due = nextPoll.get();
        if (now >= due && nextPoll.compareAndSet(due, now + POLL.toMillis())) {
            Instant seen = newestChange(clock.instant());
            Instant before = newest.getAndSet(seen);
            if (!Objects.equals(before, seen)) {
                generation.incrementAndGet();
            }
        }
        return generation.get();
    }

    @EventListener
    void changed(ContentChanged event) {
        renew();
    }

    /** Every page rendered before now is out of date. */
    void renew() {
        generation.incrementAndGet();
        nextPoll.set(0);
    }

    private Instant newestChange(Instant now) {
        StringBuilder sql = new StringBuilder("select greatest(");
        String[] tables = {"article", "event", "transcript", "photo", "gallery"};
        for (int i = 0; i < tables.length; i++) {
            sql.append(i == 0 ? "" : ", ")
                    .append("(select max(updated_at) from ").append(tables[i]).append("), ")
                    .append("(select max(published_at) from ").append(tables[i]).append(" where published_at <= :now)");
        }
        sql.append(")");
        Timestamp found = jdbc.sql(sql.toString()).param("now", Timestamp.from(now)).query(Timestamp.class).optional().orElse(null);
        return found == null ? Instant.EPOCH : found.toInstant();
    }
}
