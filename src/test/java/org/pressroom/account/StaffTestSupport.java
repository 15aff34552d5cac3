package org.pressroom.account;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.pressroom.MutableClock;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Makes staff members the way an administrator does (an invitation, then the password link) and signs them in
 * through the real pages: password, then a TOTP computed here from their secret. For tests of every module.
 */
public final class StaffTestSupport {

    public static final String PASSWORD = "Broadcast-2026!quality";

    private final StaffAccounts staff;
    private final SecondFactorRepository factors;
    private final MockMvc mvc;
    private final MutableClock clock;

    public StaffTestSupport(ApplicationContext context, MockMvc mvc, MutableClock clock) {
        this.staff = context.getBean(StaffAccounts.class);
        this.factors = context.getBean(SecondFactorRepository.class);
        this.mvc = mvc;
        this.clock = clock;
    }

    /** A staff member with the roles, who has chosen their password (no second factor yet). */
    public UUID create(String email, StaffRole first, StaffRole... more) {
        return create(email, "Ada", "Staff", first, more);
    }

    /** A staff member with their own name, for tests that check whose name a page shows. */
    public UUID create(String email, String given, String family, StaffRole first, StaffRole... more) {
        StaffInvitation invitation = staff.invite(email, given, family, "en", first, null, Duration.ofHours(1));
        for (StaffRole role : more) {
            staff.grant(invitation.accountId(), role, null);
        }
        if (invitation.token() != null) {
            assertThat(staff.choosePassword(invitation.token(), given, family, PASSWORD, new Client("127.0.0.1", "test")))
                    .isEqualTo(StaffAccounts.LinkUse.DONE);
        }
        return invitation.accountId();
    }

    /** A verified account with no role: a journalist's multimedia account, logged in on the public site. */
    public MockHttpSession mediaSession(String email) throws Exception {
        UUID id = create(email, StaffRole.EDITOR);
        assertThat(staff.revoke(id, StaffRole.EDITOR, null)).isEqualTo(StaffAccounts.Change.DONE);
        MockHttpSession session = new MockHttpSession();
        MvcResult login = mvc.perform(post("/en/account/login").session(session).with(csrf())
                .param("email", email).param("password", PASSWORD).param("returnTo", "/en/")).andReturn();
        assertThat(login.getResponse().getRedirectedUrl()).isEqualTo("/en/");
        return (MockHttpSession) login.getRequest().getSession();
    }

    /** Password step; returns the session waiting for the second factor. */
    public MockHttpSession password(String email) throws Exception {
        MockHttpSession session = new MockHttpSession();
        MvcResult result = mvc.perform(post("/admin/sign-in").session(session).with(csrf())
                .param("email", email).param("password", PASSWORD)).andReturn();
        assertThat(result.getResponse().getRedirectedUrl()).as("after the password").startsWith("/admin/sign-in/");
        return (MockHttpSession) result.getRequest().getSession();
    }

    /** Enrols (first sign-in) and returns the signed-in session; the recovery codes shown are in {@link #lastRecoveryCodes}. */
    public MockHttpSession enrol(String email) throws Exception {
        MockHttpSession session = password(email);
        mvc.perform(get("/admin/sign-in/enrol").session(session));
        String secret = (String) session.getAttribute(StaffSignInController.ENROL_SECRET);
        MvcResult result = mvc.perform(post("/admin/sign-in/enrol").session(session).with(csrf())
                .param("code", currentCode(secret))).andReturn();
        assertThat(result.getResponse().getContentAsString()).contains("Your recovery codes");
        @SuppressWarnings("unchecked")
        List<String> codes = (List<String>) result.getModelAndView().getModel().get("recoveryCodes");
        lastRecoveryCodes = codes;
        return (MockHttpSession) result.getRequest().getSession();
    }

    public List<String> lastRecoveryCodes = List.of();

    /** Signs an enrolled staff member in; moves the clock to the next step first, since a code works once. */
    public MockHttpSession signIn(String email, UUID accountId) throws Exception {
        clock.advance(Duration.ofSeconds(Totp.STEP_SECONDS));
        MockHttpSession session = password(email);
        MvcResult result = mvc.perform(post("/admin/sign-in/code").session(session).with(csrf())
                .param("code", codeFor(accountId))).andReturn();
        assertThat(result.getResponse().getRedirectedUrl()).as("after the code").isEqualTo("/admin");
        return (MockHttpSession) result.getRequest().getSession();
    }

    /** A staff member with the roles, enrolled and signed in. */
    public MockHttpSession signedIn(String email, StaffRole first, StaffRole... more) throws Exception {
        create(email, first, more);
        return enrol(email);
    }

    /** The same, with the member's own name. */
    public MockHttpSession signedIn(String email, String given, String family, StaffRole first, StaffRole... more) throws Exception {
        create(email, given, family, first, more);
        return enrol(email);
    }

    /** The code the staff member's app shows now. */
    public String codeFor(UUID accountId) {
        return currentCode(factors.findById(accountId).orElseThrow().secret());
    }

    public String currentCode(String base32Secret) {
        return Totp.code(Base32.decode(base32Secret), Totp.step(clock.instant()));
    }

    /** The code an authenticator app shows at that time for a base-32 key (for browser tests, which read the key). */
    public static String totp(String base32Secret, java.time.Instant now) {
        return Totp.code(Base32.decode(base32Secret), Totp.step(now));
    }

    public StaffAccounts staff() {
        return staff;
    }
}
