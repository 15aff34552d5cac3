package org.pressroom.mail;

import jakarta.mail.Part;

/** Lets tests of other modules read received mail the way the mail module's tests do. */
public final class MimePartsAccess {

    private MimePartsAccess() {
    }

    public static String text(Part part) throws Exception {
        return MimeParts.text(part);
    }

    public static String html(Part part) throws Exception {
        return MimeParts.html(part);
    }
}
