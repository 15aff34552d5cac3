package org.pressroom.content;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKey;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;

/** A meeting, summit or visit: its dates are local to its own time zone. */
@Entity
@EntityListeners(ContentChangeListener.class)
@Table(name = "event")
class Event extends Publishable {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;
    @Column(name = "starts_on")
    LocalDate startsOn;
    @Column(name = "ends_on")
    LocalDate endsOn;
    @Column(name = "time_zone")
    String timeZone;
    String country;
    boolean cancelled;

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "event_id", nullable = false)
    @MapKey(name = "lang")
    Map<String, EventText> texts = new HashMap<>();

    protected Event() {
    }

    Event(LocalDate startsOn, LocalDate endsOn, String timeZone, String country, Instant publishedAt) {
        this.startsOn = startsOn;
        this.endsOn = endsOn;
        this.timeZone = timeZone;
        this.country = country;
        publishAt(publishedAt);
    }

    int days() {
        return (int) (endsOn.toEpochDay() - startsOn.toEpochDay()) + 1;
    }

    /** Upcoming, ongoing or past as seen on {@code today} in the event's own time zone. */
    EventStatus statusOn(Instant now) {
        if (cancelled) {
            return EventStatus.CANCELLED;
        }
        LocalDate today = now.atZone(java.time.ZoneId.of(timeZone)).toLocalDate();
        if (today.isBefore(startsOn)) {
            return EventStatus.UPCOMING;
        }
        return today.isAfter(endsOn) ? EventStatus.PAST : EventStatus.ONGOING;
    }

    @Override
    Long itemId() {
        return id;
    }

    @Override
    ContentKind kind() {
        return ContentKind.EVENT;
    }

    @Override
    boolean hasVersions() {
        return !texts.isEmpty();
    }
}
