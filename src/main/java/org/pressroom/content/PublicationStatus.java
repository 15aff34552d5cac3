package org.pressroom.content;

/** Where an item stands in its life: only {@code PUBLISHED} items whose publication time has come are public. */
public enum PublicationStatus {
    DRAFT, PUBLISHED, UNPUBLISHED
}
