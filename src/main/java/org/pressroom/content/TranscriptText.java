package org.pressroom.content;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A transcript in one language: its speakers and its turns. */
@Entity
@EntityListeners(ContentChangeListener.class)
@Table(name = "transcript_text")
class TranscriptText {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;
    @Column(name = "transcript_id", insertable = false, updatable = false)
    Long transcriptId;
    String lang;
    String title;
    String slug;
    /** "Name, role" of each speaker, in this language. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    List<String> speakers = new ArrayList<>();

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "transcript_text_id", nullable = false)
    @OrderBy("position")
    List<TranscriptTurn> turns = new ArrayList<>();

    protected TranscriptText() {
    }

    TranscriptText(String lang, String title, String slug, List<String> speakers) {
        this.lang = lang;
        this.title = title;
        this.slug = slug;
        this.speakers = new ArrayList<>(speakers);
    }

    void addTurn(boolean question, String speaker, String text) {
        turns.add(new TranscriptTurn(turns.size() + 1, question, speaker, text));
    }
}
