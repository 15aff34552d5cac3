package org.pressroom.backoffice;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.pressroom.MovableClockConfiguration;
import org.pressroom.MutableClock;
import org.pressroom.account.StaffRole;
import org.pressroom.account.StaffTestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Every kind of visitor (anonymous, a journalist's multimedia account, editor, publisher, administrator) tries
 * every action the back office offers; each is allowed or refused as the roles say. Sessions are real ones,
 * made through the sign-in pages.
 */
@SpringBootTest(properties = "spring.autoconfigure.exclude=org.springframework.boot.session.jdbc.autoconfigure.JdbcSessionAutoConfiguration")
@AutoConfigureMockMvc
@Import(MovableClockConfiguration.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BackofficePermissionsTests {

    enum Visitor { ANONYMOUS, MEDIA, EDITOR, PUBLISHER, ADMIN }

    /** An action and the least role it needs (null: open to anyone). */
    record Action(String name, StaffRole needs, java.util.function.Supplier<MockHttpServletRequestBuilder> request) {
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    MutableClock clock;

    @Autowired
    ApplicationContext context;

    private final Map<Visitor, MockHttpSession> sessions = new java.util.EnumMap<>(Visitor.class);
    private final AtomicInteger invitations = new AtomicInteger();
    private UUID target;
    private long article;
    private String run;

    @BeforeAll
    void visitors() throws Exception {
        clock.advance(Duration.ofHours(3));
        StaffTestSupport staff = new StaffTestSupport(context, mvc, clock);
        long run = System.nanoTime();
        this.run = Long.toString(run);
        sessions.put(Visitor.MEDIA, staff.mediaSession("journalist." + run + "@example.org"));
        sessions.put(Visitor.EDITOR, staff.signedIn("editor." + run + "@example.org", StaffRole.EDITOR));
        sessions.put(Visitor.PUBLISHER, staff.signedIn("publisher." + run + "@example.org", StaffRole.PUBLISHER));
        sessions.put(Visitor.ADMIN, staff.signedIn("admin." + run + "@example.org", StaffRole.ADMIN));
        target = staff.create("target." + run + "@example.org", StaffRole.EDITOR);
        article = context.getBean(org.pressroom.content.ArticleEditing.class).create(new org.pressroom.content.ArticleEditing.ArticleForm(
                org.pressroom.content.ArticleType.NEWS, null, null, null, Map.of("en",
                        org.pressroom.content.ArticleEditing.ArticleVersion.of("Permissions " + run, "Lead.", "<p>Body.</p>"))),
                org.pressroom.TestAccounts.id(1)).state().item().id();
    }

    List<Action> actions() {
        List<Action> actions = new ArrayList<>();
        actions.add(new Action("open the sign-in page", null, () -> get("/admin/sign-in")));
        actions.add(new Action("switch the back office's language", null, () -> get("/admin/language").param("lang", "fr")));
        actions.add(new Action("open the dashboard", StaffRole.EDITOR, () -> get("/admin")));
        actions.add(new Action("renew one's recovery codes", StaffRole.EDITOR, () -> post("/admin/recovery-codes").with(csrf())));
        actions.add(new Action("list staff", StaffRole.ADMIN, () -> get("/admin/staff")));
        actions.add(new Action("invite a staff member", StaffRole.ADMIN, () -> post("/admin/staff/invite").with(csrf())
                .param("email", "invited." + invitations.incrementAndGet() + "." + System.nanoTime() + "@example.org")
                .param("firstName", "New").param("lastName", "Colleague").param("role", "EDITOR").param("language", "en")));
        actions.add(new Action("give a role", StaffRole.ADMIN, () -> post("/admin/staff/" + target + "/grant").with(csrf()).param("role", "PUBLISHER")));
        actions.add(new Action("remove a role", StaffRole.ADMIN, () -> post("/admin/staff/" + target + "/revoke").with(csrf()).param("role", "PUBLISHER")));
        actions.add(new Action("reset a second factor", StaffRole.ADMIN, () -> post("/admin/staff/" + target + "/second-factor/reset").with(csrf())));
        actions.add(new Action("read the audit log", StaffRole.ADMIN, () -> get("/admin/audit")));
        actions.add(new Action("open the uploads page", StaffRole.EDITOR, () -> get("/admin/uploads")));
        actions.add(new Action("see the processing queue", StaffRole.EDITOR, () -> get("/admin/processing")));
        actions.add(new Action("retry a failed processing", StaffRole.EDITOR, () -> post("/admin/processing/1/retry").with(csrf())));
        actions.add(new Action("list every editorial item", StaffRole.EDITOR, () -> get("/admin/content")));
        actions.add(new Action("read an item's revisions", StaffRole.EDITOR, () -> get("/admin/items/article/" + article + "/revisions")));
        actions.add(new Action("restore a revision", StaffRole.EDITOR, () -> post("/admin/items/article/" + article + "/revisions/1/restore").with(csrf())));
        for (String step : List.of("publish", "unpublish", "draft", "schedule", "embargo", "lift-embargo")) {
            actions.add(new Action(step + " an item", StaffRole.PUBLISHER, () -> post("/admin/items/article/" + article + "/" + step)
                    .with(csrf()).param("at", "2031-01-01T09:00")));
        }
        actions.add(new Action("open the site settings", StaffRole.ADMIN, () -> get("/admin/settings")));
        actions.add(new Action("change the site settings (refused input: nothing changes)", StaffRole.ADMIN,
                () -> post("/admin/settings").with(csrf()).param("contactEmail", "not an address")));
        actions.add(new Action("reset the site settings", StaffRole.ADMIN, () -> post("/admin/settings/reset").with(csrf())));
        actions.add(new Action("revoke every preview link", StaffRole.ADMIN, () -> post("/admin/settings/previews/revoke").with(csrf())));
        actions.add(new Action("list the terms-of-use versions", StaffRole.ADMIN, () -> get("/admin/terms")));
        actions.add(new Action("publish a terms-of-use version", StaffRole.ADMIN, () -> post("/admin/terms").with(csrf())
                .param("version", "permissions-" + invitations.incrementAndGet() + "-" + System.nanoTime() % 100000)));
        // Transcripts, photos and galleries: each page and each form an editor uses (posted as a page is sent back).
        long[] media = mediaItems();
        String transcript = "/admin/transcripts/" + media[0];
        String photo = "/admin/photos/" + media[1];
        String gallery = "/admin/galleries/" + media[2];
        actions.add(new Action("open the new transcript page", StaffRole.EDITOR, () -> get("/admin/transcripts/new")));
        actions.add(new Action("send the new transcript form", StaffRole.EDITOR, () -> post("/admin/transcripts").with(csrf()).param("action", "add")));
        actions.add(new Action("open a transcript", StaffRole.EDITOR, () -> get(transcript)));
        actions.add(new Action("send a transcript's form", StaffRole.EDITOR, () -> post(transcript).with(csrf()).param("action", "add")));
        actions.add(new Action("open a transcript's translation", StaffRole.EDITOR, () -> get(transcript + "/translations/fr")));
        actions.add(new Action("send a transcript's translation", StaffRole.EDITOR, () -> post(transcript + "/translations/fr").with(csrf())
                .param("action", "add")));
        actions.add(new Action("open the photo upload page", StaffRole.EDITOR, () -> get("/admin/photos/new")));
        actions.add(new Action("upload a photo", StaffRole.EDITOR, () -> post("/admin/photos").with(csrf())));
        actions.add(new Action("open a photo", StaffRole.EDITOR, () -> get(photo)));
        actions.add(new Action("send a photo's form", StaffRole.EDITOR, () -> post(photo).with(csrf())));
        actions.add(new Action("see a draft photo's thumbnail", StaffRole.EDITOR, () -> get(photo + "/thumbnail.jpg")));
        actions.add(new Action("open the new gallery page", StaffRole.EDITOR, () -> get("/admin/galleries/new")));
        actions.add(new Action("send the new gallery form", StaffRole.EDITOR, () -> post("/admin/galleries").with(csrf()).param("action", "add")));
        actions.add(new Action("open a gallery", StaffRole.EDITOR, () -> get(gallery)));
        actions.add(new Action("send a gallery's form", StaffRole.EDITOR, () -> post(gallery).with(csrf()).param("action", "add")));
        actions.add(new Action("open the new-article form", StaffRole.EDITOR, () -> get("/admin/articles/new")));
        actions.add(new Action("create an article", StaffRole.EDITOR, () -> post("/admin/articles").with(csrf()).param("type", "news")
                .param("versions.en.title", "Created " + run + " " + invitations.incrementAndGet()).param("versions.en.body", "<p>Body.</p>")));
        actions.add(new Action("open an article", StaffRole.EDITOR, () -> get("/admin/articles/" + article)));
        actions.add(new Action("save an article", StaffRole.EDITOR, () -> post("/admin/articles/" + article).with(csrf())
                .param("version", Long.toString(context.getBean(org.pressroom.content.Workflow.class)
                        .state(org.pressroom.content.ContentItem.article(article)).version()))
                .param("type", "news").param("versions.en.title", "Permissions " + run).param("versions.en.body", "<p>Saved.</p>")));
        actions.add(new Action("open a translation page", StaffRole.EDITOR, () -> get("/admin/articles/" + article + "/translations/fr")));
        // Events and their programme (helper events).
        org.pressroom.content.EventEditing eventEditing = context.getBean(org.pressroom.content.EventEditing.class);
        org.pressroom.content.Workflow eventWorkflow = context.getBean(org.pressroom.content.Workflow.class);
        java.time.LocalDate eventDay = java.time.LocalDate.parse("2026-05-20");
        long event = eventEditing.create(new org.pressroom.content.EventEditing.EventForm(eventDay, eventDay, "Europe/Brussels", "BE", false,
                Map.of("en", new org.pressroom.content.EventEditing.EventVersion("Permissions event " + System.nanoTime(), "", "Hall", "Brussels",
                        "<p>About.</p>"))), org.pressroom.TestAccounts.id(1)).state().item().id();
        java.util.function.LongSupplier eventVersion = () -> eventWorkflow.state(org.pressroom.content.ContentItem.event(event)).version();
        java.util.function.Function<String, Long> programmeItem = title -> eventEditing.saveItem(event, eventVersion.getAsLong(),
                new org.pressroom.content.EventEditing.ProgrammeEntry(null, eventDay, java.time.LocalTime.NOON, null, "", org.pressroom.content.Access.OPEN,
                        org.pressroom.content.Coverage.NONE, List.of(), Map.of("en", title), List.of(), List.of(), List.of()),
                org.pressroom.TestAccounts.id(1)).submitted().id();
        long kept = programmeItem.apply("Kept item");
        programmeItem.apply("Second item at noon");
        java.util.function.Function<String, MockHttpServletRequestBuilder> eventForm = path -> post(path).with(csrf())
                .param("version", String.valueOf(eventVersion.getAsLong())).param("startsOn", eventDay.toString()).param("endsOn", eventDay.toString())
                .param("timeZone", "Europe/Brussels").param("country", "BE").param("en.title", "Permissions event " + invitations.incrementAndGet()
                        + "." + System.nanoTime()).param("en.venue", "Hall").param("en.city", "Brussels").param("en.description", "<p>About.</p>");
        java.util.function.Function<String, MockHttpServletRequestBuilder> itemForm = path -> post(path).with(csrf())
                .param("version", String.valueOf(eventVersion.getAsLong())).param("date", eventDay.toString()).param("startsAt", "12:00")
                .param("access", "OPEN").param("coverage", "NONE").param("title.en", "Kept item");
        actions.add(new Action("open the new-event form", StaffRole.EDITOR, () -> get("/admin/events/new")));
        actions.add(new Action("create an event", StaffRole.EDITOR, () -> eventForm.apply("/admin/events")));
        actions.add(new Action("open an event", StaffRole.EDITOR, () -> get("/admin/events/" + event)));
        actions.add(new Action("save an event", StaffRole.EDITOR, () -> eventForm.apply("/admin/events/" + event)));
        actions.add(new Action("add a programme item", StaffRole.EDITOR, () -> itemForm.apply("/admin/events/" + event + "/programme")));
        actions.add(new Action("save a programme item", StaffRole.EDITOR, () -> itemForm.apply("/admin/events/" + event + "/programme/" + kept)));
        actions.add(new Action("remove a programme item", StaffRole.EDITOR, () -> post("/admin/events/" + event + "/programme/"
                + programmeItem.apply("To remove") + "/remove").with(csrf()).param("version", String.valueOf(eventVersion.getAsLong()))));
        actions.add(new Action("reorder a programme day", StaffRole.EDITOR, () -> post("/admin/events/" + event + "/programme/" + kept + "/move")
                .with(csrf()).param("version", String.valueOf(eventVersion.getAsLong())).param("direction", "down")));
        return actions;
    }

    /** A transcript, a photo (from a real JPEG) and a gallery, made once, for the rows above. */
    private long[] mediaItems() {
        if (mediaItems == null) {
            try {
                java.nio.file.Path file = java.nio.file.Files.createTempFile("permissions", ".jpg");
                java.nio.file.Files.write(file, MediaItemPagesTests.jpeg());
                long photo = context.getBean(org.pressroom.content.PhotoEditing.class).upload(file, "en", org.pressroom.TestAccounts.id(1)).item().id();
                java.nio.file.Files.delete(file);
                long transcript = context.getBean(org.pressroom.content.TranscriptEditing.class).create(
                        new org.pressroom.content.TranscriptEditing.TranscriptForm(org.pressroom.content.TranscriptType.SPEECH, null,
                                java.time.Instant.parse("2026-02-12T08:00:00Z"), org.pressroom.content.TranscriptDelivery.AS_DELIVERED, "en",
                                Map.of("en", new org.pressroom.content.TranscriptEditing.TranscriptVersion("Permissions speech " + System.nanoTime(),
                                        "", List.of(), List.of(new org.pressroom.content.TranscriptEditing.Turn(false, "Speaker", "Words."))))),
                        org.pressroom.TestAccounts.id(1)).state().item().id();
                long gallery = context.getBean(org.pressroom.content.GalleryEditing.class).create(
                        new org.pressroom.content.GalleryEditing.GalleryForm(null, List.of(photo), Map.of("en",
                                new org.pressroom.content.GalleryEditing.GalleryVersion("Permissions gallery " + System.nanoTime(), "", ""))),
                        org.pressroom.TestAccounts.id(1)).state().item().id();
                mediaItems = new long[] {transcript, photo, gallery};
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        return mediaItems;
    }

    private long[] mediaItems;

    @Test
    void everyVisitorTriesEveryActionAndIsAllowedExactlyWhereTheirRoleSays() throws Exception {
        List<String> wrong = new ArrayList<>();
        for (Action action : actions()) {
            for (Visitor visitor : Visitor.values()) {
                MockHttpServletRequestBuilder request = action.request().get();
                if (sessions.containsKey(visitor)) {
                    request.session(sessions.get(visitor));
                }
                MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
                String outcome = outcome(response);
                String expected = expected(action.needs(), visitor);
                if (!outcome.equals(expected)) {
                    wrong.add(visitor + " / " + action.name() + ": expected " + expected + ", got " + outcome
                            + " (" + response.getStatus() + " " + response.getRedirectedUrl() + ")");
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void aFormPostedWithoutItsCsrfTokenIsRefusedEvenForAnAdministrator() throws Exception {
        MockHttpServletResponse response = mvc.perform(post("/admin/staff/" + target + "/grant").param("role", "ADMIN")
                .session(sessions.get(Visitor.ADMIN))).andReturn().getResponse();

        assertThat(response.getStatus()).isEqualTo(403);
    }

    @Test
    void backOfficePagesCarryTheSitesSecurityHeadersAndAreNotCached() throws Exception {
        for (String path : List.of("/admin/sign-in", "/admin")) {
            MockHttpServletRequestBuilder request = get(path);
            if (path.equals("/admin")) {
                request.session(sessions.get(Visitor.EDITOR));
            }
            MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
            assertThat(response.getStatus()).as(path).isEqualTo(200);
            assertThat(response.getHeader("Content-Security-Policy")).as(path).contains("default-src 'self'").contains("frame-ancestors 'self'");
            assertThat(response.getHeader("X-Content-Type-Options")).as(path).isEqualTo("nosniff");
            assertThat(response.getHeader("X-Frame-Options")).as(path).isEqualTo("SAMEORIGIN");
            assertThat(response.getHeader("Referrer-Policy")).as(path).isEqualTo("strict-origin-when-cross-origin");
            assertThat(response.getHeader("Cache-Control")).as(path).contains("no-store");
        }
    }

    private static String expected(StaffRole needs, Visitor visitor) {
        if (needs == null) {
            return "allowed";
        }
        return switch (visitor) {
            case ANONYMOUS -> "sent to sign in";
            case MEDIA -> "refused";
            case EDITOR -> needs == StaffRole.EDITOR ? "allowed" : "refused";
            case PUBLISHER -> needs != StaffRole.ADMIN ? "allowed" : "refused";
            case ADMIN -> "allowed";
        };
    }

    private static String outcome(MockHttpServletResponse response) {
        if (response.getStatus() == 403) {
            return "refused";
        }
        if ("/admin/sign-in".equals(response.getRedirectedUrl())) {
            return "sent to sign in";
        }
        return response.getStatus() < 400 ? "allowed" : "error " + response.getStatus();
    }
}
