package org.pressroom.mail;

import jakarta.mail.Multipart;
import jakarta.mail.Part;

/** Reads the decoded text and HTML parts of a received message, for assertions. */
public final class MimeParts {

    private MimeParts() {
    }

    public static String text(Part part) throws Exception {
        return first(part, "text/plain");
    }

    public static String html(Part part) throws Exception {
        return first(part, "text/html");
    }

    private static String first(Part part, String type) throws Exception {
        if (part.isMimeType(type)) {
            return (String) part.getContent();
        }
        if (part.isMimeType("multipart/*")) {
            Multipart multipart = (Multipart) part.getContent();
            for (int i = 0; i < multipart.getCount(); i++) {
                String found = first(multipart.getBodyPart(i), type);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}
