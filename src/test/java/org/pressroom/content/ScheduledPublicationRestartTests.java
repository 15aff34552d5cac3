package org.pressroom.content;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.pressroom.PressroomApplication;
import org.pressroom.TestDataDirectory;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Scheduled publication is a durable job: an article whose time comes while Pressroom is stopped is published
 * when it starts again, at the time it was scheduled for; its embargo lifts the same way.
 */
class ScheduledPublicationRestartTests {

    private final Path dataDirectory = TestDataDirectory.fresh("publication-restart");
    private ConfigurableApplicationContext application;

    @AfterEach
    void stop() {
        if (application != null) {
            application.close();
        }
        TestDataDirectory.delete(dataDirectory);
    }

    @Test
    void aPublicationDueWhileStoppedHappensAfterTheRestart() throws Exception {
        application = start();
        var created = application.getBean(ArticleEditing.class).create(new ArticleEditing.ArticleForm(ArticleType.PRESS_RELEASE,
                null, null, null, Map.of("en", ArticleEditing.ArticleVersion.of("Restart-proof press release", "Lead.", "<p>Body.</p>"))), org.pressroom.TestAccounts.id(1));
        ContentItem item = created.state().item();
        Instant at = Instant.now().plusSeconds(5);
        application.getBean(Workflow.class).schedule(item, at, org.pressroom.TestAccounts.id(1));
        application.getBean(Workflow.class).embargo(item, at.plusSeconds(1), org.pressroom.TestAccounts.id(1));
        application.close();
        application = null;

        while (Instant.now().isBefore(at.plusSeconds(2))) {
            Thread.sleep(200);
        }
        application = start();
        Workflow workflow = application.getBean(Workflow.class);

        await().atMost(Duration.ofSeconds(60)).until(() -> workflow.state(item).status() == PublicationStatus.PUBLISHED);
        ItemState published = workflow.state(item);
        assertThat(published.publishedAt()).as("at its embargo's end, as planned").isEqualTo(at.plusSeconds(1).truncatedTo(java.time.temporal.ChronoUnit.MICROS));
        assertThat(published.publicNow()).isTrue();
        var jdbc = application.getBean(org.springframework.jdbc.core.JdbcTemplate.class);
        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.queryForObject(
                "select count(*) from scheduled_tasks where task_name in ('content-publication', 'content-embargo-lift')", Long.class) == 0);
    }

    private ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(PressroomApplication.class).run(
                "--server.port=0",
                "--pressroom.data-dir=" + dataDirectory,
                "--db-scheduler.polling-interval=500ms");
    }
}
