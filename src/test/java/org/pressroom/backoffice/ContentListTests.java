package org.pressroom.backoffice;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pressroom.MovableClockConfiguration;
import org.pressroom.MutableClock;
import org.pressroom.TestAccounts;
import org.pressroom.account.StaffRole;
import org.pressroom.account.StaffTestSupport;
import org.pressroom.content.ArticleEditing;
import org.pressroom.content.ArticleEditing.ArticleForm;
import org.pressroom.content.ArticleEditing.ArticleVersion;
import org.pressroom.content.ArticleType;
import org.pressroom.content.ContentItem;
import org.pressroom.content.Workflow;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/** The content list: every item whatever its status, filters, and preview links that show drafts. */
@SpringBootTest(properties = "spring.autoconfigure.exclude=org.springframework.boot.session.jdbc.autoconfigure.JdbcSessionAutoConfiguration")
@AutoConfigureMockMvc
@Import(MovableClockConfiguration.class)
class ContentListTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    MutableClock clock;

    @Autowired
    ApplicationContext context;

    @Autowired
    ArticleEditing articles;

    @Autowired
    Workflow workflow;

    MockHttpSession editor;

    @BeforeEach
    void anEditor() throws Exception {
        clock.advance(Duration.ofHours(1));
        editor = new StaffTestSupport(context, mvc, clock).signedIn("list." + System.nanoTime() + "@example.org", StaffRole.EDITOR);
    }

    private ContentItem article(String title) {
        return articles.create(new ArticleForm(ArticleType.NEWS, null, null, null, Map.of("en", ArticleVersion.of(title, "Lead.", "<p>Body.</p>"))),
                TestAccounts.id(1)).state().item();
    }

    private String page(String path) throws Exception {
        return mvc.perform(get(path).session(editor)).andReturn().getResponse().getContentAsString();
    }

    @Test
    void draftsScheduledAndEmbargoedItemsAreListedWithTheirStateAndAPreviewThatShowsThem() throws Exception {
        String run = Long.toString(System.nanoTime());
        ContentItem draft = article("Draft on tidal power " + run);
        ContentItem scheduled = article("Scheduled note on ferries " + run);
        workflow.schedule(scheduled, clock.instant().plus(Duration.ofDays(2)), TestAccounts.id(1));
        ContentItem embargoed = article("Embargoed report on dunes " + run);
        workflow.publish(embargoed, TestAccounts.id(1));
        workflow.embargo(embargoed, clock.instant().plus(Duration.ofHours(6)), TestAccounts.id(1));

        String list = page("/admin/content?kind=article");

        assertThat(list).contains("Draft on tidal power " + run, "Scheduled note on ferries " + run, "Embargoed report on dunes " + run)
                .contains("id=\"article-" + draft.id() + "\"", "Draft", "Scheduled", "embargoed until");
        String row = list.substring(list.indexOf("id=\"article-" + draft.id() + "\""));
        String preview = row.substring(row.indexOf("/en/preview/"), row.indexOf('"', row.indexOf("/en/preview/")));
        String shown = mvc.perform(get(preview)).andReturn().getResponse().getContentAsString();
        assertThat(shown).as("the draft, seen through its preview link by anyone who has it").contains("Draft on tidal power " + run);
        assertThat(mvc.perform(get("/en/news")).andReturn().getResponse().getContentAsString()).doesNotContain("Draft on tidal power " + run);
    }

    @Test
    void eachNewLinkAndEachTitleOpensItsEditPage() throws Exception {
        ContentItem draft = article("Draft linked to its page " + System.nanoTime());
        String list = page("/admin/content");

        java.util.List<String> created = java.util.regex.Pattern.compile("href=\"(/admin/[a-z]+/new)\"").matcher(list).results()
                .map(found -> found.group(1)).toList();

        assertThat(created).containsExactlyInAnyOrder("/admin/articles/new", "/admin/events/new", "/admin/transcripts/new",
                "/admin/photos/new", "/admin/galleries/new");
        for (String link : created) {
            assertThat(mvc.perform(get(link).session(editor)).andReturn().getResponse().getStatus()).as(link).isEqualTo(200);
        }
        assertThat(list).contains("href=\"/admin/articles/" + draft.id() + "\"");
        assertThat(page("/admin/articles/" + draft.id())).contains("Draft linked to its page");
    }

    @Test
    void filtersNarrowTheListAndAnUnknownFilterIsIgnoredWithANotice() throws Exception {
        String run = Long.toString(System.nanoTime());
        article("Only a draft " + run);

        assertThat(page("/admin/content?kind=article&status=DRAFT")).contains("Only a draft " + run);
        assertThat(page("/admin/content?kind=article&status=PUBLISHED")).doesNotContain("Only a draft " + run);
        assertThat(page("/admin/content?kind=event")).doesNotContain("Only a draft " + run).doesNotContain("id=\"article-");

        String unknown = page("/admin/content?kind=podcast&status=LOST&page=x");
        assertThat(unknown).contains("A filter that does not exist was ignored").contains("Only a draft " + run);
        assertThat(mvc.perform(get("/admin/content?page=99999").session(editor)).andReturn().getResponse().getStatus()).isEqualTo(200);
    }

    @Test
    void theListIsTranslated() throws Exception {
        article("Liste traduite " + System.nanoTime());
        String list = mvc.perform(get("/admin/content").session(editor).cookie(new jakarta.servlet.http.Cookie(org.pressroom.site.SiteLanguages.LANGUAGE_COOKIE, "fr")))
                .andReturn().getResponse().getContentAsString();
        assertThat(list).contains("Contenus", "Brouillon");
    }

    @Test
    void aPublisherSchedulesAndEmbargoesFromTheListAndAPastOrMalformedTimeIsRefusedInWords() throws Exception {
        MockHttpSession publisher = new StaffTestSupport(context, mvc, clock).signedIn("pub." + System.nanoTime() + "@example.org", StaffRole.PUBLISHER);
        String run = Long.toString(System.nanoTime());
        ContentItem item = article("Harbour dredging plan " + run);
        String base = "/admin/items/article/" + item.id();
        String when = java.time.LocalDateTime.ofInstant(clock.instant().plus(Duration.ofDays(1)), java.time.ZoneOffset.UTC)
                .withSecond(0).withNano(0).toString();

        var past = mvc.perform(post(base + "/schedule").with(csrf()).session(publisher).param("at", "2001-01-01T09:00")
                .param("returnTo", "https://elsewhere.example/")).andReturn();
        assertThat(past.getResponse().getRedirectedUrl()).as("only back-office addresses are returned to").isEqualTo("/admin/content");
        assertThat(past.getFlashMap().get("problems").toString()).contains("Choose a publication time in the future");
        var malformed = mvc.perform(post(base + "/embargo").with(csrf()).session(publisher).param("at", "tomorrow")).andReturn();
        assertThat(malformed.getFlashMap().get("problems").toString()).contains("\u201ctomorrow\u201d is not a date and time");
        assertThat(workflow.state(item).status()).isEqualTo(org.pressroom.content.PublicationStatus.DRAFT);

        var scheduled = mvc.perform(post(base + "/schedule").with(csrf()).session(publisher).param("at", when)
                .param("returnTo", "/admin/content?kind=article")).andReturn();
        assertThat(scheduled.getResponse().getRedirectedUrl()).isEqualTo("/admin/content?kind=article");
        assertThat(workflow.state(item).status()).isEqualTo(org.pressroom.content.PublicationStatus.SCHEDULED);
        assertThat(workflow.state(item).publishedAt()).isEqualTo(java.time.LocalDateTime.parse(when).toInstant(java.time.ZoneOffset.UTC));

        String list = mvc.perform(get("/admin/content?kind=article").session(publisher)).andReturn().getResponse().getContentAsString();
        String row = list.substring(list.indexOf("id=\"article-" + item.id() + "\""));
        assertThat(row.substring(0, row.indexOf("</tr>"))).contains("Scheduled", base + "/publish", base + "/draft");
        assertThat(page("/admin/content?kind=article")).as("editors see no publication actions").doesNotContain(base + "/publish");

        assertThat(mvc.perform(post("/admin/items/article/999999999/publish").with(csrf()).session(publisher)).andReturn()
                .getResponse().getStatus()).isEqualTo(404);
        assertThat(mvc.perform(post("/admin/items/podcast/1/publish").with(csrf()).session(publisher)).andReturn()
                .getResponse().getStatus()).isEqualTo(404);
    }

    @Test
    void anEditorComparesTwoRevisionsWordByWordAndRestoresOneAsANewRevision() throws Exception {
        String run = Long.toString(System.nanoTime());
        var created = articles.create(new ArticleForm(ArticleType.NEWS, null, null, null,
                Map.of("en", ArticleVersion.of("Lighthouse repairs " + run, "Lead.", "<p>The lamp was replaced in May.</p>"))), TestAccounts.id(1));
        ContentItem item = created.state().item();
        articles.update(item.id(), created.state().version(), new ArticleForm(ArticleType.NEWS, null, null, null,
                Map.of("en", new ArticleVersion("Lighthouse repairs " + run, "lighthouse-repairs-" + run, "Lead.",
                        "<p>The lamp was replaced in June.</p>", "", "", "", ""))), TestAccounts.id(1));
        String base = "/admin/items/article/" + item.id() + "/revisions";

        String page = page(base);
        assertThat(page).contains("From revision 1 to revision 2", "<del>May.&lt;/p&gt;</del>", "<ins>June.&lt;/p&gt;</ins>", "Restore revision 1")
                .doesNotContain("Restore revision 2");

        var restored = mvc.perform(post(base + "/1/restore").with(csrf()).session(editor)).andReturn();
        assertThat(restored.getResponse().getRedirectedUrl()).isEqualTo(base);
        assertThat(restored.getFlashMap().get("notice")).isEqualTo("backoffice.revisions.restored");
        assertThat(articles.form(item.id()).versions().get("en").body()).isEqualTo("<p>The lamp was replaced in May.</p>");
        assertThat(page(base)).contains("restore:1", "id=\"revision-3\"");

        var missing = mvc.perform(post(base + "/99/restore").with(csrf()).session(editor)).andReturn();
        assertThat(missing.getFlashMap().get("problems")).asString().isNotEmpty();
        assertThat(mvc.perform(get("/admin/items/article/999999999/revisions").session(editor)).andReturn().getResponse().getStatus()).isEqualTo(404);
        assertThat(mvc.perform(get(base + "?from=x&to=-4").session(editor)).andReturn().getResponse().getStatus()).isEqualTo(200);
    }
}
