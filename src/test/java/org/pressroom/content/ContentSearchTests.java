package org.pressroom.content;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.pressroom.MutableClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Content saved in PostgreSQL reaches search when its transaction commits, whoever saves it and whatever
 * changes (a title, one turn of a transcript, the status); drafts, unpublished and embargoed items are never
 * found, and a scheduled item is found when its time comes without being indexed again.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ContentSearchTests {

    static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");

    @TestConfiguration
    static class MovableTime {
        @Bean
        @Primary
        MutableClock testClock() {
            return new MutableClock(NOW);
        }
    }

    @LocalServerPort
    int port;

    @Autowired
    MutableClock clock;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    ArticleRepository articles;

    @Autowired
    TranscriptRepository transcripts;

    @Autowired
    Cards cards;

    @Autowired
    JsonMapper json;

    private final HttpClient http = HttpClient.newHttpClient();

    List<String> found(String words) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                + "/api/v1/search?q=" + java.net.URLEncoder.encode(words, "UTF-8"))).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        List<String> urls = new ArrayList<>();
        json.readTree(response.body()).get("results").forEach(r -> urls.add(r.get("url").asString().replaceFirst("^https?://[^/]+", "")));
        return urls;
    }

    Article article(String word, Instant publishedAt, PublicationStatus status) {
        return transactions.execute(tx -> {
            Article article = new Article(ArticleType.NEWS, publishedAt);
            article.status = status;
            article.putText(new ArticleText("en", "Council news about " + word, "council-news-" + word, "A lead on " + word + ".", "<p>Body.</p>"));
            article.putText(new ArticleText("fr", "Actualité du Conseil : " + word, "actualite-conseil-" + word, "Chapeau.", "<p>Corps.</p>"));
            return articles.saveAndFlush(article);
        });
    }

    @Test
    void aPublishedArticleIsFoundInItsLanguagesOnceCommitted() throws Exception {
        Article article = article("quillback", NOW.minusSeconds(60), PublicationStatus.PUBLISHED);

        String english = transactions.execute(tx -> cards.articleUrl(articles.findById(article.id).orElseThrow(), "en"));
        assertThat(found("quillback")).containsExactly(english);
    }

    @Test
    void draftsUnpublishedAndEmbargoedItemsAreNeverFound() throws Exception {
        article("draftfish", NOW.minusSeconds(60), PublicationStatus.DRAFT);
        article("withdrawnfish", NOW.minusSeconds(60), PublicationStatus.UNPUBLISHED);
        article("embargofish", NOW.plus(Duration.ofHours(1)), PublicationStatus.PUBLISHED);

        assertThat(found("draftfish")).isEmpty();
        assertThat(found("withdrawnfish")).isEmpty();
        assertThat(found("embargofish")).isEmpty();

        clock.advance(Duration.ofHours(2));
        try {
            assertThat(found("embargofish")).as("its time has come, without indexing it again").hasSize(1);
            assertThat(found("draftfish")).isEmpty();
        } finally {
            clock.advance(Duration.ofHours(-2));
        }
    }

    @Test
    void aChangedTitleAndAnUnpublicationReachSearchAtCommit() throws Exception {
        Article article = article("lumpsucker", NOW.minusSeconds(60), PublicationStatus.PUBLISHED);
        assertThat(found("lumpsucker")).hasSize(1);

        transactions.executeWithoutResult(tx -> articles.findById(article.id).orElseThrow().texts.get("en").title = "Council news about the wolffish");
        assertThat(found("wolffish")).hasSize(1);

        transactions.executeWithoutResult(tx -> articles.findById(article.id).orElseThrow().status = PublicationStatus.UNPUBLISHED);
        assertThat(found("wolffish")).isEmpty();
        assertThat(found("lumpsucker")).isEmpty();
    }

    @Test
    void aChangedTurnIsFoundAtItsAnchorInTheTranscript() throws Exception {
        Transcript saved = transactions.execute(tx -> {
            Transcript transcript = new Transcript(TranscriptType.DOORSTEP, null, NOW.minusSeconds(3600),
                    TranscriptDelivery.AS_DELIVERED, "en", NOW.minusSeconds(600));
            TranscriptText text = new TranscriptText("en", "Doorstep on the harbour", "doorstep-on-the-harbour", List.of("Ana Lima, Minister"));
            text.addTurn(false, "Ana Lima", "Good morning.");
            text.addTurn(true, "Journalist", "What about the harbour?");
            text.addTurn(false, "Ana Lima", "The harbour will reopen next week.");
            transcript.texts.put("en", text);
            return transcripts.saveAndFlush(transcript);
        });
        assertThat(found("reopen")).singleElement().asString().endsWith("doorstep-on-the-harbour#turn-3");

        transactions.executeWithoutResult(tx -> transcripts.findById(saved.id).orElseThrow().texts.get("en").turns.get(1).text
                = "Will the halibut quota change?");
        assertThat(found("halibut")).singleElement().asString().endsWith("doorstep-on-the-harbour#turn-2");
    }
}
