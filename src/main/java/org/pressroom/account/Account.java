package org.pressroom.account;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A journalist's or broadcaster's multimedia account. */
@Entity
@Table(name = "account")
class Account {

    enum Status { UNVERIFIED, VERIFIED, DELETED }

    @Id
    private UUID id;
    private String email;
    @Column(name = "email_key")
    private String emailKey;
    @Column(name = "password_hash")
    private String passwordHash;
    @Column(name = "first_name")
    private String firstName;
    @Column(name = "last_name")
    private String lastName;
    private String organisation;
    @Enumerated(EnumType.STRING)
    @Column(name = "media_kind")
    private MediaKind mediaKind;
    private String country;
    private String language;
    @Column(name = "terms_version")
    private String termsVersion;
    @Column(name = "terms_accepted_at")
    private Instant termsAcceptedAt;
    @Enumerated(EnumType.STRING)
    private Status status;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "verified_at")
    private Instant verifiedAt;
    @Column(name = "password_changed_at")
    private Instant passwordChangedAt;
    @Column(name = "failed_logins")
    private int failedLogins;
    @Column(name = "locked_until")
    private Instant lockedUntil;
    @Column(name = "pending_email")
    private String pendingEmail;
    @Column(name = "deleted_at")
    private Instant deletedAt;
    @Version
    private long version;

    protected Account() {
    }

    Account(UUID id, Registration registration, String passwordHash, String termsVersion, Instant now) {
        this.id = id;
        this.status = Status.UNVERIFIED;
        this.createdAt = now;
        update(registration, passwordHash, termsVersion, now);
    }

    /** An unverified account registered again: the newest details win, since only the inbox owner can verify. */
    void update(Registration registration, String passwordHash, String termsVersion, Instant now) {
        this.email = registration.email();
        this.emailKey = EmailAddress.key(registration.email());
        this.passwordHash = passwordHash;
        this.firstName = registration.firstName();
        this.lastName = registration.lastName();
        this.organisation = registration.organisation();
        this.mediaKind = registration.mediaKind();
        this.country = registration.country();
        this.language = registration.language();
        this.termsVersion = termsVersion;
        this.termsAcceptedAt = now;
        this.passwordChangedAt = now;
    }

    void profile(String firstName, String lastName, String organisation, MediaKind mediaKind, String country) {
        this.firstName = firstName;
        this.lastName = lastName;
        this.organisation = organisation;
        this.mediaKind = mediaKind;
        this.country = country;
    }

    void emailChangeRequested(String newEmail) {
        pendingEmail = newEmail;
    }

    /** The new address, proven by its code, replaces the old one. */
    void emailChanged() {
        email = pendingEmail;
        emailKey = EmailAddress.key(pendingEmail);
        pendingEmail = null;
    }

    /** Deletion erases every personal detail; the row stays so that audit entries still point somewhere. */
    void erase(String unusableHash, Instant now) {
        email = "deleted-" + id + "@invalid";
        emailKey = "deleted:" + id;
        pendingEmail = null;
        passwordHash = unusableHash;
        firstName = "";
        lastName = "";
        organisation = "";
        country = "";
        status = Status.DELETED;
        deletedAt = now;
    }

    /** The account accepted another version of the terms of use (the last accepted is the one kept). */
    void termsAccepted(String version, Instant now) {
        termsVersion = version;
        termsAcceptedAt = now;
    }

    void verified(Instant now) {
        status = Status.VERIFIED;
        verifiedAt = now;
    }

    void passwordChanged(String newHash, Instant now) {
        passwordHash = newHash;
        passwordChangedAt = now;
        failedLogins = 0;
        lockedUntil = null;
    }

    /** An invited staff member chose their password through the e-mailed link, which also proves the address. */
    void passwordSetByLink(String newHash, Instant now) {
        passwordChanged(newHash, now);
        if (status == Status.UNVERIFIED) {
            verified(now);
        }
    }

    void named(String firstName, String lastName) {
        this.firstName = firstName;
        this.lastName = lastName;
    }

    boolean isDeleted() {
        return status == Status.DELETED;
    }

    void rehashed(String newHash) {
        passwordHash = newHash;
    }

    /** A failed log-in: from the n-th failure on, each further try waits twice as long, up to the ceiling. */
    void loginFailed(Instant now, int freeFailures, Duration ceiling) {
        failedLogins++;
        if (failedLogins >= freeFailures) {
            int doublings = Math.min(failedLogins - freeFailures, 20);
            Duration delay = Duration.ofSeconds(1L << doublings).multipliedBy(15);
            lockedUntil = now.plus(delay.compareTo(ceiling) > 0 ? ceiling : delay);
        }
    }

    void loginSucceeded() {
        failedLogins = 0;
        lockedUntil = null;
    }

    boolean isLocked(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    boolean isVerified() {
        return status == Status.VERIFIED;
    }

    String pendingEmail() {
        return pendingEmail;
    }

    String organisation() {
        return organisation;
    }

    MediaKind mediaKind() {
        return mediaKind;
    }

    String country() {
        return country;
    }

    String termsVersion() {
        return termsVersion;
    }

    Instant termsAcceptedAt() {
        return termsAcceptedAt;
    }

    Instant createdAt() {
        return createdAt;
    }

    Instant verifiedAt() {
        return verifiedAt;
    }

    UUID id() {
        return id;
    }

    String email() {
        return email;
    }

    String passwordHash() {
        return passwordHash;
    }

    String firstName() {
        return firstName;
    }

    String lastName() {
        return lastName;
    }

    String language() {
        return language;
    }

    Instant passwordChangedAt() {
        return passwordChangedAt;
    }
}
