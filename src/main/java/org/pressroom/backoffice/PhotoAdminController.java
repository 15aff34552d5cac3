package org.pressroom.backoffice;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.pressroom.content.ContentItem;
import org.pressroom.content.DownloadPolicy;
import org.pressroom.content.EditResult;
import org.pressroom.content.EditorialRefusal;
import org.pressroom.content.PhotoEditing;
import org.pressroom.content.PhotoEditing.PhotoForm;
import org.pressroom.content.PhotoEditing.PhotoVersion;
import org.pressroom.content.Workflow;
import org.pressroom.media.MediaStorage;
import org.pressroom.media.PhotoRenditions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Photos in the back office: a file taken in becomes a draft photo whose caption, credit, photographer, date and
 * place are read from the file; its page then edits each language's caption, text alternative and restriction note,
 * and the credit line, rights, date, place and event, with the thumbnail in view. A file that is not a picture this
 * server takes, or too large, is refused in words.
 */
@Controller
class PhotoAdminController {

    /** What the edit page shows, as typed; {@code versions} holds every site language, blank when not written. */
    record PhotoFields(String takenAt, String photographer, String credit, String place, String download, String eventId,
                       Map<String, PhotoVersion> versions) {
    }

    private static final Logger log = LoggerFactory.getLogger(PhotoAdminController.class);
    private static final PhotoVersion BLANK = new PhotoVersion("", "", "", "");

    private final PhotoEditing editing;
    private final Workflow workflow;
    private final MediaStorage storage;
    private final EditPages pages;
    private final DataSize maxSize;

    PhotoAdminController(PhotoEditing editing, Workflow workflow, MediaStorage storage, EditPages pages,
                         @Value("${spring.servlet.multipart.max-file-size:50MB}") DataSize maxSize) {
        this.editing = editing;
        this.workflow = workflow;
        this.storage = storage;
        this.pages = pages;
        this.maxSize = maxSize;
    }

    @GetMapping("/admin/photos/new")
    String upload(@RequestParam(defaultValue = "") String refused, Model model) {
        if (refused.equals("size")) {
            model.addAttribute("refusal", "backoffice.photo.refused.size");
        }
        model.addAttribute("maxMegabytes", maxSize.toMegabytes());
        return "backoffice/photo-new";
    }

    @PostMapping("/admin/photos")
    String uploaded(@RequestParam(name = "file", required = false) MultipartFile file, Locale locale, Model model,
                    RedirectAttributes redirect) throws IOException {
        model.addAttribute("maxMegabytes", maxSize.toMegabytes());
        if (file == null || file.isEmpty()) {
            model.addAttribute("refusal", "backoffice.photo.refused.none");
            return "backoffice/photo-new";
        }
        if (file.getSize() > maxSize.toBytes()) {
            model.addAttribute("refusal", "backoffice.photo.refused.size");
            return "backoffice/photo-new";
        }
        Path copy = Files.createTempFile("pressroom-photo-", ".upload");
        try {
            try (InputStream in = file.getInputStream()) {
                Files.copy(in, copy, StandardCopyOption.REPLACE_EXISTING);
            }
            long id = editing.upload(copy, pages.language(locale), EditPages.me()).item().id();
            redirect.addFlashAttribute("notice", "backoffice.photo.uploaded");
            return "redirect:/admin/photos/" + id;
        } catch (PhotoRenditions.Refused refused) {
            log.info("A photo upload ({}) was refused: {}", file.getOriginalFilename(), refused.getMessage());
            model.addAttribute("refusal", "backoffice.photo.refused." + refused.reason());
            return "backoffice/photo-new";
        } finally {
            Files.deleteIfExists(copy);
        }
    }

    @GetMapping("/admin/photos/{id:\\d{1,18}}")
    String edit(@PathVariable long id, Locale locale, Model model) {
        PhotoForm form = current(id);
        model.addAttribute("version", workflow.state(ContentItem.photo(id)).version());
        return page(id, fields(form), locale, model);
    }

    @PostMapping("/admin/photos/{id:\\d{1,18}}")
    String edited(@PathVariable long id, HttpServletRequest request, Locale locale, Model model, RedirectAttributes redirect) {
        current(id);
        PhotoFields fields = fields(request);
        String version = EditPages.value(request, "version");
        model.addAttribute("version", version);
        List<EditorialRefusal.Problem> problems = new ArrayList<>();
        PhotoForm form = new PhotoForm(EditPages.id(fields.eventId(), "eventId", problems),
                EditPages.time(fields.takenAt(), "takenAt", problems), fields.photographer(), fields.credit(), fields.place(),
                Arrays.stream(DownloadPolicy.values()).filter(d -> d.name().equals(fields.download())).findFirst().orElse(null),
                written(fields.versions()));
        if (!version.matches("\\d{1,18}")) {
            problems.add(EditorialRefusal.Problem.of("", "backoffice.media.version-missing"));
        }
        if (!problems.isEmpty()) {
            EditPages.problems(model, problems);
            return page(id, fields, locale, model);
        }
        EditResult<PhotoForm> result = editing.update(id, Long.parseLong(version), form, EditPages.me());
        if (result.saved()) {
            redirect.addFlashAttribute("notice", "backoffice.media.saved");
            return "redirect:/admin/photos/" + id;
        }
        if (result.outcome() == EditResult.Outcome.CONFLICT) {
            model.addAttribute("version", result.state().version());
            model.addAttribute("conflict", true);
        }
        EditPages.problems(model, result.problems());
        return page(id, fields, locale, model);
    }

    /** The thumbnail, for staff, whatever the photo's status (readers get it only once it is published). */
    @GetMapping("/admin/photos/{id:\\d{1,18}}/thumbnail.jpg")
    ResponseEntity<Resource> thumbnail(@PathVariable long id) {
        PhotoEditing.Thumbnail thumbnail = editing.thumbnail(id).orElseThrow(EditPages::notFound);
        Resource file = storage.find(thumbnail.storageKey()).orElseThrow(EditPages::notFound);
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(thumbnail.contentType()))
                .cacheControl(CacheControl.noCache().cachePrivate()).eTag("\"" + thumbnail.sha256() + "\"").body(file);
    }

    private String page(long id, PhotoFields fields, Locale locale, Model model) {
        model.addAttribute("id", id);
        model.addAttribute("fields", fields);
        model.addAttribute("downloads", DownloadPolicy.values());
        model.addAttribute("languages", pages.languages(locale));
        Long event = fields.eventId().matches("\\d{1,18}") ? Long.parseLong(fields.eventId()) : null;
        model.addAttribute("events", pages.events(pages.language(locale), event));
        model.addAttribute("hasThumbnail", editing.thumbnail(id).isPresent());
        EditPages.noProblemsYet(model);
        PhotoForm current = current(id);
        String lang = current.versions().containsKey(pages.language(locale)) ? pages.language(locale)
                : current.versions().keySet().stream().findFirst().orElse(pages.language(locale));
        PhotoVersion shown = current.versions().get(lang);
        model.addAttribute("name", shown == null ? "" : shown.caption());
        pages.state(model, workflow.state(ContentItem.photo(id)), lang, "/admin/photos/" + id);
        return "backoffice/photo";
    }

    private PhotoForm current(long id) {
        try {
            return editing.form(id);
        } catch (EditorialRefusal missing) {
            throw EditPages.notFound();
        }
    }

    private PhotoFields fields(PhotoForm form) {
        Map<String, PhotoVersion> versions = new LinkedHashMap<>();
        pages.languages(Locale.ROOT).forEach(l -> versions.put(l.tag(), form.versions().getOrDefault(l.tag(), BLANK)));
        return new PhotoFields(EditPages.timeValue(form.takenAt()), form.photographer(), form.credit(), form.place(),
                form.download() == null ? "" : form.download().name(), form.eventId() == null ? "" : form.eventId().toString(), versions);
    }

    private PhotoFields fields(HttpServletRequest request) {
        Map<String, PhotoVersion> versions = new LinkedHashMap<>();
        pages.languages(Locale.ROOT).forEach(l -> versions.put(l.tag(), new PhotoVersion(EditPages.value(request, l.tag() + ".caption"),
                EditPages.value(request, l.tag() + ".slug"), EditPages.value(request, l.tag() + ".altText"),
                EditPages.value(request, l.tag() + ".restriction"))));
        return new PhotoFields(EditPages.value(request, "takenAt"), EditPages.value(request, "photographer"),
                EditPages.value(request, "credit"), EditPages.value(request, "place"), EditPages.value(request, "download"),
                EditPages.value(request, "eventId"), versions);
    }

    /** The languages written in: a language left wholly empty is not one of the photo's versions. */
    private static Map<String, PhotoVersion> written(Map<String, PhotoVersion> versions) {
        Map<String, PhotoVersion> written = new LinkedHashMap<>();
        versions.forEach((lang, v) -> {
            if (!(v.caption() + v.slug() + v.altText() + v.restriction()).isBlank()) {
                written.put(lang, v);
            }
        });
        return written;
    }
}
