package org.pressroom.media;

/**
 * What the public may see of a video has changed: an embargo was set, moved, lifted, or came to its end.
 * Published in the transaction that made the change; pages that show the video are out of date once it commits.
 */
public record VideoReleased(long videoId) {
}
