package org.pressroom;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.pressroom.mail.MimeParts;
import org.springframework.test.context.DynamicPropertyRegistry;

import static org.awaitility.Awaitility.await;

/** A real SMTP server (GreenMail) on a free loopback port, and the ways tests read what it received. */
public final class TestSmtpServer {

    private static final Pattern CODE = Pattern.compile("\\b(\\d{6})\\b");

    private final GreenMail server = new GreenMail(ServerSetupTest.SMTP.dynamicPort());

    /** Starts the server and points Pressroom's mail at it (call from a @DynamicPropertySource method). */
    public void startFor(DynamicPropertyRegistry registry) {
        server.start();
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> server.getSmtp().getPort());
    }

    public void stop() {
        server.stop();
    }

    public int port() {
        return server.getSmtp().getPort();
    }

    public MimeMessage[] received() {
        return server.getReceivedMessages();
    }

    /** Every mail received for the address, oldest first. */
    public List<MimeMessage> mailsTo(String address) {
        List<MimeMessage> found = new ArrayList<>();
        for (MimeMessage message : server.getReceivedMessages()) {
            try {
                if (message.getAllRecipients()[0].toString().equals(address)) {
                    found.add(message);
                }
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }
        return found;
    }

    /** The n-th mail to the address (1 for the first), once it has arrived. */
    public MimeMessage awaitMail(String address, int nth) {
        await().atMost(Duration.ofSeconds(20)).until(() -> mailsTo(address).size() >= nth);
        return mailsTo(address).get(nth - 1);
    }

    /** The 6-digit code in the n-th mail to the address. */
    public String awaitCode(String address, int nth) throws Exception {
        Matcher code = CODE.matcher(MimeParts.text(awaitMail(address, nth)));
        if (!code.find()) {
            throw new AssertionError("no code in mail " + nth + " to " + address);
        }
        return code.group(1);
    }
}
