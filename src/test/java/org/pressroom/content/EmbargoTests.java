package org.pressroom.content;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;

import com.github.kagkarlsson.scheduler.Scheduler;
import org.junit.jupiter.api.Test;
import org.pressroom.MutableClock;
import org.pressroom.media.MediaStorage;
import org.pressroom.media.VideoEmbargo;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * An embargoed item is visible to nobody outside staff until its time: not on its page or in lists (the public page
 * cache included), search (neither found nor counted in the facets, and out of the index), the RSS feed, the
 * calendar, the sitemap, the APIs, nor its media: a photo's files, and the player files, download panel and API of a
 * video linked to an embargoed event. Once the clock passes the embargo and its job has run, all of it is there.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(EditorialTestSupport.class)
class EmbargoTests {

    static final java.util.UUID PUBLISHER = org.pressroom.TestAccounts.id(42);

    @LocalServerPort
    int port;
    @Autowired
    MutableClock clock;
    @Autowired
    Workflow workflow;
    @Autowired
    ArticleEditing articles;
    @Autowired
    EventEditing events;
    @Autowired
    VideoEmbargo videoEmbargo;
    @Autowired
    MediaStorage storage;
    @Autowired
    Scheduler scheduler;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    ArticleRepository articleRepository;
    @Autowired
    EventRepository eventRepository;
    @Autowired
    Cards cards;
    @Autowired
    JsonMapper json;

    private final HttpClient http = HttpClient.newHttpClient();

    HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    JsonNode search(String words) throws Exception {
        HttpResponse<String> response = get("/api/v1/search?q=" + URLEncoder.encode(words, StandardCharsets.UTF_8));
        assertThat(response.statusCode()).isEqualTo(200);
        return json.readTree(response.body());
    }

    long newsCount() throws Exception {
        for (JsonNode value : search("").path("facets").path("type")) {
            if (value.path("value").asString().equals("news")) {
                return value.path("count").asLong();
            }
        }
        return 0;
    }

    ContentItem article(String word) {
        var result = articles.create(new ArticleEditing.ArticleForm(ArticleType.NEWS, null, null, null,
                Map.of("en", ArticleEditing.ArticleVersion.of("Embargoed " + word + " findings", "A lead on " + word + ".",
                        "<p>The " + word + " report.</p>"))), PUBLISHER);
        assertThat(result.problems()).isEmpty();
        return result.state().item();
    }

    /** A ready, published video with a poster and an original in media storage, as processing leaves one. */
    long video(String title) throws Exception {
        Instant now = clock.instant();
        Long id = jdbc.queryForObject("""
                insert into video_asset (status, title, original_name, container, created_at, updated_at, ready_at, publish, download)
                values ('READY', ?, 'master.mp4', 'mp4', ?, ?, ?, true, 'PUBLIC') returning id""", Long.class, title,
                Timestamp.from(now), Timestamp.from(now), Timestamp.from(now.minusSeconds(60)));
        MediaStorage.StoredFile original = storage.store("videos/" + id + "/original.mp4", new ByteArrayInputStream(new byte[2048]));
        jdbc.update("update video_asset set original_key = ?, original_size = ?, original_sha256 = ? where id = ?", original.key(),
                original.size(), original.sha256(), id);
        MediaStorage.StoredFile poster = storage.store("videos/" + id + "/poster.jpg", new ByteArrayInputStream(new byte[] {1, 2, 3}));
        jdbc.update("insert into video_rendition (asset_id, kind, name, storage_key, size, sha256) values (?, 'POSTER', 'poster', ?, ?, ?)",
                id, poster.key(), poster.size(), poster.sha256());
        return id;
    }

    long photo(String caption) throws Exception {
        Timestamp published = Timestamp.from(clock.instant().minusSeconds(60));
        Long id = jdbc.queryForObject("""
                insert into photo (taken_at, photographer, credit, download, width, height, status, published_at, updated_at)
                values (?, 'J. Doe', '© Photo Desk', 'PUBLIC', 4, 3, 'PUBLISHED', ?, ?) returning id""", Long.class,
                published, published, published);
        jdbc.update("insert into photo_text (photo_id, lang, caption, slug) values (?, 'en', ?, ?)", id, caption, "photo-" + id);
        for (String kind : List.of("web", "thumbnail")) {
            MediaStorage.StoredFile file = storage.store("photos/" + id + "/" + kind + ".jpg", new ByteArrayInputStream(new byte[] {9, 8, 7}));
            jdbc.update("""
                    insert into photo_rendition (photo_id, kind, storage_key, content_type, width, height, size, sha256)
                    values (?, ?, ?, 'image/jpeg', 4, 3, ?, ?)""", id, kind.toUpperCase(java.util.Locale.ROOT), file.key(), file.size(), file.sha256());
        }
        return id;
    }

    void runDueJobs(Instant until) {
        scheduler.triggerCheckForDueExecutions();
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).until(() -> jdbc.queryForObject(
                "select count(*) from scheduled_tasks where task_name in ('content-embargo-lift', 'video-embargo-lift') and execution_time <= ?",
                Long.class, Timestamp.from(until)) == 0);
    }

    @Test
    void anEmbargoedItemIsAbsentEverywhereUntilItsTimeThenPresentEverywhere() throws Exception {
        Instant until = clock.instant().plus(Duration.ofHours(2));

        // A press release prepared under embargo, published before its time.
        ContentItem prepared = article("quahog");
        workflow.embargo(prepared, until, PUBLISHER);
        ItemState published = workflow.publish(prepared, PUBLISHER);
        assertThat(published.publishedAt()).as("readers first see it at the embargo's end").isEqualTo(until);

        // A news item already public, then put under embargo: it leaves the index, the cached list and its page.
        ContentItem recalled = article("geoduck");
        workflow.publish(recalled, PUBLISHER);
        String recalledUrl = transactions.execute(tx -> cards.articleUrl(articleRepository.findById(recalled.id()).orElseThrow(), "en"));
        assertThat(search("geoduck").path("total").asLong()).isEqualTo(1);
        assertThat(get("/en/news").body()).contains("Embargoed geoduck findings");
        long countedWhilePublic = newsCount();
        workflow.embargo(recalled, until, PUBLISHER);

        // An event under embargo, with a programme item showing a video; and a photo under embargo.
        long video = video("Cormorant colony footage");
        videoEmbargo.lift(video); // indexed as any published video
        assertThat(search("cormorant").path("total").asLong()).isEqualTo(1);
        LocalDate first = LocalDate.ofInstant(clock.instant(), java.time.ZoneOffset.UTC).plusDays(10);
        var event = events.create(new EventEditing.EventForm(first, first.plusDays(1), "Europe/Brussels", "BE", false,
                Map.of("en", new EventEditing.EventVersion("Puffin summit", "", "Harbour Hall", "Ostend", "<p>Puffins.</p>"))), PUBLISHER);
        ContentItem eventItem = event.state().item();
        var added = events.saveItem(eventItem.id(), event.state().version(), new EventEditing.ProgrammeEntry(null, first,
                LocalTime.of(10, 0), LocalTime.of(11, 0), "Room 1", Access.ACCREDITED, Coverage.LIVE, List.of("en"),
                Map.of("en", "Opening of the puffin summit"), List.of(), List.of(), List.of(video)), PUBLISHER);
        assertThat(added.problems()).isEmpty();
        workflow.publish(eventItem, PUBLISHER);
        workflow.embargo(eventItem, until, PUBLISHER);
        long photo = photo("Guillemot on the cliff");
        workflow.embargo(ContentItem.photo(photo), until, PUBLISHER);
        String eventUrl = transactions.execute(tx -> Cards.eventUrl(eventRepository.findById(eventItem.id()).orElseThrow(), "en"));

        // Before its time: nowhere.
        assertThat(get(recalledUrl).statusCode()).isEqualTo(404);
        assertThat(get("/en/news").body()).doesNotContain("quahog").doesNotContain("geoduck");
        assertThat(search("quahog").path("total").asLong()).isZero();
        assertThat(search("geoduck").path("total").asLong()).isZero();
        assertThat(search("puffin").path("total").asLong()).isZero();
        assertThat(search("guillemot").path("total").asLong()).isZero();
        assertThat(search("cormorant").path("total").asLong()).as("the linked video left the index").isZero();
        assertThat(newsCount()).as("facet count").isEqualTo(countedWhilePublic - 1);
        assertThat(get("/en/news/feed.rss").body()).doesNotContain("quahog").doesNotContain("geoduck");
        assertThat(get("/en/news/feed.atom").body()).doesNotContain("quahog");
        assertThat(get("/en/events/calendar.ics").body()).doesNotContain("Puffin summit");
        assertThat(get("/sitemap.xml").body()).doesNotContain(recalledUrl).doesNotContain(eventUrl)
                .doesNotContain("/photos/" + photo + "-");
        assertThat(get(eventUrl).statusCode()).isEqualTo(404);
        assertThat(get("/en/photos/" + photo + "-photo-" + photo).statusCode()).isEqualTo(404);
        assertThat(get("/media/photos/" + photo + "/web.jpg").statusCode()).isEqualTo(404);
        assertThat(get("/api/v1/videos/" + video).statusCode()).isEqualTo(404);
        assertThat(get("/api/v1/videos").body()).doesNotContain("Cormorant");
        assertThat(get("/media/videos/" + video + "/poster.jpg").statusCode()).isEqualTo(404);
        assertThat(get("/en/videos/" + video + "/downloads").statusCode()).isEqualTo(404);
        assertThat(get("/en/videos/" + video + "-cormorant-colony-footage").statusCode()).isEqualTo(404);

        // Its time comes: the clock passes it and the jobs run.
        clock.advance(Duration.ofHours(2).plusMinutes(1));
        runDueJobs(until);

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            assertThat(search("quahog").path("total").asLong()).isEqualTo(1);
            assertThat(search("geoduck").path("total").asLong()).isEqualTo(1);
            assertThat(search("puffin").path("total").asLong()).isPositive();
            assertThat(search("guillemot").path("total").asLong()).isEqualTo(1);
            assertThat(search("cormorant").path("total").asLong()).isEqualTo(1);
        });
        assertThat(newsCount()).isEqualTo(countedWhilePublic + 1);
        assertThat(get(recalledUrl).statusCode()).isEqualTo(200);
        assertThat(get("/en/news").body()).contains("Embargoed quahog findings").contains("Embargoed geoduck findings");
        assertThat(get("/en/news/feed.rss").body()).contains("quahog").contains("geoduck");
        assertThat(get("/en/events/calendar.ics").body()).contains("Puffin summit");
        assertThat(get("/sitemap.xml").body()).contains(recalledUrl).contains(eventUrl);
        assertThat(get(eventUrl).body()).contains("Puffin summit").contains("Cormorant colony footage");
        assertThat(get("/en/photos/" + photo + "-photo-" + photo).statusCode()).isEqualTo(200);
        assertThat(get("/media/photos/" + photo + "/web.jpg").statusCode()).isEqualTo(200);
        assertThat(get("/api/v1/videos/" + video).statusCode()).isEqualTo(200);
        assertThat(get("/media/videos/" + video + "/poster.jpg").statusCode()).isEqualTo(200);
        assertThat(get("/en/videos/" + video + "/downloads").statusCode()).isEqualTo(200);
    }

    @Test
    void anEmbargoEndingBeforeNowIsRefusedAndALiftedOneShowsTheItemAtOnce() throws Exception {
        ContentItem item = article("sandeel");
        workflow.publish(item, PUBLISHER);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> workflow.embargo(item, clock.instant(), PUBLISHER))
                .isInstanceOf(EditorialRefusal.class);

        workflow.embargo(item, clock.instant().plus(Duration.ofDays(1)), PUBLISHER);
        assertThat(search("sandeel").path("total").asLong()).isZero();
        assertThat(get("/en/news").body()).doesNotContain("sandeel");

        workflow.liftEmbargo(item, PUBLISHER);
        assertThat(search("sandeel").path("total").asLong()).isEqualTo(1);
        assertThat(get("/en/news").body()).contains("Embargoed sandeel findings");
    }
}
