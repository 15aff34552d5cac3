package org.pressroom.mail;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.pressroom.PressroomApplication;
import org.pressroom.TestDataDirectory;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The outbox keeps its promise: mail caused while the SMTP server is down survives a restart of Pressroom
 * and is delivered exactly once when the server comes back.
 */
class MailOutboxRestartTests {

    private static final int MAILS = 20;

    private final Path dataDirectory = TestDataDirectory.fresh("outbox-restart");
    private final int smtpPort = freePort();
    private final GreenMail smtp = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    private ConfigurableApplicationContext application;

    @AfterEach
    void stop() {
        if (application != null) {
            application.close();
        }
        smtp.stop();
        TestDataDirectory.delete(dataDirectory);
    }

    @Test
    void mailCausedWhileSmtpIsDownIsDeliveredExactlyOnceAfterARestart() throws Exception {
        application = start();
        MailOutbox outbox = application.getBean(MailOutbox.class);
        TransactionTemplate transactions = application.getBean(TransactionTemplate.class);
        Set<String> recipients = new HashSet<>();
        for (int i = 1; i <= MAILS; i++) {
            String recipient = "reader" + i + "@example.org";
            recipients.add(recipient);
            transactions.executeWithoutResult(status -> outbox.send(new OutgoingMail(recipient, Locale.ENGLISH, "notice",
                    Map.of("heading", "Notice for " + recipient), List.of("Notice"))));
        }
        JdbcTemplate jdbc = application.getBean(JdbcTemplate.class);
        await("every mail tried and refused by the stopped SMTP server").atMost(Duration.ofSeconds(60)).until(() ->
                jdbc.queryForObject("select count(*) from outbox_mail where attempts > 0 and sent_at is null", Long.class) == MAILS);

        application.close();
        application = start();
        smtp.start();

        await("all mails delivered").atMost(Duration.ofSeconds(60)).until(() -> smtp.getReceivedMessages().length >= MAILS);
        JdbcTemplate restarted = application.getBean(JdbcTemplate.class);
        await("the outbox empties").atMost(Duration.ofSeconds(30)).until(() ->
                restarted.queryForObject("select count(*) from scheduled_tasks where task_name = 'mail-delivery'", Long.class) == 0);
        Thread.sleep(3_000); // longer than the largest retry delay: a duplicate would have arrived by now

        MimeMessage[] received = smtp.getReceivedMessages();
        Set<String> ids = new HashSet<>();
        Set<String> to = new HashSet<>();
        for (MimeMessage message : received) {
            ids.add(message.getHeader("X-Pressroom-Mail-Id", null));
            to.add(message.getAllRecipients()[0].toString());
        }
        assertThat(received).hasSize(MAILS);
        assertThat(ids).hasSize(MAILS);
        assertThat(to).isEqualTo(recipients);
        assertThat(application.getBean(MailOutbox.class).pending()).isZero();
    }

    private ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(PressroomApplication.class).run(
                "--server.port=0",
                "--pressroom.data-dir=" + dataDirectory,
                "--spring.mail.host=127.0.0.1",
                "--spring.mail.port=" + smtpPort,
                "--pressroom.mail.retry-first=1s",
                "--pressroom.mail.retry-max=2s",
                "--db-scheduler.polling-interval=500ms");
    }

    /**
     * A free port below Linux's ephemeral range (32768 and up), so that nothing started on port 0 while the
     * SMTP server is down (Tomcat, PostgreSQL, outgoing connections) can take it before the server comes back.
     */
    private static int freePort() {
        for (int attempt = 0; attempt < 100; attempt++) {
            int port = 20_000 + java.util.concurrent.ThreadLocalRandom.current().nextInt(12_000);
            try (ServerSocket socket = new ServerSocket(port, 1, java.net.InetAddress.getLoopbackAddress())) {
                return socket.getLocalPort();
            } catch (IOException taken) {
                // Try another one.
            }
        }
        throw new IllegalStateException("no free port between 20000 and 32000");
    }
}
