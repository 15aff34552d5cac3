package org.pressroom.backoffice;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pressroom.MovableClockConfiguration;
import org.pressroom.MutableClock;
import org.pressroom.TestAccounts;
import org.pressroom.account.StaffRole;
import org.pressroom.account.StaffTestSupport;
import org.pressroom.content.ContentItem;
import org.pressroom.content.DownloadPolicy;
import org.pressroom.content.GalleryEditing;
import org.pressroom.content.PhotoEditing;
import org.pressroom.content.Revisions;
import org.pressroom.content.TranscriptDelivery;
import org.pressroom.media.IptcBlock;
import org.pressroom.content.TranscriptEditing;
import org.pressroom.content.TranscriptEditing.TranscriptForm;
import org.pressroom.content.TranscriptEditing.TranscriptVersion;
import org.pressroom.content.TranscriptEditing.Turn;
import org.pressroom.content.TranscriptType;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The transcript, photo and gallery edit pages, used as an editor uses them: real staff sessions, real files, the
 * forms posted as a browser without scripts posts them.
 */
@SpringBootTest(properties = "spring.autoconfigure.exclude=org.springframework.boot.session.jdbc.autoconfigure.JdbcSessionAutoConfiguration")
@AutoConfigureMockMvc
@Import(MovableClockConfiguration.class)
class MediaItemPagesTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    MutableClock clock;

    @Autowired
    ApplicationContext context;

    @Autowired
    TranscriptEditing transcripts;

    @Autowired
    PhotoEditing photos;

    @Autowired
    GalleryEditing galleries;

    MockHttpSession editor;
    String run;

    @BeforeEach
    void anEditor() throws Exception {
        clock.advance(Duration.ofHours(1));
        run = Long.toString(System.nanoTime());
        editor = new StaffTestSupport(context, mvc, clock).signedIn("media." + run + "@example.org", StaffRole.EDITOR);
    }

    // Transcripts

    private MockHttpServletRequestBuilder transcriptPost(String path, String action, String title, List<Turn> turns) {
        MockHttpServletRequestBuilder request = post(path).with(csrf()).session(editor).param("action", action)
                .param("type", "PRESS_CONFERENCE").param("delivery", "AS_DELIVERED").param("deliveredAt", "2026-02-12T14:30")
                .param("originalLang", "en").param("lang", "en").param("title", title).param("speakers", "Maria Lopes, Spokesperson")
                .param("turnCount", String.valueOf(turns.size()));
        for (int i = 0; i < turns.size(); i++) {
            Turn t = turns.get(i);
            request.param("turn." + i + ".speaker", t.speaker()).param("turn." + i + ".text", t.text());
            if (t.question()) {
                request.param("turn." + i + ".question", "true");
            }
        }
        return request;
    }

    @Test
    void aTranscriptIsCreatedThenEditedAndAWrongFormIsRefusedBesideItsFieldsWithEverythingKept() throws Exception {
        MvcResult refused = mvc.perform(transcriptPost("/admin/transcripts", "save", "",
                List.of(new Turn(false, "", "Words nobody said " + run)))).andReturn();
        String page = refused.getResponse().getContentAsString();
        assertThat(refused.getResponse().getStatus()).isEqualTo(200);
        assertThat(page).contains("Nothing was saved", "English – Title: This field is required.",
                        "English – Speaker of turn 1: Name the speaker, or mark the turn as a question from the floor.")
                .contains("Words nobody said " + run, "Maria Lopes, Spokesperson", "value=\"2026-02-12T14:30\"");
        assertThat(page.substring(page.indexOf("id=\"turn-0-speaker\""))).as("the reason beside its field")
                .contains("Name the speaker, or mark the turn");

        MvcResult created = mvc.perform(transcriptPost("/admin/transcripts", "save", "Harbour briefing " + run,
                List.of(new Turn(false, "Maria Lopes", "Good morning."), new Turn(true, "", "Will the ferries run?")))).andReturn();
        String address = created.getResponse().getRedirectedUrl();
        assertThat(address).matches("/admin/transcripts/\\d+");
        long id = Long.parseLong(address.substring(address.lastIndexOf('/') + 1));
        TranscriptForm saved = transcripts.form(id);
        assertThat(saved.type()).isEqualTo(TranscriptType.PRESS_CONFERENCE);
        assertThat(saved.deliveredAt()).isEqualTo(Instant.parse("2026-02-12T14:30:00Z"));
        assertThat(saved.versions().get("en").speakers()).containsExactly("Maria Lopes, Spokesperson");
        assertThat(saved.versions().get("en").turns()).containsExactly(new Turn(false, "Maria Lopes", "Good morning."),
                new Turn(true, "", "Will the ferries run?"));

        String edit = mvc.perform(get(address).session(editor)).andReturn().getResponse().getContentAsString();
        assertThat(edit).contains("Harbour briefing " + run, "Draft", "/en/preview/", "/admin/items/transcript/" + id + "/revisions",
                "name=\"version\"").doesNotContain("/admin/items/transcript/" + id + "/publish");
        long version = new Workflow(context).version(ContentItem.transcript(id));
        MvcResult updated = mvc.perform(transcriptPost(address, "save", "Harbour briefing, updated " + run,
                List.of(new Turn(false, "Maria Lopes", "Good morning, everyone."))).param("version", String.valueOf(version))).andReturn();
        assertThat(updated.getResponse().getRedirectedUrl()).isEqualTo(address);
        assertThat(transcripts.form(id).versions().get("en").title()).isEqualTo("Harbour briefing, updated " + run);
        assertThat(context.getBean(Revisions.class).history(ContentItem.transcript(id))).hasSize(2);
        assertThat(mvc.perform(get("/admin/transcripts/999999999").session(editor)).andReturn().getResponse().getStatus()).isEqualTo(404);
    }

    @Test
    void aTranscriptPastedFromAWordProcessorIsSplitIntoCleanTurnsThatCanBeMovedAndRemoved() throws Exception {
        String pasted = "Maria Lopes:\u00A0Good morning, and welcome.\u00A0\r\nWe start with the harbour.\r\n\r\n"
                + "Q:\u00A0Will the ferries run on Sunday?\r\n"
                + "Maria Lopes:\u00A0 Yes, from six o\u2019clock.\u00A0\r\n";
        MvcResult split = mvc.perform(transcriptPost("/admin/transcripts", "paste", "Ferry briefing " + run,
                List.of(new Turn(false, "Host", "Opening words."), new Turn(false, "", ""))).param("pasted", pasted)).andReturn();

        assertThat(split.getResponse().getContentAsString()).contains("The pasted text became 3 turns", "value=\"Ferry briefing " + run + "\"");
        TranscriptAdminController.TranscriptFields fields = (TranscriptAdminController.TranscriptFields) split.getModelAndView().getModel().get("fields");
        assertThat(fields.pasted()).isEmpty();
        assertThat(fields.turns()).containsExactly(new Turn(false, "Host", "Opening words."),
                new Turn(false, "Maria Lopes", "Good morning, and welcome.\nWe start with the harbour."),
                new Turn(true, "", "Will the ferries run on Sunday?"),
                new Turn(false, "Maria Lopes", "Yes, from six o\u2019clock."));

        MvcResult moved = mvc.perform(transcriptPost("/admin/transcripts", "up-2", "Ferry briefing " + run, fields.turns())).andReturn();
        List<Turn> order = ((TranscriptAdminController.TranscriptFields) moved.getModelAndView().getModel().get("fields")).turns();
        assertThat(order).extracting(Turn::text).startsWith("Opening words.", "Will the ferries run on Sunday?");
        MvcResult removed = mvc.perform(transcriptPost("/admin/transcripts", "remove-0", "Ferry briefing " + run, order)).andReturn();
        List<Turn> kept = ((TranscriptAdminController.TranscriptFields) removed.getModelAndView().getModel().get("fields")).turns();
        assertThat(kept).hasSize(3).first().isEqualTo(new Turn(true, "", "Will the ferries run on Sunday?"));
        MvcResult added = mvc.perform(transcriptPost("/admin/transcripts", "add", "Ferry briefing " + run, kept)).andReturn();
        assertThat(added.getResponse().getContentAsString()).contains("name=\"turn.3.text\"");

        MvcResult saved = mvc.perform(transcriptPost("/admin/transcripts", "save", "Ferry briefing " + run, kept)).andReturn();
        String address = saved.getResponse().getRedirectedUrl();
        assertThat(transcripts.form(Long.parseLong(address.substring(address.lastIndexOf('/') + 1))).versions().get("en").turns())
                .isEqualTo(kept);
    }

    @Test
    void aPasteThatWouldMakeMoreTurnsThanAPageCanSendIsRefusedAndKeptAndSoIsSuchASave() throws Exception {
        String pasted = "Q: A question?\n".repeat(TranscriptEditing.MAX_TURNS + 1);

        MvcResult refused = mvc.perform(transcriptPost("/admin/transcripts", "paste", "Long briefing " + run,
                List.of(new Turn(false, "Host", "Opening words."))).param("pasted", pasted)).andReturn();

        assertThat(refused.getResponse().getContentAsString()).contains("A transcript has at most 600 turns in each language; this one would have 602.");
        TranscriptAdminController.TranscriptFields kept = (TranscriptAdminController.TranscriptFields) refused.getModelAndView().getModel().get("fields");
        assertThat(kept.pasted()).isEqualTo(pasted);
        assertThat(kept.turns()).hasSize(1);

        List<Turn> many = java.util.Collections.nCopies(TranscriptEditing.MAX_TURNS + 1, new Turn(true, "", "A question?"));
        MvcResult save = mvc.perform(transcriptPost("/admin/transcripts", "save", "Long briefing " + run, many)).andReturn();
        assertThat(save.getResponse().getStatus()).isEqualTo(200);
        assertThat(save.getResponse().getContentAsString()).contains("this one would have 601");
    }

    @Test
    void aSaveOverSomeoneElsesIsAConflictThatKeepsTheEditorsWords() throws Exception {
        TranscriptForm form = new TranscriptForm(TranscriptType.DOORSTEP, null, Instant.parse("2026-02-12T08:00:00Z"),
                TranscriptDelivery.AS_DELIVERED, "en", Map.of("en", new TranscriptVersion("Doorstep " + run, "", List.of(),
                List.of(new Turn(false, "Minister", "Good morning.")))));
        var created = transcripts.create(form, TestAccounts.id(1));
        long id = created.state().item().id();
        long opened = created.state().version();
        transcripts.update(id, opened, new TranscriptForm(form.type(), null, form.deliveredAt(), form.delivery(), "en",
                Map.of("en", new TranscriptVersion("Doorstep, corrected by a colleague " + run, "", List.of(),
                        List.of(new Turn(false, "Minister", "Good morning.")))) ), TestAccounts.id(2));

        MvcResult conflict = mvc.perform(transcriptPost("/admin/transcripts/" + id, "save", "My own doorstep title " + run,
                List.of(new Turn(false, "Minister", "My careful wording."))).param("version", String.valueOf(opened))).andReturn();

        assertThat(conflict.getResponse().getStatus()).isEqualTo(200);
        assertThat(conflict.getResponse().getContentAsString()).contains("Someone else saved this item after you opened it")
                .contains("value=\"My own doorstep title " + run + "\"", "My careful wording.");
        assertThat(transcripts.form(id).versions().get("en").title()).isEqualTo("Doorstep, corrected by a colleague " + run);
    }

    @Test
    void aTimeWithSecondsIsShownWithThemSoASaveKeepsThem() throws Exception {
        var created = transcripts.create(new TranscriptForm(TranscriptType.SPEECH, null, Instant.parse("2026-02-12T08:00:07Z"),
                TranscriptDelivery.AS_DELIVERED, "en", Map.of("en", new TranscriptVersion("Timed speech " + run, "",
                List.of("Ana Silva, President"), List.of(new Turn(false, "Ana Silva", "Welcome."))))), TestAccounts.id(1));

        String page = mvc.perform(get("/admin/transcripts/" + created.state().item().id()).session(editor)).andReturn().getResponse()
                .getContentAsString();

        assertThat(page).contains("value=\"2026-02-12T08:00:07\"", "step=\"1\"");
    }

    @Test
    void aTranslationCanBeDeletedTheOriginalStaysAndTheHistoryKeepsIt() throws Exception {
        var created = transcripts.create(new TranscriptForm(TranscriptType.SPEECH, null, Instant.parse("2026-02-12T08:00:00Z"),
                TranscriptDelivery.AS_DELIVERED, "en", Map.of(
                        "en", new TranscriptVersion("Harbour speech " + run, "", List.of("Ana Silva, President"),
                                List.of(new Turn(false, "Ana Silva", "Welcome to the port."))),
                        "fr", new TranscriptVersion("Discours du port " + run, "", List.of("Ana Silva, présidente"),
                                List.of(new Turn(false, "Ana Silva", "Bienvenue au port."))))), TestAccounts.id(1));
        long id = created.state().item().id();
        String address = "/admin/transcripts/" + id + "/translations/fr";
        assertThat(mvc.perform(get(address).session(editor)).andReturn().getResponse().getContentAsString())
                .contains("value=\"delete-translation\"", "Delete this version (French)");
        assertThat(mvc.perform(get("/admin/transcripts/" + id).session(editor)).andReturn().getResponse().getContentAsString())
                .as("never on the original's page").doesNotContain("delete-translation");

        MvcResult deleted = mvc.perform(post(address).with(csrf()).session(editor).param("action", "delete-translation")
                .param("version", String.valueOf(created.state().version()))).andReturn();

        assertThat(deleted.getResponse().getRedirectedUrl()).isEqualTo("/admin/transcripts/" + id);
        assertThat(transcripts.form(id).versions()).containsOnlyKeys("en");
        assertThat(context.getBean(Revisions.class).history(ContentItem.transcript(id))).hasSize(2);
    }

    @Test
    void aTranslationStartsFromTheOriginalShownBesideItAndIsSavedAsItsOwnVersion() throws Exception {
        var created = transcripts.create(new TranscriptForm(TranscriptType.SPEECH, null, Instant.parse("2026-02-12T08:00:00Z"),
                TranscriptDelivery.CHECK_AGAINST_DELIVERY, "en", Map.of("en", new TranscriptVersion("Opening speech " + run, "",
                List.of("Ana Silva, President"), List.of(new Turn(false, "Ana Silva", "Dear colleagues, welcome to the port."))))),
                TestAccounts.id(1));
        long id = created.state().item().id();
        String address = "/admin/transcripts/" + id + "/translations/fr";

        String page = mvc.perform(get(address).session(editor)).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Translation into French", "translation-source", "Dear colleagues, welcome to the port.",
                "This translation is not saved yet");
        assertThat(page.substring(page.indexOf("edit-version"))).contains("value=\"Opening speech " + run + "\"");

        MvcResult saved = mvc.perform(post(address).with(csrf()).session(editor).param("action", "save")
                .param("version", String.valueOf(created.state().version())).param("title", "Discours d\u2019ouverture " + run)
                .param("speakers", "Ana Silva, présidente").param("turnCount", "1").param("turn.0.speaker", "Ana Silva")
                .param("turn.0.text", "Chers collègues, bienvenue au port.")).andReturn();
        assertThat(saved.getResponse().getRedirectedUrl()).isEqualTo(address);
        TranscriptForm both = transcripts.form(id);
        assertThat(both.versions().get("fr").turns()).containsExactly(new Turn(false, "Ana Silva", "Chers collègues, bienvenue au port."));
        assertThat(both.versions().get("en").title()).isEqualTo("Opening speech " + run);
        assertThat(both.delivery()).isEqualTo(TranscriptDelivery.CHECK_AGAINST_DELIVERY);
        assertThat(mvc.perform(get("/admin/transcripts/" + id + "/translations/xx").session(editor)).andReturn().getResponse().getStatus())
                .isEqualTo(404);
    }

    @Test
    void aPublisherFindsThePublicationActionsOnTheEditPage() throws Exception {
        MockHttpSession publisher = new StaffTestSupport(context, mvc, clock).signedIn("media.pub." + run + "@example.org", StaffRole.PUBLISHER);
        long id = transcripts.create(new TranscriptForm(TranscriptType.SPEECH, null, Instant.parse("2026-02-12T08:00:00Z"),
                TranscriptDelivery.AS_DELIVERED, "en", Map.of("en", new TranscriptVersion("Publishable speech " + run, "", List.of(),
                List.of(new Turn(false, "Ana Silva", "Thank you."))))), TestAccounts.id(1)).state().item().id();

        String page = mvc.perform(get("/admin/transcripts/" + id).session(publisher)).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("/admin/items/transcript/" + id + "/publish", "name=\"returnTo\" value=\"/admin/transcripts/" + id + "\"");

        MvcResult past = mvc.perform(post("/admin/items/transcript/" + id + "/schedule").with(csrf()).session(publisher)
                .param("at", "2001-01-01T09:00").param("returnTo", "/admin/transcripts/" + id)).andReturn();
        assertThat(past.getResponse().getRedirectedUrl()).isEqualTo("/admin/transcripts/" + id);
        String back = mvc.perform(get("/admin/transcripts/" + id).session(publisher).flashAttrs(past.getFlashMap()))
                .andReturn().getResponse().getContentAsString();
        assertThat(back).contains("Choose a publication time in the future", "Publishable speech " + run);
        MvcResult published = mvc.perform(post("/admin/items/transcript/" + id + "/publish").with(csrf()).session(publisher)
                .param("returnTo", "/admin/transcripts/" + id)).andReturn();
        assertThat(mvc.perform(get("/admin/transcripts/" + id).session(publisher).flashAttrs(published.getFlashMap()))
                .andReturn().getResponse().getContentAsString()).contains("Published", "/admin/items/transcript/" + id + "/unpublish");
    }

    // Photos

    @Test
    void anUploadedJpegBecomesADraftPhotoWithItsCaptionCreditDateAndPlaceReadFromTheFile() throws Exception {
        byte[] jpeg = jpeg(new IptcBlock().utf8().set(120, "Delegates arrive at the harbour summit " + run).set(110, "Press Office / J. Smith")
                .set(80, "Jane Smith").set(90, "Brussels").set(101, "Belgium").set(55, "20260212").set(60, "143000+0000").segment());

        MvcResult uploaded = mvc.perform(multipart("/admin/photos").file(new MockMultipartFile("file", "summit.jpg", "image/jpeg", jpeg))
                .with(csrf()).session(editor)).andReturn();

        String address = uploaded.getResponse().getRedirectedUrl();
        assertThat(address).matches("/admin/photos/\\d+");
        long id = Long.parseLong(address.substring(address.lastIndexOf('/') + 1));
        PhotoEditing.PhotoForm form = photos.form(id);
        assertThat(form.versions().get("en").caption()).isEqualTo("Delegates arrive at the harbour summit " + run);
        assertThat(form.credit()).isEqualTo("Press Office / J. Smith");
        assertThat(form.photographer()).isEqualTo("Jane Smith");
        assertThat(form.place()).isEqualTo("Brussels, Belgium");
        assertThat(form.takenAt()).isEqualTo(Instant.parse("2026-02-12T14:30:00Z"));

        String page = mvc.perform(get(address).session(editor).flashAttrs(uploaded.getFlashMap())).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("read from the file", "Delegates arrive at the harbour summit " + run, "value=\"Brussels, Belgium\"",
                "value=\"2026-02-12T14:30\"", "/admin/photos/" + id + "/thumbnail.jpg", "Draft");
        var thumbnail = mvc.perform(get(address + "/thumbnail.jpg").session(editor)).andReturn().getResponse();
        assertThat(thumbnail.getContentType()).isEqualTo("image/jpeg");
        assertThat(ImageIO.read(new java.io.ByteArrayInputStream(thumbnail.getContentAsByteArray())).getWidth()).isEqualTo(480);

        long version = new Workflow(context).version(ContentItem.photo(id));
        MvcResult refused = mvc.perform(post(address).with(csrf()).session(editor).param("version", String.valueOf(version))
                .param("credit", "").param("takenAt", "2026-02-12T14:30").param("download", "ACCOUNT")
                .param("en.caption", "Delegates arrive " + run).param("en.altText", "Two delegates shake hands on a quay")).andReturn();
        assertThat(refused.getResponse().getContentAsString()).contains("This field is required.", "Two delegates shake hands on a quay");

        MvcResult saved = mvc.perform(post(address).with(csrf()).session(editor).param("version", String.valueOf(version))
                .param("credit", "Press Office").param("photographer", "Jane Smith").param("place", "Brussels")
                .param("takenAt", "2026-02-12T14:30").param("download", "PUBLIC")
                .param("en.caption", "Delegates arrive " + run).param("en.altText", "Two delegates shake hands on a quay")
                .param("fr.caption", "Arrivée des délégués " + run).param("fr.restriction", "Pas de diffusion avant 18 h")).andReturn();
        assertThat(saved.getResponse().getRedirectedUrl()).isEqualTo(address);
        PhotoEditing.PhotoForm after = photos.form(id);
        assertThat(after.versions()).containsOnlyKeys("en", "fr");
        assertThat(after.versions().get("en").altText()).isEqualTo("Two delegates shake hands on a quay");
        assertThat(after.versions().get("fr").restriction()).isEqualTo("Pas de diffusion avant 18 h");
        assertThat(after.download()).isEqualTo(DownloadPolicy.PUBLIC);
        assertThat(context.getBean(Revisions.class).history(ContentItem.photo(id))).hasSize(2);
        assertThat(context.getBean(org.springframework.jdbc.core.simple.JdbcClient.class)
                .sql("select action from audit_entry where item_type = 'photo' and item_id = :id order by id")
                .param("id", String.valueOf(id)).query(String.class).list())
                .as("the upload and the edit, in the audit log").containsExactly("photo.create", "photo.update");

        context.getBean(org.pressroom.content.Workflow.class).publish(ContentItem.photo(id), TestAccounts.id(1));
        String published = mvc.perform(get("/en/photos/" + id + "-" + after.versions().get("en").slug())).andReturn().getResponse()
                .getContentAsString();
        assertThat(published).as("readers who cannot see the picture get its text alternative")
                .contains("alt=\"Two delegates shake hands on a quay\"", "Delegates arrive " + run);
        assertThat(published).as("the place, and the room the picture takes as made").contains("<dt>Place</dt>", "<dd>Brussels</dd>")
                .containsPattern("<img src=\"[^\"]+\" alt=\"Two delegates shake hands on a quay\" width=\"\\d+\" height=\"\\d+\"");
    }

    @Test
    void aFileThatIsNotAPictureOrNoFileOrOneTooLargeIsRefusedInWords() throws Exception {
        MvcResult text = mvc.perform(multipart("/admin/photos").file(new MockMultipartFile("file", "photo.jpg", "image/jpeg",
                "Not a picture, whatever the name says.".getBytes(StandardCharsets.UTF_8))).with(csrf()).session(editor)).andReturn();
        assertThat(text.getResponse().getStatus()).isEqualTo(200);
        assertThat(text.getResponse().getContentAsString()).contains("This file is not a JPEG, PNG or TIFF picture");

        MvcResult none = mvc.perform(multipart("/admin/photos").with(csrf()).session(editor)).andReturn();
        assertThat(none.getResponse().getContentAsString()).contains("Choose a photo file to take in.");

        byte[] large = new byte[50 * 1024 * 1024 + 1];
        MvcResult tooLarge = mvc.perform(multipart("/admin/photos").file(new MockMultipartFile("file", "huge.tif", "image/tiff", large))
                .with(csrf()).session(editor)).andReturn();
        assertThat(tooLarge.getResponse().getContentAsString()).contains("This file is larger than the 50 MB a photo may have.");
        assertThat(mvc.perform(get("/admin/photos/new?refused=size").session(editor)).andReturn().getResponse().getContentAsString())
                .contains("This file is larger than the 50 MB a photo may have.");

        String french = mvc.perform(multipart("/admin/photos").file(new MockMultipartFile("file", "photo.jpg", "image/jpeg",
                        "Not a picture.".getBytes(StandardCharsets.UTF_8))).with(csrf()).session(editor)
                .cookie(new jakarta.servlet.http.Cookie(org.pressroom.site.SiteLanguages.LANGUAGE_COOKIE, "fr")))
                .andReturn().getResponse().getContentAsString();
        assertThat(french).contains("Ce fichier n&#39;est pas une image JPEG, PNG ou TIFF", "Nouvelle photo");
    }

    @Test
    void aPhotoCutOffAtTheFormLimitIsSentBackToTheUploadPageWhileOtherFormsKeepTheirAnswer() {
        PhotoUploadLimit limit = new PhotoUploadLimit();
        var tooLarge = new org.springframework.web.multipart.MaxUploadSizeExceededException(50L * 1024 * 1024);

        assertThat(limit.tooLarge(tooLarge, new org.springframework.mock.web.MockHttpServletRequest("POST", "/admin/photos")))
                .isEqualTo("redirect:/admin/photos/new?refused=size");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> limit.tooLarge(tooLarge,
                new org.springframework.mock.web.MockHttpServletRequest("POST", "/admin/terms"))).isSameAs(tooLarge);
    }

    // Galleries

    private long photo(String caption) throws IOException {
        Path file = Files.createTempFile("gallery-photo", ".jpg");
        try {
            Files.write(file, jpeg(new IptcBlock().set(120, caption).segment()));
            return photos.upload(file, "en", TestAccounts.id(1)).item().id();
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private MockHttpServletRequestBuilder galleryPost(String path, String action, String title, List<Long> ids) {
        MockHttpServletRequestBuilder request = post(path).with(csrf()).session(editor).param("action", action)
                .param("en.title", title).param("en.description", "Pictures of the day.");
        ids.forEach(id -> request.param("photo", String.valueOf(id)));
        return request;
    }

    private static List<Long> shownPhotos(MvcResult result) {
        return ((GalleryAdminController.GalleryFields) result.getModelAndView().getModel().get("fields")).photoIds();
    }

    @Test
    void aGalleryIsMadeFromExistingPhotosInTheOrderChosenAndReordered() throws Exception {
        long a = photo("Arrival " + run);
        long b = photo("Bilateral meeting " + run);
        long c = photo("Closing press conference " + run);

        String empty = mvc.perform(get("/admin/galleries/new").session(editor)).andReturn().getResponse().getContentAsString();
        assertThat(empty).contains("Closing press conference " + run);
        MvcResult added = mvc.perform(galleryPost("/admin/galleries", "add", "Summit day " + run, List.of(a, b))
                .param("addPhoto", String.valueOf(c))).andReturn();
        assertThat(shownPhotos(added)).containsExactly(a, b, c);
        assertThat(added.getResponse().getContentAsString()).contains("value=\"Summit day " + run + "\"", "/admin/photos/" + c + "/thumbnail.jpg");
        MvcResult moved = mvc.perform(galleryPost("/admin/galleries", "up-2", "Summit day " + run, List.of(a, b, c))).andReturn();
        assertThat(shownPhotos(moved)).containsExactly(a, c, b);

        MvcResult untitled = mvc.perform(galleryPost("/admin/galleries", "save", "", List.of(a, c, b))).andReturn();
        assertThat(untitled.getResponse().getContentAsString()).contains("This field is required.", "Pictures of the day.");
        assertThat(shownPhotos(untitled)).containsExactly(a, c, b);

        MvcResult created = mvc.perform(galleryPost("/admin/galleries", "save", "Summit day " + run, List.of(a, c, b))).andReturn();
        String address = created.getResponse().getRedirectedUrl();
        assertThat(address).matches("/admin/galleries/\\d+");
        long id = Long.parseLong(address.substring(address.lastIndexOf('/') + 1));
        assertThat(galleries.form(id).photoIds()).containsExactly(a, c, b);

        long version = new Workflow(context).version(ContentItem.gallery(id));
        MvcResult down = mvc.perform(galleryPost(address, "down-0", "Summit day " + run, List.of(a, c, b))
                .param("version", String.valueOf(version))).andReturn();
        assertThat(shownPhotos(down)).containsExactly(c, a, b);
        MvcResult removed = mvc.perform(galleryPost(address, "remove-2", "Summit day " + run, List.of(c, a, b))
                .param("version", String.valueOf(version))).andReturn();
        assertThat(shownPhotos(removed)).containsExactly(c, a);
        MvcResult saved = mvc.perform(galleryPost(address, "save", "Summit day " + run, List.of(c, a, b))
                .param("version", String.valueOf(version))).andReturn();
        assertThat(saved.getResponse().getRedirectedUrl()).isEqualTo(address);
        assertThat(galleries.form(id).photoIds()).as("reordered and saved").containsExactly(c, a, b);

        MvcResult missing = mvc.perform(galleryPost(address, "save", "Summit day " + run, List.of(c, 999_999_999L))
                .param("version", String.valueOf(new Workflow(context).version(ContentItem.gallery(id))))).andReturn();
        assertThat(missing.getResponse().getContentAsString()).contains("There is no item 999999999 to link to.");
        assertThat(galleries.form(id).photoIds()).containsExactly(c, a, b);
    }

    /** The version an item is at, as the edit page would have loaded it. */
    private record Workflow(ApplicationContext context) {
        long version(ContentItem item) {
            return context.getBean(org.pressroom.content.Workflow.class).state(item).version();
        }
    }

    // Pictures written the way cameras and picture desks write them

    /** A JPEG from ImageIO with the given APPn segments right after its start-of-image marker. */
    static byte[] jpeg(byte[]... segments) throws IOException {
        BufferedImage image = new BufferedImage(960, 640, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(20, 60, 110));
        g.fillRect(0, 0, 960, 640);
        g.setColor(Color.ORANGE);
        g.fillOval(300, 150, 360, 340);
        g.dispose();
        ByteArrayOutputStream encoded = new ByteArrayOutputStream();
        ImageIO.write(image, "jpeg", encoded);
        byte[] plain = encoded.toByteArray();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(plain, 0, 2);
        for (byte[] segment : segments) {
            out.write(segment);
        }
        out.write(plain, 2, plain.length - 2);
        return out.toByteArray();
    }
}
