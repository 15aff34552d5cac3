package org.pressroom.backoffice;

import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.pressroom.MovableClockConfiguration;
import org.pressroom.MutableClock;
import org.pressroom.account.StaffAccounts;
import org.pressroom.account.StaffRole;
import org.pressroom.account.StaffTestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
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

/**
 * A fresh Pressroom without staff and without a configured first administrator prints a one-time setup link in
 * its log; the test reads it from the captured log and creates the first administrator with it, once.
 */
@ExtendWith(OutputCaptureExtension.class)
@SpringBootTest(properties = {
        "spring.autoconfigure.exclude=org.springframework.boot.session.jdbc.autoconfigure.JdbcSessionAutoConfiguration",
        "pressroom.backoffice.setup-link-lifetime=2h"})
@AutoConfigureMockMvc
@Import(MovableClockConfiguration.class)
class FirstAdminSetupLinkTests {

    private static final Pattern LINK = Pattern.compile("https?://[^\\s]+(/admin/setup\\?token=[A-Za-z0-9_-]+)");

    @Autowired
    MockMvc mvc;

    @Autowired
    MutableClock clock;

    @Autowired
    StaffAccounts staff;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ApplicationContext context;

    @Test
    void theLinkPrintedAtFirstStartCreatesTheFirstAdministratorOnceAndNoOtherLinkWorksAfterwards(CapturedOutput output)
            throws Exception {
        Matcher printed = LINK.matcher(output.getAll());
        assertThat(printed.find()).as("a setup link in the log:\n" + output.getAll()).isTrue();
        assertThat(output.getAll()).contains("Pressroom has no staff yet").contains("within 2 hours");
        String link = printed.group(1);
        String token = link.substring(link.indexOf('=') + 1);
        assertThat(jdbc.queryForList("select token_hash from staff_link", String.class)).noneMatch(hash -> hash.contains(token));

        // Links expire.
        String shortLived = staff.issueSetupLink(Duration.ofMinutes(10));
        clock.advance(Duration.ofMinutes(11));
        assertThat(mvc.perform(get("/admin/setup").param("token", shortLived)).andReturn().getResponse().getContentAsString())
                .contains("This link no longer works");
        assertThat(mvc.perform(get("/admin/setup").param("token", "made-up")).andReturn().getResponse().getContentAsString())
                .contains("This link no longer works");

        // The form, a refused weak password, then the administrator.
        assertThat(mvc.perform(get(link)).andReturn().getResponse().getContentAsString()).contains("Create the first administrator");
        MvcResult weak = mvc.perform(post("/admin/setup").with(csrf()).param("token", token).param("email", "chief@example.org")
                .param("firstName", "Grace").param("lastName", "Chief").param("password", "short")).andReturn();
        assertThat(weak.getResponse().getContentAsString()).contains("Please correct the fields marked below");
        assertThat(staff.anyStaff()).isFalse();

        MvcResult created = mvc.perform(post("/admin/setup").with(csrf()).param("token", token).param("email", "chief@example.org")
                .param("firstName", "Grace").param("lastName", "Chief").param("password", StaffTestSupport.PASSWORD)).andReturn();
        assertThat(created.getResponse().getRedirectedUrl()).isEqualTo("/admin/sign-in?ready");
        assertThat(staff.staff()).singleElement().satisfies(member -> {
            assertThat(member.email()).isEqualTo("chief@example.org");
            assertThat(member.roles()).containsExactly(StaffRole.ADMIN);
            assertThat(member.active()).isTrue();
        });
        assertThat(jdbc.queryForList("select type from auth_event where type like 'STAFF_%'", String.class)).contains("STAFF_SETUP");

        // Used once: the same link, and any other setup link, no longer works.
        MvcResult again = mvc.perform(post("/admin/setup").with(csrf()).param("token", token).param("email", "intruder@example.org")
                .param("firstName", "Eve").param("lastName", "Intruder").param("password", StaffTestSupport.PASSWORD)).andReturn();
        assertThat(again.getResponse().getContentAsString()).contains("This link no longer works");
        String later = staff.issueSetupLink(Duration.ofHours(1));
        assertThat(mvc.perform(get("/admin/setup").param("token", later)).andReturn().getResponse().getContentAsString())
                .contains("This link no longer works");
        assertThat(staff.staff()).hasSize(1);

        // The administrator signs in with a second factor and reaches the administrators' pages.
        StaffTestSupport support = new StaffTestSupport(context, mvc, clock);
        MockHttpSession session = support.enrol("chief@example.org");
        assertThat(mvc.perform(get("/admin/staff").session(session)).andReturn().getResponse().getStatus()).isEqualTo(200);
        assertThat(List.of(StaffRole.values())).hasSize(3);
    }
}
