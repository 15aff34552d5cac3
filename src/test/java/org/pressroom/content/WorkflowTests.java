package org.pressroom.content;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;

import com.github.kagkarlsson.scheduler.Scheduler;
import org.junit.jupiter.api.Test;
import org.pressroom.MutableClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * The publication workflow against PostgreSQL and the real job scheduler: each transition, the refusal of the
 * others, press-release numbers, "last updated", scheduled publication by the durable job (moving the clock), and
 * an audit event for every change, inside its transaction.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(EditorialTestSupport.class)
class WorkflowTests {

    @LocalServerPort
    int port;
    @Autowired
    MutableClock clock;
    @Autowired
    Workflow workflow;
    @Autowired
    ArticleEditing editing;
    @Autowired
    Revisions revisions;
    @Autowired
    MessageSource messages;
    @Autowired
    Scheduler scheduler;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    ArticleRepository articles;
    @Autowired
    Cards cards;
    @Autowired
    EditorialTestSupport.AuditEar audit;

    private final HttpClient http = HttpClient.newHttpClient();

    static final java.util.UUID EDITOR = org.pressroom.TestAccounts.id(41);
    static final java.util.UUID PUBLISHER = org.pressroom.TestAccounts.id(42);

    ContentItem draft(ArticleType type, String word) {
        EditResult<ArticleEditing.ArticleForm> result = editing.create(new ArticleEditing.ArticleForm(type, null, null, null,
                Map.of("en", ArticleEditing.ArticleVersion.of("Council adopts the " + word + " plan", "A lead about " + word + ".",
                        "<p>The " + word + " plan was adopted.</p>"))), EDITOR);
        assertThat(result.problems()).isEmpty();
        return result.state().item();
    }

    int status(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    String url(ContentItem item) {
        return transactions.execute(tx -> cards.articleUrl(articles.findById(item.id()).orElseThrow(), "en"));
    }

    @Test
    void aNewArticleIsADraftThatNobodySees() {
        ContentItem item = draft(ArticleType.NEWS, "kelp");

        ItemState state = workflow.state(item);
        assertThat(state.status()).isEqualTo(PublicationStatus.DRAFT);
        assertThat(state.publishedAt()).isNull();
        assertThat(state.publicNow()).isFalse();
    }

    @Test
    void publishingMakesItPublicNowWithLastUpdatedAtItsPublication() throws Exception {
        ContentItem item = draft(ArticleType.NEWS, "seagrass");

        ItemState published = workflow.publish(item, PUBLISHER);

        assertThat(published.status()).isEqualTo(PublicationStatus.PUBLISHED);
        assertThat(published.publishedAt()).isEqualTo(clock.instant());
        assertThat(published.updatedAt()).isEqualTo(clock.instant());
        assertThat(published.publicNow()).isTrue();
        assertThat(status(url(item))).isEqualTo(200);
    }

    @Test
    void pressReleasesAreNumberedPerYearAtTheirFirstPublication() {
        ContentItem first = draft(ArticleType.PRESS_RELEASE, "estuary");
        ContentItem second = draft(ArticleType.PRESS_RELEASE, "lagoon");
        Integer before = jdbc.queryForObject("select coalesce(max(number), 0) from article where number_year = 2026", Integer.class);

        workflow.publish(second, PUBLISHER);
        workflow.publish(first, PUBLISHER);
        workflow.unpublish(second, PUBLISHER);
        workflow.publish(second, PUBLISHER);

        Map<String, Object> a = jdbc.queryForMap("select number_year, number from article where id = ?", second.id());
        Map<String, Object> b = jdbc.queryForMap("select number_year, number from article where id = ?", first.id());
        assertThat(a).containsEntry("number_year", 2026).containsEntry("number", before + 1);
        assertThat(b).containsEntry("number_year", 2026).containsEntry("number", before + 2);
        assertThat(jdbc.queryForObject("select number from article where id = ?", Integer.class,
                draft(ArticleType.NEWS, "reef").id())).as("only press releases are numbered").isNull();
    }

    @Test
    void unpublishingHidesTheItemAndRepublishingKeepsItsFirstPublicationTime() throws Exception {
        ContentItem item = draft(ArticleType.STATEMENT, "dune");
        Instant first = workflow.publish(item, PUBLISHER).publishedAt();
        String url = url(item);

        workflow.unpublish(item, PUBLISHER);
        assertThat(status(url)).isEqualTo(404);

        clock.advance(Duration.ofMinutes(30));
        ItemState again = workflow.publish(item, PUBLISHER);
        assertThat(again.publishedAt()).isEqualTo(first);
        assertThat(again.updatedAt()).as("last updated").isEqualTo(clock.instant());
        assertThat(status(url)).isEqualTo(200);
    }

    @Test
    void transitionsOutsideTheWorkflowAreRefusedWithATranslatedReason() {
        ContentItem item = draft(ArticleType.NEWS, "shoal");

        assertThatThrownBy(() -> workflow.unpublish(item, PUBLISHER)).isInstanceOfSatisfying(EditorialRefusal.class, refusal -> {
            assertThat(refusal.messages(messages, Locale.ENGLISH)).containsExactly("An item that is draft cannot become unpublished.");
            assertThat(refusal.messages(messages, Locale.FRENCH)).containsExactly("Un élément brouillon ne peut pas devenir dépublié.");
        });
        workflow.publish(item, PUBLISHER);
        assertThatThrownBy(() -> workflow.publish(item, PUBLISHER)).isInstanceOf(EditorialRefusal.class);
        assertThatThrownBy(() -> workflow.backToDraft(item, PUBLISHER)).isInstanceOf(EditorialRefusal.class);
        assertThat(workflow.state(item).status()).isEqualTo(PublicationStatus.PUBLISHED);
    }

    @Test
    void aScheduledTimeThatIsNotInTheFutureIsRefused() {
        ContentItem item = draft(ArticleType.NEWS, "skerry");
        long jobs = jdbc.queryForObject("select count(*) from scheduled_tasks where task_name = 'content-publication'", Long.class);

        for (Instant at : new Instant[] {clock.instant().minusSeconds(60), clock.instant()}) {
            assertThatThrownBy(() -> workflow.schedule(item, at, PUBLISHER)).isInstanceOfSatisfying(EditorialRefusal.class,
                    refusal -> assertThat(refusal.messages(messages, Locale.ENGLISH))
                            .containsExactly("Choose a publication time in the future. To publish now, use Publish."));
        }
        assertThat(workflow.state(item).status()).isEqualTo(PublicationStatus.DRAFT);
        assertThat(jdbc.queryForObject("select count(*) from scheduled_tasks where task_name = 'content-publication'", Long.class))
                .as("no job written").isEqualTo(jobs);
    }

    @Test
    void aScheduledArticleIsPublishedByTheJobWhenItsTimeComes() throws Exception {
        ContentItem item = draft(ArticleType.PRESS_RELEASE, "breakwater");
        Instant at = clock.instant().plus(Duration.ofHours(1));

        ItemState scheduled = workflow.schedule(item, at, PUBLISHER);
        assertThat(scheduled.status()).isEqualTo(PublicationStatus.SCHEDULED);
        assertThat(scheduled.publicNow()).isFalse();
        String url = url(item);
        assertThat(status(url)).isEqualTo(404);

        clock.advance(Duration.ofMinutes(59));
        scheduler.triggerCheckForDueExecutions();
        Thread.sleep(500);
        assertThat(workflow.state(item).status()).as("a minute early").isEqualTo(PublicationStatus.SCHEDULED);

        clock.advance(Duration.ofMinutes(2));
        scheduler.triggerCheckForDueExecutions();
        await().atMost(Duration.ofSeconds(20)).until(() -> workflow.state(item).status() == PublicationStatus.PUBLISHED);
        ItemState published = workflow.state(item);
        assertThat(published.publishedAt()).isEqualTo(at);
        assertThat(published.updatedAt()).isEqualTo(at);
        assertThat(jdbc.queryForObject("select number from article where id = ?", Integer.class, item.id())).isNotNull();
        assertThat(status(url)).isEqualTo(200);
        assertThat(revisions.history(item).get(0)).satisfies(r -> {
            assertThat(r.action()).isEqualTo("publish-scheduled");
            assertThat(r.accountId()).as("the job, not a person").isNull();
        });
    }

    @Test
    void aRescheduledItemIsPublishedAtItsNewTimeOnlyAndACancelledOneNever() throws Exception {
        ContentItem moved = draft(ArticleType.NEWS, "groyne");
        ContentItem cancelled = draft(ArticleType.NEWS, "jetty");
        workflow.schedule(moved, clock.instant().plus(Duration.ofHours(1)), PUBLISHER);
        workflow.schedule(moved, clock.instant().plus(Duration.ofHours(3)), PUBLISHER);
        workflow.schedule(cancelled, clock.instant().plus(Duration.ofHours(1)), PUBLISHER);
        workflow.backToDraft(cancelled, PUBLISHER);

        clock.advance(Duration.ofHours(2));
        scheduler.triggerCheckForDueExecutions();
        await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.queryForObject("select count(*) from scheduled_tasks"
                + " where task_name = 'content-publication' and execution_time <= ?", Long.class, java.sql.Timestamp.from(clock.instant())) == 0);
        assertThat(workflow.state(moved).status()).isEqualTo(PublicationStatus.SCHEDULED);
        assertThat(workflow.state(cancelled).status()).isEqualTo(PublicationStatus.DRAFT);

        clock.advance(Duration.ofHours(2));
        scheduler.triggerCheckForDueExecutions();
        await().atMost(Duration.ofSeconds(20)).until(() -> workflow.state(moved).status() == PublicationStatus.PUBLISHED);
        assertThat(workflow.state(cancelled).status()).isEqualTo(PublicationStatus.DRAFT);
    }

    @Test
    void everyChangeIsAnAuditEventInsideItsTransactionWithTheActingAccount() {
        ContentItem item = draft(ArticleType.NEWS, "mudflat");
        workflow.publish(item, PUBLISHER);
        workflow.unpublish(item, PUBLISHER);

        var heard = audit.about(item);
        assertThat(heard).extracting(h -> h.change().action()).containsExactly("create", "publish", "unpublish");
        assertThat(heard).allSatisfy(h -> assertThat(h.inTransaction()).isTrue());
        assertThat(heard.get(0).change().accountId()).isEqualTo(EDITOR);
        assertThat(heard.get(0).change().before()).isNull();
        assertThat(heard.get(1).change().accountId()).isEqualTo(PUBLISHER);
        assertThat(heard.get(1).change().before()).contains("\"status\":\"DRAFT\"");
        assertThat(heard.get(1).change().after()).contains("\"status\":\"PUBLISHED\"").contains("mudflat");
    }

    @Test
    void scheduledAndEmbargoedItemsAreListedSoonestFirst() {
        ContentItem later = draft(ArticleType.NEWS, "cockle");
        ContentItem sooner = draft(ArticleType.NEWS, "winkle");
        ContentItem held = draft(ArticleType.NEWS, "limpet");
        workflow.schedule(later, clock.instant().plus(Duration.ofDays(30)), PUBLISHER);
        workflow.schedule(sooner, clock.instant().plus(Duration.ofDays(20)), PUBLISHER);
        workflow.publish(held, PUBLISHER);
        workflow.embargo(held, clock.instant().plus(Duration.ofDays(25)), PUBLISHER);

        assertThat(workflow.upcoming()).extracting(ItemState::item).containsSubsequence(sooner, held, later);
    }

    @Test
    void anItemWithoutAnyLanguageVersionCannotBePublished() {
        Long id = transactions.execute(tx -> {
            Article empty = new Article(ArticleType.NEWS, clock.instant());
            empty.status = PublicationStatus.DRAFT;
            return articles.saveAndFlush(empty).id;
        });

        assertThatThrownBy(() -> workflow.publish(ContentItem.article(id), PUBLISHER)).isInstanceOfSatisfying(EditorialRefusal.class,
                refusal -> assertThat(refusal.messages(messages, Locale.FRENCH)).containsExactly("Rédigez au moins une version linguistique."));
        assertThat(workflow.state(ContentItem.article(id)).status()).isEqualTo(PublicationStatus.DRAFT);
    }

    @Test
    void anUnknownItemIsRefusedNotAnError() {
        assertThatThrownBy(() -> workflow.publish(ContentItem.article(987_654_321L), PUBLISHER))
                .isInstanceOfSatisfying(EditorialRefusal.class, refusal -> assertThat(refusal.messages(messages, Locale.ENGLISH))
                        .containsExactly("There is no item article:987654321: it may have been removed."));
    }
}
