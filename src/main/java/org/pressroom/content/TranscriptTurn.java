package org.pressroom.content;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** What one speaker said, or one question from the floor, as plain text. */
@Entity
@EntityListeners(ContentChangeListener.class)
@Table(name = "transcript_turn")
class TranscriptTurn {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;
    /** Read only: which language version this turn belongs to, to index its transcript again when it changes. */
    @Column(name = "transcript_text_id", insertable = false, updatable = false)
    Long transcriptTextId;
    int position;
    boolean question;
    String speaker;
    String text;

    protected TranscriptTurn() {
    }

    TranscriptTurn(int position, boolean question, String speaker, String text) {
        this.position = position;
        this.question = question;
        this.speaker = speaker;
        this.text = text;
    }
}
