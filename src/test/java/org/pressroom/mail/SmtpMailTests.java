package org.pressroom.mail;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.pressroom.TestSmtpServer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** SMTP mode: with spring.mail.host set, mail goes to a real SMTP server (GreenMail) and there is no local mailbox. */
@SpringBootTest
@AutoConfigureMockMvc
class SmtpMailTests {

    static final TestSmtpServer smtp = new TestSmtpServer();

    @DynamicPropertySource
    static void smtpServer(DynamicPropertyRegistry registry) {
        smtp.startFor(registry);
    }

    @AfterAll
    static void stopSmtpServer() {
        smtp.stop();
    }

    @Autowired
    MailOutbox outbox;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    MockMvc mvc;

    @Test
    void aFrenchMailArrivesWithTranslatedTextAndHtmlParts() throws Exception {
        transactions.executeWithoutResult(status -> outbox.send(new OutgoingMail("journaliste@example.org", Locale.FRENCH,
                "notice", Map.of("heading", "Point de presse à 15 h", "paragraphs", List.of("Salle de presse 1."),
                "actionLabel", "Voir le programme", "actionUrl", "http://localhost:8080/fr/"), List.of("Point de presse"))));

        await().atMost(Duration.ofSeconds(30)).until(() -> smtp.received().length > 0);
        MimeMessage message = receivedBy("journaliste@example.org");
        assertThat(message.getSubject()).isEqualTo("Point de presse");
        assertThat(message.getFrom()[0].toString()).contains("press@example.org");
        assertThat(MimeParts.text(message)).contains("Point de presse à 15 h")
                .contains("Voir le programme: http://localhost:8080/fr/")
                .contains("Ce message provient du service de presse (Organisation Exemple).");
        assertThat(MimeParts.html(message)).contains("lang=\"fr\"").contains("href=\"http://localhost:8080/fr/\"");
    }

    @Test
    void thereIsNoLocalMailboxPageWhenSmtpIsConfigured() throws Exception {
        mvc.perform(get("/dev/mailbox")).andExpect(status().isNotFound());
    }

    @Test
    void healthReportsTheSmtpServer() throws Exception {
        mvc.perform(get("/actuator/health"))
                .andExpect(jsonPath("$.components.mail.status").value("UP"))
                .andExpect(jsonPath("$.components.mail.details.location").value("127.0.0.1:" + smtp.port()));
    }

    private static MimeMessage receivedBy(String recipient) {
        return smtp.awaitMail(recipient, 1);
    }
}
