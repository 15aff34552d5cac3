package org.pressroom.account;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One of a staff member's ten single-use recovery codes, stored as a salted SHA-256. */
@Entity
@Table(name = "staff_recovery_code")
class RecoveryCode {

    @Id
    private UUID id;
    @Column(name = "account_id")
    private UUID accountId;
    @Column(name = "code_hash")
    private String codeHash;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "used_at")
    private Instant usedAt;

    protected RecoveryCode() {
    }

    RecoveryCode(UUID accountId, String codeHash, Instant now) {
        this.id = UUID.randomUUID();
        this.accountId = accountId;
        this.codeHash = codeHash;
        this.createdAt = now;
    }

    String codeHash() {
        return codeHash;
    }

    void used(Instant now) {
        usedAt = now;
    }
}
