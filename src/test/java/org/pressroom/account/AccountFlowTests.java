package org.pressroom.account;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pressroom.MutableClock;
import org.pressroom.TestSmtpServer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/** The multimedia account as scenarios, with a real SMTP server catching the codes and a clock the tests move. */
// MockMvc keeps the session in a MockHttpSession; sessions in PostgreSQL are tested over HTTP in SharedSessionTests.
@SpringBootTest(properties = "spring.autoconfigure.exclude=org.springframework.boot.session.jdbc.autoconfigure.JdbcSessionAutoConfiguration")
@AutoConfigureMockMvc
class AccountFlowTests {

    static final String PASSWORD = "Broadcast-2026!quality";
    static final TestSmtpServer smtp = new TestSmtpServer();

    @DynamicPropertySource
    static void smtpServer(DynamicPropertyRegistry registry) {
        smtp.startFor(registry);
    }

    @AfterAll
    static void stopSmtpServer() {
        smtp.stop();
    }

    @TestConfiguration
    static class MovableTime {
        @Bean
        @Primary
        MutableClock testClock() {
            return new MutableClock(Instant.parse("2026-03-02T09:00:00Z"));
        }
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    MutableClock clock;

    @Autowired
    AccountService accounts;

    @Autowired
    JdbcTemplate jdbc;

    private int addressCounter;

    @BeforeEach
    void laterThanAnyCooldown() {
        clock.advance(Duration.ofHours(2));
    }

    @Test
    void registerThenVerifyWithTheEmailedCodeLogsTheJournalistInAndReturnsToTheirPage() throws Exception {
        String email = newAddress();
        MockHttpSession session = new MockHttpSession();

        register(session, email, PASSWORD, "/en/news/2026/03/02/summit")
                .andExpect(result -> assertThat(result.getResponse().getRedirectedUrl())
                        .isEqualTo("/en/account/verify?returnTo=/en/news/2026/03/02/summit"));
        String code = codeSentTo(email, 1);
        mvc.perform(get("/en/account/verify").session(session))
                .andExpect(result -> assertThat(result.getResponse().getContentAsString())
                        .contains(email).contains("expires in 30 minutes"));

        MvcResult verified = verify(session, code, "/en/news/2026/03/02/summit");

        assertThat(verified.getResponse().getRedirectedUrl()).isEqualTo("/en/account/welcome?returnTo=/en/news/2026/03/02/summit");
        assertThat(loggedIn(verified)).isTrue();
        assertThat(status(email)).isEqualTo("VERIFIED");
        mvc.perform(get("/en/account/welcome").session((MockHttpSession) verified.getRequest().getSession())
                        .param("returnTo", "/en/news/2026/03/02/summit"))
                .andExpect(result -> assertThat(result.getResponse().getContentAsString())
                        .contains("You can now download videos from this website")
                        .contains("href=\"/en/news/2026/03/02/summit\""));
    }

    @Test
    void theSuccessStepSubscribesToTheNewsletterInOneClickWithConsentTimeAndSource() throws Exception {
        String email = newAddress();
        MockHttpSession session = new MockHttpSession();
        register(session, email, PASSWORD, "/en/");
        MvcResult verified = verify(session, codeSentTo(email, 1), "/en/");

        MvcResult subscribed = mvc.perform(post("/en/account/newsletter").session((MockHttpSession) verified.getRequest().getSession())
                .with(csrf()).param("returnTo", "/en/")).andReturn();

        assertThat(subscribed.getResponse().getRedirectedUrl()).isEqualTo("/en/account/welcome?returnTo=/en/&subscribed=true");
        assertThat(jdbc.queryForMap("select source, consented_at, unsubscribed_at from newsletter_subscription where email = ?", email))
                .containsEntry("source", "account")
                .containsEntry("consented_at", java.sql.Timestamp.from(clock.instant()))
                .containsEntry("unsubscribed_at", null);
    }

    @Test
    void aVisitorWhoIsNotLoggedInCannotSubscribeSomeoneElse() throws Exception {
        MvcResult result = mvc.perform(post("/en/account/newsletter").with(csrf()).param("email", "victim@example.org")
                .param("returnTo", "/en/")).andReturn();

        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/en/account/login?returnTo=/en/");
        assertThat(jdbc.queryForObject("select count(*) from newsletter_subscription where email = 'victim@example.org'", Integer.class)).isZero();
    }

    @Test
    void theCodeMailSaysWhenItExpiresAndThatNobodyWillAskForIt() throws Exception {
        String email = newAddress();
        register(new MockHttpSession(), email, PASSWORD, "/fr/");
        MimeMessage mail = lastMailTo(email, 1);
        assertThat(mail.getSubject()).isEqualTo("Your verification code");
        String text = org.pressroom.mail.MimeParts.text(mail);
        assertThat(text).containsPattern("It expires in 30 minutes, at \\d{1,2}:\\d{2}\\s?[AP]M UTC")
                .contains("Nobody from Example Organisation will ever ask you for this code");
    }

    @Test
    void fiveWrongCodesKillTheCode() throws Exception {
        String email = newAddress();
        MockHttpSession session = new MockHttpSession();
        register(session, email, PASSWORD, "/en/");
        String code = codeSentTo(email, 1);
        String wrong = code.equals("000000") ? "111111" : "000000";
        for (int i = 0; i < 5; i++) {
            assertThat(loggedIn(verify(session, wrong, "/en/"))).isFalse();
        }

        MvcResult result = verify(session, code, "/en/");

        assertThat(loggedIn(result)).isFalse();
        assertThat(result.getResponse().getContentAsString()).contains("tried too many times");
    }

    @Test
    void aCodeEnteredAfterThirtyMinutesHasExpired() throws Exception {
        String email = newAddress();
        MockHttpSession session = new MockHttpSession();
        register(session, email, PASSWORD, "/en/");
        String code = codeSentTo(email, 1);

        clock.advance(Duration.ofMinutes(30).plusSeconds(1));

        MvcResult result = verify(session, code, "/en/");
        assertThat(loggedIn(result)).isFalse();
        assertThat(result.getResponse().getContentAsString()).contains("has expired");
    }

    @Test
    void aNewCodeKillsTheOldOneAndTheCooldownHoldsBackAThird() throws Exception {
        String email = newAddress();
        MockHttpSession session = new MockHttpSession();
        register(session, email, PASSWORD, "/en/");
        String first = codeSentTo(email, 1);
        clock.advance(Duration.ofSeconds(61));
        mvc.perform(post("/en/account/verify/resend").session(session).with(csrf()));
        String second = codeSentTo(email, 2);
        mvc.perform(post("/en/account/verify/resend").session(session).with(csrf()))
                .andExpect(result -> assertThat(result.getResponse().getContentAsString()).contains("You can ask again in"));
        Thread.sleep(1_500);
        assertThat(mailsTo(email)).as("no third code within the cooldown").hasSize(2);

        assertThat(loggedIn(verify(session, first, "/en/"))).isFalse();
        assertThat(loggedIn(verify(session, second, "/en/"))).isTrue();
    }

    @Test
    void registeringAgainDuringTheCooldownChangesNothingSoTheFirstCodeCannotVerifySomeoneElsesPassword() throws Exception {
        String email = newAddress();
        register(new MockHttpSession(), email, PASSWORD, "/en/");
        String code = codeSentTo(email, 1);
        register(new MockHttpSession(), email, "Attacker-Password-1!", "/en/");

        assertThat(accounts.verify(email, code, new Client("127.0.0.1", "test")).principal()).isNotNull();
        assertThat(accounts.login(email, "Attacker-Password-1!", new Client("127.0.0.1", "test")).outcome()).isEqualTo(AccountService.Login.FAILED);
        assertThat(accounts.login(email, PASSWORD, new Client("127.0.0.1", "test")).outcome()).isEqualTo(AccountService.Login.OK);
    }

    @Test
    void noMoreThanFiveCodesAnHourGoToOneAddress() throws Exception {
        String email = newAddress();
        MockHttpSession session = new MockHttpSession();
        register(session, email, PASSWORD, "/en/");
        for (int i = 0; i < 5; i++) {
            clock.advance(Duration.ofSeconds(61));
            mvc.perform(post("/en/account/verify/resend").session(session).with(csrf()));
        }

        codeSentTo(email, 5);
        Thread.sleep(1_500);
        assertThat(mailsTo(email)).hasSize(5);
    }

    @Test
    void registeringAnAddressThatHasAnAccountAnswersLikeANewOneAndTellsTheOwner() throws Exception {
        String email = verifiedAccount();
        int before = mailsTo(email).size();

        MvcResult again = register(new MockHttpSession(), email, "Other-Password-99!", "/en/").andReturn();

        assertThat(again.getResponse().getRedirectedUrl()).isEqualTo("/en/account/verify?returnTo=/en/");
        await().atMost(Duration.ofSeconds(20)).until(() -> mailsTo(email).size() == before + 1);
        assertThat(lastMailTo(email, before + 1).getSubject()).isEqualTo("Someone tried to register with your address");
        assertThat(accounts.login(email, PASSWORD, new Client("127.0.0.1", "test")).outcome())
                .as("the existing password still works").isEqualTo(AccountService.Login.OK);
    }

    @Test
    void aResetWithTheEmailedCodeSetsANewPasswordAndTellsTheOwner() throws Exception {
        String email = verifiedAccount();
        MockHttpSession session = new MockHttpSession();
        int before = mailsTo(email).size();

        mvc.perform(post("/en/account/reset").session(session).with(csrf()).param("email", email).param("returnTo", "/en/events/"))
                .andExpect(result -> assertThat(result.getResponse().getRedirectedUrl())
                        .isEqualTo("/en/account/reset/verify?returnTo=/en/events/"));
        String code = codeSentTo(email, before + 1);
        mvc.perform(post("/en/account/reset/verify").session(session).with(csrf()).param("code", code).param("returnTo", "/en/events/"))
                .andExpect(result -> assertThat(result.getResponse().getRedirectedUrl())
                        .isEqualTo("/en/account/reset/password?returnTo=/en/events/"));
        mvc.perform(post("/en/account/reset/password").session(session).with(csrf()).param("password", "Short1!")
                        .param("returnTo", "/en/events/"))
                .andExpect(result -> assertThat(result.getResponse().getContentAsString())
                        .contains("The password needs at least 12 characters."));
        MvcResult done = mvc.perform(post("/en/account/reset/password").session(session).with(csrf())
                .param("password", "New-Password-2026!").param("returnTo", "/en/events/")).andReturn();

        assertThat(done.getResponse().getRedirectedUrl()).isEqualTo("/en/account/reset/done?returnTo=/en/events/");
        assertThat(accounts.login(email, "New-Password-2026!", new Client("127.0.0.1", "test")).outcome()).isEqualTo(AccountService.Login.OK);
        assertThat(accounts.login(email, PASSWORD, new Client("127.0.0.1", "test")).outcome()).isEqualTo(AccountService.Login.FAILED);
        await().atMost(Duration.ofSeconds(20)).until(() -> mailsTo(email).size() == before + 2);
        assertThat(lastMailTo(email, before + 2).getSubject()).isEqualTo("Your password was changed");
    }

    @Test
    void anUnverifiedAccountLoggingInLandsOnTheCodeStepWithAFreshCode() throws Exception {
        String email = newAddress();
        register(new MockHttpSession(), email, PASSWORD, "/en/");
        codeSentTo(email, 1);
        clock.advance(Duration.ofMinutes(2));

        MvcResult result = mvc.perform(post("/en/account/login").session(new MockHttpSession()).with(csrf())
                .param("email", email).param("password", PASSWORD).param("returnTo", "/en/contact")).andReturn();

        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/en/account/verify?returnTo=/en/contact");
        assertThat(loggedIn(result)).isFalse();
        MockHttpSession session = (MockHttpSession) result.getRequest().getSession();
        assertThat(loggedIn(verify(session, codeSentTo(email, 2), "/en/contact"))).isTrue();
    }

    @Test
    void aLogInLastsAtMostTwentyFourHoursHoweverActive() throws Exception {
        String email = verifiedAccount();
        MockHttpSession session = loggedInSession(email, PASSWORD);
        clock.advance(Duration.ofHours(23));
        assertThat(mvc.perform(get("/en/account").session(session)).andReturn().getResponse().getStatus()).isEqualTo(200);

        clock.advance(Duration.ofHours(1).plusSeconds(1));

        assertThat(mvc.perform(get("/en/account").session(session)).andReturn().getResponse().getRedirectedUrl())
                .startsWith("/en/account/login");
    }

    @Test
    void aRegistrationPostedTwiceMakesOneAccountAndOneCode() throws Exception {
        String email = newAddress();
        MockHttpSession session = new MockHttpSession();
        register(session, email, PASSWORD, "/en/");
        register(session, email, PASSWORD, "/en/");

        assertThat(jdbc.queryForObject("select count(*) from account where email = ?", Integer.class, email)).isEqualTo(1);
        String code = codeSentTo(email, 1);
        Thread.sleep(1_000);
        assertThat(mailsTo(email)).hasSize(1);
        assertThat(loggedIn(verify(session, code, "/en/"))).isTrue();
    }

    @Test
    void aResetEndsEveryOtherSessionOfTheAccount() throws Exception {
        String email = verifiedAccount();
        MockHttpSession elsewhere = loggedInSession(email, PASSWORD);
        int before = mailsTo(email).size();
        MockHttpSession session = new MockHttpSession();
        clock.advance(Duration.ofSeconds(1));

        mvc.perform(post("/en/account/reset").session(session).with(csrf()).param("email", email));
        mvc.perform(post("/en/account/reset/verify").session(session).with(csrf()).param("code", codeSentTo(email, before + 1)));
        mvc.perform(post("/en/account/reset/password").session(session).with(csrf()).param("password", "After-Reset-2026!"));

        assertThat(mvc.perform(get("/en/account").session(elsewhere)).andReturn().getResponse().getRedirectedUrl())
                .startsWith("/en/account/login");
    }

    @Test
    void aResetCodeStepWithoutItsSessionSaysSoAndStartsAgain() throws Exception {
        mvc.perform(post("/en/account/reset/verify").with(csrf()).param("code", "123456").param("returnTo", "/en/contact"))
                .andExpect(result -> assertThat(result.getResponse().getRedirectedUrl())
                        .isEqualTo("/en/account/reset?returnTo=/en/contact&expired=true"));
        assertThat(mvc.perform(get("/en/account/reset").param("expired", "true")).andReturn().getResponse().getContentAsString())
                .contains("Your session expired before the end of this step");
    }

    @Test
    void aCodeTypedWithSpacesIsAcceptedAndOneWithLettersIsNot() throws Exception {
        String email = newAddress();
        MockHttpSession session = new MockHttpSession();
        register(session, email, PASSWORD, "/en/");
        String code = codeSentTo(email, 1);

        assertThat(loggedIn(verify(session, "abc" + code.substring(3), "/en/"))).isFalse();
        assertThat(loggedIn(verify(session, " " + code.substring(0, 3) + " " + code.substring(3) + " ", "/en/"))).isTrue();
    }

    @Test
    void aResetForAnUnknownAddressIsAnsweredTheSameWayAndSendsNothing() throws Exception {
        String unknown = newAddress();
        mvc.perform(post("/en/account/reset").session(new MockHttpSession()).with(csrf()).param("email", unknown).param("returnTo", "/en/"))
                .andExpect(result -> assertThat(result.getResponse().getRedirectedUrl())
                        .isEqualTo("/en/account/reset/verify?returnTo=/en/"));
        Thread.sleep(1_500);
        assertThat(mailsTo(unknown)).isEmpty();
    }

    @Test
    void afterFiveFailedLogInsEvenTheRightPasswordWaits() throws Exception {
        String email = verifiedAccount();
        for (int i = 0; i < 5; i++) {
            assertThat(login(email, "Wrong-Password-1!").getResponse().getContentAsString()).contains("is not right");
        }
        MvcResult throttled = login(email, PASSWORD);
        assertThat(throttled.getResponse().getContentAsString()).contains("is not right");
        assertThat(loggedIn(throttled)).isFalse();

        clock.advance(Duration.ofMinutes(1));
        assertThat(loggedIn(login(email, PASSWORD))).isTrue();
    }

    @Test
    void logInGivesANewSessionIdAndLogOutEndsTheSession() throws Exception {
        String email = verifiedAccount();
        MockHttpSession session = new MockHttpSession();
        String before = session.getId();

        MvcResult result = mvc.perform(post("/en/account/login").session(session).with(csrf())
                .param("email", email).param("password", PASSWORD).param("returnTo", "/en/contact")).andReturn();

        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/en/contact");
        assertThat(result.getRequest().getSession().getId()).isNotEqualTo(before);
        assertThat(loggedIn(result)).isTrue();

        MvcResult out = mvc.perform(post("/en/account/logout").session(session).with(csrf()).param("returnTo", "/en/contact")).andReturn();
        assertThat(out.getResponse().getRedirectedUrl()).isEqualTo("/en/contact");
        assertThat(session.isInvalid()).isTrue();
    }

    @Test
    void aReturnToOutsideTheSiteIsReplacedByTheHomePage() throws Exception {
        for (String evil : List.of("https://evil.example/", "//evil.example/", "/\\evil.example", "javascript:alert(1)", "/en/account/logout")) {
            String email = newAddress();
            register(new MockHttpSession(), email, PASSWORD, evil)
                    .andExpect(result -> assertThat(result.getResponse().getRedirectedUrl())
                            .isEqualTo("/en/account/verify?returnTo=/en/"));
        }
    }

    @Test
    void everyUnmetPartOfThePasswordRuleIsNamedAndNothingIsCreated() throws Exception {
        String email = newAddress();
        String page = register(new MockHttpSession(), email, "abc def", "/en/").andReturn().getResponse().getContentAsString();

        assertThat(page).contains("The password needs at least 12 characters.", "The password needs an upper-case letter.",
                "The password needs a digit.", "The password needs a symbol", "The password cannot contain spaces.")
                .doesNotContain("abc def");
        assertThat(jdbc.queryForObject("select count(*) from account where email = ?", Integer.class, email)).isZero();

        String common = register(new MockHttpSession(), email, "password", "/en/").andReturn().getResponse().getContentAsString();
        assertThat(common).contains("among the most common ones");
    }

    @Test
    void overlongAndMarkupFieldsAreRefusedOrEscapedNeverAFailure() throws Exception {
        String email = newAddress();
        String page = mvc.perform(post("/en/account/register").with(csrf())
                        .param("email", "x".repeat(10_000)).param("password", PASSWORD)
                        .param("firstName", "<script>alert(1)</script>").param("lastName", "y".repeat(10_000))
                        .param("organisation", "مؤسسة 🎥").param("mediaKind", "NOT_A_KIND").param("country", "ZZ"))
                .andReturn().getResponse().getContentAsString();

        assertThat(page).contains("Enter an e-mail address such as", "Use at most 100 characters.", "Choose the type of media",
                "Choose a country from the list.", "Accept the terms of use").contains("&lt;script&gt;").doesNotContain("<script>alert")
                .contains("مؤسسة 🎥");
        assertThat(jdbc.queryForObject("select count(*) from account where email = ?", Integer.class, email)).isZero();
    }

    @Test
    void twoConcurrentVerificationsWithTheSameCodeLetExactlyOneThrough() throws Exception {
        String email = newAddress();
        register(new MockHttpSession(), email, PASSWORD, "/en/");
        String code = codeSentTo(email, 1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        java.util.concurrent.CyclicBarrier together = new java.util.concurrent.CyclicBarrier(2);
        try {
            Callable<Boolean> attempt = () -> {
                together.await();
                return accounts.verify(email, code, new Client("127.0.0.1", "test")).principal() != null;
            };
            List<Future<Boolean>> results = new ArrayList<>(List.of(pool.submit(attempt), pool.submit(attempt)));
            long succeeded = 0;
            for (Future<Boolean> result : results) {
                try {
                    succeeded += result.get() ? 1 : 0;
                } catch (java.util.concurrent.ExecutionException lostTheRace) {
                    // The loser may also fail on the row the winner locked: still not verified twice.
                }
            }
            assertThat(succeeded).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void theAccountPageAsksAnonymousVisitorsToLogInFirst() throws Exception {
        mvc.perform(get("/en/account")).andExpect(result ->
                assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/en/account/login?returnTo=/en/account"));
    }

    @Test
    void theProfileIsChangedAndShownEscaped() throws Exception {
        String email = verifiedAccount();
        MockHttpSession session = loggedInSession(email, PASSWORD);

        mvc.perform(post("/en/account/profile").session(session).with(csrf()).param("firstName", "<b>Ada</b>")
                .param("lastName", "Lovelace").param("organisation", "Radio Uno").param("mediaKind", "RADIO").param("country", "IT"));

        assertThat(jdbc.queryForMap("select first_name, organisation, media_kind, country from account where email = ?", email))
                .containsEntry("first_name", "<b>Ada</b>").containsEntry("media_kind", "RADIO").containsEntry("country", "IT");
        assertThat(mvc.perform(get("/en/account").session(session)).andReturn().getResponse().getContentAsString())
                .contains("value=\"&lt;b&gt;Ada&lt;/b&gt;\"").doesNotContain("<b>Ada</b>");
        assertThat(mvc.perform(get("/en/account").param("done", "<script>").session(session)).andReturn().getResponse().getStatus())
                .as("an unknown notice is ignored").isEqualTo(200);
    }

    @Test
    void changingThePasswordNeedsTheCurrentOneEndsOtherSessionsAndTellsTheOwner() throws Exception {
        String email = verifiedAccount();
        MockHttpSession here = loggedInSession(email, PASSWORD);
        MockHttpSession elsewhere = loggedInSession(email, PASSWORD);
        int before = mailsTo(email).size();

        String refused = mvc.perform(post("/en/account/password").session(here).with(csrf())
                .param("currentPassword", "Not-The-Password-1!").param("newPassword", "Second-Password-2026!"))
                .andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("The password is not right.");

        clock.advance(Duration.ofSeconds(1));
        MvcResult changed = mvc.perform(post("/en/account/password").session(here).with(csrf())
                .param("currentPassword", PASSWORD).param("newPassword", "Second-Password-2026!")).andReturn();
        assertThat(changed.getResponse().getRedirectedUrl()).isEqualTo("/en/account?done=password");

        MockHttpSession current = (MockHttpSession) changed.getRequest().getSession();
        assertThat(mvc.perform(get("/en/account").session(current)).andReturn().getResponse().getStatus()).isEqualTo(200);
        assertThat(mvc.perform(get("/en/account").session(elsewhere)).andReturn().getResponse().getRedirectedUrl())
                .as("the other session has ended").startsWith("/en/account/login");
        assertThat(accounts.login(email, "Second-Password-2026!", new Client("127.0.0.1", "test")).outcome()).isEqualTo(AccountService.Login.OK);
        await().atMost(Duration.ofSeconds(20)).until(() -> mailsTo(email).size() == before + 1);
        assertThat(lastMailTo(email, before + 1).getSubject()).isEqualTo("Your password was changed");
    }

    @Test
    void theEmailAddressChangesOnlyWithTheCodeSentToTheNewAddress() throws Exception {
        String email = verifiedAccount();
        String newEmail = newAddress();
        MockHttpSession session = loggedInSession(email, PASSWORD);
        int before = mailsTo(email).size();

        mvc.perform(post("/en/account/email").session(session).with(csrf()).param("newEmail", newEmail).param("password", PASSWORD))
                .andExpect(result -> assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/en/account?done=email-sent"));
        String code = codeSentTo(newEmail, 1);
        await().atMost(Duration.ofSeconds(20)).until(() -> mailsTo(email).size() == before + 1);
        assertThat(lastMailTo(email, before + 1).getSubject()).isEqualTo("A new e-mail address was requested for your account");
        assertThat(accounts.login(newEmail, PASSWORD, new Client("127.0.0.1", "test")).outcome()).isEqualTo(AccountService.Login.FAILED);

        MvcResult confirmed = mvc.perform(post("/en/account/email/confirm").session(session).with(csrf()).param("code", code)).andReturn();

        assertThat(confirmed.getResponse().getRedirectedUrl()).isEqualTo("/en/account?done=email");
        assertThat(accounts.login(newEmail, PASSWORD, new Client("127.0.0.1", "test")).outcome()).isEqualTo(AccountService.Login.OK);
        assertThat(accounts.login(email, PASSWORD, new Client("127.0.0.1", "test")).outcome()).isEqualTo(AccountService.Login.FAILED);
    }

    @Test
    void theNewsletterIsSwitchedOnAndOffFromTheAccountPage() throws Exception {
        String email = verifiedAccount();
        MockHttpSession session = loggedInSession(email, PASSWORD);

        mvc.perform(post("/en/account/newsletter/settings").session(session).with(csrf()).param("subscribed", "true"));
        assertThat(jdbc.queryForObject("select unsubscribed_at is null from newsletter_subscription where email = ?", Boolean.class, email)).isTrue();
        mvc.perform(post("/en/account/newsletter/settings").session(session).with(csrf()).param("subscribed", "false"));
        assertThat(jdbc.queryForObject("select unsubscribed_at is null from newsletter_subscription where email = ?", Boolean.class, email)).isFalse();
    }

    @Test
    void theExportHoldsTheAccountAndItsHistoryAsJson() throws Exception {
        String email = verifiedAccount();
        MockHttpSession session = loggedInSession(email, PASSWORD);

        MvcResult export = mvc.perform(get("/en/account/export").session(session)).andReturn();

        assertThat(export.getResponse().getContentType()).startsWith("application/json");
        assertThat(export.getResponse().getHeader("Content-Disposition")).contains("attachment").contains("pressroom-account.json");
        assertThat(export.getResponse().getContentAsString()).contains("\"email\" : \"" + email + "\"")
                .contains("\"event\" : \"VERIFIED\"").contains("\"organisation\" : \"Channel Nine\"").doesNotContain("password_hash");
    }

    @Test
    void deletingTheAccountErasesThePersonAndFreesTheAddress() throws Exception {
        String email = verifiedAccount();
        MockHttpSession session = loggedInSession(email, PASSWORD);
        MockHttpSession elsewhere = loggedInSession(email, PASSWORD);
        mvc.perform(post("/en/account/newsletter/settings").session(session).with(csrf()).param("subscribed", "true"));
        String id = jdbc.queryForObject("select id::text from account where email = ?", String.class, email);

        assertThat(mvc.perform(post("/en/account/delete").session(session).with(csrf()).param("password", PASSWORD))
                .andReturn().getResponse().getContentAsString()).contains("Tick the box to confirm");
        MvcResult deleted = mvc.perform(post("/en/account/delete").session(session).with(csrf())
                .param("password", PASSWORD).param("confirm", "true")).andReturn();

        assertThat(deleted.getResponse().getRedirectedUrl()).isEqualTo("/en/account/deleted");
        assertThat(session.isInvalid()).isTrue();
        assertThat(jdbc.queryForMap("select email, first_name, organisation, status from account where id = ?::uuid", id))
                .containsEntry("email", "deleted-" + id + "@invalid").containsEntry("first_name", "").containsEntry("status", "DELETED");
        assertThat(jdbc.queryForObject("select count(*) from newsletter_subscription where email = ?", Integer.class, email)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from auth_event where account_id = ?::uuid and (ip is not null or user_agent is not null)",
                Integer.class, id)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from auth_event where account_id = ?::uuid and type = 'DELETED'", Integer.class, id)).isEqualTo(1);
        assertThat(accounts.login(email, PASSWORD, new Client("127.0.0.1", "test")).outcome()).isEqualTo(AccountService.Login.FAILED);
        assertThat(mvc.perform(get("/en/account").session(elsewhere)).andReturn().getResponse().getRedirectedUrl())
                .as("every other session of the deleted account has ended").startsWith("/en/account/login");
        assertThat(jdbc.queryForObject("select count(*) from outbox_mail where lower(recipient) = lower(?)", Integer.class, email))
                .as("no mail to the person is kept").isZero();

        register(new MockHttpSession(), email, PASSWORD, "/en/");
        assertThat(jdbc.queryForObject("select status from account where email = ?", String.class, email)).isEqualTo("UNVERIFIED");
    }

    private MockHttpSession loggedInSession(String email, String password) throws Exception {
        MvcResult result = mvc.perform(post("/en/account/login").session(new MockHttpSession()).with(csrf())
                .param("email", email).param("password", password).param("returnTo", "/en/")).andReturn();
        assertThat(loggedIn(result)).isTrue();
        return (MockHttpSession) result.getRequest().getSession();
    }

    private org.springframework.test.web.servlet.ResultActions register(MockHttpSession session, String email, String password,
                                                                        String returnTo) throws Exception {
        return mvc.perform(post("/en/account/register").session(session).with(csrf())
                .param("email", email).param("password", password).param("firstName", "Ada").param("lastName", "Reporter")
                .param("organisation", "Channel Nine").param("mediaKind", "TV").param("country", "BE")
                .param("acceptTerms", "true").param("returnTo", returnTo));
    }

    private MvcResult verify(MockHttpSession session, String code, String returnTo) throws Exception {
        return mvc.perform(post("/en/account/verify").session(session).with(csrf()).param("code", code).param("returnTo", returnTo))
                .andReturn();
    }

    private MvcResult login(String email, String password) throws Exception {
        return mvc.perform(post("/en/account/login").session(new MockHttpSession()).with(csrf())
                .param("email", email).param("password", password).param("returnTo", "/en/")).andReturn();
    }

    private String verifiedAccount() throws Exception {
        String email = newAddress();
        MockHttpSession session = new MockHttpSession();
        register(session, email, PASSWORD, "/en/");
        assertThat(loggedIn(verify(session, codeSentTo(email, 1), "/en/"))).isTrue();
        return email;
    }

    private static boolean loggedIn(MvcResult result) {
        jakarta.servlet.http.HttpSession session = result.getRequest().getSession(false);
        if (session == null || ((MockHttpSession) session).isInvalid()) {
            return false;
        }
        Object context = session.getAttribute("SPRING_SECURITY_CONTEXT");
        return context instanceof SecurityContext security && security.getAuthentication() != null
                && security.getAuthentication().getPrincipal() instanceof AccountPrincipal;
    }

    private String status(String email) {
        return jdbc.queryForObject("select status from account where email = ?", String.class, email);
    }

    private String newAddress() {
        return "reporter" + (++addressCounter) + "." + System.nanoTime() + "@example.org";
    }

    private String codeSentTo(String email, int nth) throws Exception {
        return smtp.awaitCode(email, nth);
    }

    private MimeMessage lastMailTo(String email, int nth) {
        return smtp.awaitMail(email, nth);
    }

    private static List<MimeMessage> mailsTo(String email) {
        return smtp.mailsTo(email);
    }
}
