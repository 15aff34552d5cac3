package org.pressroom.newsletter;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A newsletter subscriber and the consent they gave. Unsubscribing keeps the record of both, dated. */
@Entity
@Table(name = "newsletter_subscription")
class Subscription {

    @Id
    private UUID id;
    private String email;
    @Column(name = "email_key")
    private String emailKey;
    private String language;
    private String source;
    @Column(name = "consented_at")
    private Instant consentedAt;
    @Column(name = "unsubscribed_at")
    private Instant unsubscribedAt;

    protected Subscription() {
    }

    Subscription(UUID id, String email, String emailKey, String language, String source, Instant consentedAt) {
        this.id = id;
        this.email = email;
        this.emailKey = emailKey;
        this.language = language;
        this.source = source;
        this.consentedAt = consentedAt;
    }

    void consentAgain(String language, String source, Instant now) {
        this.language = language;
        this.source = source;
        this.consentedAt = now;
        this.unsubscribedAt = null;
    }

    void unsubscribe(Instant now) {
        unsubscribedAt = now;
    }

    boolean isActive() {
        return unsubscribedAt == null;
    }
}
