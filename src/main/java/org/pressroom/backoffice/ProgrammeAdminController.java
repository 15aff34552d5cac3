package org.pressroom.backoffice;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import org.pressroom.content.EditResult;
import org.pressroom.content.EditorialRefusal.Problem;
import org.pressroom.content.EventEditing;
import org.pressroom.content.EventEditing.ProgrammeEntry;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The programme editor of an event's page: an item added or changed (its date within the event's, its times, room,
 * access, coverage, briefing languages, title per language and links to transcripts, photos and videos), removed,
 * or moved up or down among the items of its day that start at the same time (the programme reads in order of
 * time, so only those have an order of their own). Each change is based on the event's version, like the event's
 * form; a refused item comes back in its form as typed, with the reasons beside its fields.
 */
@Controller
class ProgrammeAdminController {

    private final EventEditing editing;
    private final EventEditPage page;

    ProgrammeAdminController(EventEditing editing, EventEditPage page) {
        this.editing = editing;
        this.page = page;
    }

    @PostMapping("/admin/events/{id:\\d{1,18}}/programme")
    String add(@PathVariable long id, HttpServletRequest request, Model model, Locale locale, RedirectAttributes redirect) {
        return save(id, null, request, model, locale, redirect);
    }

    @PostMapping("/admin/events/{id:\\d{1,18}}/programme/{item:\\d{1,18}}")
    String change(@PathVariable long id, @PathVariable long item, HttpServletRequest request, Model model, Locale locale,
                  RedirectAttributes redirect) {
        return save(id, item, request, model, locale, redirect);
    }

    @PostMapping("/admin/events/{id:\\d{1,18}}/programme/{item:\\d{1,18}}/remove")
    String remove(@PathVariable long id, @PathVariable long item, HttpServletRequest request, Model model, Locale locale,
                  RedirectAttributes redirect) {
        page.state(id);
        EditResult<Long> result = editing.removeItem(id, EventAdminController.version(request), item, EventAdminController.me());
        return done(id, result, "backoffice.programme.removed", model, locale, redirect);
    }

    @PostMapping("/admin/events/{id:\\d{1,18}}/programme/{item:\\d{1,18}}/move")
    String move(@PathVariable long id, @PathVariable long item, @RequestParam(defaultValue = "") String direction,
                HttpServletRequest request, Model model, Locale locale, RedirectAttributes redirect) {
        page.state(id);
        List<ProgrammeEntry> programme = editing.programme(id);
        ProgrammeEntry moved = programme.stream().filter(entry -> entry.id() == item).findFirst().orElse(null);
        if (moved == null) {
            model.addAttribute("programmeProblems", page.itemProblems(List.of(Problem.of("", "editorial.programme.missing",
                    String.valueOf(item))), locale));
            return page.show(id, model, locale);
        }
        List<Long> order = new ArrayList<>(programme.stream().filter(entry -> entry.date().equals(moved.date()))
                .map(ProgrammeEntry::id).toList());
        int at = order.indexOf(item);
        int to = "up".equals(direction) ? at - 1 : "down".equals(direction) ? at + 1 : at;
        if (to < 0 || to >= order.size() || to == at) {
            return "redirect:/admin/events/" + id + "#programme";
        }
        Collections.swap(order, at, to);
        EditResult<List<Long>> result = editing.reorder(id, EventAdminController.version(request), moved.date(), order,
                EventAdminController.me());
        return done(id, result, "backoffice.programme.moved", model, locale, redirect);
    }

    private String save(long id, Long item, HttpServletRequest request, Model model, Locale locale, RedirectAttributes redirect) {
        page.state(id);
        ProgrammeFields fields = ProgrammeFields.from(item, request, page.languages());
        long version = EventAdminController.version(request);
        model.addAttribute("item", fields);
        model.addAttribute("version", version);
        List<Problem> malformed = fields.malformed();
        EditResult<ProgrammeEntry> result = malformed.isEmpty()
                ? editing.saveItem(id, version, fields.entry(), EventAdminController.me()) : null;
        if (result == null || result.outcome() == EditResult.Outcome.REFUSED) {
            model.addAttribute("itemProblems", page.itemProblems(result == null ? malformed : result.problems(), locale));
            return page.show(id, model, locale);
        }
        if (result.outcome() == EditResult.Outcome.CONFLICT) {
            model.addAttribute("itemConflict", true);
            model.addAttribute("version", result.state().version());
            return page.show(id, model, locale);
        }
        redirect.addFlashAttribute("notice", item == null ? "backoffice.programme.added" : "backoffice.programme.saved");
        return "redirect:/admin/events/" + id + "#programme";
    }

    /** After a removal or a move: back to the programme, or the page again with what went wrong. */
    private String done(long id, EditResult<?> result, String notice, Model model, Locale locale, RedirectAttributes redirect) {
        if (result.saved()) {
            redirect.addFlashAttribute("notice", notice);
            return "redirect:/admin/events/" + id + "#programme";
        }
        List<Problem> problems = result.outcome() == EditResult.Outcome.CONFLICT
                ? List.of(Problem.of("", "backoffice.programme.conflict")) : result.problems();
        model.addAttribute("programmeProblems", page.itemProblems(problems, locale));
        return page.show(id, model, locale);
    }
}
