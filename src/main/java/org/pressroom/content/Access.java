package org.pressroom.content;

/** Who from the media may attend a programme item. */
public enum Access {
    /** Open to everyone, press credentials not required. */
    OPEN,
    /** Open to all accredited media. */
    ACCREDITED,
    /** A pool of accredited media only. */
    POOL,
    /** No media coverage. */
    NO_COVERAGE
}
