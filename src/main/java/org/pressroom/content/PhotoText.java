package org.pressroom.content;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A photo's caption, slug and third-party restriction note in one language. */
@Entity
@EntityListeners(ContentChangeListener.class)
@Table(name = "photo_text")
class PhotoText {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;
    /** Read only: the photo this caption belongs to. */
    @Column(name = "photo_id", insertable = false, updatable = false)
    Long photoId;
    String lang;
    String caption;
    String slug;
    String restriction = "";
    /** What the picture shows, for readers who cannot see it; may be empty. */
    @Column(name = "alt_text")
    String altText = "";

    protected PhotoText() {
    }

    PhotoText(String lang, String caption, String slug, String restriction) {
        this.lang = lang;
        this.caption = caption;
        this.slug = slug;
        this.restriction = restriction == null ? "" : restriction;
    }
}
