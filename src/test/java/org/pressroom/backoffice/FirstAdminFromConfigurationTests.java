package org.pressroom.backoffice;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.pressroom.MovableClockConfiguration;
import org.pressroom.MutableClock;
import org.pressroom.TestSmtpServer;
import org.pressroom.account.StaffAccounts;
import org.pressroom.account.StaffRole;
import org.pressroom.account.StaffTestSupport;
import org.pressroom.mail.MimeParts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/** With pressroom.backoffice.first-admin set, that address becomes administrator and chooses its password by an e-mailed link. */
@ExtendWith(OutputCaptureExtension.class)
@SpringBootTest(properties = {
        "spring.autoconfigure.exclude=org.springframework.boot.session.jdbc.autoconfigure.JdbcSessionAutoConfiguration",
        "pressroom.backoffice.first-admin=Chief.Editor@example.org"})
@AutoConfigureMockMvc
@Import(MovableClockConfiguration.class)
class FirstAdminFromConfigurationTests {

    static final TestSmtpServer smtp = new TestSmtpServer();
    private static final Pattern LINK = Pattern.compile("https?://[^\\s\"<>]+(/admin/password\\?token=[A-Za-z0-9_-]+)");

    @DynamicPropertySource
    static void smtpServer(DynamicPropertyRegistry registry) {
        smtp.startFor(registry);
    }

    @AfterAll
    static void stopSmtpServer() {
        smtp.stop();
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    MutableClock clock;

    @Autowired
    StaffAccounts staff;

    @Autowired
    ApplicationContext context;

    @Test
    void theConfiguredAddressIsMadeAdministratorAndChoosesItsPasswordThroughTheEmailedLink(CapturedOutput output) throws Exception {
        assertThat(output.getAll()).contains("made Chief.Editor@example.org its first administrator").doesNotContain("/admin/setup?token=");
        Matcher mailed = LINK.matcher(MimeParts.text(smtp.awaitMail("Chief.Editor@example.org", 1)));
        assertThat(mailed.find()).isTrue();
        String link = mailed.group(1);
        assertThat(output.getAll()).contains(link);
        assertThat(staff.staff()).singleElement().satisfies(member -> {
            assertThat(member.roles()).containsExactly(StaffRole.ADMIN);
            assertThat(member.active()).as("no password yet").isFalse();
        });

        // Before a password is chosen, there is no way in.
        MvcResult refused = mvc.perform(post("/admin/sign-in").with(csrf()).param("email", "Chief.Editor@example.org")
                .param("password", StaffTestSupport.PASSWORD)).andReturn();
        assertThat(refused.getResponse().getContentAsString()).contains("Wrong e-mail or password");

        String form = mvc.perform(get(link)).andReturn().getResponse().getContentAsString();
        assertThat(form).contains("Choose your password").contains("Chief.Editor@example.org").contains("First name");
        String token = link.substring(link.indexOf('=') + 1);
        MvcResult missingName = mvc.perform(post("/admin/password").with(csrf()).param("token", token)
                .param("firstName", "").param("lastName", "").param("password", StaffTestSupport.PASSWORD)).andReturn();
        assertThat(missingName.getResponse().getContentAsString()).contains("This field is required");
        MvcResult chosen = mvc.perform(post("/admin/password").with(csrf()).param("token", token)
                .param("firstName", "Grace").param("lastName", "Chief").param("password", StaffTestSupport.PASSWORD)).andReturn();
        assertThat(chosen.getResponse().getRedirectedUrl()).isEqualTo("/admin/sign-in?ready");
        assertThat(mvc.perform(get(link)).andReturn().getResponse().getContentAsString()).contains("This link no longer works");

        MockHttpSession session = new StaffTestSupport(context, mvc, clock).enrol("Chief.Editor@example.org");
        assertThat(mvc.perform(get("/admin/audit").session(session)).andReturn().getResponse().getStatus()).isEqualTo(200);
    }
}
