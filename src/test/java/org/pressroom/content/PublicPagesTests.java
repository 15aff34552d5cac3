package org.pressroom.content;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.pressroom.content.DemoContent.DemoArticle;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/** The public pages of the demo press room, in both languages, with their links between languages. */
@DemoPressRoomTest
class PublicPagesTests {

    @LocalServerPort
    int port;

    @Autowired
    DemoPages pages;

    @Autowired
    JsonMapper json;

    @Test
    void everyKindOfPageIsShownInBothLanguages() throws Exception {
        for (String lang : List.of("en", "fr")) {
            for (String path : pages.representativePages(lang)) {
                HttpResponse<String> response = pages.get(port, path);
                assertThat(response.statusCode()).as(path).isEqualTo(200);
                assertThat(response.body()).as(path).contains("<html lang=\"" + lang + "\">").containsOnlyOnce("<h1");
            }
        }
    }

    @Test
    void anArticleShowsItsTextItsNumberAndLinksToItsTranslation() throws Exception {
        DemoArticle release = pages.translatedPressRelease();
        String english = pages.article(release.key(), "en");
        String french = pages.article(release.key(), "fr");

        String page = pages.get(port, english).body();

        assertThat(page).contains(escaped(release.en().title()), "Press Release (" )
                .contains("<link rel=\"canonical\" href=\"http://localhost:8080" + english + "\">")
                .contains("hreflang=\"fr\" href=\"http://localhost:8080" + french + "\"")
                .contains("href=\"" + french + "\" hreflang=\"fr\" lang=\"fr\"");
        assertThat(pages.get(port, french).body()).contains(escaped(release.fr().title()), "Communiqué de presse (");
    }

    @Test
    void anArticleCarriesStructuredDataAndPreviews() throws Exception {
        DemoArticle release = pages.translatedPressRelease();
        String page = pages.get(port, pages.article(release.key(), "en")).body();

        JsonNode data = json.readTree(between(page, "<script type=\"application/ld+json\">", "</script>"));
        assertThat(data.get("@type").asString()).isEqualTo("NewsArticle");
        assertThat(data.get("headline").asString()).isEqualTo(release.en().title());
        assertThat(data.get("datePublished").asString()).matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2})?[+-]\\d{2}:\\d{2}");
        assertThat(page).contains("<meta property=\"og:type\" content=\"article\">", "<meta property=\"og:title\"");
    }

    @Test
    void anEventCarriesEventStructuredData() throws Exception {
        var event = pages.ongoingEvent();
        String page = pages.get(port, pages.event(event.key(), "fr")).body();

        JsonNode data = json.readTree(between(page, "<script type=\"application/ld+json\">", "</script>"));
        assertThat(data.get("@type").asString()).isEqualTo("Event");
        assertThat(data.get("location").get("address").get("addressCountry").asString()).isEqualTo(event.country());
        assertThat(page).contains("fi fi-" + event.country().toLowerCase());
    }

    @Test
    void anArticleNotTranslatedSaysSoAndOffersTheOtherLanguage() throws Exception {
        DemoArticle englishOnly = pages.englishOnly();
        String english = pages.article(englishOnly.key(), "en");
        String frenchAddress = english.replaceFirst("^/en/", "/fr/");

        String englishPage = pages.get(port, english).body();
        assertThat(englishPage).contains("href=\"" + frenchAddress + "\" hreflang=\"fr\" lang=\"fr\"")
                .doesNotContain("rel=\"alternate\" hreflang=\"fr\"");

        HttpResponse<String> french = pages.get(port, frenchAddress);
        assertThat(french.statusCode()).isEqualTo(404);
        assertThat(french.body()).contains("Cette page n&#39;existe pas en français", "href=\"" + english + "\"",
                "<meta name=\"robots\" content=\"noindex\">");
    }

    @Test
    void theEventProgrammeIsPagedByDay() throws Exception {
        var event = pages.ongoingEvent();
        String address = pages.event(event.key(), "en");

        String first = pages.get(port, address + "?day=1").body();
        String second = pages.get(port, address + "?day=2").body();
        String today = pages.get(port, address).body();

        assertThat(first).contains("Day 1 / " + event.days()).contains("?day=2#programme");
        assertThat(second).contains("Day 2 / " + event.days()).contains("?day=1#programme");
        String dayTwoItem = event.programme().stream().filter(item -> item.day() == 2).findFirst().orElseThrow().en().title();
        assertThat(second).contains(escaped(dayTwoItem));
        long todayInEvent = java.time.LocalDate.now(java.time.ZoneId.of(event.timeZone())).toEpochDay() - pages.startOf(event.key()).toEpochDay() + 1;
        assertThat(today).as("an ongoing event opens at today's programme").contains("Day " + todayInEvent + " / ");
        assertThat(pages.get(port, address + "?day=99").body()).contains("Day " + event.days() + " / " + event.days());
        assertThat(pages.get(port, address + "?day=-1").body()).contains("Day 1 / " + event.days());
    }

    @Test
    void aTranscriptShowsItsSpeakersItsMarkersAndItsQuestions() throws Exception {
        var transcript = pages.demo().transcripts().stream()
                .filter(t -> t.type() == TranscriptType.PRESS_CONFERENCE).findFirst().orElseThrow();
        String page = pages.get(port, pages.transcript(transcript.key(), "en")).body();

        assertThat(page).contains("Press conference", escaped(transcript.en().speakers().get(0)), "turn-question", "Question");
        assertThat(page).contains(transcript.original().equals("en") ? "Original language" : "Translation (original: ");
    }

    @Test
    void aPublicPhotoOffersItsHighResolutionFileAndAnAccountOnlyPhotoAsksToLogIn() throws Exception {
        var open = pages.demo().photos().stream().filter(p -> p.download() == DownloadPolicy.PUBLIC).findFirst().orElseThrow();
        var restricted = pages.demo().photos().stream().filter(p -> p.download() == DownloadPolicy.ACCOUNT).findFirst().orElseThrow();

        String openPage = pages.get(port, pages.photo(open.key(), "en")).body();
        // The page's button goes through the downloads (checked, signed, logged); the file's own address answers too.
        assertThat(openPage).contains("/en/downloads/photo/" + pages.photoId(open.key()) + "/high", "SHA-256");
        HttpResponse<String> start = pages.get(port, "/en/downloads/photo/" + pages.photoId(open.key()) + "/high");
        assertThat(start.statusCode()).isEqualTo(302);
        assertThat(start.headers().firstValue("Location").orElseThrow()).contains("/downloads/").endsWith("-high.jpg");
        HttpResponse<String> file = pages.get(port, "/media/photos/" + pages.photoId(open.key()) + "/high.jpg");
        assertThat(file.statusCode()).isEqualTo(200);
        assertThat(file.headers().firstValue("Content-Disposition").orElseThrow()).startsWith("attachment;");

        String restrictedPage = pages.get(port, pages.photo(restricted.key(), "en")).body();
        assertThat(restrictedPage).contains("Log in or create an account to download")
                .doesNotContain("/media/photos/" + pages.photoId(restricted.key()) + "/high.jpg")
                .doesNotContain("/en/downloads/photo/" + pages.photoId(restricted.key()) + "/high");
        assertThat(pages.get(port, "/media/photos/" + pages.photoId(restricted.key()) + "/high.jpg").statusCode()).isEqualTo(403);
        assertThat(pages.get(port, "/media/photos/" + pages.photoId(restricted.key()) + "/web.jpg").statusCode()).isEqualTo(200);
    }

    @Test
    void theSitemapListsEveryLanguageVersionWithItsAlternates() throws Exception {
        DemoArticle release = pages.translatedPressRelease();
        HttpResponse<String> sitemap = pages.get(port, "/sitemap.xml");

        assertThat(sitemap.statusCode()).isEqualTo(200);
        assertThat(sitemap.body()).contains("<loc>http://localhost:8080" + pages.article(release.key(), "en") + "</loc>",
                "<loc>http://localhost:8080" + pages.article(release.key(), "fr") + "</loc>",
                "hreflang=\"fr\" href=\"http://localhost:8080" + pages.article(release.key(), "fr") + "\"");
        assertThat(sitemap.body()).doesNotContain(pages.article(pages.englishOnly().key(), "en").replaceFirst("^/en/", "/fr/"));
    }

    private static String between(String text, String start, String end) {
        Matcher matcher = Pattern.compile(Pattern.quote(start) + "(.*?)" + Pattern.quote(end), Pattern.DOTALL).matcher(text);
        assertThat(matcher.find()).as("contains " + start).isTrue();
        return matcher.group(1);
    }

    static String escaped(String text) {
        return org.springframework.web.util.HtmlUtils.htmlEscape(text, "UTF-8");
    }
}
