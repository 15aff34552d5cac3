package org.pressroom.backoffice;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pressroom.MovableClockConfiguration;
import org.pressroom.MutableClock;
import org.pressroom.account.StaffAccounts;
import org.pressroom.account.StaffRole;
import org.pressroom.account.StaffTestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.transaction.IllegalTransactionStateException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/** Administrators manage staff from /admin/staff; every change is in the audit log with the member before and after. */
@SpringBootTest(properties = "spring.autoconfigure.exclude=org.springframework.boot.session.jdbc.autoconfigure.JdbcSessionAutoConfiguration")
@AutoConfigureMockMvc
@Import(MovableClockConfiguration.class)
class StaffAdministrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    MutableClock clock;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    AuditLog audit;

    @Autowired
    StaffAccounts staffAccounts;

    StaffTestSupport staff;
    MockHttpSession admin;
    String adminEmail;

    @BeforeEach
    void anAdministrator() throws Exception {
        clock.advance(Duration.ofHours(1));
        staff = new StaffTestSupport(context, mvc, clock);
        adminEmail = "admin." + System.nanoTime() + "@example.org";
        admin = staff.signedIn(adminEmail, StaffRole.ADMIN);
    }

    @Test
    void invitingSomeoneMailsThemAPasswordLinkThroughTheOutboxAndIsAudited() throws Exception {
        String email = "new." + System.nanoTime() + "@example.org";

        MvcResult invited = mvc.perform(post("/admin/staff/invite").session(admin).with(csrf()).param("email", email)
                .param("firstName", "Lin").param("lastName", "Reporter").param("role", "PUBLISHER").param("language", "fr")).andReturn();

        assertThat(invited.getResponse().getRedirectedUrl()).isEqualTo("/admin/staff");
        Map<String, Object> mail = jdbc.queryForMap("select subject, text_body, language from outbox_mail where recipient = ?", email);
        assertThat(mail.get("language")).isEqualTo("fr");
        assertThat((String) mail.get("text_body")).contains("/admin/password?token=").contains("Choisir mon mot de passe");
        String page = mvc.perform(get("/admin/staff").session(admin)).andReturn().getResponse().getContentAsString();
        assertThat(page).contains(email).contains("invited, no password yet");
        Map<String, Object> entry = lastEntry("staff.invited");
        assertThat((String) entry.get("actor")).contains(adminEmail);
        assertThat((String) entry.get("after")).contains("\"PUBLISHER\"").contains(email);
    }

    @Test
    void givingAndRemovingARoleAreAuditedWithTheRolesBeforeAndAfter() throws Exception {
        UUID member = staff.create("member." + System.nanoTime() + "@example.org", StaffRole.EDITOR);

        mvc.perform(post("/admin/staff/" + member + "/grant").session(admin).with(csrf()).param("role", "PUBLISHER"));
        Map<String, Object> granted = lastEntry("staff.role-granted");
        assertThat(granted.get("item_id")).isEqualTo(member.toString());
        assertThat((String) granted.get("before")).contains("\"EDITOR\"").doesNotContain("PUBLISHER");
        assertThat((String) granted.get("after")).contains("\"EDITOR\"").contains("\"PUBLISHER\"");

        mvc.perform(post("/admin/staff/" + member + "/revoke").session(admin).with(csrf()).param("role", "EDITOR"));
        Map<String, Object> removed = lastEntry("staff.role-removed");
        assertThat((String) removed.get("after")).doesNotContain("EDITOR").contains("PUBLISHER");
        // Soft: the removed role's row is kept with when it was removed and by whom.
        assertThat(jdbc.queryForObject("select count(*) from staff_role where account_id = ? and role = 'EDITOR' and revoked_at is not null and revoked_by is not null",
                Integer.class, member)).isEqualTo(1);
    }

    @Test
    void aChangeThatDoesNotHappenLeavesNoAuditEntryAndSaysWhy() throws Exception {
        UUID member = staff.create("nochange." + System.nanoTime() + "@example.org", StaffRole.EDITOR);
        int before = entries();

        MvcResult unchanged = mvc.perform(post("/admin/staff/" + member + "/grant").session(admin).with(csrf()).param("role", "EDITOR")).andReturn();
        MvcResult unknownRole = mvc.perform(post("/admin/staff/" + member + "/grant").session(admin).with(csrf()).param("role", "ROOT")).andReturn();
        MvcResult unknownMember = mvc.perform(post("/admin/staff/" + UUID.randomUUID() + "/grant").session(admin).with(csrf()).param("role", "EDITOR")).andReturn();
        MvcResult notAnId = mvc.perform(post("/admin/staff/not-an-id/grant").session(admin).with(csrf()).param("role", "EDITOR")).andReturn();

        assertThat(entries()).isEqualTo(before);
        assertThat(unchanged.getFlashMap().get("problem")).isEqualTo("backoffice.staff.unchanged");
        assertThat(unknownRole.getFlashMap().get("problem")).isEqualTo("backoffice.staff.not-found");
        assertThat(unknownMember.getFlashMap().get("problem")).isEqualTo("backoffice.staff.not-found");
        assertThat(notAnId.getResponse().getStatus()).isEqualTo(400);
    }

    @Test
    void theLastAdministratorCannotLoseTheirRole() {
        List<UUID> admins = staffAccounts.staff().stream().filter(m -> m.roles().contains(StaffRole.ADMIN)).map(m -> m.id()).toList();
        for (int i = 1; i < admins.size(); i++) {
            staffAccounts.revoke(admins.get(i), StaffRole.ADMIN, null);
        }

        assertThat(staffAccounts.revoke(admins.get(0), StaffRole.ADMIN, null)).isEqualTo(StaffAccounts.Change.LAST_ADMIN);
        assertThat(staffAccounts.roles(admins.get(0))).contains(StaffRole.ADMIN);
    }

    @Test
    void anInvitationWithABadAddressNameOrRoleIsRefusedWithAMessageAndSendsNothing() throws Exception {
        int mails = jdbc.queryForObject("select count(*) from outbox_mail", Integer.class);

        String badEmail = mvc.perform(post("/admin/staff/invite").session(admin).with(csrf()).param("email", "not an address")
                .param("firstName", "A").param("lastName", "B").param("role", "EDITOR")).andReturn().getResponse().getContentAsString();
        String noName = mvc.perform(post("/admin/staff/invite").session(admin).with(csrf()).param("email", "x." + System.nanoTime() + "@example.org")
                .param("firstName", "").param("lastName", "B").param("role", "EDITOR")).andReturn().getResponse().getContentAsString();
        String badRole = mvc.perform(post("/admin/staff/invite").session(admin).with(csrf()).param("email", "y." + System.nanoTime() + "@example.org")
                .param("firstName", "A").param("lastName", "B").param("role", "ROOT")).andReturn().getResponse().getContentAsString();

        assertThat(badEmail).contains("Enter an e-mail address such as name@example.org").contains("value=\"not an address\"");
        assertThat(noName).contains("Enter a first and a last name");
        assertThat(badRole).contains("Choose a role from the list");
        assertThat(jdbc.queryForObject("select count(*) from outbox_mail", Integer.class)).isEqualTo(mails);
    }

    @Test
    void anAuditEntryIsWrittenOnlyInsideTheTransactionOfItsAction() {
        assertThatThrownBy(() -> audit.record("test.action", "test", "1", null, Map.of("a", 1)))
                .isInstanceOf(IllegalTransactionStateException.class);
    }

    @Test
    void theAuditPageFiltersPagesAndExplainsWhatItCouldNotUnderstand() throws Exception {
        UUID member = staff.create("filtered." + System.nanoTime() + "@example.org", StaffRole.EDITOR);
        mvc.perform(post("/admin/staff/" + member + "/grant").session(admin).with(csrf()).param("role", "PUBLISHER"));

        String byAction = page("/admin/audit?action=staff.role-granted");
        assertThat(byAction).contains("staff.role-granted").contains(member.toString()).doesNotContain("<td>staff.invited</td>");
        String byActor = page("/admin/audit?actor=" + adminEmail);
        assertThat(byActor).contains(member.toString());
        assertThat(page("/admin/audit?actor=nobody-like-this")).contains("No entry matches these filters");
        assertThat(page("/admin/audit?from=2999-01-01")).contains("No entry matches these filters");
        assertThat(page("/admin/audit?from=yesterday&to=2026-13-45")).contains("The &quot;from&quot; date was not understood")
                .contains("The &quot;to&quot; date was not understood").contains(member.toString());
        assertThat(page("/admin/audit?page=999999")).contains(member.toString());
        assertThat(page("/admin/audit?page=abc")).contains(member.toString());
        assertThat(page("/admin/audit?actor=" + "x".repeat(5000))).contains("No entry matches these filters");
    }

    private String page(String path) throws Exception {
        MvcResult result = mvc.perform(get(path).session(admin)).andReturn();
        assertThat(result.getResponse().getStatus()).as(path).isEqualTo(200);
        return result.getResponse().getContentAsString();
    }

    private Map<String, Object> lastEntry(String action) {
        return jdbc.queryForMap("select actor, item_id, before::text as before, after::text as after from audit_entry where action = ? order by id desc limit 1", action);
    }

    private int entries() {
        return jdbc.queryForObject("select count(*) from audit_entry", Integer.class);
    }
}
