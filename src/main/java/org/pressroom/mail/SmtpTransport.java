package org.pressroom.mail;

import jakarta.mail.internet.MimeMessage;
import org.springframework.mail.javamail.JavaMailSender;

/** Hands mail to the SMTP server configured with {@code spring.mail.*}. */
class SmtpTransport implements MailTransport {

    private final JavaMailSender sender;
    private final String host;

    SmtpTransport(JavaMailSender sender, String host) {
        this.sender = sender;
        this.host = host;
    }

    @Override
    public MimeMessage newMessage() {
        return sender.createMimeMessage();
    }

    @Override
    public void deliver(MimeMessage message) {
        sender.send(message);
    }

    @Override
    public String describe() {
        return "SMTP via " + host;
    }
}
