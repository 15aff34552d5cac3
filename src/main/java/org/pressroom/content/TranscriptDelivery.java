package org.pressroom.content;

/** Whether a text is what the speaker said, or what they meant to say (and may have departed from). */
public enum TranscriptDelivery {
    AS_DELIVERED, CHECK_AGAINST_DELIVERY
}
