package org.pressroom.content;

import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A gallery's title, slug and description in one language. */
@Entity
@EntityListeners(ContentChangeListener.class)
@Table(name = "gallery_text")
class GalleryText {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;
    String lang;
    String title;
    String slug;
    String description;

    protected GalleryText() {
    }

    GalleryText(String lang, String title, String slug, String description) {
        this.lang = lang;
        this.title = title;
        this.slug = slug;
        this.description = description;
    }
}
