package org.pressroom.mail;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A rendered e-mail waiting in, or delivered from, the outbox. */
@Entity
@Table(name = "outbox_mail")
class OutboxMail {

    @Id
    private UUID id;

    @Column(nullable = false)
    private String recipient;

    @Column(nullable = false)
    private String subject;

    @Column(name = "text_body", nullable = false)
    private String textBody;

    @Column(name = "html_body", nullable = false)
    private String htmlBody;

    @Column(nullable = false)
    private String language;

    @Column(nullable = false)
    private String template;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "last_error")
    private String lastError;

    @Column(name = "sent_at")
    private Instant sentAt;

    protected OutboxMail() {
    }

    OutboxMail(UUID id, String recipient, RenderedMail rendered, String language, String template, Instant createdAt) {
        this.id = id;
        this.recipient = recipient;
        this.subject = rendered.subject();
        this.textBody = rendered.text();
        this.htmlBody = rendered.html();
        this.language = language;
        this.template = template;
        this.createdAt = createdAt;
    }

    void failed(String error) {
        attempts++;
        lastError = error == null ? "unknown error" : error.substring(0, Math.min(error.length(), 2000));
    }

    void sent(Instant when) {
        attempts++;
        sentAt = when;
        lastError = null;
    }

    boolean isSent() {
        return sentAt != null;
    }

    UUID id() {
        return id;
    }

    String recipient() {
        return recipient;
    }

    String subject() {
        return subject;
    }

    String textBody() {
        return textBody;
    }

    String htmlBody() {
        return htmlBody;
    }

    String language() {
        return language;
    }
}
