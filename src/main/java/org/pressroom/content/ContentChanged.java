package org.pressroom.content;

import java.time.Instant;

/** Something public changed: pages rendered before {@code at} may be out of date. */
public record ContentChanged(Instant at) {
}
