package org.pressroom.content;

import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A programme item's title in one language. */
@Entity
@EntityListeners(ContentChangeListener.class)
@Table(name = "programme_item_text")
class ProgrammeItemText {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;
    String lang;
    String title;

    protected ProgrammeItemText() {
    }

    ProgrammeItemText(String lang, String title) {
        this.lang = lang;
        this.title = title;
    }
}
