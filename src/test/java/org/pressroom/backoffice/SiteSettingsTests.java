package org.pressroom.backoffice;

import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.pressroom.MovableClockConfiguration;
import org.pressroom.MutableClock;
import org.pressroom.account.StaffRole;
import org.pressroom.account.StaffTestSupport;
import org.pressroom.site.SiteSettings;
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

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Site settings: an administrator changes the organisation's name, the press office's address and the colours; every
 * page (cached ones included), the theme and e-mails follow, the change is audited, and resetting restores the
 * configuration. Refused input saves nothing.
 */
@SpringBootTest(properties = "spring.autoconfigure.exclude=org.springframework.boot.session.jdbc.autoconfigure.JdbcSessionAutoConfiguration")
@AutoConfigureMockMvc
@Import(MovableClockConfiguration.class)
class SiteSettingsTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    MutableClock clock;

    @Autowired
    ApplicationContext context;

    @Autowired
    SiteSettings settings;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void backToTheConfiguration() {
        settings.reset();
    }

    private MockHttpSession admin() throws Exception {
        clock.advance(Duration.ofHours(1));
        return new StaffTestSupport(context, mvc, clock).signedIn("settings.admin." + System.nanoTime() + "@example.org", StaffRole.ADMIN);
    }

    private int audited(String action) {
        return jdbc.queryForObject("select count(*) from audit_entry where action = ?", Integer.class, action);
    }

    private String page(String path) throws Exception {
        MockHttpServletResponse response = mvc.perform(get(path)).andReturn().getResponse();
        assertThat(response.getStatus()).as(path).isEqualTo(200);
        return response.getContentAsString();
    }

    @Test
    void savedSettingsShowOnEveryPageAtOnceAreAuditedAndResetRestoresTheConfiguration() throws Exception {
        MockHttpSession admin = admin();
        String homeBefore = page("/en/");
        assertThat(homeBefore).contains("Example Organisation");
        String oldTheme = mvc.perform(get("/site/theme.css")).andReturn().getResponse().getContentAsString();
        assertThat(oldTheme).contains("--brand: #0b3d6b");

        MvcResult saved = mvc.perform(post("/admin/settings").session(admin).with(csrf())
                .param("name.en", "  Ministry of Examples ").param("name.fr", "Organisation Exemple")
                .param("contactEmail", "media@ministry.example").param("brand", "#5A1A6E").param("accent", "#b45309")).andReturn();

        assertThat(saved.getResponse().getRedirectedUrl()).isEqualTo("/admin/settings");
        String home = page("/en/");
        assertThat(home).as("the cached home page is renewed").contains("Ministry of Examples").doesNotContain("Example Organisation");
        assertThat(home).contains("/site/theme.css?v=5a1a6eb45309");
        assertThat(mvc.perform(get("/site/theme.css").param("v", "5a1a6eb45309")).andReturn().getResponse().getHeader("Cache-Control"))
                .as("the new colours under their address are kept").contains("max-age=3600");
        assertThat(mvc.perform(get("/site/theme.css").param("v", "0b3d6bffffff")).andReturn().getResponse().getHeader("Cache-Control"))
                .as("another server's page asking for other colours gets these, not to be kept").contains("no-cache");
        assertThat(page("/fr/")).as("a language left as configured").contains("Organisation Exemple");
        assertThat(page("/en/contact")).contains("mailto:media@ministry.example");
        assertThat(mvc.perform(get("/site/theme.css")).andReturn().getResponse().getContentAsString())
                .contains("--brand: #5a1a6e").contains("--accent: #b45309");
        SiteSettings.Overrides stored = settings.overrides();
        assertThat(stored.names()).as("only what differs from the configuration is stored").containsOnlyKeys("en");
        assertThat(stored.names().get("en")).isEqualTo("Ministry of Examples");
        assertThat(jdbc.queryForObject("select before::text || ' -> ' || after::text from audit_entry where action = 'site.settings.changed' order by id desc limit 1",
                String.class)).contains("Example Organisation").contains("Ministry of Examples").contains("media@ministry.example");
        String settingsPage = mvc.perform(get("/admin/settings").session(admin)).andReturn().getResponse().getContentAsString();
        assertThat(settingsPage).contains("value=\"Ministry of Examples\"").contains("As configured: Example Organisation")
                .contains("Reset to the configuration");

        int resetsBefore = audited("site.settings.reset");
        MvcResult reset = mvc.perform(post("/admin/settings/reset").session(admin).with(csrf())).andReturn();

        assertThat(reset.getResponse().getRedirectedUrl()).isEqualTo("/admin/settings");
        assertThat(page("/en/")).contains("Example Organisation").doesNotContain("Ministry of Examples");
        assertThat(page("/en/contact")).contains("mailto:press@example.org");
        assertThat(audited("site.settings.reset")).isEqualTo(resetsBefore + 1);
    }

    @Test
    void refusedInputIsExplainedBesideEachFieldKeptAsTypedAndSavesNothing() throws Exception {
        MockHttpSession admin = admin();
        String longName = "N".repeat(121);

        MockHttpServletResponse response = mvc.perform(post("/admin/settings").session(admin).with(csrf())
                .param("name.en", "   ").param("name.fr", longName).param("contactEmail", "press office@")
                .param("brand", "#ffff00").param("accent", "red")).andReturn().getResponse();

        assertThat(response.getStatus()).isEqualTo(200);
        String page = response.getContentAsString();
        assertThat(page).contains("Nothing was saved")
                .contains("Give the organisation&#39;s name in this language.")
                .contains("Keep the name under 120 characters.")
                .contains("Give an e-mail address such as press@example.org.")
                .contains("White text on this colour has a contrast of 1 to 1; it needs at least 4.5 to 1")
                .contains("Choose a colour written as #rrggbb")
                .contains("value=\"press office@\"").contains(longName);
        assertThat(settings.overrides().updatedAt()).as("nothing saved").isNull();
        assertThat(page("/en/")).contains("Example Organisation");

        String newline = mvc.perform(post("/admin/settings").session(admin).with(csrf())
                .param("name.en", "Line\nbreak").param("name.fr", "Organisation Exemple").param("contactEmail", "press@example.org")
                .param("brand", "#0b3d6b").param("accent", "#a0a0a0")).andReturn().getResponse().getContentAsString();
        assertThat(newline).contains("The name cannot contain line breaks")
                .contains("This colour has a contrast of 2.6 to 1 with white; it needs at least 3 to 1").doesNotContain("White text on this colour");
    }

    @Test
    void anEditorOrPublisherCannotChangeTheSettings() throws Exception {
        clock.advance(Duration.ofHours(1));
        MockHttpSession publisher = new StaffTestSupport(context, mvc, clock)
                .signedIn("settings.publisher." + System.nanoTime() + "@example.org", StaffRole.PUBLISHER);

        MockHttpServletResponse response = mvc.perform(post("/admin/settings").session(publisher).with(csrf())
                .param("name.en", "Taken over").param("name.fr", "Pris").param("contactEmail", "x@example.org")
                .param("brand", "#000000").param("accent", "#000000")).andReturn().getResponse();

        assertThat(response.getStatus()).isEqualTo(403);
        assertThat(settings.overrides().updatedAt()).isNull();
    }

    @Test
    void revokingPreviewLinksStopsEveryLinkGivenSoFarAndNewOnesWork() throws Exception {
        MockHttpSession admin = admin();
        String title = "Draft seen through a link " + System.nanoTime();
        var article = context.getBean(org.pressroom.content.ArticleEditing.class).create(new org.pressroom.content.ArticleEditing.ArticleForm(
                org.pressroom.content.ArticleType.NEWS, null, null, null,
                java.util.Map.of("en", org.pressroom.content.ArticleEditing.ArticleVersion.of(title, "Lead.", "<p>Body.</p>"))),
                org.pressroom.TestAccounts.id(1)).state().item();
        org.pressroom.content.PreviewLinks previews = context.getBean(org.pressroom.content.PreviewLinks.class);
        String given = previews.link(article, "en");
        assertThat(page(given)).contains(title);

        int revocationsBefore = audited("preview.links.revoked");
        MvcResult revoked = mvc.perform(post("/admin/settings/previews/revoke").session(admin).with(csrf())).andReturn();

        assertThat(revoked.getResponse().getRedirectedUrl()).isEqualTo("/admin/settings");
        assertThat(mvc.perform(get(given)).andReturn().getResponse().getStatus()).as("the old link").isEqualTo(404);
        assertThat(page(previews.link(article, "en"))).as("a new link").contains(title);
        assertThat(audited("preview.links.revoked")).isEqualTo(revocationsBefore + 1);
    }
}
