package org.pressroom.backoffice;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.sql.Timestamp;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pressroom.MovableClockConfiguration;
import org.pressroom.MutableClock;
import org.pressroom.account.StaffRole;
import org.pressroom.account.StaffTestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/** The dashboard: the processing queue (live while busy), failed jobs with a retry, downloads per day and per asset. */
@SpringBootTest(properties = "spring.autoconfigure.exclude=org.springframework.boot.session.jdbc.autoconfigure.JdbcSessionAutoConfiguration")
@AutoConfigureMockMvc
@Import(MovableClockConfiguration.class)
class DashboardTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    MutableClock clock;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcTemplate jdbc;

    MockHttpSession editor;

    @BeforeEach
    void anEditor() throws Exception {
        clock.advance(Duration.ofHours(1));
        editor = new StaffTestSupport(context, mvc, clock).signedIn("dash." + System.nanoTime() + "@example.org", StaffRole.EDITOR);
    }

    @Autowired
    org.pressroom.content.ArticleEditing articles;

    @Autowired
    org.pressroom.content.Workflow workflow;

    @Test
    void aScheduledArticleIsListedWithItsTimeAndItsPublicationIsAudited() throws Exception {
        var created = articles.create(new org.pressroom.content.ArticleEditing.ArticleForm(org.pressroom.content.ArticleType.NEWS,
                null, null, null, java.util.Map.of("en", org.pressroom.content.ArticleEditing.ArticleVersion.of(
                        "Quotas for 2027", "Lead.", "<p>Body.</p>"))), org.pressroom.TestAccounts.id(1));
        Instant at = clock.instant().plus(java.time.Duration.ofDays(2));
        workflow.schedule(created.state().item(), at, org.pressroom.TestAccounts.id(1));

        String page = mvc.perform(get("/admin").session(editor)).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("Article " + created.state().item().id(), "SCHEDULED",
                java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(java.time.ZoneOffset.UTC).format(at) + " UTC");
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where item_type = 'article' and item_id = ? "
                + "and action = 'article.schedule'", Integer.class, String.valueOf(created.state().item().id()))).isEqualTo(1);
    }

    @Test
    void aFailedVideoShowsItsErrorAndRetryPutsItBackInTheQueueWithAnAuditEntry() throws Exception {
        long id = video("FAILED", 0.4f, "renditions", "moov atom not found");

        String page = mvc.perform(get("/admin").session(editor)).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("id=\"failed-" + id + "\"").contains("moov atom not found").contains("Retry");

        MvcResult retried = mvc.perform(post("/admin/processing/" + id + "/retry").session(editor).with(csrf())).andReturn();
        assertThat(retried.getFlashMap().get("notice")).isEqualTo("backoffice.processing.retried");
        assertThat(jdbc.queryForObject("select status from video_asset where id = ?", String.class, id)).isIn("RECEIVED", "PROCESSING", "FAILED");
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where action = 'video.processing-retried' and item_id = ?",
                Integer.class, Long.toString(id))).isEqualTo(1);

        MvcResult again = mvc.perform(post("/admin/processing/" + (id + 100000) + "/retry").session(editor).with(csrf())).andReturn();
        assertThat(again.getFlashMap().get("problem")).isEqualTo("backoffice.processing.not-failed");
    }

    @Test
    void theQueueAsksForItselfEveryTwoSecondsOnlyWhileAVideoIsBeingProcessed() throws Exception {
        jdbc.update("update video_asset set status = 'READY' where status in ('RECEIVED', 'PROCESSING')");
        String idle = mvc.perform(get("/admin/processing").session(editor)).andReturn().getResponse().getContentAsString();
        assertThat(idle).contains("No video is waiting or being processed").doesNotContain("every 2s");

        long id = video("PROCESSING", 0.42f, "hd-720p.mp4", null);
        String busy = mvc.perform(get("/admin/processing").session(editor)).andReturn().getResponse().getContentAsString();
        assertThat(busy).contains("data-hx-trigger=\"every 2s\"").contains("id=\"processing-" + id + "\"")
                .contains("value=\"42\"").contains("42 % (hd-720p.mp4)");
        jdbc.update("update video_asset set status = 'READY' where id = ?", id);
    }

    @Test
    void downloadsAreCountedPerDayAndPerAssetInATableAndAChart() throws Exception {
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        long video = video("READY", 1, "", null);
        download(video, clock.instant());
        download(video, clock.instant());
        download(video, clock.instant().minus(Duration.ofDays(2)));

        String page = mvc.perform(get("/admin").session(editor)).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("<td>" + today + "</td><td>2</td>").contains("<td>" + today.minusDays(2) + "</td><td>1</td>")
                .contains("y=\"0\" height=\"100\" data-day=\"" + today + "\"")
                .contains("y=\"50\" height=\"50\" data-day=\"" + today.minusDays(2) + "\"").contains("role=\"img\"");
    }

    private long video(String status, float progress, String stage, String error) {
        return jdbc.queryForObject("""
                insert into video_asset (status, title, original_name, progress, stage, error, created_at, updated_at)
                values (?, 'Press conference ' || ?, 'master.mxf', ?, ?, ?, ?, ?) returning id""", Long.class,
                status, System.nanoTime(), progress, stage, error, Timestamp.from(clock.instant()), Timestamp.from(clock.instant()));
    }

    private void download(long video, Instant at) {
        jdbc.update("""
                insert into download_log (asset_type, asset_id, rendition, file_size, first_byte, bytes_asked, bytes_sent, complete, via, started_at)
                values ('video', ?, 'broadcast', 100, 0, 100, 100, true, 'pressroom', ?)""", video, Timestamp.from(at));
    }
}
