package org.pressroom.mail;

import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.pressroom.system.DataDirectory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Local mode: no SMTP configured, so mail lands in the local mailbox, readable at /dev/mailbox. */
@SpringBootTest
@AutoConfigureMockMvc
class MailOutboxTests {

    @Autowired
    MailOutbox outbox;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    DataDirectory dataDirectory;

    @Autowired
    MockMvc mvc;

    @Test
    void aMailSentInACommittedTransactionLandsInTheLocalMailbox() throws Exception {
        transactions.executeWithoutResult(status -> outbox.send(notice("first@example.org", "Accreditation opens", Locale.ENGLISH)));

        MimeMessage message = awaitMessageTo("first@example.org");
        assertThat(message.getSubject()).isEqualTo("Accreditation opens");
        assertThat(MimeParts.text(message)).contains("Accreditation opens").contains("The body of the notice.");
        assertThat(MimeParts.html(message)).contains("<h1").contains("Accreditation opens");
    }

    @Test
    void aMailWhoseTransactionRollsBackIsNeverSent() throws Exception {
        transactions.executeWithoutResult(status -> {
            outbox.send(notice("rolled-back@example.org", "Never sent", Locale.ENGLISH));
            status.setRollbackOnly();
        });
        transactions.executeWithoutResult(status -> outbox.send(notice("after-rollback@example.org", "Sent", Locale.ENGLISH)));

        awaitMessageTo("after-rollback@example.org");
        assertThat(messagesTo("rolled-back@example.org")).isEmpty();
        assertThat(jdbc.queryForObject("select count(*) from outbox_mail where recipient = ?", Long.class,
                "rolled-back@example.org")).isZero();
        assertThat(jdbc.queryForObject("""
                select count(*) from scheduled_tasks t where t.task_name = 'mail-delivery'
                and not exists (select 1 from outbox_mail m where m.id::text = t.task_instance)""", Long.class))
                .as("no delivery job without its mail").isZero();
    }

    @Test
    void markupInTheModelIsEscapedInTheHtmlPart() throws Exception {
        transactions.executeWithoutResult(status -> outbox.send(new OutgoingMail("markup@example.org", Locale.ENGLISH, "notice",
                Map.of("heading", "<script>alert(1)</script> Ünïcödé ✓", "paragraphs", List.of("a & b")), List.of("Markup"))));

        String html = MimeParts.html(awaitMessageTo("markup@example.org"));
        assertThat(html).doesNotContain("<script>").contains("&lt;script&gt;").contains("Ünïcödé ✓").contains("a &amp; b");
    }

    @Test
    void theMailIsRenderedInTheReadersLanguage() throws Exception {
        transactions.executeWithoutResult(status -> outbox.send(notice("lecteur@example.org", "Accréditation", Locale.FRENCH)));

        MimeMessage message = awaitMessageTo("lecteur@example.org");
        assertThat(message.getHeader("Content-Language", null)).isEqualTo("fr");
        assertThat(rawText(message)).contains("service de presse (Organisation Exemple)");
    }

    @Test
    void theMailboxPageListsTheMessagesWithTheirBodies() throws Exception {
        transactions.executeWithoutResult(status -> outbox.send(notice("page@example.org", "Shown on the page", Locale.ENGLISH)));
        awaitMessageTo("page@example.org");

        mvc.perform(get("/dev/mailbox").header("Accept-Language", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Shown on the page")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("page@example.org")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("The body of the notice.")));
    }

    @Test
    void deliveredMailsAreErasedOnceOlderThanTheRetentionPeriod() throws Exception {
        transactions.executeWithoutResult(status -> outbox.send(notice("retention@example.org", "Kept a while", Locale.ENGLISH)));
        awaitMessageTo("retention@example.org");
        await().atMost(Duration.ofSeconds(10)).until(() ->
                jdbc.queryForObject("select count(*) from outbox_mail where recipient = ? and sent_at is not null", Long.class,
                        "retention@example.org") == 1);

        outbox.purgeDeliveredBefore(java.time.Instant.now().minus(Duration.ofDays(1)));
        assertThat(jdbc.queryForObject("select count(*) from outbox_mail where recipient = ?", Long.class, "retention@example.org"))
                .as("younger than the retention period: kept").isEqualTo(1);

        outbox.purgeDeliveredBefore(java.time.Instant.now().plus(Duration.ofDays(1)));
        assertThat(jdbc.queryForObject("select count(*) from outbox_mail where recipient = ?", Long.class, "retention@example.org")).isZero();
    }

    @Test
    void theMailboxAnswersOnlyRequestsFromThisMachine() throws Exception {
        mvc.perform(get("/dev/mailbox").with(request -> {
            request.setRemoteAddr("203.0.113.9");
            return request;
        })).andExpect(status().isNotFound());
    }

    @Test
    void theHtmlPartIsServedSandboxed() throws Exception {
        transactions.executeWithoutResult(status -> outbox.send(notice("sandbox@example.org", "Sandboxed", Locale.ENGLISH)));
        awaitMessageTo("sandbox@example.org");
        String name = fileNamesTo("sandbox@example.org").get(0);

        mvc.perform(get("/dev/mailbox/" + name + "/html"))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Security-Policy", org.hamcrest.Matchers.startsWith("sandbox")));
        mvc.perform(get("/dev/mailbox/..%2f..%2fpressroom.lock/html")).andExpect(status().is4xxClientError());
    }

    private static OutgoingMail notice(String to, String subject, Locale locale) {
        return new OutgoingMail(to, locale, "notice",
                Map.of("heading", subject, "paragraphs", List.of("The body of the notice.")), List.of(subject));
    }

    private MimeMessage awaitMessageTo(String recipient) throws Exception {
        await().atMost(Duration.ofSeconds(30)).until(() -> !messagesTo(recipient).isEmpty());
        return messagesTo(recipient).get(0);
    }

    private List<MimeMessage> messagesTo(String recipient) throws Exception {
        List<MimeMessage> found = new ArrayList<>();
        for (String name : fileNamesTo(recipient)) {
            try (InputStream in = Files.newInputStream(mailbox().resolve(name))) {
                found.add(new MimeMessage(Session.getInstance(new Properties()), in));
            }
        }
        return found;
    }

    private List<String> fileNamesTo(String recipient) throws Exception {
        List<String> names = new ArrayList<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(mailbox(), "*.eml")) {
            for (Path file : files) {
                if (Files.readString(file, java.nio.charset.StandardCharsets.ISO_8859_1).contains("To: " + recipient)) {
                    names.add(file.getFileName().toString());
                }
            }
        }
        return names;
    }

    private Path mailbox() {
        return dataDirectory.resolve("mailbox");
    }

    private static String rawText(MimeMessage message) throws Exception {
        return MimeParts.text(message) + "\n" + MimeParts.html(message);
    }
}
