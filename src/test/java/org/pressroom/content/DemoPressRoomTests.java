package org.pressroom.content;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/** The demo loads once, completely, with press release numbers per year; and what is stored is cleaned again when shown. */
@DemoPressRoomTest
class DemoPressRoomTests {

    private static final List<String> TABLES = List.of("event", "event_text", "programme_item", "article", "article_text",
            "transcript", "transcript_turn", "photo", "photo_rendition", "gallery", "gallery_photo");

    @LocalServerPort
    int port;

    @Autowired
    DemoPressRoom demo;

    @Autowired
    DemoPages pages;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ArticleRepository articles;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void loadingTheDemoAgainChangesNothing() {
        List<Long> before = TABLES.stream().map(this::count).toList();

        demo.run(new DefaultApplicationArguments());

        assertThat(TABLES.stream().map(this::count).toList()).isEqualTo(before);
        assertThat(count("article")).isEqualTo(pages.demo().articles().size());
        assertThat(count("photo_rendition")).isEqualTo(3L * pages.demo().photos().size());
    }

    @Test
    void pressReleasesAreNumberedInPublicationOrderWithinTheirYear() {
        List<Integer> numbers = jdbc.sql("select number from article where type = 'PRESS_RELEASE' and number_year = "
                + "extract(year from published_at at time zone 'Europe/Brussels') order by published_at").query(Integer.class).list();

        assertThat(numbers).isNotEmpty().isSorted().doesNotHaveDuplicates();
    }

    @Test
    void aScriptStoredInABodyIsNotShown() throws Exception {
        var release = pages.translatedPressRelease();
        String original = transactions.execute(status -> {
            Article article = articles.findByDemoKey(release.key()).orElseThrow();
            String body = article.texts.get("en").body;
            // Written straight to the row, as an import or an old version could have, without the cleaning on save.
            article.texts.get("en").body = body + "<script>alert('x')</script><p onclick=\"steal()\">Clicked</p><iframe src=\"https://evil.example\"></iframe>";
            article.updatedAt = Instant.now();
            return body;
        });
        try {
            String page = pages.get(port, pages.article(release.key(), "en")).body();

            assertThat(page).contains("<p>Clicked</p>").doesNotContain("alert('x')", "steal()", "evil.example");
        } finally {
            transactions.executeWithoutResult(status -> {
                Article article = articles.findByDemoKey(release.key()).orElseThrow();
                article.texts.get("en").body = original;
                article.updatedAt = Instant.now();
            });
        }
    }

    @Test
    void theDemoHasTwoVideosMadeOnThisMachineAndProcessedInTheBackground() {
        org.pressroom.RequiredTools.require("ffmpeg", "ffmpeg");

        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofMinutes(4)).pollInterval(java.time.Duration.ofSeconds(1))
                .until(() -> pages.get(port, "/api/v1/videos").body(), body -> body.contains("\"total\":2"));

        String list = assertDoesNotFail(() -> pages.get(port, "/api/v1/videos").body());
        assertThat(list).contains("arrival of delegations", "opening statement");
        assertThat(count("video_rendition")).isPositive();
    }

    private static String assertDoesNotFail(java.util.concurrent.Callable<String> call) {
        try {
            return call.call();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private long count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }
}
