package org.pressroom.account;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pressroom.MovableClockConfiguration;
import org.pressroom.MutableClock;
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

/** Staff sign-in as scenarios: password, then TOTP (enrolment, reuse, throttling, recovery codes), all audited. */
@SpringBootTest(properties = "spring.autoconfigure.exclude=org.springframework.boot.session.jdbc.autoconfigure.JdbcSessionAutoConfiguration")
@AutoConfigureMockMvc
@Import(MovableClockConfiguration.class)
class StaffSignInTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    MutableClock clock;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcTemplate jdbc;

    StaffTestSupport staff;

    @BeforeEach
    void support() {
        staff = new StaffTestSupport(context, mvc, clock);
        clock.advance(Duration.ofHours(1));
    }

    @Test
    void afterThePasswordAloneTheSessionHasNoStaffRole() throws Exception {
        String email = address();
        staff.create(email, StaffRole.ADMIN);

        MockHttpSession session = staff.password(email);

        assertThat(mvc.perform(get("/admin").session(session)).andReturn().getResponse().getRedirectedUrl()).isEqualTo("/admin/sign-in");
        assertThat(mvc.perform(get("/admin/staff").session(session)).andReturn().getResponse().getRedirectedUrl()).isEqualTo("/admin/sign-in");
        assertThat(StaffAccounts.signedInRoles()).isEmpty();
    }

    @Test
    void theFirstSignInEnrolsWithAQrCodeThenShowsTenRecoveryCodesOnceAndOpensTheBackOffice() throws Exception {
        String email = address();
        UUID id = staff.create(email, StaffRole.EDITOR);
        MockHttpSession pending = staff.password(email);

        String page = mvc.perform(get("/admin/sign-in/enrol").session(pending)).andReturn().getResponse().getContentAsString();
        String secret = (String) pending.getAttribute(StaffSignInController.ENROL_SECRET);
        assertThat(page).contains("src=\"data:image/svg+xml;base64,").contains(secret.substring(0, 4) + " " + secret.substring(4, 8));
        assertThat(secret).matches("[A-Z2-7]{32}");

        MvcResult wrong = mvc.perform(post("/admin/sign-in/enrol").session(pending).with(csrf()).param("code", "000000")).andReturn();
        assertThat(wrong.getResponse().getContentAsString()).contains("That code is not right");

        MockHttpSession session = staff.enrol(email);
        assertThat(staff.lastRecoveryCodes).hasSize(10).doesNotHaveDuplicates()
                .allSatisfy(code -> assertThat(code).matches("[A-Z2-7]{4}-[A-Z2-7]{4}-[A-Z2-7]{4}"));
        assertThat(mvc.perform(get("/admin").session(session)).andReturn().getResponse().getStatus()).isEqualTo(200);
        List<String> stored = jdbc.queryForList("select code_hash from staff_recovery_code where account_id = ?", String.class, id);
        assertThat(stored).hasSize(10).noneMatch(hash -> staff.lastRecoveryCodes.stream().anyMatch(hash::contains));
        assertThat(events(id)).contains("STAFF_PASSWORD_OK", "SECOND_FACTOR_FAILED", "SECOND_FACTOR_ENROLLED");
    }

    @Test
    void theRecoveryCodesPageRenderedAtSignInCarriesTheNewSessionsTokenSoSignOutWorksFromIt() throws Exception {
        String email = address();
        staff.create(email, StaffRole.EDITOR);
        MockHttpSession pending = staff.password(email);
        mvc.perform(get("/admin/sign-in/enrol").session(pending));
        String secret = (String) pending.getAttribute(StaffSignInController.ENROL_SECRET);
        MvcResult enrolled = mvc.perform(post("/admin/sign-in/enrol").session(pending).with(csrf())
                .param("code", staff.currentCode(secret))).andReturn();
        String page = enrolled.getResponse().getContentAsString();
        java.util.regex.Matcher token = java.util.regex.Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page);
        assertThat(token.find()).as("the page's forms carry a token").isTrue();
        MockHttpSession session = (MockHttpSession) enrolled.getRequest().getSession();

        MvcResult signedOut = mvc.perform(post("/admin/sign-out").session(session).param("_csrf", token.group(1))).andReturn();

        assertThat(signedOut.getResponse().getStatus()).isEqualTo(302);
        assertThat(signedOut.getResponse().getRedirectedUrl()).isEqualTo("/admin/sign-in?signedOut");
    }

    @Test
    void anEnrolledMemberSignsInWithTheCodeOfTheirApp() throws Exception {
        String email = address();
        UUID id = staff.create(email, StaffRole.PUBLISHER);
        staff.enrol(email);

        MockHttpSession session = staff.signIn(email, id);

        assertThat(mvc.perform(get("/admin").session(session)).andReturn().getResponse().getContentAsString())
                .contains("Signed in as Ada Staff");
        assertThat(events(id)).contains("SECOND_FACTOR_OK");
    }

    @Test
    void aCodeUsedOnceIsRefusedWithinItsWindowAndSoIsAnOlderOne() throws Exception {
        String email = address();
        UUID id = staff.create(email, StaffRole.EDITOR);
        staff.enrol(email);
        clock.advance(Duration.ofSeconds(60));
        String code = staff.codeFor(id);
        MockHttpSession first = staff.password(email);
        mvc.perform(post("/admin/sign-in/code").session(first).with(csrf()).param("code", code));

        clock.advance(Duration.ofSeconds(20));
        MockHttpSession second = staff.password(email);
        MvcResult reused = mvc.perform(post("/admin/sign-in/code").session(second).with(csrf()).param("code", code)).andReturn();

        assertThat(reused.getResponse().getContentAsString()).contains("That code was used already");
        assertThat(mvc.perform(get("/admin").session(second)).andReturn().getResponse().getRedirectedUrl()).isEqualTo("/admin/sign-in");
        assertThat(events(id)).contains("SECOND_FACTOR_REUSED");
    }

    @Test
    void wrongCodesAreThrottledEvenWhenTheRightOneFollowsUntilTheWaitIsOver() throws Exception {
        String email = address();
        UUID id = staff.create(email, StaffRole.EDITOR);
        staff.enrol(email);
        clock.advance(Duration.ofSeconds(60));
        MockHttpSession session = staff.password(email);
        String right = staff.codeFor(id);
        String wrong = right.equals("123456") ? "654321" : "123456";
        for (int i = 0; i < 5; i++) {
            mvc.perform(post("/admin/sign-in/code").session(session).with(csrf()).param("code", wrong));
        }

        MvcResult throttled = mvc.perform(post("/admin/sign-in/code").session(session).with(csrf()).param("code", right)).andReturn();
        assertThat(throttled.getResponse().getContentAsString()).contains("Too many wrong codes");

        clock.advance(Duration.ofSeconds(31));
        MockHttpSession later = staff.password(email);
        MvcResult passed = mvc.perform(post("/admin/sign-in/code").session(later).with(csrf()).param("code", staff.codeFor(id))).andReturn();
        assertThat(passed.getResponse().getRedirectedUrl()).isEqualTo("/admin");
        assertThat(events(id)).contains("SECOND_FACTOR_FAILED", "SECOND_FACTOR_THROTTLED", "SECOND_FACTOR_OK");
    }

    @Test
    void aRecoveryCodeSignsInOnceWhateverItsCaseAndSpaces() throws Exception {
        String email = address();
        UUID id = staff.create(email, StaffRole.EDITOR);
        staff.enrol(email);
        String recovery = staff.lastRecoveryCodes.get(3);
        String typed = recovery.toLowerCase().replace("-", " ");

        MockHttpSession first = staff.password(email);
        MvcResult used = mvc.perform(post("/admin/sign-in/code").session(first).with(csrf()).param("code", typed)).andReturn();
        assertThat(used.getResponse().getRedirectedUrl()).isEqualTo("/admin");

        MockHttpSession second = staff.password(email);
        MvcResult again = mvc.perform(post("/admin/sign-in/code").session(second).with(csrf()).param("code", recovery)).andReturn();
        assertThat(again.getResponse().getContentAsString()).contains("That code is not right");
        assertThat(events(id)).contains("RECOVERY_CODE_USED");
    }

    @Test
    void anAccountWithoutARoleGetsTheSameAnswerAsAWrongPassword() throws Exception {
        String email = address();
        staff.mediaSession(email);

        String withoutRole = mvc.perform(post("/admin/sign-in").with(csrf()).param("email", email).param("password", StaffTestSupport.PASSWORD))
                .andReturn().getResponse().getContentAsString();
        String unknown = mvc.perform(post("/admin/sign-in").with(csrf()).param("email", "nobody." + email).param("password", "Wrong-2026!password"))
                .andReturn().getResponse().getContentAsString();

        assertThat(withoutRole).contains("Wrong e-mail or password, or this account has no staff role");
        assertThat(unknown).contains("Wrong e-mail or password, or this account has no staff role");
    }

    @Test
    void theSecondStepExpiresAfterFiveMinutes() throws Exception {
        String email = address();
        UUID id = staff.create(email, StaffRole.EDITOR);
        staff.enrol(email);
        clock.advance(Duration.ofSeconds(60));
        MockHttpSession session = staff.password(email);

        clock.advance(Duration.ofMinutes(6));
        MvcResult late = mvc.perform(post("/admin/sign-in/code").session(session).with(csrf()).param("code", staff.codeFor(id))).andReturn();

        assertThat(late.getResponse().getRedirectedUrl()).isEqualTo("/admin/sign-in?expired");
    }

    @Test
    void aRoleRemovedEndsTheStaffSessionAtItsNextPage() throws Exception {
        String email = address();
        UUID id = staff.create(email, StaffRole.EDITOR, StaffRole.PUBLISHER);
        MockHttpSession session = staff.enrol(email);
        assertThat(mvc.perform(get("/admin").session(session)).andReturn().getResponse().getStatus()).isEqualTo(200);

        staff.staff().revoke(id, StaffRole.PUBLISHER, null);

        assertThat(mvc.perform(get("/admin").session(session)).andReturn().getResponse().getRedirectedUrl()).isEqualTo("/admin/sign-in");
    }

    @Test
    void signingOutEndsTheSessionAndIsAudited() throws Exception {
        String email = address();
        UUID id = staff.create(email, StaffRole.EDITOR);
        MockHttpSession session = staff.enrol(email);

        MvcResult out = mvc.perform(post("/admin/sign-out").session(session).with(csrf())).andReturn();

        assertThat(out.getResponse().getRedirectedUrl()).isEqualTo("/admin/sign-in?signedOut");
        assertThat(session.isInvalid()).isTrue();
        assertThat(events(id)).contains("STAFF_SIGNED_OUT");
    }

    @Test
    void aWrongPasswordOrATokenlessCodePostLeavesNoWayIn() throws Exception {
        MvcResult noPending = mvc.perform(post("/admin/sign-in/code").with(csrf()).param("code", "123456")).andReturn();
        assertThat(noPending.getResponse().getRedirectedUrl()).isEqualTo("/admin/sign-in?expired");
        MvcResult noCsrf = mvc.perform(post("/admin/sign-in").param("email", "a@example.org").param("password", "x")).andReturn();
        assertThat(noCsrf.getResponse().getStatus()).isEqualTo(403);
    }

    private List<String> events(UUID accountId) {
        return jdbc.queryForList("select type from auth_event where account_id = ? order by id", String.class, accountId);
    }

    private static String address() {
        return "staff." + System.nanoTime() + "@example.org";
    }
}
