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

/** One entry of the authentication audit log. Never holds a code, a password or an e-mail address. */
@Entity
@Table(name = "auth_event")
class AuthEvent {

    enum Type {
        REGISTERED, REGISTRATION_REPEATED, CODE_SENT, CODE_REFUSED, VERIFIED, LOGIN_OK, LOGIN_FAILED, LOGIN_THROTTLED,
        LOGOUT, RESET_REQUESTED, RESET_COMPLETED, PASSWORD_CHANGED, PROFILE_CHANGED, EMAIL_CHANGE_REQUESTED, EMAIL_CHANGED,
        DELETED, RATE_LIMITED, TERMS_ACCEPTED,
        // Staff: the password step, the second factor, recovery codes, one-time links and roles.
        STAFF_PASSWORD_OK, SECOND_FACTOR_ENROLLED, SECOND_FACTOR_OK, SECOND_FACTOR_FAILED, SECOND_FACTOR_REUSED,
        SECOND_FACTOR_THROTTLED, SECOND_FACTOR_RESET, RECOVERY_CODE_USED, RECOVERY_CODES_RENEWED, STAFF_SIGNED_OUT,
        STAFF_SETUP, STAFF_INVITED, STAFF_PASSWORD_SET, STAFF_LINK_REFUSED, ROLE_GRANTED, ROLE_REVOKED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "occurred_at")
    private Instant occurredAt;
    @Enumerated(EnumType.STRING)
    private Type type;
    @Column(name = "account_id")
    private UUID accountId;

    UUID accountId() {
        return accountId;
    }

    Instant occurredAt() {
        return occurredAt;
    }

    Type type() {
        return type;
    }

    String ip() {
        return ip;
    }

    /** Audit entries outlive a deleted account, without what identifies a person. */
    void forgetPerson() {
        ip = null;
        userAgent = null;
    }
    private String ip;
    @Column(name = "user_agent")
    private String userAgent;

    protected AuthEvent() {
    }

    AuthEvent(Instant occurredAt, Type type, UUID accountId, String ip, String userAgent) {
        this.occurredAt = occurredAt;
        this.type = type;
        this.accountId = accountId;
        this.ip = ip;
        this.userAgent = userAgent == null ? null : userAgent.substring(0, Math.min(userAgent.length(), 500));
    }
}
