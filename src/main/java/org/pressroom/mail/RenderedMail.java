package org.pressroom.mail;

/** A mail as the reader sees it: subject, plain-text part and HTML part. */
record RenderedMail(String subject, String text, String html) {
}
