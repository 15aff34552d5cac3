package org.pressroom.content;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKey;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;

/** The words of a speech, press conference or interview, in its original language and its translations. */
@Entity
@EntityListeners(ContentChangeListener.class)
@Table(name = "transcript")
class Transcript extends Publishable {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;
    @Enumerated(EnumType.STRING)
    TranscriptType type;
    @Column(name = "event_id")
    Long eventId;
    @Column(name = "delivered_at")
    Instant deliveredAt;
    @Enumerated(EnumType.STRING)
    TranscriptDelivery delivery;
    @Column(name = "original_lang")
    String originalLang;

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "transcript_id", nullable = false)
    @MapKey(name = "lang")
    Map<String, TranscriptText> texts = new HashMap<>();

    protected Transcript() {
    }

    Transcript(TranscriptType type, Long eventId, Instant deliveredAt, TranscriptDelivery delivery, String originalLang,
               Instant publishedAt) {
        this.type = type;
        this.eventId = eventId;
        this.deliveredAt = deliveredAt;
        this.delivery = delivery;
        this.originalLang = originalLang;
        publishAt(publishedAt);
    }

    @Override
    Long itemId() {
        return id;
    }

    @Override
    ContentKind kind() {
        return ContentKind.TRANSCRIPT;
    }

    @Override
    boolean hasVersions() {
        return !texts.isEmpty();
    }
}
