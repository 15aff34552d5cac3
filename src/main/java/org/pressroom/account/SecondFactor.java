package org.pressroom.account;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A staff member's TOTP secret, the last time step a code was accepted for (a code is never accepted twice,
 * nor one older than the last), and the throttle on wrong codes.
 */
@Entity
@Table(name = "staff_second_factor")
class SecondFactor {

    @Id
    @Column(name = "account_id")
    private UUID accountId;
    private String secret;
    @Column(name = "enrolled_at")
    private Instant enrolledAt;
    @Column(name = "last_step")
    private long lastStep;
    @Column(name = "failed_codes")
    private int failedCodes;
    @Column(name = "locked_until")
    private Instant lockedUntil;

    protected SecondFactor() {
    }

    SecondFactor(UUID accountId, String secret, Instant now, long step) {
        this.accountId = accountId;
        this.secret = secret;
        this.enrolledAt = now;
        this.lastStep = step;
    }

    String secret() {
        return secret;
    }

    long lastStep() {
        return lastStep;
    }

    Instant enrolledAt() {
        return enrolledAt;
    }

    boolean isLocked(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    void accepted(long step) {
        lastStep = step;
        failedCodes = 0;
        lockedUntil = null;
    }

    void recoveryUsed() {
        failedCodes = 0;
        lockedUntil = null;
    }

    /** A wrong code: from the n-th in a row on, each further try waits twice as long, up to the ceiling. */
    void refused(Instant now, int freeFailures, Duration ceiling) {
        failedCodes++;
        if (failedCodes >= freeFailures) {
            int doublings = Math.min(failedCodes - freeFailures, 20);
            Duration delay = Duration.ofSeconds(30L << doublings);
            lockedUntil = now.plus(delay.compareTo(ceiling) > 0 ? ceiling : delay);
        }
    }
}
