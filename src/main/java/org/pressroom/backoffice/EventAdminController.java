package org.pressroom.backoffice;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import org.pressroom.account.AccountPrincipal;
import org.pressroom.account.StaffAccounts;
import org.pressroom.content.EditResult;
import org.pressroom.content.EditorialRefusal.Problem;
import org.pressroom.content.EventEditing;
import org.pressroom.content.EventEditing.EventForm;
import org.pressroom.content.EventEditing.EventVersion;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Creating and editing an event: dates, time zone, country, whether it is cancelled, and a version per language
 * (a language left empty has none; the copy button starts one from the first language's text without saving). A refused
 * form comes back with every value as typed, each reason beside its field and in a summary; a save over someone
 * else's is refused with that said, the editor's text kept and theirs shown beside it. The programme is edited on
 * the same page ({@link ProgrammeAdminController}).
 */
@Controller
class EventAdminController {

    private final EventEditing editing;
    private final EventEditPage page;

    EventAdminController(EventEditing editing, EventEditPage page) {
        this.editing = editing;
        this.page = page;
    }

    @GetMapping("/admin/events/new")
    String create(Model model, Locale locale) {
        return page.showNew(model, locale);
    }

    @PostMapping("/admin/events")
    String create(HttpServletRequest request, Model model, Locale locale, RedirectAttributes redirect) {
        EventFields fields = EventFields.from(request, page.languages());
        model.addAttribute("fields", copied(request, fields, model, locale));
        if (model.containsAttribute("copied")) {
            return page.showNew(model, locale);
        }
        List<Problem> malformed = fields.malformed();
        EditResult<EventForm> result = malformed.isEmpty() ? editing.create(fields.form(), me()) : null;
        if (result == null || !result.saved()) {
            model.addAttribute("eventProblems", page.eventProblems(result == null ? malformed : result.problems(), locale));
            return page.showNew(model, locale);
        }
        redirect.addFlashAttribute("notice", "backoffice.event.created");
        return "redirect:/admin/events/" + result.state().item().id();
    }

    @GetMapping("/admin/events/{id:\\d{1,18}}")
    String edit(@PathVariable long id, @RequestParam(defaultValue = "") String item, @RequestParam(required = false) String day,
                Model model, Locale locale) {
        page.state(id);
        if (!item.isEmpty()) {
            editing.programme(id).stream().filter(entry -> entry.id().toString().equals(item)).findFirst()
                    .ifPresent(entry -> model.addAttribute("item", ProgrammeFields.of(entry, page.languages())));
        } else if (day != null && EventFields.date(day) != null) {
            model.addAttribute("item", ProgrammeFields.blank(day, page.languages()));
        }
        return page.show(id, model, locale);
    }

    @PostMapping("/admin/events/{id:\\d{1,18}}")
    String update(@PathVariable long id, HttpServletRequest request, Model model, Locale locale, RedirectAttributes redirect) {
        page.state(id);
        EventFields fields = EventFields.from(request, page.languages());
        long version = version(request);
        model.addAttribute("version", version);
        model.addAttribute("fields", copied(request, fields, model, locale));
        if (model.containsAttribute("copied")) {
            return page.show(id, model, locale);
        }
        List<Problem> malformed = new java.util.ArrayList<>(fields.malformed());
        if (version < 0) {
            // Not someone else's save: the page did not say which version it was opened on.
            malformed.add(Problem.of("", "backoffice.media.version-missing"));
        }
        EditResult<EventForm> result = malformed.isEmpty() ? editing.update(id, version, fields.form(), me()) : null;
        if (result == null || result.outcome() == EditResult.Outcome.REFUSED) {
            model.addAttribute("eventProblems", page.eventProblems(result == null ? malformed : result.problems(), locale));
            return page.show(id, model, locale);
        }
        if (result.outcome() == EditResult.Outcome.CONFLICT) {
            model.addAttribute("conflict", true);
            model.addAttribute("theirs", EventFields.of(editing.form(id), page.languages()));
            model.addAttribute("version", result.state().version());
            return page.show(id, model, locale);
        }
        redirect.addFlashAttribute("notice", "backoffice.event.saved");
        return "redirect:/admin/events/" + id;
    }

    /** With the copy button pressed: the target language filled from the first language's text, its address left to be made. */
    private EventFields copied(HttpServletRequest request, EventFields fields, Model model, Locale locale) {
        String target = request.getParameter("copy");
        String source = page.languages().get(0);
        if (target == null || target.equals(source) || !fields.versions().containsKey(target)) {
            return fields;
        }
        EventVersion from = fields.versions().get(source);
        model.addAttribute("copied", List.of(EventEditPage.name(source, locale), EventEditPage.name(target, locale)));
        return fields.with(target, new EventVersion(from.title(), "", from.venue(), from.city(), from.description()));
    }

    static long version(HttpServletRequest request) {
        String version = request.getParameter("version");
        return version != null && version.matches("\\d{1,18}") ? Long.parseLong(version) : -1;
    }

    static UUID me() {
        return StaffAccounts.signedIn().map(AccountPrincipal::id).orElseThrow();
    }
}
