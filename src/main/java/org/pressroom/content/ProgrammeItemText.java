package org.pressroom.content;

import jakarta.persistence.Column;
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
    /** Read only: which programme item this title belongs to, to index its event again when it changes. */
    @Column(name = "programme_item_id", insertable = false, updatable = false)
    Long programmeItemId;
    String lang;
    String title;

    protected ProgrammeItemText() {
    }

    ProgrammeItemText(String lang, String title) {
        this.lang = lang;
        this.title = title;
    }
}
