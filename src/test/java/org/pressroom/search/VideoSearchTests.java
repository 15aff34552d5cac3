package org.pressroom.search;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The path media will take: a module's source gives a video whose shot list's shots and soundbites are
 * passages anchored at their second, and publishes {@link SearchableChanged} in its transaction. A soundbite
 * hit links to the video at that second; a rolled-back publication is never indexed.
 */
@SearchCorpusTest
class VideoSearchTests {

    static final String VIDEO = "reel:40";

    @LocalServerPort
    int port;

    @Autowired
    SearchApi api;

    @Autowired
    VideoSource videos;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transactions;

    static List<Searchable> pressConferenceVideo() {
        return List.of(new Searchable(VIDEO, "en", ResultType.VIDEO, "Press conference on shared sardine stocks: shots and soundbites",
                "B-roll and soundbites of the press conference at the end of the Brussels consultations.", "Brussels",
                List.of(Searchable.Part.at(0, null, "Wide shot of the press room, journalists taking their seats."),
                        Searchable.Part.at(42, "Jonas Berg", "Scientists tell us the sardinella stock has fallen by half in ten years."),
                        Searchable.Part.at(95, null, "Cutaway: fishing nets drying on the quay of Zeebrugge harbour.")),
                "/en/videos/40-press-conference-shared-sardine-stocks", "/media/videos/40/poster.jpg",
                LocalDate.parse("2026-02-20"), SearchCorpusTest.NOW.minusSeconds(86_400), 2L, "BE", List.of("Jonas Berg")));
    }

    @AfterEach
    void unpublish() {
        videos.unpublish(VIDEO);
        events.publishEvent(SearchableChanged.of(VIDEO));
    }

    @Test
    void aSoundbiteHitLinksToTheVideoAtItsSecond() throws Exception {
        transactions.executeWithoutResult(status -> {
            videos.publish(pressConferenceVideo());
            events.publishEvent(SearchableChanged.of(VIDEO));
        });

        JsonNode answer = api.search(port, "q", "fallen by half", "type", "video");
        assertThat(SearchApi.urls(answer)).containsExactly("/en/videos/40-press-conference-shared-sardine-stocks#t=42");
        assertThat(answer.get("results").get(0).get("snippetHtml").asString()).contains("<mark>fallen</mark>");
        assertThat(SearchApi.urls(api.search(port, "q", "Zeebrugge"))).containsExactly("/en/videos/40-press-conference-shared-sardine-stocks#t=95");
        assertThat(SearchFacetsTests.counts(api.search(port, "event", "2"), "type")).containsEntry("video", 1L);
        assertThat(SearchFacetsTests.counts(api.search(port, "type", "video"), "speaker")).containsEntry("Jonas Berg", 1L);
    }

    @Test
    void aPublicationRolledBackIsNeverIndexed() throws Exception {
        transactions.executeWithoutResult(status -> {
            videos.publish(pressConferenceVideo());
            events.publishEvent(SearchableChanged.of(VIDEO));
            status.setRollbackOnly();
        });
        videos.unpublish(VIDEO);
        assertThat(api.search(port, "type", "video").get("total").asLong()).isZero();
    }
}
