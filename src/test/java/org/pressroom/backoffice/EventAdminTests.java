package org.pressroom.backoffice;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pressroom.MovableClockConfiguration;
import org.pressroom.MutableClock;
import org.pressroom.TestAccounts;
import org.pressroom.account.StaffRole;
import org.pressroom.account.StaffTestSupport;
import org.pressroom.content.ContentItem;
import org.pressroom.content.EventEditing;
import org.pressroom.content.EventEditing.EventForm;
import org.pressroom.content.EventEditing.EventVersion;
import org.pressroom.content.EventEditing.ProgrammeEntry;
import org.pressroom.content.TranscriptDelivery;
import org.pressroom.content.TranscriptEditing;
import org.pressroom.content.TranscriptEditing.TranscriptForm;
import org.pressroom.content.TranscriptEditing.TranscriptVersion;
import org.pressroom.content.TranscriptType;
import org.pressroom.content.Workflow;
import org.pressroom.site.SiteLanguages;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The event pages of the back office through real staff sessions: creating and editing an event, refused input
 * kept as typed, two editors saving over each other, and the programme editor (add, change, remove, reorder, link).
 */
@SpringBootTest(properties = "spring.autoconfigure.exclude=org.springframework.boot.session.jdbc.autoconfigure.JdbcSessionAutoConfiguration")
@AutoConfigureMockMvc
@Import(MovableClockConfiguration.class)
class EventAdminTests {

    private static final LocalDate FIRST = LocalDate.parse("2026-04-14");

    @Autowired
    MockMvc mvc;

    @Autowired
    MutableClock clock;

    @Autowired
    ApplicationContext context;

    @Autowired
    EventEditing events;

    @Autowired
    TranscriptEditing transcripts;

    @Autowired
    Workflow workflow;

    MockHttpSession editor;

    @BeforeEach
    void anEditor() throws Exception {
        clock.advance(Duration.ofHours(1));
        editor = new StaffTestSupport(context, mvc, clock).signedIn("events." + System.nanoTime() + "@example.org", StaffRole.EDITOR);
    }

    private long event(String title, LocalDate first, LocalDate last) {
        return events.create(new EventForm(first, last, "Europe/Brussels", "BE", false,
                Map.of("en", new EventVersion(title, "", "Egmont Palace", "Brussels", "<p>Ministers meet.</p>"))), TestAccounts.id(1))
                .state().item().id();
    }

    private long version(long event) {
        return workflow.state(ContentItem.event(event)).version();
    }

    private MockHttpServletRequestBuilder eventForm(String path, String title, String startsOn, String endsOn, String... more) {
        Map<String, String> values = new java.util.LinkedHashMap<>(Map.of("startsOn", startsOn, "endsOn", endsOn,
                "timeZone", "Europe/Brussels", "country", "BE", "en.title", title, "en.slug", "", "en.venue", "Egmont Palace",
                "en.city", "Brussels", "en.description", "<p>Ministers meet.</p>"));
        for (String lang : List.of("fr.title", "fr.slug", "fr.venue", "fr.city", "fr.description")) {
            values.put(lang, "");
        }
        return form(path, values, more);
    }

    private MockHttpServletRequestBuilder item(long event, String path, String date, String startsAt, String title, String... more) {
        Map<String, String> values = new java.util.LinkedHashMap<>(Map.of("version", String.valueOf(version(event)), "date", date,
                "startsAt", startsAt, "endsAt", "", "room", "Press room", "access", "ACCREDITED", "coverage", "LIVE",
                "languages", "en, FR", "title.en", title));
        values.put("title.fr", "");
        return form("/admin/events/" + event + "/programme" + path, values, more);
    }

    /** A form posted with its values, {@code more} (name, value, name, value...) replacing or adding some. */
    private MockHttpServletRequestBuilder form(String path, Map<String, String> values, String... more) {
        for (int i = 0; i + 1 < more.length; i += 2) {
            values.put(more[i], more[i + 1]);
        }
        MockHttpServletRequestBuilder request = post(path).with(csrf()).session(editor);
        values.forEach(request::param);
        return request;
    }

    private String page(String path) throws Exception {
        return mvc.perform(get(path).session(editor)).andReturn().getResponse().getContentAsString();
    }

    @Test
    void anEditorCreatesAnEventAndItsPageShowsItsStatePreviewAndHistory() throws Exception {
        String run = Long.toString(System.nanoTime());
        String form = page("/admin/events/new");
        assertThat(form).contains("New event", "name=\"startsOn\"", "<option value=\"Europe/Brussels\"", "data-editor=\"rich\"",
                "Once the event is created, its programme is edited on its page.");

        MvcResult created = mvc.perform(eventForm("/admin/events", "Fisheries council " + run, "2026-04-14", "2026-04-15",
                "cancelled", "true")).andReturn();
        String location = created.getResponse().getRedirectedUrl();
        assertThat(location).matches("/admin/events/\\d+");
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        EventForm saved = events.form(id);
        assertThat(saved.versions()).containsOnlyKeys("en");
        assertThat(saved.versions().get("en").slug()).isEqualTo("fisheries-council-" + run);
        assertThat(saved.cancelled()).isTrue();
        assertThat(saved.endsOn()).isEqualTo(FIRST.plusDays(1));

        String shown = mvc.perform(get(location).session(editor).flashAttr("notice", "backoffice.event.created")).andReturn()
                .getResponse().getContentAsString();
        assertThat(shown).contains("Fisheries council " + run, "The event has been created", "Draft", "/en/preview/",
                "/admin/items/event/" + id + "/revisions", "Day 1 / 2", "Day 2 / 2", "Add an item")
                .as("editors have no publication actions").doesNotContain("/admin/items/event/" + id + "/publish");
        MockHttpSession publisher = new StaffTestSupport(context, mvc, clock).signedIn("events.pub." + run + "@example.org", StaffRole.PUBLISHER);
        assertThat(mvc.perform(get(location).session(publisher)).andReturn().getResponse().getContentAsString())
                .contains("/admin/items/event/" + id + "/publish", "/admin/items/event/" + id + "/schedule", "value=\"/admin/events/" + id + "\"");
        MvcResult past = mvc.perform(post("/admin/items/event/" + id + "/schedule").with(csrf()).session(publisher)
                .param("at", "2001-01-01T09:00").param("returnTo", location)).andReturn();
        assertThat(past.getResponse().getRedirectedUrl()).isEqualTo(location);
        assertThat(mvc.perform(get(location).session(publisher).flashAttr("problems", past.getFlashMap().get("problems"))).andReturn()
                .getResponse().getContentAsString()).as("a refused publication action is said on the event's page")
                .contains("Choose a publication time in the future");
    }

    @Test
    void refusedInputIsAnsweredBesideItsFieldsWithASummaryAndEverythingTypedIsKept() throws Exception {
        String run = Long.toString(System.nanoTime());
        MockHttpServletResponse malformed = mvc.perform(eventForm("/admin/events", "Reef summit " + run, "2026-02-30", "2026-04-15"))
                .andReturn().getResponse();
        assertThat(malformed.getStatus()).isEqualTo(200);
        assertThat(malformed.getContentAsString()).contains("Nothing was saved", "First day: \u201c2026-02-30\u201d is not a date",
                "value=\"2026-02-30\"", "value=\"Reef summit " + run + "\"", "aria-invalid=\"true\"", "href=\"#event-startsOn\"");
        assertThat(org.pressroom.HtmlValidator.errors(malformed.getContentAsString())).isEmpty();

        String refused = mvc.perform(eventForm("/admin/events", "", "2026-04-15", "2026-04-14", "country", "XX",
                "fr.venue", "Palais d'Egmont")).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("The last day cannot be before the first", "Unknown country",
                "Title (English): This field is required.", "Title (French): This field is required.", "value=\"Palais d&#39;Egmont\"",
                "href=\"#event-versions-en-title\"");
        String mistyped = mvc.perform(eventForm("/admin/events", "Reef summit " + run, "2026-04-14", "2062-04-15"))
                .andReturn().getResponse().getContentAsString();
        assertThat(mistyped).contains("An event lasts at most 366 days", "value=\"2062-04-15\"");
        String farOff = mvc.perform(eventForm("/admin/events", "Reef summit " + run, "+999999-12-30", "+999999-12-31"))
                .andReturn().getResponse().getContentAsString();
        assertThat(farOff).contains("is not plausible: write a year between 1900 and 2999");
        assertThat(context.getBean(org.springframework.jdbc.core.JdbcTemplate.class)
                .queryForObject("select count(*) from event_text where title = ?", Long.class, "Reef summit " + run)).isZero();
    }

    @Test
    void aSaveOverSomeoneElsesIsRefusedWithTheirVersionShownAndTheEditorsTextKept() throws Exception {
        String run = Long.toString(System.nanoTime());
        long id = event("Water forum " + run, FIRST, FIRST);
        long opened = version(id);
        String path = "/admin/events/" + id;

        MvcResult first = mvc.perform(eventForm(path, "Water forum, renamed " + run, "2026-04-14", "2026-04-14",
                "version", String.valueOf(opened))).andReturn();
        assertThat(first.getResponse().getRedirectedUrl()).isEqualTo(path);
        assertThat(events.form(id).versions().get("en").title()).isEqualTo("Water forum, renamed " + run);

        String noVersion = mvc.perform(eventForm(path, "Water forum, without its version " + run, "2026-04-14", "2026-04-14"))
                .andReturn().getResponse().getContentAsString();
        assertThat(noVersion).contains("The page did not say which version it was opened on")
                .contains("value=\"Water forum, without its version " + run + "\"").doesNotContain("Someone else saved this item");

        MockHttpServletResponse second = mvc.perform(eventForm(path, "Water forum, my title " + run, "2026-04-14", "2026-04-14",
                "version", String.valueOf(opened))).andReturn().getResponse();
        assertThat(second.getStatus()).isEqualTo(200);
        assertThat(second.getContentAsString()).contains("Someone else saved this item after you opened it",
                "value=\"Water forum, my title " + run + "\"", "The version saved by someone else", "Water forum, renamed " + run,
                "name=\"version\" value=\"" + version(id) + "\"");
        assertThat(events.form(id).versions().get("en").title()).isEqualTo("Water forum, renamed " + run);

        assertThat(mvc.perform(eventForm(path, "Water forum, my title " + run, "2026-04-14", "2026-04-14",
                "version", String.valueOf(version(id)))).andReturn().getResponse().getRedirectedUrl()).isEqualTo(path);
        assertThat(events.form(id).versions().get("en").title()).isEqualTo("Water forum, my title " + run);
    }

    @Test
    void startingTheFrenchVersionCopiesTheEnglishOneWithoutSaving() throws Exception {
        String run = Long.toString(System.nanoTime());
        long id = event("Climate talks " + run, FIRST, FIRST);
        String page = mvc.perform(eventForm("/admin/events/" + id, "Climate talks " + run, "2026-04-14", "2026-04-14",
                "version", String.valueOf(version(id)), "copy", "fr")).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("The English version has been copied into the French fields", "id=\"event-versions-fr-title\"")
                .contains("name=\"fr.title\" lang=\"fr\" type=\"text\" maxlength=\"300\" value=\"Climate talks " + run + "\"");
        assertThat(events.form(id).versions()).containsOnlyKeys("en");
    }

    @Test
    void programmeItemsAreAddedChangedReorderedAndRemovedDayByDay() throws Exception {
        String run = Long.toString(System.nanoTime());
        long id = event("Ocean conference " + run, FIRST, FIRST.plusDays(1));
        String path = "/admin/events/" + id;

        assertThat(mvc.perform(item(id, "", "2026-04-14", "09:00", "Opening session")).andReturn().getResponse().getRedirectedUrl())
                .isEqualTo(path + "#programme");
        mvc.perform(item(id, "", "2026-04-14", "09:00", "Parallel briefing"));
        mvc.perform(item(id, "", "2026-04-15", "14:00", "Closing press conference"));
        List<ProgrammeEntry> programme = events.programme(id);
        assertThat(programme).extracting(p -> p.titles().get("en"))
                .containsExactly("Opening session", "Parallel briefing", "Closing press conference");
        assertThat(programme.get(0).languages()).containsExactly("en", "fr");
        long opening = programme.get(0).id();
        long parallel = programme.get(1).id();

        String shown = page(path);
        assertThat(shown.indexOf("Opening session")).isLessThan(shown.indexOf("Day 2 / 2"));
        assertThat(shown.indexOf("Closing press conference")).isGreaterThan(shown.indexOf("Day 2 / 2"));
        assertThat(shown).contains("Move Parallel briefing up", "Move Opening session down").doesNotContain("Move Closing press conference up");
        assertThat(org.pressroom.HtmlValidator.errors(shown)).isEmpty();

        assertThat(mvc.perform(post(path + "/programme/" + parallel + "/move").with(csrf()).session(editor)
                .param("version", String.valueOf(version(id))).param("direction", "up")).andReturn().getResponse().getRedirectedUrl())
                .isEqualTo(path + "#programme");
        assertThat(events.programme(id)).extracting(ProgrammeEntry::id).startsWith(parallel, opening);

        String editing = page(path + "?item=" + opening);
        assertThat(editing).contains("Change the item", "value=\"Opening session\"", "action=\"" + path + "/programme/" + opening + "\"");
        mvc.perform(item(id, "/" + opening, "2026-04-14", "08:30", "Opening session", "room", "Hall A", "endsAt", "09:15"));
        ProgrammeEntry changed = events.programme(id).get(0);
        assertThat(changed.id()).isEqualTo(opening);
        assertThat(changed.room()).isEqualTo("Hall A");
        assertThat(changed.endsAt()).hasToString("09:15");

        assertThat(mvc.perform(post(path + "/programme/" + parallel + "/remove").with(csrf()).session(editor)
                .param("version", String.valueOf(version(id)))).andReturn().getResponse().getRedirectedUrl()).isEqualTo(path + "#programme");
        assertThat(events.programme(id)).extracting(p -> p.titles().get("en")).containsExactly("Opening session", "Closing press conference");

        String staleItem = mvc.perform(item(id, "/" + opening, "2026-04-14", "08:30", "Opening, my wording", "version", "1"))
                .andReturn().getResponse().getContentAsString();
        assertThat(staleItem).contains("Someone else changed this event or its programme", "value=\"Opening, my wording\"",
                "name=\"version\" value=\"" + version(id) + "\"");
        assertThat(events.programme(id).get(0).titles().get("en")).isEqualTo("Opening session");

        String stale = mvc.perform(post(path + "/programme/" + opening + "/remove").with(csrf()).session(editor).param("version", "1"))
                .andReturn().getResponse().getContentAsString();
        assertThat(stale).contains("Someone else changed this event or its programme");
        assertThat(events.programme(id)).hasSize(2);
    }

    @Test
    void anItemOutsideTheEventsDatesEndingBeforeItStartsOrWithAMalformedTimeIsRefusedWithItsInputKept() throws Exception {
        String run = Long.toString(System.nanoTime());
        long id = event("Harbour days " + run, FIRST, FIRST.plusDays(1));

        String outside = mvc.perform(item(id, "", "2026-04-20", "10:00", "Too late " + run)).andReturn().getResponse().getContentAsString();
        assertThat(outside).contains("The item was not saved", "The date 2026-04-20 is outside the event, which runs from 2026-04-14 to 2026-04-15.",
                "value=\"Too late " + run + "\"", "value=\"2026-04-20\"", "href=\"#item-date\"");
        assertThat(org.pressroom.HtmlValidator.errors(outside)).isEmpty();

        String backwards = mvc.perform(item(id, "", "2026-04-14", "10:00", "Backwards " + run, "endsAt", "09:00"))
                .andReturn().getResponse().getContentAsString();
        assertThat(backwards).contains("The end time must be after the start time.", "value=\"09:00\"");

        String malformed = mvc.perform(item(id, "", "2026-04-14", "25:61", "Malformed " + run)).andReturn().getResponse().getContentAsString();
        assertThat(malformed).contains("Starts at: \u201c25:61\u201d is not a time", "value=\"25:61\"", "value=\"Malformed " + run + "\"");
        assertThat(org.pressroom.HtmlValidator.errors(mvc.perform(item(id, "", "2026-04-3x", "9h", "Malformed " + run)).andReturn()
                .getResponse().getContentAsString())).as("what cannot be read comes back in text fields").isEmpty();

        String untitled = mvc.perform(item(id, "", "2026-04-14", "10:00", "")).andReturn().getResponse().getContentAsString();
        assertThat(untitled).contains("Write at least one language version.");
        assertThat(events.programme(id)).isEmpty();
    }

    @Test
    void anItemLinksTranscriptsChosenByTitleAndAMissingOneIsRefused() throws Exception {
        String run = Long.toString(System.nanoTime());
        long id = event("Trade ministers " + run, FIRST, FIRST);
        long transcript = transcripts.create(new TranscriptForm(TranscriptType.PRESS_CONFERENCE, null, Instant.parse("2026-04-14T10:00:00Z"),
                TranscriptDelivery.AS_DELIVERED, "en", Map.of("en", new TranscriptVersion("Trade press conference " + run, "",
                        List.of("Ana Lima, Minister"), List.of(new TranscriptEditing.Turn(false, "Ana Lima", "Good morning."))))),
                TestAccounts.id(1)).state().item().id();

        assertThat(page("/admin/events/" + id)).contains("id=\"link-transcript-" + transcript + "\"", "Trade press conference " + run);
        mvc.perform(item(id, "", "2026-04-14", "10:00", "Press conference", "transcript", String.valueOf(transcript)));
        assertThat(events.programme(id).get(0).transcripts()).containsExactly(transcript);
        String shown = page("/admin/events/" + id + "?item=" + events.programme(id).get(0).id());
        assertThat(shown).contains("Transcript: Trade press conference " + run);
        String box = shown.substring(shown.indexOf("id=\"link-transcript-" + transcript + "\""));
        assertThat(box.substring(0, box.indexOf('>'))).contains("checked");

        String missing = mvc.perform(item(id, "", "2026-04-14", "11:00", "Doorstep", "video", "999999999"))
                .andReturn().getResponse().getContentAsString();
        assertThat(missing).contains("Videos: There is no item 999999999 to link to.");
        assertThat(events.programme(id)).hasSize(1);
    }

    @Test
    void anUnknownEventAnswers404AndThePageIsTranslated() throws Exception {
        assertThat(mvc.perform(get("/admin/events/999999999").session(editor)).andReturn().getResponse().getStatus()).isEqualTo(404);
        assertThat(mvc.perform(get("/admin/events/999999999?item=1").session(editor)).andReturn().getResponse().getStatus()).isEqualTo(404);
        long exists = event("Exists " + System.nanoTime(), FIRST, FIRST);
        assertThat(mvc.perform(get("/admin/events/" + exists + "?item=x&day=tomorrow").session(editor)).andReturn().getResponse().getStatus())
                .as("a malformed item or day in the address is ignored").isEqualTo(200);
        assertThat(mvc.perform(eventForm("/admin/events/999999999", "Nothing", "2026-04-14", "2026-04-14")).andReturn().getResponse()
                .getStatus()).isEqualTo(404);
        assertThat(mvc.perform(item(exists, "", "2026-04-14", "10:00", "x")).andReturn()
                .getResponse().getStatus()).isEqualTo(302);
        assertThat(mvc.perform(post("/admin/events/999999999/programme/1/remove").with(csrf()).session(editor).param("version", "0"))
                .andReturn().getResponse().getStatus()).isEqualTo(404);

        String french = mvc.perform(get("/admin/events/new").session(editor).cookie(new Cookie(SiteLanguages.LANGUAGE_COOKIE, "fr")))
                .andReturn().getResponse().getContentAsString();
        assertThat(french).contains("Nouvel événement", "Premier jour", "Fuseau horaire");
        String frenchEvent = mvc.perform(get("/admin/events/" + exists).session(editor).cookie(new Cookie(SiteLanguages.LANGUAGE_COOKIE, "fr")))
                .andReturn().getResponse().getContentAsString();
        assertThat(frenchEvent).contains("Jour 1 / 1", "Ajouter un point", "Ouvert à tous les médias accrédités");
    }
}
