package org.pressroom.backoffice;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One editorial or administrative action. Entries are only ever added. */
@Entity
@Table(name = "audit_entry")
class AuditEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "occurred_at")
    private Instant occurredAt;
    @Column(name = "account_id")
    private UUID accountId;
    private String actor;
    private String action;
    @Column(name = "item_type")
    private String itemType;
    @Column(name = "item_id")
    private String itemId;
    @JdbcTypeCode(SqlTypes.JSON)
    private String before;
    @JdbcTypeCode(SqlTypes.JSON)
    private String after;

    protected AuditEntry() {
    }

    AuditEntry(Instant occurredAt, UUID accountId, String actor, String action, String itemType, String itemId,
               String before, String after) {
        this.occurredAt = occurredAt;
        this.accountId = accountId;
        this.actor = actor;
        this.action = action;
        this.itemType = itemType;
        this.itemId = itemId;
        this.before = before;
        this.after = after;
    }

    Long id() {
        return id;
    }

    Instant occurredAt() {
        return occurredAt;
    }

    UUID accountId() {
        return accountId;
    }

    String actor() {
        return actor;
    }

    String action() {
        return action;
    }

    String itemType() {
        return itemType;
    }

    String itemId() {
        return itemId;
    }

    String before() {
        return before;
    }

    String after() {
        return after;
    }
}
