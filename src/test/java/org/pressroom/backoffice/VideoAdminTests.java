package org.pressroom.backoffice;

import java.io.InputStream;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pressroom.MovableClockConfiguration;
import org.pressroom.MutableClock;
import org.pressroom.account.StaffRole;
import org.pressroom.account.StaffTestSupport;
import org.pressroom.media.StaffVideos;
import org.pressroom.media.TestMasters;
import org.pressroom.media.VideoDetails;
import org.pressroom.media.VideoEditing;
import org.pressroom.media.VideoIngest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The back office's video pages with a real master processed by real ffmpeg: editing while it is processed, every
 * mistake named with what was typed kept, a stale form refused, publishing kept for publishers, the preview watched
 * by staff before anyone else, and every change in the audit log.
 */
@SpringBootTest(properties = "spring.autoconfigure.exclude=org.springframework.boot.session.jdbc.autoconfigure.JdbcSessionAutoConfiguration")
@AutoConfigureMockMvc
@Import(MovableClockConfiguration.class)
class VideoAdminTests {

    private static Long video;

    @Autowired
    MockMvc mvc;

    @Autowired
    MutableClock clock;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    VideoIngest ingest;

    @Autowired
    VideoEditing editing;

    @Autowired
    StaffVideos videos;

    StaffTestSupport staff;

    @BeforeEach
    void support() throws Exception {
        staff = new StaffTestSupport(context, mvc, clock);
        clock.advance(Duration.ofHours(1));
        if (video == null) {
            try (InputStream in = Files.newInputStream(TestMasters.small(640, 360))) {
                video = ingest.ingest(in, "council.mov", new VideoDetails("Council press conference", "", null, "",
                        List.of(), "© Council", "ACCOUNT", "", false));
            }
        }
        // Editing starts as soon as the master has been read; processing goes on meanwhile.
        await().atMost(Duration.ofMinutes(3)).until(() -> editing.editable(video).orElseThrow().duration() > 0);
    }

    @Test
    void anEditorWritesAShotListWithCommasAndFramesWhileTheVideoIsProcessedAndItIsAudited() throws Exception {
        MockHttpSession session = staff.signedIn(address(), StaffRole.EDITOR);
        String page = html(mvc.perform(get("/admin/videos/" + video).session(session)).andReturn().getResponse());
        assertThat(page).contains("Council press conference", "name=\"at\"", "Player time");

        MockHttpServletResponse saved = mvc.perform(shots(session, version(page, "shot-form"),
                        new String[][] {{"00:00:00", "00:00:02:12", "shot", "Wide shot, council chamber", "", ""},
                                {"2.48", "", "soundbite", "We agreed, at last.", "Anne Martin, Chair", "eng"},
                                {"", "", "shot", "", "", ""}}))
                .andReturn().getResponse();

        assertThat(saved.getRedirectedUrl()).isEqualTo("/admin/videos/" + video + "#shot-list");
        assertThat(editing.editable(video).orElseThrow().shots()).extracting(VideoEditing.ShotLine::text)
                .containsExactly("Wide shot, council chamber", "We agreed, at last.");
        assertThat(editing.editable(video).orElseThrow().shots().get(0).to()).isEqualTo("00:00:02.480");
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where action = 'video.shots' and item_id = ? "
                + "and after::text like '%Anne Martin, Chair%' and actor like '%<%'", Integer.class, String.valueOf(video)))
                .isEqualTo(1);
    }

    @Test
    void wrongLinesComeBackNamedWithWhatWasTypedAndNothingIsSaved() throws Exception {
        MockHttpSession session = staff.signedIn(address(), StaffRole.EDITOR);
        List<VideoEditing.ShotLine> before = editing.editable(video).orElseThrow().shots();
        String page = html(mvc.perform(get("/admin/videos/" + video).session(session)).andReturn().getResponse());

        MockHttpServletResponse refused = mvc.perform(shots(session, version(page, "shot-form"),
                        new String[][] {{"1:2:3:4:5", "", "shot", "Typed with care <b>bold</b>", "", ""},
                                {"00:00:30", "", "soundbite", "After the end", "", ""}}))
                .andReturn().getResponse();

        assertThat(refused.getStatus()).isEqualTo(200);
        String body = html(refused);
        assertThat(body).contains("Nothing was saved", "Line 1: &quot;1:2:3:4:5&quot; is not a time",
                "Line 2: 00:00:30 is after the end of the video (00:00:10", "Line 2: a soundbite needs its speaker.",
                "value=\"1:2:3:4:5\"", "Typed with care &lt;b&gt;bold&lt;/b&gt;", "aria-invalid=\"true\"");
        assertThat(editing.editable(video).orElseThrow().shots()).isEqualTo(before);
    }

    @Test
    void aFormOpenedBeforeSomeoneElsesSaveIsRefusedAndKeepsTheEditorsText() throws Exception {
        MockHttpSession first = staff.signedIn(address(), StaffRole.EDITOR);
        MockHttpSession second = staff.signedIn(address(), StaffRole.EDITOR);
        String page = html(mvc.perform(get("/admin/videos/" + video).session(second)).andReturn().getResponse());
        String stale = version(page, "details-form");
        String current = html(mvc.perform(get("/admin/videos/" + video).session(first)).andReturn().getResponse());
        assertThat(mvc.perform(details(first, version(current, "details-form"), "Council press conference, day 1"))
                .andReturn().getResponse().getRedirectedUrl()).isEqualTo("/admin/videos/" + video);

        String refused = html(mvc.perform(details(second, stale, "My better title")).andReturn().getResponse());

        assertThat(refused).contains("Someone else saved this video while you were editing it", "value=\"My better title\"");
        assertThat(videos.find(video).orElseThrow().title()).isEqualTo("Council press conference, day 1");
    }

    @Test
    void onlyAPublisherDecidesWhetherTheVideoIsShownOnTheSite() throws Exception {
        MockHttpSession editor = staff.signedIn(address(), StaffRole.EDITOR);
        String page = html(mvc.perform(get("/admin/videos/" + video).session(editor)).andReturn().getResponse());
        assertThat(page).contains("Only a publisher can change whether the video is shown");
        mvc.perform(details(editor, version(page, "details-form"), "Council press conference").param("publish", "true"));
        assertThat(videos.find(video).orElseThrow().publish()).isFalse();

        MockHttpSession publisher = staff.signedIn(address(), StaffRole.PUBLISHER);
        page = html(mvc.perform(get("/admin/videos/" + video).session(publisher)).andReturn().getResponse());
        mvc.perform(details(publisher, version(page, "details-form"), "Council press conference").param("publish", "true"));
        assertThat(videos.find(video).orElseThrow().publish()).isTrue();
        mvc.perform(details(publisher, version(html(mvc.perform(get("/admin/videos/" + video).session(publisher))
                .andReturn().getResponse()), "details-form"), "Council press conference"));
        assertThat(videos.find(video).orElseThrow().publish()).isFalse();
    }

    @Test
    void staffWatchThePreviewBeforeItIsPublishedAndNobodyElseCan() throws Exception {
        await().atMost(Duration.ofMinutes(3)).until(() -> videos.preview(video).orElseThrow().hls() != null);
        String playlist = videos.preview(video).orElseThrow().hls();
        MockHttpSession editor = staff.signedIn(address(), StaffRole.EDITOR);

        MockHttpServletResponse forStaff = mvc.perform(get(playlist).session(editor)).andReturn().getResponse();
        assertThat(forStaff.getStatus()).isEqualTo(200);
        assertThat(forStaff.getContentAsString()).startsWith("#EXTM3U");
        assertThat(forStaff.getHeader("Cache-Control")).contains("no-store").contains("private");
        assertThat(mvc.perform(get(playlist)).andReturn().getResponse().getStatus()).isEqualTo(404);
        MockHttpSession journalist = staff.mediaSession(address());
        assertThat(mvc.perform(get(playlist).session(journalist)).andReturn().getResponse().getStatus()).isEqualTo(404);
    }

    @Test
    void visitorsAndJournalistsNeverReachTheVideoPages() throws Exception {
        assertThat(mvc.perform(get("/admin/videos")).andReturn().getResponse().getRedirectedUrl()).isEqualTo("/admin/sign-in");
        MockHttpSession journalist = staff.mediaSession(address());
        assertThat(mvc.perform(get("/admin/videos/" + video).session(journalist)).andReturn().getResponse().getStatus()).isEqualTo(403);
        assertThat(mvc.perform(post("/admin/videos/" + video + "/shots").session(journalist).with(csrf()).param("at", "1")
                .param("text", "x")).andReturn().getResponse().getStatus()).isEqualTo(403);
        MockHttpSession editor = staff.signedIn(address(), StaffRole.EDITOR);
        assertThat(mvc.perform(get("/admin/videos/999999999").session(editor)).andReturn().getResponse().getStatus()).isEqualTo(404);
        assertThat(mvc.perform(get("/admin/videos/nope").session(editor)).andReturn().getResponse().getStatus()).isEqualTo(404);
        assertThat(html(mvc.perform(get("/admin/videos").param("page", "x").session(editor)).andReturn().getResponse()))
                .contains("Council press conference");
    }

    private MockHttpServletRequestBuilder shots(MockHttpSession session, String version, String[][] lines) {
        MockHttpServletRequestBuilder request = post("/admin/videos/" + video + "/shots").session(session).with(csrf())
                .param("version", version);
        String[] names = {"at", "to", "kind", "text", "speaker", "language"};
        for (String[] line : lines) {
            for (int i = 0; i < names.length; i++) {
                request.param(names[i], line[i]);
            }
        }
        return request;
    }

    private MockHttpServletRequestBuilder details(MockHttpSession session, String version, String title) {
        return post("/admin/videos/" + video + "/details").session(session).with(csrf()).param("version", version)
                .param("title", title).param("download", "ACCOUNT").param("credit", "© Council")
                .param("audioLanguage", "eng").param("audioLanguage", "fra");
    }

    /** The version hidden in one of the page's two forms. */
    private static String version(String page, String form) {
        int start = page.indexOf("class=\"admin-form " + form + "\"");
        assertThat(start).as("the " + form + " on the page").isPositive();
        int at = page.indexOf("name=\"version\" value=\"", start) + "name=\"version\" value=\"".length();
        return page.substring(at, page.indexOf('"', at));
    }

    private static String html(MockHttpServletResponse response) throws Exception {
        response.setCharacterEncoding("UTF-8");
        return response.getContentAsString();
    }

    private static String address() {
        return "video.staff." + System.nanoTime() + "@example.org";
    }

}
