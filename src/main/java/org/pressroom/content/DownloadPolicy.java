package org.pressroom.content;

/** Who may download an asset's high-quality files. */
public enum DownloadPolicy {
    /** Anyone. */
    PUBLIC,
    /** Verified multimedia accounts. */
    ACCOUNT,
    /** Nobody: shown, not offered. */
    DISABLED
}
