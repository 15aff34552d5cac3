package org.pressroom.content;

/** Where an event stands as seen by a reader, derived from its dates in its own time zone. */
public enum EventStatus {
    UPCOMING, ONGOING, PAST, CANCELLED
}
