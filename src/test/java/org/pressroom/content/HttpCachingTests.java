package org.pressroom.content;

import java.net.http.HttpResponse;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/** Public pages can be kept by browsers and CDNs, and a change to a story shows at once. */
@DemoPressRoomTest
class HttpCachingTests {

    @LocalServerPort
    int port;

    @Autowired
    DemoPages pages;

    @Autowired
    ArticleRepository articles;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void anAnonymousPageIsPublicWithAnEtagAndAConditionalRequestGets304() throws Exception {
        String address = pages.article(pages.translatedPressRelease().key(), "en");

        HttpResponse<String> first = pages.get(port, address);
        String etag = first.headers().firstValue("ETag").orElseThrow();
        HttpResponse<String> again = pages.get(port, address, "If-None-Match", etag);

        assertThat(first.headers().firstValue("Cache-Control")).hasValue("public, no-cache");
        assertThat(first.headers().allValues("Vary").toString()).contains("Cookie");
        assertThat(first.headers().firstValue("Content-Security-Policy")).isPresent();
        assertThat(again.statusCode()).isEqualTo(304);
        assertThat(again.body()).isEmpty();
        assertThat(pages.get(port, address, "If-None-Match", "\"something-else\"").statusCode()).isEqualTo(200);
    }

    @Test
    void aPageServedFromMemoryIsTheSameAsARenderedOne() throws Exception {
        String address = pages.event(pages.ongoingEvent().key(), "fr");

        HttpResponse<String> rendered = pages.get(port, address, "Cookie", "x=1");
        HttpResponse<String> first = pages.get(port, address);
        HttpResponse<String> cached = pages.get(port, address);

        assertThat(cached.body()).isEqualTo(first.body()).isEqualTo(rendered.body());
        assertThat(rendered.headers().firstValue("Cache-Control")).hasValue("private, no-cache");
        assertThat(cached.headers().firstValue("X-Frame-Options")).isPresent();
    }

    @Test
    void editingAStoryMakesItsPagesFreshAtOnce() throws Exception {
        var release = pages.translatedPressRelease();
        String address = pages.article(release.key(), "en");
        String before = pages.get(port, address).headers().firstValue("ETag").orElseThrow();
        assertThat(pages.get(port, "/en/news?type=press-release").body()).doesNotContain("Corrected headline");

        transactions.executeWithoutResult(status -> {
            Article article = articles.findByDemoKey(release.key()).orElseThrow();
            article.texts.get("en").title = "Corrected headline";
            article.updatedAt = Instant.now();
        });
        HttpResponse<String> after = pages.get(port, address, "If-None-Match", before);

        try {
            assertThat(after.statusCode()).isEqualTo(200);
            assertThat(after.body()).contains("Corrected headline");
            assertThat(pages.get(port, "/en/news?type=press-release").body()).contains("Corrected headline");
        } finally {
            transactions.executeWithoutResult(status ->
                    articles.findByDemoKey(release.key()).orElseThrow().texts.get("en").title = release.en().title());
        }
    }

    @Test
    void aPageThatOpensASessionIsNeverStoredEvenUnderAnEncodedAddress() throws Exception {
        for (String path : new String[] {"/en/account/register", "/en/%61ccount/register"}) {
            HttpResponse<String> first = pages.get(port, path);
            HttpResponse<String> second = pages.get(port, path);

            assertThat(first.statusCode()).as(path).isEqualTo(200);
            assertThat(first.headers().firstValue("Cache-Control").orElse("")).as(path).doesNotContain("public");
            assertThat(token(second.body())).as(path).isNotEqualTo(token(first.body()));
        }
    }

    @Test
    void headAnswersWithTheHeadersOfGet() throws Exception {
        String address = pages.event(pages.ongoingEvent().key(), "en") + "?day=1";
        HttpResponse<Void> head = pages.head(port, address);
        HttpResponse<String> get = pages.get(port, address);
        HttpResponse<Void> headAgain = pages.head(port, address);

        for (HttpResponse<Void> response : java.util.List.of(head, headAgain)) {
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.headers().firstValue("ETag")).isEqualTo(get.headers().firstValue("ETag"));
            assertThat(response.headers().firstValue("Cache-Control")).isEqualTo(get.headers().firstValue("Cache-Control"));
            assertThat(response.headers().firstValue("Content-Length")).isEqualTo(get.headers().firstValue("Content-Length"));
        }
    }

    private static String token(String page) {
        var matcher = java.util.regex.Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page);
        assertThat(matcher.find()).as("the page has a CSRF token").isTrue();
        return matcher.group(1);
    }

    @Test
    void feedsAndTheSitemapHaveEtagsToo() throws Exception {
        for (String path : new String[] {"/en/news/feed.rss", "/fr/news/feed.atom", "/en/events/calendar.ics", "/sitemap.xml"}) {
            HttpResponse<String> response = pages.get(port, path);
            String etag = response.headers().firstValue("ETag").orElseThrow();
            assertThat(pages.get(port, path, "If-None-Match", etag).statusCode()).as(path).isEqualTo(304);
        }
    }
}
