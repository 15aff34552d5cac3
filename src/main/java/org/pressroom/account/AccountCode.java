package org.pressroom.account;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A 6-digit code e-mailed to an account holder, stored only as a salted hash. */
@Entity
@Table(name = "account_code")
class AccountCode {

    @Id
    private UUID id;
    @Column(name = "account_id")
    private UUID accountId;
    @Enumerated(EnumType.STRING)
    private CodePurpose purpose;
    @Column(name = "code_hash")
    private String codeHash;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "expires_at")
    private Instant expiresAt;
    @Column(name = "failed_attempts")
    private int failedAttempts;
    @Column(name = "used_at")
    private Instant usedAt;
    @Column(name = "revoked_at")
    private Instant revokedAt;

    protected AccountCode() {
    }

    AccountCode(UUID id, UUID accountId, CodePurpose purpose, String codeHash, Instant createdAt, Instant expiresAt) {
        this.id = id;
        this.accountId = accountId;
        this.purpose = purpose;
        this.codeHash = codeHash;
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
    }

    boolean isLive(Instant now, int maxAttempts) {
        return usedAt == null && revokedAt == null && now.isBefore(expiresAt) && failedAttempts < maxAttempts;
    }

    void revoke(Instant now) {
        revokedAt = now;
    }

    UUID id() {
        return id;
    }

    UUID accountId() {
        return accountId;
    }

    String codeHash() {
        return codeHash;
    }

    Instant createdAt() {
        return createdAt;
    }

    Instant expiresAt() {
        return expiresAt;
    }
}
