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

/** A news item, press release, media advisory or statement, with one {@link ArticleText} per language. */
@Entity
@EntityListeners(ContentChangeListener.class)
@Table(name = "article")
class Article extends Publishable {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;
    @Enumerated(EnumType.STRING)
    ArticleType type;
    /** With {@link #number}, a press release's number: "Press Release (2026) 012". */
    @Column(name = "number_year")
    Integer numberYear;
    Integer number;
    @Column(name = "event_id")
    Long eventId;
    @Column(name = "lead_photo_id")
    Long leadPhotoId;
    @Column(name = "accreditation_deadline")
    Instant accreditationDeadline;

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "article_id", nullable = false)
    @MapKey(name = "lang")
    Map<String, ArticleText> texts = new HashMap<>();

    protected Article() {
    }

    Article(ArticleType type, Instant publishedAt) {
        this.type = type;
        publishAt(publishedAt);
    }

    void putText(ArticleText text) {
        texts.put(text.lang, text);
    }

    @Override
    Long itemId() {
        return id;
    }

    @Override
    ContentKind kind() {
        return ContentKind.ARTICLE;
    }

    @Override
    boolean hasVersions() {
        return !texts.isEmpty();
    }
}
