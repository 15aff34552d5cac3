package org.pressroom.backoffice;

import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.Cookie;
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
import org.pressroom.content.PublicationStatus;
import org.pressroom.content.Workflow;
import org.pressroom.site.SiteLanguages;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The article edit pages, through real staff sessions: a draft created and changed, every kind of bad input answered
 * beside its field with everything typed kept, two editors saving the same article, a translation made beside its
 * source, and what the sanitiser and the length limit do to what arrives from the editor.
 */
@SpringBootTest(properties = "spring.autoconfigure.exclude=org.springframework.boot.session.jdbc.autoconfigure.JdbcSessionAutoConfiguration")
@AutoConfigureMockMvc
@Import(MovableClockConfiguration.class)
class ArticleEditPagesTests {

    private static final Pattern VERSION = Pattern.compile("name=\"version\" value=\"(\\d+)\"");

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

    @Autowired
    JdbcTemplate jdbc;

    StaffTestSupport staff;
    MockHttpSession editor;
    String run;

    @BeforeEach
    void anEditor() throws Exception {
        clock.advance(Duration.ofHours(1));
        staff = new StaffTestSupport(context, mvc, clock);
        editor = staff.signedIn("articles." + System.nanoTime() + "@example.org", StaffRole.EDITOR);
        run = Long.toString(System.nanoTime());
    }

    private long article(String title, String body) {
        return articles.create(new ArticleForm(ArticleType.NEWS, null, null, null, Map.of("en", ArticleVersion.of(title, "A lead.", body))),
                TestAccounts.id(1)).state().item().id();
    }

    private MockHttpServletResponse perform(MockHttpServletRequestBuilder request, MockHttpSession session) throws Exception {
        return mvc.perform(request.session(session)).andReturn().getResponse();
    }

    private String page(String path) throws Exception {
        MockHttpServletResponse response = perform(get(path), editor);
        assertThat(response.getStatus()).as(path).isEqualTo(200);
        return response.getContentAsString();
    }

    private static String version(String page) {
        Matcher matcher = VERSION.matcher(page);
        assertThat(matcher.find()).as("the page carries the version it was opened on").isTrue();
        return matcher.group(1);
    }

    private static MockHttpServletRequestBuilder save(String path, String title, String body) {
        return save(path, "news", title, body);
    }

    private static MockHttpServletRequestBuilder save(String path, String type, String title, String body) {
        return post(path).with(csrf()).param("type", type).param("versions.en.title", title).param("versions.en.body", body)
                .param("versions.en.lead", "A lead.");
    }

    private long articleCount() {
        return jdbc.queryForObject("select count(*) from article", Long.class);
    }

    @Test
    void anEditorCreatesADraftPressReleaseAndChangesItAndItsNumberIsShownOncePublished() throws Exception {
        String form = page("/admin/articles/new");
        assertThat(form).contains("New article", "name=\"versions.en.title\"", "name=\"versions.fr.title\"", "data-editor=\"rich\"",
                "Media accreditation", "/js/rich-text.js").doesNotContain("name=\"version\"");

        MvcResult created = mvc.perform(post("/admin/articles").with(csrf()).session(editor).param("type", "press-release")
                .param("versions.en.title", "Fisheries agreement signed " + run).param("versions.en.slug", "")
                .param("versions.en.lead", "Ministers agreed.").param("versions.en.body", "<p>The agreement covers <strong>ten</strong> years.</p>")
                .param("versions.fr.title", "").param("versions.fr.body", "")).andReturn();
        String location = created.getResponse().getRedirectedUrl();
        assertThat(location).matches("/admin/articles/\\d+");
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        assertThat(created.getFlashMap().get("notice")).isEqualTo("backoffice.article.created");
        ArticleForm stored = articles.form(id);
        assertThat(stored.type()).isEqualTo(ArticleType.PRESS_RELEASE);
        assertThat(stored.versions()).as("an empty language is no version").containsOnlyKeys("en");
        assertThat(stored.versions().get("en").slug()).isEqualTo("fisheries-agreement-signed-" + run);

        String edit = page(location);
        assertThat(edit).contains("Fisheries agreement signed " + run, "Draft", "Given at its first publication",
                "/admin/items/article/" + id + "/revisions", "/en/preview/", "/admin/articles/" + id + "/translations/fr")
                .as("editors have no publication actions").doesNotContain("/admin/items/article/" + id + "/publish");

        MockHttpServletResponse saved = perform(save(location, "press-release", "Fisheries agreement signed " + run,
                "<p>Now twelve years.</p>").param("version", version(edit)), editor);
        assertThat(saved.getRedirectedUrl()).isEqualTo(location);
        assertThat(articles.form(id).versions().get("en").body()).isEqualTo("<p>Now twelve years.</p>");
        assertThat(articles.form(id).type()).isEqualTo(ArticleType.PRESS_RELEASE);

        MockHttpSession publisher = staff.signedIn("articles.publisher." + System.nanoTime() + "@example.org", StaffRole.PUBLISHER);
        String panel = perform(get(location), publisher).getContentAsString();
        assertThat(panel).as("publishers have the workflow panel, which comes back here")
                .contains("action=\"/admin/items/article/" + id + "/publish\"", "name=\"returnTo\" value=\"" + location + "\"");
        MvcResult past = mvc.perform(post("/admin/items/article/" + id + "/schedule").with(csrf()).session(publisher)
                .param("at", "2001-01-01T09:00").param("returnTo", location)).andReturn();
        assertThat(past.getResponse().getRedirectedUrl()).isEqualTo(location);
        assertThat(mvc.perform(get(location).session(publisher).flashAttrs(past.getFlashMap())).andReturn().getResponse().getContentAsString())
                .as("a refused publication action is said on the article's page").contains("Choose a publication time in the future");
        MvcResult publish = mvc.perform(post("/admin/items/article/" + id + "/publish").with(csrf()).session(publisher)
                .param("returnTo", location)).andReturn();
        assertThat(publish.getResponse().getRedirectedUrl()).isEqualTo(location);
        assertThat(workflow.state(ContentItem.article(id)).status()).isEqualTo(PublicationStatus.PUBLISHED);
        String published = perform(get(location), publisher).getContentAsString();
        assertThat(published).containsPattern("Press Release \\(\\d{4}\\) \\d{3}").contains("Published")
                .contains("/admin/items/article/" + id + "/unpublish");
    }

    @Test
    void refusedInputIsNamedBesideItsFieldAndEverythingTypedIsKept() throws Exception {
        article("Herring quotas " + run, "<p>x</p>");
        long before = articleCount();

        String blank = perform(post("/admin/articles").with(csrf()).param("type", "statement").param("versions.en.title", " ")
                .param("versions.en.lead", "Lead kept " + run).param("versions.en.body", "<p>Body kept " + run + "</p>"), editor)
                .getContentAsString();
        assertThat(blank).contains("Nothing was saved. Please correct:", "This field is required.", "Lead kept " + run,
                "&lt;p&gt;Body kept " + run + "&lt;/p&gt;", "aria-invalid=\"true\"")
                .contains("<option value=\"statement\" selected=\"selected\"");

        String slug = perform(save("/admin/articles", "Bad address " + run, "<p>x</p>").param("versions.en.slug", "Not A Slug!"), editor)
                .getContentAsString();
        assertThat(slug).contains("The address may hold only lower-case letters", "value=\"Not A Slug!\"");

        String taken = perform(save("/admin/articles", "Herring quotas " + run, "<p>y</p>"), editor).getContentAsString();
        assertThat(taken).contains("herring-quotas-" + run + "&quot; is already used by another item in this language",
                "value=\"Herring quotas " + run + "\"");

        String deadline = perform(save("/admin/articles", "media-advisory", "Summit advisory " + run, "<p>z</p>")
                .param("accreditationDeadline", "next tuesday"), editor).getContentAsString();
        assertThat(deadline).contains("\u201cnext tuesday\u201d is not a date and time", "value=\"next tuesday\"", "Summit advisory " + run);

        String link = perform(save("/admin/articles", "Linked " + run, "<p>z</p>").param("eventId", "999999999"), editor).getContentAsString();
        assertThat(link).contains("There is no item 999999999 to link to.");

        String none = perform(post("/admin/articles").with(csrf()).param("type", "news"), editor).getContentAsString();
        assertThat(none).contains("Write at least one language version.");
        assertThat(articleCount()).as("nothing refused was saved").isEqualTo(before);
    }

    @Test
    void twoEditorsChangeTheSameArticleAndTheSecondIsToldWhoSavedKeepsTheirTextAndCanSaveOverItDeliberately() throws Exception {
        long id = article("Port strike talks " + run, "<p>Talks begin.</p>");
        String path = "/admin/articles/" + id;
        MockHttpSession ana = editor;
        MockHttpSession ben = staff.signedIn("articles.ben." + System.nanoTime() + "@example.org", "Ben", "Okoro", StaffRole.EDITOR);
        String anaOpened = version(perform(get(path), ana).getContentAsString());
        String benOpened = version(perform(get(path), ben).getContentAsString());

        MockHttpServletResponse anaSaved = perform(save(path, "Port strike talks " + run, "<p>Ana: talks resume on Monday.</p>")
                .param("version", anaOpened), ana);
        assertThat(anaSaved.getRedirectedUrl()).isEqualTo(path);
        MockHttpServletResponse benRefused = perform(save(path, "Port strike talks, day two " + run, "<p>Ben: unions walk out.</p>")
                .param("version", benOpened), ben);

        assertThat(benRefused.getStatus()).isEqualTo(200);
        String conflict = benRefused.getContentAsString();
        assertThat(conflict).contains("Someone else saved this article while you were editing it, so nothing of yours was saved yet.")
                .containsPattern("the version saved by Ada Staff at \\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2} UTC is shown under your text in each language")
                .as("Ben's own text, still in the fields").contains("value=\"Port strike talks, day two " + run + "\"",
                        "&lt;p&gt;Ben: unions walk out.&lt;/p&gt;")
                .as("Ana's version beside it").contains("The version saved by Ada Staff", "<p>Ana: talks resume on Monday.</p>")
                .as("named after who saved it, not after the one refused").doesNotContain("saved by Ben Okoro");
        assertThat(articles.form(id).versions().get("en").body()).as("nothing of Ana's lost").isEqualTo("<p>Ana: talks resume on Monday.</p>");
        String newest = version(conflict);
        assertThat(Long.parseLong(newest)).isGreaterThan(Long.parseLong(benOpened));

        MockHttpServletResponse benSaved = perform(save(path, "Port strike talks, day two " + run, "<p>Ben: unions walk out.</p>")
                .param("version", newest), ben);
        assertThat(benSaved.getRedirectedUrl()).isEqualTo(path);
        assertThat(articles.form(id).versions().get("en").title()).isEqualTo("Port strike talks, day two " + run);

        String missingVersion = perform(save(path, "No version " + run, "<p>x</p>"), ben).getContentAsString();
        assertThat(missingVersion).contains("The page did not say which version of the article it was opened on");
        assertThat(articles.form(id).versions().get("en").title()).isEqualTo("Port strike talks, day two " + run);
    }

    @Test
    void theFrenchVersionIsStartedFromTheEnglishOneBesideItAndSavedWithoutTouchingTheEnglish() throws Exception {
        long id = articles.create(new ArticleForm(ArticleType.MEDIA_ADVISORY, null, null, null, Map.of("en", new ArticleVersion(
                "Accreditation opens " + run, "", "Apply early.", "<p>Bring your card.</p>", "<p>General words.</p>", "", "", ""))),
                TestAccounts.id(1)).state().item().id();
        String path = "/admin/articles/" + id + "/translations/fr";

        String translation = page(path);
        assertThat(translation).contains("Translation into French", "English (read only)", "There is no French version yet",
                "<p>Bring your card.</p>", "General words.", "name=\"versions.fr.title\"", "value=\"Accreditation opens " + run + "\"")
                .doesNotContain("name=\"versions.en.title\"");
        assertThat(articles.form(id).versions()).as("nothing saved by opening the page").containsOnlyKeys("en");

        String opened = version(translation);
        MockHttpServletResponse saved = perform(post(path).with(csrf()).param("version", opened)
                .param("versions.fr.title", "Ouverture des accréditations " + run).param("versions.fr.lead", "Inscrivez-vous tôt.")
                .param("versions.fr.body", "<p>Apportez votre carte.</p>").param("versions.fr.advisoryGeneral", "<p>Généralités.</p>"), editor);
        assertThat(saved.getRedirectedUrl()).isEqualTo(path + "?from=en");
        ArticleForm stored = articles.form(id);
        assertThat(stored.type()).isEqualTo(ArticleType.MEDIA_ADVISORY);
        assertThat(stored.versions().get("fr").slug()).isEqualTo("ouverture-des-accreditations-" + run);
        assertThat(stored.versions().get("en").body()).isEqualTo("<p>Bring your card.</p>");
        assertThat(page(path)).contains("value=\"Ouverture des accréditations " + run + "\"").doesNotContain("There is no French version yet");

        String stale = perform(post(path).with(csrf()).param("version", opened).param("versions.fr.title", "Titre d'un autre " + run)
                .param("versions.fr.body", "<p>Autre texte " + run + "</p>"), editor).getContentAsString();
        assertThat(stale).contains("Someone else saved this article while you were editing it", "value=\"Titre d&#39;un autre " + run + "\"",
                "The version saved by Ada Staff", "<p>Apportez votre carte.</p>");
        assertThat(articles.form(id).versions().get("fr").title()).isEqualTo("Ouverture des accréditations " + run);

        String refused = perform(post(path).with(csrf()).param("version", version(page(path))).param("versions.fr.title", "")
                .param("versions.fr.body", "<p>Sans titre " + run + "</p>"), editor).getContentAsString();
        assertThat(refused).contains("This field is required.", "Sans titre " + run, "English (read only)");

        assertThat(perform(get("/admin/articles/" + id + "/translations/de"), editor).getStatus()).isEqualTo(404);
        assertThat(perform(get("/admin/articles/999999999/translations/fr"), editor).getStatus()).isEqualTo(404);
    }

    @Test
    void unknownArticlesAnswerTheNotFoundPage() throws Exception {
        for (String path : new String[] {"/admin/articles/999999999", "/admin/articles/abc", "/admin/articles/99999999999999999999"}) {
            MockHttpServletResponse response = perform(get(path), editor);
            assertThat(response.getStatus()).as(path).isEqualTo(404);
        }
        assertThat(perform(save("/admin/articles/999999999", "Ghost " + run, "<p>x</p>").param("version", "0"), editor).getStatus())
                .isEqualTo(404);
    }

    @Test
    void scriptsEventHandlersAndJavascriptLinksSentFromTheEditorAreRemovedBeforeTheBodyIsKept() throws Exception {
        MockHttpServletResponse created = perform(save("/admin/articles", "Sanitised note " + run,
                "<p onclick=\"steal()\">Kept words<script>alert(1)</script> <img src=x onerror=alert(2)>"
                        + " <a href=\"javascript:alert(3)\">a link</a> <a href=\"https://example.org/\">safe</a></p>"), editor);
        long id = Long.parseLong(created.getRedirectedUrl().substring("/admin/articles/".length()));

        String body = articles.form(id).versions().get("en").body();
        assertThat(body).contains("Kept words", "a link", "<a href=\"https://example.org/\">safe</a>")
                .doesNotContain("script", "onclick", "onerror", "javascript", "alert", "<img");
        assertThat(page("/admin/articles/" + id)).doesNotContain("alert(");
    }

    @Test
    void aMegabytePastedIntoTheBodyIsRefusedWithTheLimitAndKeptInTheField() throws Exception {
        long before = articleCount();
        String megabyte = "<p>" + "word ".repeat(209_715) + run + "</p>";

        MockHttpServletResponse response = perform(save("/admin/articles", "Too long " + run, megabyte), editor);

        assertThat(response.getStatus()).isEqualTo(200);
        String page = response.getContentAsString();
        assertThat(page).contains("Too long: at most 500,000 characters, and this has 1,048", "Shorten it, or split it.")
                .contains("word word word").contains(run + "&lt;/p&gt;");
        assertThat(articleCount()).isEqualTo(before);
    }

    @Test
    void theEditPageIsTranslated() throws Exception {
        long id = article("Page traduite " + run, "<p>x</p>");
        String page = perform(get("/admin/articles/" + id).cookie(new Cookie(SiteLanguages.LANGUAGE_COOKIE, "fr")), editor).getContentAsString();
        assertThat(page).contains("Version en français", "Corps du texte", "Brouillon", "Enregistrer", "Traduire en français");
        assertThat(workflow.state(ContentItem.article(id)).status()).isEqualTo(PublicationStatus.DRAFT);
    }
}
