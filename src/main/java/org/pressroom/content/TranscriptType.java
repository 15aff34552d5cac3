package org.pressroom.content;

/** What was said, and where: each has its own label in every language. */
public enum TranscriptType {
    SPEECH, PRESS_CONFERENCE, DOORSTEP, PRESS_POINT, OPENING_REMARKS, BACKGROUND_BRIEFING, INTERVIEW
}
