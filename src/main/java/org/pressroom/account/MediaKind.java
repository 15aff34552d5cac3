package org.pressroom.account;

/** The kind of media an account holder works for; the label key is {@code account.media.<name>}. */
public enum MediaKind {
    TV, RADIO, PRINT, ONLINE, NEWS_AGENCY, FREELANCE, OTHER;

    public String messageKey() {
        return "account.media." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
