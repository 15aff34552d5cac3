package org.pressroom.search;

import java.net.http.HttpResponse;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** Whatever is typed or put in the address, the page and the API answer with results and notices, never a 500. */
@SearchCorpusTest
class SearchInputTests {

    @LocalServerPort
    int port;

    @Autowired
    SearchApi api;

    @Test
    void luceneSyntaxAndUnbalancedQuotesAreSearchedAsWords() throws Exception {
        for (String words : List.of("sardine AND (", "\"race to the bottom", "title:sardine~2^3 [a TO b] {x}", "+-&&||!(){}[]^\"~*?:\\/",
                "sardin*", "-sardine", "l'OTAN\"", "<script>alert(1)</script>")) {
            JsonNode answer = api.search(port, "q", words);
            assertThat(answer.get("total").asLong()).as(words).isNotNegative();
            HttpResponse<String> page = api.get(port, "/en/search" + SearchApi.query("q", words));
            assertThat(page.statusCode()).as(words).isEqualTo(200);
            assertThat(page.body()).doesNotContain("<script>alert(1)");
        }
        assertThat(SearchApi.urls(api.search(port, "q", "\"race to the bottom")))
                .first().asString().endsWith("#turn-3");
    }

    @Test
    void aTenThousandCharacterQueryIsCutWithANotice() throws Exception {
        String words = "sardine ".repeat(1250);
        JsonNode answer = api.search(port, "q", words);
        assertThat(answer.get("query").asString().length()).isLessThanOrEqualTo(500);
        assertThat(answer.get("notices").toString()).contains("only its first 500 characters", "only the first 32");
        HttpResponse<String> page = api.get(port, "/fr/search" + SearchApi.query("q", words));
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("seuls ses 500 premiers caractères");
    }

    @Test
    void anEmptyQueryShowsTheNewestItems() throws Exception {
        JsonNode answer = api.search(port, "q", "   ");
        assertThat(answer.get("total").asLong()).isEqualTo(15);
        assertThat(SearchApi.urls(answer).get(0)).isEqualTo("/en/events/2026/03/lisbon-ministerial-conference-ocean-plastics");
        JsonNode punctuation = api.search(port, "q", "\"\"\" *** ---");
        assertThat(punctuation.get("total").asLong()).isEqualTo(15);
        assertThat(punctuation.get("notices").get(0).asString()).contains("no words");
    }

    @Test
    void invalidDatesAndUnknownFiltersAreLeftOutWithANotice() throws Exception {
        JsonNode answer = api.search(port, "q", "sardine", "from", "2026-02-31", "to", "yesterday", "type", "podcast",
                "country", "XX", "event", "abc", "lang", "de", "sort", "popularity", "page", "-3", "speaker", "Nobody Known");
        assertThat(answer.get("total").asLong()).isPositive();
        assertThat(answer.get("self").asString()).isEqualTo("/api/v1/search?q=sardine");
        assertThat(answer.get("notices")).hasSize(9);
        assertThat(answer.get("notices").toString()).contains("2026-02-31", "type=\\\"podcast\\\"", "country=\\\"XX\\\"",
                "event=\\\"abc\\\"", "lang=\\\"de\\\"", "sort=\\\"popularity\\\"", "page=\\\"-3\\\"", "Nobody Known");
        JsonNode swapped = api.search(port, "from", "2026-02-28", "to", "2026-02-01", "type", "transcript");
        assertThat(swapped.get("total").asLong()).isEqualTo(2);
        assertThat(swapped.get("notices").get(0).asString()).contains("swapped");

        HttpResponse<String> page = api.get(port, "/fr/search?q=sardine&from=2026-13-01&type=%00%0A&page=abc&event=99999999999999999999");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("n&#39;est pas écrite AAAA-MM-JJ");
    }

    @Test
    void aPageAfterTheEndShowsTheLastPage() throws Exception {
        HttpResponse<String> page = api.get(port, "/en/search?q=sardine&page=999999999999");
        assertThat(page.statusCode()).isEqualTo(200);
        JsonNode answer = api.search(port, "q", "sardine", "page", "40000");
        assertThat(answer.get("page").asInt()).isEqualTo(answer.get("pages").asInt());
        assertThat(answer.get("results")).isNotEmpty();
    }

    @Test
    void theApiAnswersProblemDetailsForWhatItCannotDo() throws Exception {
        HttpResponse<String> post = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create("http://127.0.0.1:" + port + "/api/v1/search?q=x"))
                .POST(java.net.http.HttpRequest.BodyPublishers.noBody()).header("Accept", "application/json").build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(post.statusCode()).isBetween(400, 499);
        assertThat(post.body()).doesNotContain("Exception", "at org.");
    }

    @Test
    void theSearchPageShowsResultsFacetsAndTheMatchingPassage() throws Exception {
        String page = api.get(port, "/en/search?q=" + java.net.URLEncoder.encode("race to the bottom", "UTF-8")).body();
        assertThat(page).contains(">1 result<", "href=\"/en/transcripts/2026/02/20/press-conference-shared-sardine-stocks#turn-3\"",
                "<mark>race</mark>", ">Brussels Consultations on Shared Sardine Stocks</span> <span class=\"facet-count\">(1)</span>",
                ">Belgium</span>", ">Transcript</span>", "value=\"race to the bottom\"", "href=\"/en/search?q=race+to+the+bottom&amp;type=transcript\"");
        String suggestion = api.get(port, "/fr/search?q=mangrvoe").body();
        assertThat(suggestion).contains("Vouliez-vous dire", "href=\"/fr/search?q=mangrove\"");
    }
}
