package org.pressroom.backoffice;

import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.pressroom.MovableClockConfiguration;
import org.pressroom.MutableClock;
import org.pressroom.account.AccountStanding;
import org.pressroom.account.StaffRole;
import org.pressroom.account.StaffTestSupport;
import org.pressroom.account.TermsOfUse;
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

/** Terms-of-use versions: the configured one until an administrator publishes another, which accounts then accept again. */
@SpringBootTest(properties = "spring.autoconfigure.exclude=org.springframework.boot.session.jdbc.autoconfigure.JdbcSessionAutoConfiguration")
@AutoConfigureMockMvc
@Import(MovableClockConfiguration.class)
class TermsVersionsTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    MutableClock clock;

    @Autowired
    ApplicationContext context;

    @Autowired
    TermsOfUse terms;

    @Autowired
    AccountStanding standing;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aPublishedVersionIsInForceAccountsMustAcceptItAgainAndThePublicationIsAudited() throws Exception {
        clock.advance(Duration.ofHours(1));
        StaffTestSupport staff = new StaffTestSupport(context, mvc, clock);
        String email = "terms.admin." + System.nanoTime() + "@example.org";
        MockHttpSession admin = staff.signedIn(email, StaffRole.ADMIN);
        UUID journalist = staff.create("terms.reader." + System.nanoTime() + "@example.org", StaffRole.EDITOR);
        standing.acceptCurrentTerms(journalist, "127.0.0.1", "test");
        assertThat(standing.acceptedCurrentTerms(journalist)).isTrue();
        String before = terms.current();
        String next = "v-" + System.nanoTime() % 1_000_000;

        MvcResult published = mvc.perform(post("/admin/terms").session(admin).with(csrf()).param("version", " " + next + " ")).andReturn();

        assertThat(published.getResponse().getRedirectedUrl()).isEqualTo("/admin/terms");
        assertThat(terms.current()).isEqualTo(next);
        assertThat(standing.currentTerms()).isEqualTo(next);
        assertThat(standing.acceptedCurrentTerms(journalist)).as("asked to accept the new version").isFalse();
        standing.acceptCurrentTerms(journalist, "127.0.0.1", "test");
        assertThat(standing.acceptedCurrentTerms(journalist)).isTrue();
        assertThat(terms.history()).extracting(TermsOfUse.Version::version).contains(next, before);
        String page = mvc.perform(get("/admin/terms").session(admin)).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Version in force: " + next).contains("Ada Staff");
        assertThat(jdbc.queryForObject("select after::text from audit_entry where action = 'terms.published' and item_id = ?",
                String.class, next)).contains(next);
    }

    @Test
    void aBlankTooLongOrRepeatedVersionIsRefusedWithAMessageAndChangesNothing() throws Exception {
        clock.advance(Duration.ofHours(1));
        MockHttpSession admin = new StaffTestSupport(context, mvc, clock).signedIn("terms.refused." + System.nanoTime() + "@example.org", StaffRole.ADMIN);
        String current = terms.current();

        String blank = mvc.perform(post("/admin/terms").session(admin).with(csrf()).param("version", "  ")).andReturn().getResponse().getContentAsString();
        String tooLong = mvc.perform(post("/admin/terms").session(admin).with(csrf()).param("version", "x".repeat(5000))).andReturn().getResponse().getContentAsString();
        String repeated = mvc.perform(post("/admin/terms").session(admin).with(csrf()).param("version", current)).andReturn().getResponse().getContentAsString();
        String lineBreak = mvc.perform(post("/admin/terms").session(admin).with(csrf()).param("version", "a\nb")).andReturn().getResponse().getContentAsString();

        assertThat(blank).contains("Type the name of the new version");
        assertThat(tooLong).contains("Use at most 40 characters");
        assertThat(lineBreak).contains("Use at most 40 characters");
        assertThat(repeated).contains("This version was published already");
        assertThat(terms.current()).isEqualTo(current);
    }
}
