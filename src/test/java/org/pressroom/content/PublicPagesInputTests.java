package org.pressroom.content;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** Addresses readers type, mistype or tamper with: a 404 or the nearest valid page, never a 500. */
@DemoPressRoomTest
class PublicPagesInputTests {

    @LocalServerPort
    int port;

    @Autowired
    DemoPages pages;

    @Test
    void unknownSlugsAndIdsAreNotFound() throws Exception {
        for (String path : new String[] {"/en/news/2026/02/12/no-such-story", "/fr/events/2026/02/pas-d-evenement",
                "/en/transcripts/2026/02/12/nothing-said", "/en/photos/999999-nothing", "/en/photos/abc",
                "/en/galleries/0-none", "/en/photos/99999999999999999999999-x", "/media/photos/999999/high.jpg",
                "/media/photos/1/original.jpg", "/media/photos/1/..%2F..%2Fpostgres.password.jpg"}) {
            HttpResponse<String> response = pages.get(port, path);
            assertThat(response.statusCode()).as(path).isIn(400, 404);
            assertThat(response.body()).as(path).doesNotContain("Exception", "at org.");
        }
    }

    @Test
    void impossibleDatesInAddressesAreNotFound() throws Exception {
        String slug = pages.translatedPressRelease().en().slug();
        for (String path : new String[] {"/en/news/2026/02/31/" + slug, "/en/news/2026/13/01/" + slug,
                "/en/news/2026/00/10/" + slug, "/en/events/2026/13/x", "/en/news/99999/01/01/" + slug}) {
            assertThat(pages.get(port, path).statusCode()).as(path).isEqualTo(404);
        }
    }

    @Test
    void anArticleAtAnotherDateMovesToItsAddress() throws Exception {
        String address = pages.article(pages.translatedPressRelease().key(), "en");
        String wrongDate = address.replaceFirst("/news/\\d{4}/\\d{2}/\\d{2}/", "/news/2001/01/01/");

        HttpResponse<String> response = pages.get(port, wrongDate);

        assertThat(response.statusCode()).isEqualTo(301);
        assertThat(response.headers().firstValue("Location").orElseThrow()).endsWith(address);
    }

    @Test
    void pagesOutOfRangeShowTheNearestPage() throws Exception {
        HttpResponse<String> negative = pages.get(port, "/en/news?page=-1");
        HttpResponse<String> huge = pages.get(port, "/en/news?page=999999");
        HttpResponse<String> words = pages.get(port, "/en/news?page=two");

        assertThat(negative.statusCode()).isEqualTo(200);
        assertThat(negative.body()).contains("Page 1 of ");
        assertThat(huge.statusCode()).isEqualTo(200);
        assertThat(huge.body()).containsPattern("Page (\\d+) of \\1<");
        assertThat(words.statusCode()).isEqualTo(200);
    }

    @Test
    void unknownFilterValuesAreLeftOutWithANotice() throws Exception {
        HttpResponse<String> type = pages.get(port, "/en/news?type=gossip");
        HttpResponse<String> month = pages.get(port, "/fr/news?month=2026-13");
        HttpResponse<String> calendar = pages.get(port, "/en/events?month=yesterday");

        assertThat(type.statusCode()).isEqualTo(200);
        assertThat(type.body()).contains("A filter in the address was not understood");
        assertThat(month.body()).contains("Un filtre de l&#39;adresse n&#39;a pas été compris");
        assertThat(calendar.statusCode()).isEqualTo(200);
        assertThat(calendar.body()).contains("A filter in the address was not understood");
        assertThat(pages.get(port, "/en/news/feed.rss?type=gossip").statusCode()).isEqualTo(404);
    }

    @Test
    void aFilterKeepsOnlyItsType() throws Exception {
        String page = pages.get(port, "/en/news?type=statement").body();

        assertThat(page).contains("badge-statement").doesNotContain("class=\"badge badge-press-release\"");
    }

    @Test
    void aTranslatedItemAskedForWithTheOtherLanguagesSlugMovesToItsOwnAddress() throws Exception {
        var release = pages.translatedPressRelease();
        String english = pages.article(release.key(), "en");

        HttpResponse<String> response = pages.get(port, english.replaceFirst("^/en/", "/fr/"));

        assertThat(response.statusCode()).isEqualTo(301);
        assertThat(response.headers().firstValue("Location").orElseThrow()).endsWith(pages.article(release.key(), "fr"));
    }

    @Test
    void anUnknownLanguagePrefixIsNotFound() throws Exception {
        String address = pages.article(pages.translatedPressRelease().key(), "en");

        assertThat(pages.get(port, address.replaceFirst("^/en/", "/de/")).statusCode()).isEqualTo(404);
        assertThat(pages.get(port, "/xx/news").statusCode()).isEqualTo(404);
    }
}
