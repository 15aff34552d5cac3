package org.pressroom.content;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.pressroom.MutableClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A draft is seen by whoever holds its signed preview link, as readers will see it, never kept by a cache nor
 * indexed; a forged, altered or expired link answers 404.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(EditorialTestSupport.class)
class PreviewTests {

    @LocalServerPort
    int port;
    @Autowired
    PreviewLinks previews;
    @Autowired
    ArticleEditing articles;
    @Autowired
    EventEditing events;
    @Autowired
    TranscriptEditing transcripts;
    @Autowired
    MutableClock clock;

    private final HttpClient http = HttpClient.newHttpClient();

    HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    ContentItem draft(String word) {
        return articles.create(new ArticleEditing.ArticleForm(ArticleType.PRESS_RELEASE, null, null, null,
                Map.of("en", ArticleEditing.ArticleVersion.of("Draft on plankton blooms " + word, "A lead on plankton.",
                        "<h2>Findings</h2><p>Plankton bloomed early.</p>"))), org.pressroom.TestAccounts.id(3)).state().item();
    }

    @Test
    void aSignedLinkShowsTheDraftAsReadersWillSeeItNeverCachedNorIndexed() throws Exception {
        ContentItem item = draft("in spring");

        HttpResponse<String> page = get(previews.link(item, "en"));

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Draft on plankton blooms").contains("<h2>Findings</h2>").contains("Plankton bloomed early.")
                .contains("<meta name=\"robots\" content=\"noindex\">").doesNotContain("rel=\"canonical\"");
        assertThat(page.headers().firstValue("Cache-Control")).hasValueSatisfying(v -> assertThat(v).contains("no-store"));
        assertThat(page.headers().firstValue("X-Robots-Tag")).hasValue("noindex, nofollow");
        assertThat(get("/en/news").body()).doesNotContain("plankton");
    }

    @Test
    void anEventAndATranscriptHaveTheirPreviewsToo() throws Exception {
        java.time.LocalDate first = java.time.LocalDate.of(2026, 9, 1);
        ContentItem event = events.create(new EventEditing.EventForm(first, first, "Europe/Paris", "FR", false,
                Map.of("fr", new EventEditing.EventVersion("Sommet des marées", "", "Palais", "Brest", "<p>Marées.</p>"))), org.pressroom.TestAccounts.id(3)).state().item();
        ContentItem transcript = transcripts.create(EditingTests.transcriptForm("Speech on tides", "The tide turns."), org.pressroom.TestAccounts.id(3)).state().item();

        assertThat(get(previews.link(event, "fr")).body()).contains("Sommet des marées").contains("Brest");
        assertThat(get(previews.link(transcript, "en")).body()).contains("Speech on tides").contains("The tide turns.");
        assertThat(get(previews.link(event, "en")).statusCode()).as("no English version").isEqualTo(404);
    }

    @Test
    void aForgedAlteredOrExpiredLinkAnswers404() throws Exception {
        ContentItem item = draft("in autumn");
        String link = previews.link(item, "en");
        String other = link.replace("article." + item.id() + ".", "article." + (item.id() + 1) + ".");

        assertThat(get(other).statusCode()).isEqualTo(404);
        assertThat(get(link.substring(0, link.length() - 2) + "xx").statusCode()).isEqualTo(404);
        assertThat(get("/en/preview/article.1.99999999999.abc").statusCode()).isEqualTo(404);
        assertThat(get("/en/preview/%3Cscript%3E").statusCode()).isEqualTo(404);
        assertThat(get(link).statusCode()).isEqualTo(200);

        clock.advance(Duration.ofHours(73));
        assertThat(get(link).statusCode()).as("past its lifetime").isEqualTo(404);
    }
}
