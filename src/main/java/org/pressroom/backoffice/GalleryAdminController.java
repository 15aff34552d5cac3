package org.pressroom.backoffice;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;
import org.pressroom.content.ContentItem;
import org.pressroom.content.EditResult;
import org.pressroom.content.EditorialRefusal;
import org.pressroom.content.GalleryEditing;
import org.pressroom.content.GalleryEditing.GalleryForm;
import org.pressroom.content.GalleryEditing.GalleryVersion;
import org.pressroom.content.PhotoEditing;
import org.pressroom.content.Workflow;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Galleries in the back office: each language's title and description, the event, and the photos in the order readers
 * see them. Adding a photo (chosen from the existing ones), removing one and moving one are submit buttons that send
 * the page back as typed, so the page works without scripts; nothing is saved until Save.
 */
@Controller
class GalleryAdminController {

    /** What the page shows, as typed; {@code versions} holds every site language, blank when not written. */
    record GalleryFields(String eventId, List<Long> photoIds, Map<String, GalleryVersion> versions) {
    }

    private static final GalleryVersion BLANK = new GalleryVersion("", "", "");

    private final GalleryEditing editing;
    private final PhotoEditing photos;
    private final Workflow workflow;
    private final EditPages pages;

    GalleryAdminController(GalleryEditing editing, PhotoEditing photos, Workflow workflow, EditPages pages) {
        this.editing = editing;
        this.photos = photos;
        this.workflow = workflow;
        this.pages = pages;
    }

    @GetMapping("/admin/galleries/new")
    String create(Locale locale, Model model) {
        return page(null, fields(new GalleryForm(null, List.of(), Map.of())), locale, model);
    }

    @PostMapping("/admin/galleries")
    String created(HttpServletRequest request, Locale locale, Model model, RedirectAttributes redirect) {
        GalleryFields fields = fields(request);
        if (!"save".equals(EditPages.value(request, "action"))) {
            return page(null, edited(fields, request, model), locale, model);
        }
        List<EditorialRefusal.Problem> problems = new ArrayList<>();
        GalleryForm form = form(fields, problems);
        if (!problems.isEmpty()) {
            EditPages.problems(model, problems);
            return page(null, fields, locale, model);
        }
        EditResult<GalleryForm> result = editing.create(form, EditPages.me());
        if (result.saved()) {
            redirect.addFlashAttribute("notice", "backoffice.media.created");
            return "redirect:/admin/galleries/" + result.state().item().id();
        }
        EditPages.problems(model, result.problems());
        return page(null, fields, locale, model);
    }

    @GetMapping("/admin/galleries/{id:\\d{1,18}}")
    String edit(@PathVariable long id, Locale locale, Model model) {
        GalleryForm form = current(id);
        model.addAttribute("version", workflow.state(ContentItem.gallery(id)).version());
        return page(id, fields(form), locale, model);
    }

    @PostMapping("/admin/galleries/{id:\\d{1,18}}")
    String edited(@PathVariable long id, HttpServletRequest request, Locale locale, Model model, RedirectAttributes redirect) {
        current(id);
        GalleryFields fields = fields(request);
        String version = EditPages.value(request, "version");
        model.addAttribute("version", version);
        if (!"save".equals(EditPages.value(request, "action"))) {
            return page(id, edited(fields, request, model), locale, model);
        }
        List<EditorialRefusal.Problem> problems = new ArrayList<>();
        GalleryForm form = form(fields, problems);
        if (!version.matches("\\d{1,18}")) {
            problems.add(EditorialRefusal.Problem.of("", "backoffice.media.version-missing"));
        }
        if (!problems.isEmpty()) {
            EditPages.problems(model, problems);
            return page(id, fields, locale, model);
        }
        EditResult<GalleryForm> result = editing.update(id, Long.parseLong(version), form, EditPages.me());
        if (result.saved()) {
            redirect.addFlashAttribute("notice", "backoffice.media.saved");
            return "redirect:/admin/galleries/" + id;
        }
        if (result.outcome() == EditResult.Outcome.CONFLICT) {
            model.addAttribute("version", result.state().version());
            model.addAttribute("conflict", true);
        }
        EditPages.problems(model, result.problems());
        return page(id, fields, locale, model);
    }

    private String page(Long id, GalleryFields fields, Locale locale, Model model) {
        String lang = pages.language(locale);
        List<PhotoEditing.PhotoChoice> choices = photos.choices(lang);
        model.addAttribute("id", id);
        model.addAttribute("fields", fields);
        model.addAttribute("languages", pages.languages(locale));
        Long event = fields.eventId().matches("\\d{1,18}") ? Long.parseLong(fields.eventId()) : null;
        model.addAttribute("events", pages.events(lang, event));
        model.addAttribute("choices", choices.stream().filter(c -> !fields.photoIds().contains(c.id())).toList());
        model.addAttribute("captions", choices.stream().collect(Collectors.toMap(c -> c.id(), PhotoEditing.PhotoChoice::caption)));
        EditPages.noProblemsYet(model);
        if (id == null) {
            return "backoffice/gallery";
        }
        GalleryForm current = current(id);
        String shown = current.versions().containsKey(lang) ? lang : current.versions().keySet().stream().findFirst().orElse(lang);
        model.addAttribute("name", current.versions().containsKey(shown) ? current.versions().get(shown).title() : "");
        pages.state(model, workflow.state(ContentItem.gallery(id)), shown, "/admin/galleries/" + id);
        return "backoffice/gallery";
    }

    private GalleryForm current(long id) {
        try {
            return editing.form(id);
        } catch (EditorialRefusal missing) {
            throw EditPages.notFound();
        }
    }

    /** A button other than Save: a photo added, removed or moved. */
    private static GalleryFields edited(GalleryFields fields, HttpServletRequest request, Model model) {
        String action = EditPages.value(request, "action");
        List<Long> ids = new ArrayList<>(fields.photoIds());
        int at = action.matches("(remove|up|down)-\\d{1,4}") ? Integer.parseInt(action.substring(action.indexOf('-') + 1)) : -1;
        if (action.equals("add")) {
            String chosen = EditPages.value(request, "addPhoto");
            if (chosen.matches("\\d{1,18}") && !ids.contains(Long.parseLong(chosen))) {
                ids.add(Long.parseLong(chosen));
            } else {
                model.addAttribute("addProblem", "backoffice.gallery.choose-photo");
            }
        } else if (at >= 0 && at < ids.size()) {
            if (action.startsWith("remove")) {
                ids.remove(at);
            } else {
                int to = action.startsWith("up") ? at - 1 : at + 1;
                if (to >= 0 && to < ids.size()) {
                    ids.add(to, ids.remove(at));
                }
            }
        }
        return new GalleryFields(fields.eventId(), ids, fields.versions());
    }

    private GalleryFields fields(GalleryForm form) {
        Map<String, GalleryVersion> versions = new LinkedHashMap<>();
        pages.languages(Locale.ROOT).forEach(l -> versions.put(l.tag(), form.versions().getOrDefault(l.tag(), BLANK)));
        return new GalleryFields(form.eventId() == null ? "" : form.eventId().toString(), form.photoIds(), versions);
    }

    private GalleryFields fields(HttpServletRequest request) {
        Map<String, GalleryVersion> versions = new LinkedHashMap<>();
        pages.languages(Locale.ROOT).forEach(l -> versions.put(l.tag(), new GalleryVersion(EditPages.value(request, l.tag() + ".title"),
                EditPages.value(request, l.tag() + ".slug"), EditPages.value(request, l.tag() + ".description"))));
        String[] photos = request.getParameterValues("photo");
        List<Long> ids = photos == null ? List.of() : Arrays.stream(photos).filter(p -> p.matches("\\d{1,18}")).map(Long::valueOf)
                .distinct().toList();
        return new GalleryFields(EditPages.value(request, "eventId"), ids, versions);
    }

    private static GalleryForm form(GalleryFields fields, List<EditorialRefusal.Problem> problems) {
        Map<String, GalleryVersion> written = new LinkedHashMap<>();
        fields.versions().forEach((lang, v) -> {
            if (!(v.title() + v.slug() + v.description()).isBlank()) {
                written.put(lang, v);
            }
        });
        return new GalleryForm(EditPages.id(fields.eventId(), "eventId", problems), fields.photoIds(), written);
    }
}
