package org.pressroom.content;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.pressroom.content.ArticleEditing.ArticleForm;
import org.pressroom.content.ArticleEditing.ArticleVersion;
import org.pressroom.content.EventEditing.EventForm;
import org.pressroom.content.EventEditing.EventVersion;
import org.pressroom.content.EventEditing.ProgrammeEntry;
import org.pressroom.content.TranscriptEditing.TranscriptForm;
import org.pressroom.content.TranscriptEditing.TranscriptVersion;
import org.pressroom.content.TranscriptEditing.Turn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The editing services against PostgreSQL: what is saved, and every refusal with its translated message; the
 * second of two editors saving the same article is refused and gets their text back; nothing of a refused save
 * is kept.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(EditorialTestSupport.class)
class EditingTests {

    static final java.util.UUID ANA = org.pressroom.TestAccounts.id(7);
    static final java.util.UUID BEN = org.pressroom.TestAccounts.id(8);

    @Autowired
    ArticleEditing articles;
    @Autowired
    EventEditing events;
    @Autowired
    TranscriptEditing transcripts;
    @Autowired
    Workflow workflow;
    @Autowired
    MessageSource messages;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    EditorialTestSupport.AuditEar audit;

    static ArticleForm article(String title, String body) {
        return new ArticleForm(ArticleType.NEWS, null, null, null, Map.of("en", ArticleVersion.of(title, "Lead.", body)));
    }

    List<String> english(EditResult<?> result) {
        return result.problems().stream().map(p -> p.message(messages, Locale.ENGLISH)).toList();
    }

    List<String> french(EditResult<?> result) {
        return result.problems().stream().map(p -> p.message(messages, Locale.FRENCH)).toList();
    }

    @Test
    void theSecondOfTwoEditorsSavingTheSameArticleIsRefusedAndKeepsTheirText() {
        EditResult<ArticleForm> created = articles.create(article("Harbour dredging resumes", "<p>First words.</p>"), ANA);
        long id = created.state().item().id();
        long version = created.state().version();

        EditResult<ArticleForm> anas = articles.update(id, version, article("Harbour dredging resumes", "<p>Ana's words.</p>"), ANA);
        ArticleForm bensForm = article("Harbour dredging resumes today", "<p>Ben's careful words.</p>");
        EditResult<ArticleForm> bens = articles.update(id, version, bensForm, BEN);

        assertThat(anas.saved()).isTrue();
        assertThat(bens.outcome()).isEqualTo(EditResult.Outcome.CONFLICT);
        assertThat(bens.submitted()).as("Ben's text, kept for him").isEqualTo(bensForm);
        assertThat(bens.state().version()).as("the version he must now start from").isEqualTo(anas.state().version());
        assertThat(english(bens)).containsExactly("Someone else saved this item after you opened it. Your text is kept below:"
                + " compare it with theirs, then save again.");
        assertThat(french(bens).get(0)).startsWith("Quelqu'un d'autre a enregistré cet élément");
        assertThat(articles.form(id).versions().get("en").body()).isEqualTo("<p>Ana's words.</p>");

        EditResult<ArticleForm> retried = articles.update(id, bens.state().version(), bensForm, BEN);
        assertThat(retried.saved()).isTrue();
        assertThat(articles.form(id).versions().get("en").title()).isEqualTo("Harbour dredging resumes today");
    }

    @Test
    void scriptsAndEventHandlersInRichTextAreRemovedAndHeadingsAndQuotesKept() {
        EditResult<ArticleForm> result = articles.create(article("Sanitised statement",
                "<h2>Heading</h2><p onclick=\"steal()\">Text<script>alert(1)</script> <a href=\"javascript:alert(2)\">link</a>"
                        + " <img src=x onerror=alert(3)></p><blockquote>Quote</blockquote><iframe src=\"https://evil\"></iframe>"), ANA);

        String body = articles.form(result.state().item().id()).versions().get("en").body();
        assertThat(body).contains("<h2>Heading</h2>").contains("<blockquote>Quote</blockquote>").contains("Text")
                .doesNotContain("script").doesNotContain("onclick").doesNotContain("onerror").doesNotContain("javascript")
                .doesNotContain("iframe").doesNotContain("alert");
    }

    @Test
    void aMegabyteOfPastedTextIsRefusedWithTheLimitAndNothingIsSaved() {
        long before = jdbc.queryForObject("select count(*) from article", Long.class);
        String megabyte = "<p>" + "word ".repeat(209_715) + "</p>";

        EditResult<ArticleForm> result = articles.create(article("Too long", megabyte), ANA);

        assertThat(result.outcome()).isEqualTo(EditResult.Outcome.REFUSED);
        assertThat(result.problems()).singleElement().satisfies(p -> assertThat(p.field()).isEqualTo("versions.en.body"));
        assertThat(english(result)).containsExactly("Too long: at most 500,000 characters, and this has 1,048,582. Shorten it, or split it.");
        assertThat(french(result).get(0)).startsWith("Trop long : 500").contains("1").endsWith("Raccourcissez-le ou scindez-le.");
        assertThat(result.submitted().versions().get("en").body()).as("returned as sent").isEqualTo(megabyte);
        assertThat(jdbc.queryForObject("select count(*) from article", Long.class)).isEqualTo(before);
    }

    @Test
    void everyProblemOfASubmissionIsNamedBesideItsField() {
        EditResult<ArticleForm> result = articles.create(new ArticleForm(null, 999_999L, null, null,
                Map.of("xx", new ArticleVersion(" ", "Not A Slug!", "", "", "", "", "", ""))), ANA);

        assertThat(result.problems()).extracting(EditorialRefusal.Problem::field)
                .contains("type", "eventId", "versions.xx.lang", "versions.xx.title", "versions.xx.slug");
        assertThat(english(result)).contains("This field is required.", "There is no item 999999 to link to.",
                "The language \"xx\" is not one of this site's languages.");
    }

    @Test
    void aSlugTakenInItsLanguageIsRefused() {
        articles.create(article("Unique title about herring", "<p>x</p>"), ANA);
        EditResult<ArticleForm> second = articles.create(article("Unique title about herring", "<p>y</p>"), BEN);

        assertThat(english(second)).containsExactly("The address \"unique-title-about-herring\" is already used by another item in this language.");
    }

    @Test
    void theFrenchVersionStartsFromTheEnglishOneWithoutBeingSavedUntilTranslated() {
        EditResult<ArticleForm> created = articles.create(new ArticleForm(ArticleType.MEDIA_ADVISORY, null, null,
                Instant.parse("2026-03-10T17:00:00Z"), Map.of("en", new ArticleVersion("Accreditation open for the summit", "",
                "Lead.", "<p>Body.</p>", "<p>General.</p>", "<p>Programme.</p>", "<p>Access.</p>", "<p>Accreditation.</p>"))), ANA);
        long id = created.state().item().id();

        ArticleVersion start = articles.startTranslation(id, "en");
        assertThat(start.title()).isEqualTo("Accreditation open for the summit");
        assertThat(start.advisoryAccreditation()).isEqualTo("<p>Accreditation.</p>");
        assertThat(start.slug()).isEmpty();
        assertThat(articles.form(id).versions()).containsOnlyKeys("en");

        ArticleForm form = articles.form(id);
        Map<String, ArticleVersion> both = new java.util.HashMap<>(form.versions());
        both.put("fr", new ArticleVersion("Accréditation ouverte pour le sommet", "", start.lead(), "<p>Corps.</p>",
                start.advisoryGeneral(), start.advisoryProgramme(), start.advisoryAccess(), start.advisoryAccreditation()));
        EditResult<ArticleForm> saved = articles.update(id, created.state().version(),
                new ArticleForm(form.type(), null, null, form.accreditationDeadline(), both), ANA);
        assertThat(saved.problems()).isEmpty();
        assertThat(articles.form(id).versions().get("fr").slug()).isEqualTo("accreditation-ouverte-pour-le-sommet");
    }

    EditResult<EventForm> event(LocalDate first, LocalDate last) {
        return events.create(new EventForm(first, last, "Europe/Brussels", "be", false,
                Map.of("en", new EventVersion("Ocean ministers meet " + first, "", "Egmont Palace", "Brussels", "<p>Meeting.</p>"))), ANA);
    }

    static ProgrammeEntry entry(LocalDate date, String time, String title) {
        return new ProgrammeEntry(null, date, LocalTime.parse(time), null, "Room A", Access.ACCREDITED, Coverage.LIVE, List.of("en", "fr"),
                Map.of("en", title), List.of(), List.of(), List.of());
    }

    @Test
    void aProgrammeItemOutsideTheEventsDatesIsRefusedInTheEditorsLanguage() {
        LocalDate first = LocalDate.of(2026, 4, 14);
        EditResult<EventForm> created = event(first, first.plusDays(1));
        long id = created.state().item().id();

        EditResult<ProgrammeEntry> result = events.saveItem(id, created.state().version(), entry(first.plusDays(2), "10:00", "Too late"), ANA);

        assertThat(result.outcome()).isEqualTo(EditResult.Outcome.REFUSED);
        assertThat(english(result)).containsExactly("The date 2026-04-16 is outside the event, which runs from 2026-04-14 to 2026-04-15.");
        assertThat(french(result)).containsExactly("La date du 2026-04-16 est en dehors de l'événement, qui se tient du 2026-04-14 au 2026-04-15.");
        assertThat(events.programme(id)).isEmpty();
    }

    @Test
    void programmeItemsAreAddedPerDayReorderedAndLinkedAndEachChangeIsARevisionOfTheEvent() {
        LocalDate first = LocalDate.of(2026, 5, 4);
        EditResult<EventForm> created = event(first, first.plusDays(1));
        long id = created.state().item().id();
        long transcript = transcripts.create(transcriptForm("Opening remarks on the ocean", "Good morning."), ANA).state().item().id();

        var a = events.saveItem(id, created.state().version(), entry(first, "09:00", "Opening session"), ANA);
        var b = events.saveItem(id, a.state().version(), entry(first, "09:00", "Parallel briefing"), ANA);
        var c = events.saveItem(id, b.state().version(), entry(first.plusDays(1), "14:00", "Closing press conference"), ANA);
        ProgrammeEntry closing = c.submitted();
        var linked = events.saveItem(id, c.state().version(), new ProgrammeEntry(closing.id(), closing.date(), closing.startsAt(),
                LocalTime.of(15, 0), closing.room(), closing.access(), closing.coverage(), closing.languages(), closing.titles(),
                List.of(transcript), List.of(), List.of()), ANA);
        assertThat(linked.problems()).isEmpty();

        var reordered = events.reorder(id, linked.state().version(), first, List.of(b.submitted().id(), a.submitted().id()), ANA);
        assertThat(reordered.saved()).isTrue();
        assertThat(events.programme(id)).extracting(p -> p.titles().get("en"))
                .containsExactly("Parallel briefing", "Opening session", "Closing press conference");
        assertThat(events.programme(id).get(2).transcripts()).containsExactly(transcript);
        assertThat(events.programme(id).get(2).date()).isEqualTo(first.plusDays(1));

        var stale = events.saveItem(id, linked.state().version(), entry(first, "18:00", "Reception"), BEN);
        assertThat(stale.outcome()).isEqualTo(EditResult.Outcome.CONFLICT);
        var incomplete = events.reorder(id, reordered.state().version(), first, List.of(a.submitted().id()), ANA);
        assertThat(english(incomplete)).containsExactly("The new order must name every item of that day once.");
        var missingLink = events.saveItem(id, reordered.state().version(), new ProgrammeEntry(null, first, LocalTime.NOON, null, "",
                Access.POOL, Coverage.NONE, List.of(), Map.of("en", "Lunch"), List.of(), List.of(424_242L), List.of(535_353L)), ANA);
        assertThat(english(missingLink)).containsExactly("There is no item 424242 to link to.", "There is no item 535353 to link to.");
        assertThat(audit.about(ContentItem.event(id))).extracting(h -> h.change().action())
                .containsExactly("create", "programme-add", "programme-add", "programme-add", "programme-update", "programme-reorder");
    }

    @Test
    void aSaveRemovesTheSitesLanguagesItLeavesOutButKeepsAVersionInALanguageTheSiteNoLongerOffers() {
        LocalDate first = LocalDate.of(2026, 9, 1);
        EditResult<EventForm> created = event(first, first);
        long id = created.state().item().id();
        jdbc.update("insert into event_text (event_id, lang, title, slug, venue, city) values (?, 'de', 'Ozeanminister', ?, 'Egmont', 'Brüssel')",
                id, "ozeanminister-" + id);
        EventVersion english = events.form(id).versions().get("en");
        var withFrench = events.update(id, created.state().version(), new EventForm(first, first, "Europe/Brussels", "BE", false,
                Map.of("en", english, "fr", new EventVersion("Les ministres de l'océan " + id, "", "Palais d'Egmont", "Bruxelles", ""))), ANA);
        assertThat(withFrench.problems()).isEmpty();

        var withoutFrench = events.update(id, withFrench.state().version(), new EventForm(first, first, "Europe/Brussels", "BE", false,
                Map.of("en", english)), ANA);

        assertThat(withoutFrench.saved()).isTrue();
        assertThat(jdbc.queryForList("select lang from event_text where event_id = ? order by lang", String.class, id))
                .containsExactly("de", "en");
    }

    @Test
    void eventDatesCannotMoveAwayFromItsProgramme() {
        LocalDate first = LocalDate.of(2026, 6, 1);
        EditResult<EventForm> created = event(first, first.plusDays(2));
        long id = created.state().item().id();
        var added = events.saveItem(id, created.state().version(), entry(first.plusDays(2), "10:00", "Last day"), ANA);

        EventForm shorter = new EventForm(first, first.plusDays(1), "Europe/Brussels", "BE", false, events.form(id).versions());
        var refused = events.update(id, added.state().version(), shorter, ANA);
        assertThat(english(refused)).containsExactly("The programme has an item on 2026-06-03, which would fall outside the new dates."
                + " Move or remove it first.");

        EventForm earlier = new EventForm(first.minusDays(1), first.plusDays(2), "Europe/Brussels", "BE", false, events.form(id).versions());
        assertThat(events.update(id, added.state().version(), earlier, ANA).saved()).isTrue();
        assertThat(events.programme(id).get(0).date()).as("the item keeps its date").isEqualTo(first.plusDays(2));
    }

    static TranscriptForm transcriptForm(String title, String words) {
        return new TranscriptForm(TranscriptType.SPEECH, null, Instant.parse("2026-03-01T10:00:00Z"), TranscriptDelivery.AS_DELIVERED, "en",
                Map.of("en", new TranscriptVersion(title, "", List.of("Ana Lima, Minister"), List.of(new Turn(false, "Ana Lima", words)))));
    }

    @Test
    void aTranscriptPastedFromAWordProcessorIsSplitIntoCleanTurns() {
        String pasted = "<html><head><style>p.MsoNormal{mso-style:x}</style></head><body>"
                + "<p class=MsoNormal>Ana Lima:\u00a0Good\u200b morning, everyone.<o:p></o:p></p>"
                + "<p class=MsoNormal>We\u00ad will reopen the harbour.</p>"
                + "<p class=MsoNormal>Q: When exactly?</p>"
                + "<p class=MsoNormal>Ana Lima: Next week.</p></body></html>";

        List<Turn> turns = transcripts.turns(pasted);

        assertThat(turns).containsExactly(new Turn(false, "Ana Lima", "Good morning, everyone.\n\nWe will reopen the harbour."),
                new Turn(true, "", "When exactly?"), new Turn(false, "Ana Lima", "Next week."));
        var saved = transcripts.create(new TranscriptForm(TranscriptType.PRESS_CONFERENCE, null, Instant.parse("2026-03-01T10:00:00Z"),
                TranscriptDelivery.CHECK_AGAINST_DELIVERY, "en", Map.of("en", new TranscriptVersion("Harbour press conference", "",
                List.of("Ana Lima, Minister"), turns))), ANA);
        assertThat(saved.problems()).isEmpty();
        assertThat(transcripts.form(saved.state().item().id()).versions().get("en").turns()).hasSize(3);
    }

    @Test
    void aTurnWithoutSpeakerThatIsNotAQuestionIsRefused() {
        var result = transcripts.create(new TranscriptForm(TranscriptType.DOORSTEP, null, Instant.parse("2026-03-01T10:00:00Z"),
                TranscriptDelivery.AS_DELIVERED, "en", Map.of("en", new TranscriptVersion("Doorstep", "", List.of(),
                List.of(new Turn(false, " ", "Words."), new Turn(true, "", "A question?"))))), ANA);

        assertThat(result.problems()).extracting(EditorialRefusal.Problem::field).containsExactly("versions.en.turns[1].speaker");
        assertThat(english(result)).containsExactly("Name the speaker, or mark the turn as a question from the floor.");
    }

    @Test
    void aTranscriptsTranslationStartsWithItsTurnsAndAnEditKeepsTheOthersInPlace() {
        var created = transcripts.create(transcriptForm("Remarks on fisheries", "We agreed."), ANA);
        long id = created.state().item().id();
        TranscriptVersion start = transcripts.startTranslation(id, "en");
        assertThat(start.turns()).containsExactly(new Turn(false, "Ana Lima", "We agreed."));

        TranscriptForm form = transcripts.form(id);
        Map<String, TranscriptVersion> both = new java.util.HashMap<>(form.versions());
        both.put("fr", new TranscriptVersion("Remarques sur la pêche", "", start.speakers(), List.of(new Turn(false, "Ana Lima", "Nous sommes d'accord."),
                new Turn(true, "", "Et après ?"))));
        var saved = transcripts.update(id, created.state().version(), new TranscriptForm(form.type(), form.eventId(), form.deliveredAt(),
                form.delivery(), form.originalLang(), both), ANA);
        assertThat(saved.problems()).isEmpty();

        both.put("fr", new TranscriptVersion("Remarques sur la pêche", "remarques-sur-la-peche", start.speakers(),
                List.of(new Turn(false, "Ana Lima", "Nous sommes tous d'accord."))));
        var shorter = transcripts.update(id, saved.state().version(), new TranscriptForm(form.type(), form.eventId(), form.deliveredAt(),
                form.delivery(), form.originalLang(), both), ANA);
        assertThat(shorter.problems()).isEmpty();
        assertThat(transcripts.form(id).versions().get("fr").turns()).containsExactly(new Turn(false, "Ana Lima", "Nous sommes tous d'accord."));
    }
}
