package org.pressroom.media;

import java.time.Instant;
import java.util.Map;

/**
 * The download addresses the read API gives with a video, for the caller of the current request. The downloads
 * module provides them (it checks the rights, the account and its terms of use, and signs the links); without
 * it, the API gives none.
 */
public interface VideoDownloadLinks {

    /**
     * @param access {@code granted}, {@code log-in} (a verified account is needed), {@code accept-terms} (the account
     * must first accept the terms of use in force) or {@code disabled}
     * @param expires when the addresses stop working, or null when there are none
     * @param files the address of each file by its name ({@code original}, {@code broadcast}, {@code hd-720p},
     * {@code audio-eng}...), absolute; empty unless {@code granted}
     */
    record Offer(String access, Instant expires, Map<String, String> files) {
    }

    /** What the caller may download of the video, which is ready. */
    Offer offer(long videoId);
}
