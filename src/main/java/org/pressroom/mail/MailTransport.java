package org.pressroom.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

/** Where delivered mail goes: an SMTP server, or the local mailbox when none is configured. */
interface MailTransport {

    MimeMessage newMessage();

    void deliver(MimeMessage message) throws MessagingException;

    /** How health and the start-up report describe this transport. */
    String describe();
}
