package org.pressroom.account;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A one-time link: {@code SETUP} creates the first administrator (printed in the log while there is no
 * staff), {@code PASSWORD} lets an invited staff member choose a password. Only a hash of the token is kept.
 */
@Entity
@Table(name = "staff_link")
class StaffLink {

    enum Purpose { SETUP, PASSWORD }

    @Id
    private UUID id;
    @Column(name = "token_hash")
    private String tokenHash;
    @Enumerated(EnumType.STRING)
    private Purpose purpose;
    @Column(name = "account_id")
    private UUID accountId;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "expires_at")
    private Instant expiresAt;
    @Column(name = "used_at")
    private Instant usedAt;

    protected StaffLink() {
    }

    StaffLink(String tokenHash, Purpose purpose, UUID accountId, Instant now, Instant expiresAt) {
        this.id = UUID.randomUUID();
        this.tokenHash = tokenHash;
        this.purpose = purpose;
        this.accountId = accountId;
        this.createdAt = now;
        this.expiresAt = expiresAt;
    }

    boolean isLive(Instant now) {
        return usedAt == null && now.isBefore(expiresAt);
    }

    void used(Instant now) {
        usedAt = now;
    }

    Purpose purpose() {
        return purpose;
    }

    UUID accountId() {
        return accountId;
    }
}
