package org.pressroom.backoffice;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.pressroom.content.ContentItem;
import org.pressroom.content.EditResult;
import org.pressroom.content.EditorialRefusal;
import org.pressroom.content.TranscriptDelivery;
import org.pressroom.content.TranscriptEditing;
import org.pressroom.content.TranscriptEditing.TranscriptForm;
import org.pressroom.content.TranscriptEditing.TranscriptVersion;
import org.pressroom.content.TranscriptEditing.Turn;
import org.pressroom.content.TranscriptType;
import org.pressroom.content.Workflow;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Writing transcripts: the new and edit pages (type, event, time delivered, "as delivered" or "check against
 * delivery", original language, and the original's title, address, speakers and turns), and a translation page that
 * shows the original beside the translation. The turns editor works without scripts: adding, removing and moving a
 * turn, and splitting a whole pasted transcript into turns, are submit buttons that send the page back as typed.
 */
@Controller
class TranscriptAdminController {

    /** What the page shows, as typed: nothing is lost when a save is refused or a turn is moved. */
    record TranscriptFields(String type, String eventId, String deliveredAt, String delivery, String originalLang,
                            String title, String slug, String speakers, List<Turn> turns, String pasted) {
    }

    private final TranscriptEditing editing;
    private final Workflow workflow;
    private final EditPages pages;
    private final Clock clock;

    TranscriptAdminController(TranscriptEditing editing, Workflow workflow, EditPages pages, Clock clock) {
        this.editing = editing;
        this.workflow = workflow;
        this.pages = pages;
        this.clock = clock;
    }

    @GetMapping("/admin/transcripts/new")
    String create(Locale locale, Model model) {
        String lang = pages.language(locale);
        // Transcripts are mostly written just after the words were said: now is the likeliest time.
        TranscriptFields fields = new TranscriptFields("", "", EditPages.timeValue(clock.instant()), TranscriptDelivery.AS_DELIVERED.name(),
                lang, "", "", "",
                List.of(new Turn(false, "", "")), "");
        return page(null, lang, fields, locale, model);
    }

    @PostMapping("/admin/transcripts")
    String created(HttpServletRequest request, Locale locale, Model model, RedirectAttributes redirect) {
        TranscriptFields fields = fields(request);
        String lang = pages.supported(fields.originalLang()) ? fields.originalLang() : pages.language(locale);
        if (!"save".equals(EditPages.value(request, "action"))) {
            return page(null, lang, edited(fields, request, model), locale, model);
        }
        List<EditorialRefusal.Problem> problems = new ArrayList<>();
        fields = withPasted(fields, problems);
        TranscriptForm form = form(fields, lang, Map.of(), problems);
        if (!problems.isEmpty()) {
            EditPages.problems(model, problems);
            return page(null, lang, fields, locale, model);
        }
        EditResult<TranscriptForm> result = editing.create(form, EditPages.me());
        if (result.saved()) {
            redirect.addFlashAttribute("notice", "backoffice.media.created");
            return "redirect:/admin/transcripts/" + result.state().item().id();
        }
        EditPages.problems(model, result.problems());
        return page(null, lang, fields, locale, model);
    }

    @GetMapping("/admin/transcripts/{id:\\d{1,18}}")
    String edit(@PathVariable long id, Locale locale, Model model) {
        TranscriptForm form = current(id);
        String lang = form.originalLang() != null && form.versions().containsKey(form.originalLang()) ? form.originalLang()
                : form.versions().keySet().stream().findFirst().orElse(form.originalLang());
        model.addAttribute("version", workflow.state(ContentItem.transcript(id)).version());
        return page(id, lang, fields(form, lang, form.versions().get(lang)), locale, model);
    }

    @PostMapping("/admin/transcripts/{id:\\d{1,18}}")
    String edited(@PathVariable long id, HttpServletRequest request, Locale locale, Model model, RedirectAttributes redirect) {
        TranscriptForm current = current(id);
        String lang = pages.supported(EditPages.value(request, "lang")) ? EditPages.value(request, "lang") : current.originalLang();
        return save(id, lang, fields(request), current, "/admin/transcripts/" + id, request, locale, model, redirect);
    }

    @GetMapping("/admin/transcripts/{id:\\d{1,18}}/translations/{lang}")
    String translation(@PathVariable long id, @PathVariable String lang, Locale locale, Model model) {
        TranscriptForm form = current(id);
        if (!pages.supported(lang)) {
            throw EditPages.notFound();
        }
        TranscriptVersion version = form.versions().get(lang);
        String source = source(form, lang);
        if (version == null && source != null) {
            version = editing.startTranslation(id, source);
            model.addAttribute("notice", "backoffice.transcript.translation-started");
        }
        model.addAttribute("version", workflow.state(ContentItem.transcript(id)).version());
        return page(id, lang, fields(form, lang, version), locale, model);
    }

    @PostMapping("/admin/transcripts/{id:\\d{1,18}}/translations/{lang}")
    String translated(@PathVariable long id, @PathVariable String lang, HttpServletRequest request, Locale locale, Model model,
                      RedirectAttributes redirect) {
        TranscriptForm current = current(id);
        if (!pages.supported(lang)) {
            throw EditPages.notFound();
        }
        TranscriptFields typed = fields(request);
        // The translation page sends only the version; what every language shares is kept as stored.
        TranscriptFields shared = fields(current, lang, null);
        TranscriptFields fields = new TranscriptFields(shared.type(), shared.eventId(), shared.deliveredAt(), shared.delivery(),
                shared.originalLang(), typed.title(), typed.slug(), typed.speakers(), typed.turns(), typed.pasted());
        return save(id, lang, fields, current, "/admin/transcripts/" + id + "/translations/" + lang, request, locale, model, redirect);
    }

    private String save(long id, String lang, TranscriptFields typed, TranscriptForm current, String address,
                        HttpServletRequest request, Locale locale, Model model, RedirectAttributes redirect) {
        String version = EditPages.value(request, "version");
        model.addAttribute("version", version);
        if ("delete-translation".equals(EditPages.value(request, "action")) && !lang.equals(current.originalLang())
                && current.versions().containsKey(lang) && version.matches("\\d{1,18}")) {
            // The original stays; the deleted version stays in the history, from where it can be restored.
            java.util.Map<String, TranscriptVersion> others = new java.util.TreeMap<>(current.versions());
            others.remove(lang);
            EditResult<TranscriptForm> result = editing.update(id, Long.parseLong(version), new TranscriptForm(current.type(),
                    current.eventId(), current.deliveredAt(), current.delivery(), current.originalLang(), others), EditPages.me());
            if (result.saved()) {
                redirect.addFlashAttribute("notice", "backoffice.transcript.translation-deleted");
                return "redirect:/admin/transcripts/" + id;
            }
            if (result.outcome() == EditResult.Outcome.CONFLICT) {
                model.addAttribute("version", result.state().version());
                model.addAttribute("conflict", true);
            }
            EditPages.problems(model, result.problems());
            return page(id, lang, typed, locale, model);
        }
        if (!"save".equals(EditPages.value(request, "action"))) {
            return page(id, lang, edited(typed, request, model), locale, model);
        }
        List<EditorialRefusal.Problem> problems = new ArrayList<>();
        TranscriptFields fields = withPasted(typed, problems);
        TranscriptForm form = form(fields, lang, current.versions(), problems);
        if (!version.matches("\\d{1,18}")) {
            problems.add(EditorialRefusal.Problem.of("", "backoffice.media.version-missing"));
        }
        if (!problems.isEmpty()) {
            EditPages.problems(model, problems);
            return page(id, lang, fields, locale, model);
        }
        EditResult<TranscriptForm> result = editing.update(id, Long.parseLong(version), form, EditPages.me());
        if (result.saved()) {
            redirect.addFlashAttribute("notice", "backoffice.media.saved");
            return "redirect:" + address;
        }
        if (result.outcome() == EditResult.Outcome.CONFLICT) {
            // Saving again now replaces the newer version: the message asks the editor to compare first.
            model.addAttribute("version", result.state().version());
            model.addAttribute("conflict", true);
        }
        EditPages.problems(model, result.problems());
        return page(id, lang, fields, locale, model);
    }

    private String page(Long id, String lang, TranscriptFields fields, Locale locale, Model model) {
        model.addAttribute("id", id);
        model.addAttribute("lang", lang);
        model.addAttribute("fields", fields);
        model.addAttribute("types", TranscriptType.values());
        model.addAttribute("deliveries", TranscriptDelivery.values());
        model.addAttribute("languages", pages.languages(locale));
        model.addAttribute("langName", pages.languages(locale).stream().filter(l -> l.tag().equals(lang)).map(EditPages.Language::here)
                .findFirst().orElse(lang));
        Long event = fields.eventId().matches("\\d{1,18}") ? Long.parseLong(fields.eventId()) : null;
        model.addAttribute("events", pages.events(pages.language(locale), event));
        EditPages.noProblemsYet(model);
        if (id == null) {
            model.addAttribute("action", "/admin/transcripts");
            model.addAttribute("translation", false);
            return "backoffice/transcript";
        }
        TranscriptForm current = current(id);
        String source = source(current, lang);
        boolean translation = source != null && !lang.equals(current.originalLang());
        String address = translation ? "/admin/transcripts/" + id + "/translations/" + lang : "/admin/transcripts/" + id;
        String shown = current.versions().containsKey(lang) || source == null ? lang : source;
        model.addAttribute("action", address);
        model.addAttribute("translation", translation);
        model.addAttribute("source", translation ? current.versions().get(source) : null);
        model.addAttribute("sourceLang", source);
        model.addAttribute("versions", current.versions().keySet());
        model.addAttribute("mainLang", current.originalLang());
        model.addAttribute("name", current.versions().containsKey(shown) ? current.versions().get(shown).title() : "");
        pages.state(model, workflow.state(ContentItem.transcript(id)), shown, address);
        return "backoffice/transcript";
    }

    /** The version a translation is made from: the original language's, else the first there is other than the target. */
    private static String source(TranscriptForm form, String target) {
        if (form.originalLang() != null && form.versions().containsKey(form.originalLang()) && !form.originalLang().equals(target)) {
            return form.originalLang();
        }
        return form.versions().keySet().stream().filter(l -> !l.equals(target)).findFirst().orElse(null);
    }

    private TranscriptForm current(long id) {
        try {
            return editing.form(id);
        } catch (EditorialRefusal missing) {
            throw EditPages.notFound();
        }
    }

    /** A button other than Save: a turn added, removed or moved, or the pasted text split into turns. */
    private TranscriptFields edited(TranscriptFields fields, HttpServletRequest request, Model model) {
        String action = EditPages.value(request, "action");
        List<Turn> turns = new ArrayList<>(fields.turns());
        String pasted = fields.pasted();
        int at = action.matches("(remove|up|down)-\\d{1,4}") ? Integer.parseInt(action.substring(action.indexOf('-') + 1)) : -1;
        if (action.equals("add")) {
            turns.add(new Turn(false, "", ""));
            model.addAttribute("focusTurn", turns.size() - 1);
        } else if (action.equals("paste")) {
            List<EditorialRefusal.Problem> problems = new ArrayList<>();
            TranscriptFields split = withPasted(fields, problems);
            if (!problems.isEmpty()) {
                EditPages.problems(model, problems);
                return fields;
            }
            model.addAttribute("notice", "backoffice.transcript.pasted");
            model.addAttribute("pastedCount", split.turns().size() - turns.stream().filter(t -> !blank(t)).count());
            return split;
        } else if (at >= 0 && at < turns.size()) {
            if (action.startsWith("remove")) {
                turns.remove(at);
            } else {
                int to = action.startsWith("up") ? at - 1 : at + 1;
                if (to >= 0 && to < turns.size()) {
                    turns.add(to, turns.remove(at));
                    model.addAttribute("focusTurn", to);
                }
            }
        }
        return new TranscriptFields(fields.type(), fields.eventId(), fields.deliveredAt(), fields.delivery(), fields.originalLang(),
                fields.title(), fields.slug(), fields.speakers(), turns, pasted);
    }

    /** The pasted transcript split into turns and added after the others; the text area is emptied. */
    private TranscriptFields withPasted(TranscriptFields fields, List<EditorialRefusal.Problem> problems) {
        // Blank turns are left out, so that each reason given for a turn names the turn shown at that place.
        List<Turn> turns = new ArrayList<>(fields.turns().stream().filter(t -> !blank(t)).toList());
        try {
            turns.addAll(editing.turns(fields.pasted()));
        } catch (EditorialRefusal refusal) {
            problems.addAll(refusal.problems());
            return fields;
        }
        if (turns.size() > TranscriptEditing.MAX_TURNS) {
            problems.add(EditorialRefusal.Problem.of("pasted", "editorial.transcript.too-many-turns", TranscriptEditing.MAX_TURNS, turns.size()));
            return fields;
        }
        return new TranscriptFields(fields.type(), fields.eventId(), fields.deliveredAt(), fields.delivery(), fields.originalLang(),
                fields.title(), fields.slug(), fields.speakers(), turns, "");
    }

    private static boolean blank(Turn turn) {
        return !turn.question() && turn.speaker().isBlank() && turn.text().isBlank();
    }

    private static TranscriptFields fields(HttpServletRequest request) {
        List<Turn> turns = new ArrayList<>();
        String count = EditPages.value(request, "turnCount");
        int n = count.matches("\\d{1,4}") ? Integer.parseInt(count) : 0;
        for (int i = 0; i < n; i++) {
            turns.add(new Turn("true".equals(request.getParameter("turn." + i + ".question")),
                    EditPages.value(request, "turn." + i + ".speaker"), EditPages.value(request, "turn." + i + ".text")));
        }
        return new TranscriptFields(EditPages.value(request, "type"), EditPages.value(request, "eventId"),
                EditPages.value(request, "deliveredAt"), EditPages.value(request, "delivery"), EditPages.value(request, "originalLang"),
                EditPages.value(request, "title"), EditPages.value(request, "slug"), EditPages.value(request, "speakers"), turns,
                EditPages.value(request, "pasted"));
    }

    private static TranscriptFields fields(TranscriptForm form, String lang, TranscriptVersion version) {
        TranscriptVersion v = version == null ? new TranscriptVersion("", "", List.of(), List.of()) : version;
        return new TranscriptFields(form.type() == null ? "" : form.type().name(), form.eventId() == null ? "" : form.eventId().toString(),
                EditPages.timeValue(form.deliveredAt()), form.delivery() == null ? "" : form.delivery().name(),
                form.originalLang() == null ? lang : form.originalLang(), v.title(), v.slug(), String.join("\n", v.speakers()),
                v.turns().isEmpty() ? List.of(new Turn(false, "", "")) : v.turns(), "");
    }

    /** The whole transcript to save: the other languages as stored, this one as typed. */
    private static TranscriptForm form(TranscriptFields fields, String lang, Map<String, TranscriptVersion> others,
                                       List<EditorialRefusal.Problem> problems) {
        TranscriptType type = Arrays.stream(TranscriptType.values()).filter(t -> t.name().equals(fields.type())).findFirst().orElse(null);
        TranscriptDelivery delivery = Arrays.stream(TranscriptDelivery.values()).filter(d -> d.name().equals(fields.delivery()))
                .findFirst().orElse(null);
        Map<String, TranscriptVersion> versions = new LinkedHashMap<>(others);
        List<String> speakers = fields.speakers().lines().map(String::strip).filter(s -> !s.isEmpty()).toList();
        versions.put(lang, new TranscriptVersion(fields.title(), fields.slug(), speakers, fields.turns()));
        return new TranscriptForm(type, EditPages.id(fields.eventId(), "eventId", problems),
                EditPages.time(fields.deliveredAt(), "deliveredAt", problems), delivery, fields.originalLang(), versions);
    }
}
