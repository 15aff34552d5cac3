package org.pressroom.content;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One language version of an event; the description is sanitised HTML. */
@Entity
@EntityListeners(ContentChangeListener.class)
@Table(name = "event_text")
class EventText {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;
    @Column(name = "event_id", insertable = false, updatable = false)
    Long eventId;
    String lang;
    String title;
    String slug;
    String venue;
    String city;
    String description;

    protected EventText() {
    }

    EventText(String lang, String title, String slug, String venue, String city, String description) {
        this.lang = lang;
        this.title = title;
        this.slug = slug;
        this.venue = venue;
        this.city = city;
        this.description = description;
    }
}
