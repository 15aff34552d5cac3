package org.pressroom.site;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The shell every page stands in: languages in the URL, header and footer, theme, security headers. */
@SpringBootTest
@AutoConfigureMockMvc
class SiteShellTests {

    @Autowired
    MockMvc mvc;

    @Test
    void theRootRedirectsToTheBrowsersLanguage() throws Exception {
        mvc.perform(get("/").header("Accept-Language", "fr-CH, fr;q=0.9, en;q=0.8"))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/fr/"))
                .andExpect(header().string("Vary", containsString("Accept-Language")));
    }

    @Test
    void theRootRedirectsToTheDefaultLanguageWhenNoneOfOursIsAsked() throws Exception {
        mvc.perform(get("/").header("Accept-Language", "de-DE, ja;q=0.5")).andExpect(redirectedUrl("/en/"));
        mvc.perform(get("/")).andExpect(redirectedUrl("/en/"));
        mvc.perform(get("/").header("Accept-Language", ";;;q=x")).andExpect(redirectedUrl("/en/"));
    }

    @Test
    void theHomePageHasTheHeaderAndFooterOfTheSite() throws Exception {
        mvc.perform(get("/en/").accept(MediaType.TEXT_HTML))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("<html lang=\"en\">"),
                        containsString("Example Organisation"),
                        containsString("role=\"search\""),
                        containsString("href=\"/fr/\" hreflang=\"fr\" lang=\"fr\">Français</a>"),
                        containsString("Log in"),
                        containsString("href=\"/en/terms-of-use\""),
                        containsString("href=\"/en/privacy\""),
                        containsString("href=\"/en/contact\""),
                        containsString("class=\"skip-link\" href=\"#main\""))));
    }

    @Test
    void theFrenchHomePageIsInFrench() throws Exception {
        mvc.perform(get("/fr/").accept(MediaType.TEXT_HTML))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("<html lang=\"fr\">"), containsString("Organisation Exemple"),
                        containsString("Espace presse"), containsString("Conditions d&#39;utilisation"))));
    }

    @Test
    void theLanguageSwitchKeepsThePage() throws Exception {
        mvc.perform(get("/fr/terms-of-use").accept(MediaType.TEXT_HTML))
                .andExpect(content().string(allOf(containsString("href=\"/en/terms-of-use\" hreflang=\"en\""),
                        containsString("Conditions d&#39;utilisation"), containsString("restrictions de tiers"))));
    }

    @Test
    void anUnknownLanguagePrefixIsNotFound() throws Exception {
        mvc.perform(get("/de/").accept(MediaType.TEXT_HTML)).andExpect(status().isNotFound());
        mvc.perform(get("/xx/terms-of-use").accept(MediaType.TEXT_HTML)).andExpect(status().isNotFound());
    }

    @Test
    void pagesCarryTheSecurityHeaders() throws Exception {
        mvc.perform(get("/en/"))
                .andExpect(header().string("Content-Security-Policy", allOf(containsString("default-src 'self'"),
                        containsString("script-src 'self'"), containsString("frame-ancestors 'self'"),
                        not(containsString("unsafe-inline")))))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("Referrer-Policy", "strict-origin-when-cross-origin"))
                .andExpect(header().string("X-Frame-Options", "SAMEORIGIN"));
    }

    @Test
    void theThemeCarriesTheConfiguredColours() throws Exception {
        mvc.perform(get("/site/theme.css"))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("text/css"))
                .andExpect(content().string(allOf(containsString("--brand: #0b3d6b;"), containsString("--accent: #c03d22;"))));
        mvc.perform(get("/site/logo")).andExpect(status().isOk()).andExpect(content().contentType("image/svg+xml"));
    }

    @Test
    void theSearchBoxLeadsToTheSearchPageWhichShowsTheWordsSearchedForAsText() throws Exception {
        mvc.perform(get("/fr/search").param("q", "<b>défense</b>").accept(MediaType.TEXT_HTML))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("value=\"&lt;b&gt;défense&lt;/b&gt;\""),
                        containsString("Aucun résultat"), not(containsString("<b>défense")))));
    }

    @Test
    void theContactPageGivesThePressOfficeAddress() throws Exception {
        mvc.perform(get("/en/contact").accept(MediaType.TEXT_HTML))
                .andExpect(content().string(containsString("href=\"mailto:press@example.org\"")));
    }
}
