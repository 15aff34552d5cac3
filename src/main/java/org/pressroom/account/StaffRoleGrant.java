package org.pressroom.account;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A role given to an account; removing it keeps the row, with when and by whom. */
@Entity
@Table(name = "staff_role")
class StaffRoleGrant {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "account_id")
    private UUID accountId;
    @Enumerated(EnumType.STRING)
    private StaffRole role;
    @Column(name = "granted_at")
    private Instant grantedAt;
    @Column(name = "granted_by")
    private UUID grantedBy;
    @Column(name = "revoked_at")
    private Instant revokedAt;
    @Column(name = "revoked_by")
    private UUID revokedBy;

    protected StaffRoleGrant() {
    }

    StaffRoleGrant(UUID accountId, StaffRole role, Instant now, UUID by) {
        this.accountId = accountId;
        this.role = role;
        this.grantedAt = now;
        this.grantedBy = by;
    }

    void revoke(Instant now, UUID by) {
        revokedAt = now;
        revokedBy = by;
    }

    UUID accountId() {
        return accountId;
    }

    StaffRole role() {
        return role;
    }

    Instant grantedAt() {
        return grantedAt;
    }
}
