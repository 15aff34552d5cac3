package org.pressroom.content;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.pressroom.MutableClock;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.context.event.EventListener;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * What the editorial tests share (one application for all of them): a clock they move, and a record of every
 * {@link EditorialChange} with whether it came inside a transaction.
 */
@TestConfiguration
class EditorialTestSupport {

    static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");

    /** An editorial change as the audit log would receive it. */
    record Heard(EditorialChange change, boolean inTransaction) {
    }

    static class AuditEar {
        final List<Heard> heard = new CopyOnWriteArrayList<>();

        @EventListener
        void on(EditorialChange change) {
            heard.add(new Heard(change, TransactionSynchronizationManager.isActualTransactionActive()));
        }

        List<Heard> about(ContentItem item) {
            return heard.stream().filter(h -> h.change().itemType().equals(item.kind().code())
                    && h.change().itemId().equals(String.valueOf(item.id()))).toList();
        }
    }

    @Bean
    @Primary
    MutableClock editorialClock() {
        return new MutableClock(NOW);
    }

    @Bean
    AuditEar auditEar() {
        return new AuditEar();
    }
}
