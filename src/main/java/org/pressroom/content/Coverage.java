package org.pressroom.content;

/** How a programme item can be followed from afar. */
public enum Coverage {
    LIVE, RECORDED, NONE
}
