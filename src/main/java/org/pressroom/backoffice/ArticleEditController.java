package org.pressroom.backoffice;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import org.pressroom.account.AccountPrincipal;
import org.pressroom.account.StaffAccounts;
import org.pressroom.account.StaffRole;
import org.pressroom.content.ArticleEditing;
import org.pressroom.content.ArticleEditing.ArticleForm;
import org.pressroom.content.ArticleEditing.ArticleVersion;
import org.pressroom.content.ArticleType;
import org.pressroom.content.ContentItem;
import org.pressroom.content.EditResult;
import org.pressroom.content.EditorialRefusal;
import org.pressroom.content.EditorialRefusal.Problem;
import org.pressroom.content.ItemState;
import org.pressroom.content.Workflow;
import org.pressroom.site.SiteLanguages;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * An article's edit page (type, related event, lead photo, accreditation deadline and every language version, with
 * the press-release number, status and the workflow panel for publishers), and a language version translated beside
 * its source. Everything goes through {@link ArticleEditing}, which sanitises rich text and refuses too much of it.
 * A refused save shows each reason beside its field with everything typed kept; a save over someone else's shows
 * the editor's own text again, the saved version beside it, and the version to save over deliberately.
 */
@Controller
class ArticleEditController {

    private final ArticleEditing editing;
    private final Workflow workflow;
    private final ArticlePageModel pages;
    private final SiteLanguages languages;

    ArticleEditController(ArticleEditing editing, Workflow workflow, ArticlePageModel pages, SiteLanguages languages) {
        this.editing = editing;
        this.workflow = workflow;
        this.pages = pages;
        this.languages = languages;
    }

    @GetMapping("/admin/articles/new")
    String newArticle(Locale locale, Model model) {
        ArticleFields blank = new ArticleFields(ArticleType.NEWS.code(), "", "", "", Map.of());
        return pages.edit(null, blank, null, List.of(), null, locale, model);
    }

    @PostMapping("/admin/articles")
    String create(HttpServletRequest request, Locale locale, Model model, RedirectAttributes redirect) {
        ArticleFields fields = ArticleFields.read(request, tags());
        List<Problem> problems = new ArrayList<>();
        ArticleForm form = fields.form(problems);
        if (!problems.isEmpty()) {
            return pages.edit(null, fields, null, problems, null, locale, model);
        }
        EditResult<ArticleForm> result = editing.create(form, me());
        if (!result.saved()) {
            return pages.edit(null, fields, null, result.problems(), null, locale, model);
        }
        redirect.addFlashAttribute("notice", "backoffice.article.created");
        return "redirect:/admin/articles/" + result.state().item().id();
    }

    @GetMapping("/admin/articles/{id}")
    String edit(@PathVariable String id, Locale locale, Model model) {
        long article = id(id);
        ItemState state = state(article);
        return pages.edit(state, ArticleFields.of(editing.form(article)), state.version(), List.of(), null, locale, model);
    }

    @PostMapping("/admin/articles/{id}")
    String update(@PathVariable String id, HttpServletRequest request, Locale locale, Model model, RedirectAttributes redirect) {
        long article = id(id);
        ItemState state = state(article);
        ArticleFields fields = ArticleFields.read(request, tags()).keeping(editing.form(article), tags());
        Long version = version(request);
        List<Problem> problems = new ArrayList<>();
        ArticleForm form = fields.form(problems);
        if (version == null) {
            problems.add(Problem.of("", "backoffice.article.version-missing"));
        }
        if (!problems.isEmpty()) {
            return pages.edit(state, fields, version == null ? state.version() : version, problems, null, locale, model);
        }
        EditResult<ArticleForm> result = editing.update(article, version, form, me());
        return switch (result.outcome()) {
            case SAVED -> {
                redirect.addFlashAttribute("notice", "backoffice.article.saved");
                yield "redirect:/admin/articles/" + article;
            }
            case REFUSED -> pages.edit(state, fields, version, result.problems(), null, locale, model);
            case CONFLICT -> pages.edit(result.state(), fields, result.state().version(), List.of(),
                    pages.conflict(result.state(), editing.form(article), locale), locale, model);
        };
    }

    @GetMapping("/admin/articles/{id}/translations/{lang}")
    String translation(@PathVariable String id, @PathVariable String lang, @RequestParam(defaultValue = "") String from,
                       Locale locale, Model model) {
        long article = id(id);
        String target = language(lang);
        ItemState state = state(article);
        ArticleForm form = editing.form(article);
        String source = source(form, target, from);
        ArticleVersion version = form.versions().get(target);
        boolean started = version == null;
        if (started) {
            version = source == null ? ArticleVersion.of("", "", "") : editing.startTranslation(article, source);
        }
        model.addAttribute("started", started);
        return pages.translation(state, form, target, source, version, state.version(), List.of(), null, locale, model);
    }

    @PostMapping("/admin/articles/{id}/translations/{lang}")
    String saveTranslation(@PathVariable String id, @PathVariable String lang, @RequestParam(defaultValue = "") String from,
                           HttpServletRequest request, Locale locale, Model model, RedirectAttributes redirect) {
        long article = id(id);
        String target = language(lang);
        ItemState state = state(article);
        ArticleForm current = editing.form(article);
        String source = source(current, target, from);
        ArticleVersion typed = ArticleFields.version(request, target);
        Long version = version(request);
        if (version == null) {
            return pages.translation(state, current, target, source, typed, state.version(),
                    List.of(Problem.of("", "backoffice.article.version-missing")), null, locale, model);
        }
        // The other language versions are sent as they are stored: the version check refuses the save if they changed.
        Map<String, ArticleVersion> versions = new LinkedHashMap<>(current.versions());
        versions.put(target, typed);
        ArticleForm form = new ArticleForm(current.type(), current.eventId(), current.leadPhotoId(), current.accreditationDeadline(), versions);
        EditResult<ArticleForm> result = editing.update(article, version, form, me());
        return switch (result.outcome()) {
            case SAVED -> {
                redirect.addFlashAttribute("notice", "backoffice.translation.saved");
                yield "redirect:/admin/articles/" + article + "/translations/" + target + (source == null ? "" : "?from=" + source);
            }
            case REFUSED -> pages.translation(state, current, target, source, typed, version, result.problems(), null, locale, model);
            case CONFLICT -> pages.translation(result.state(), editing.form(article), target, source, typed, result.state().version(),
                    List.of(), pages.conflict(result.state(), editing.form(article), locale), locale, model);
        };
    }

    /** The language to translate from: the one asked for if it has a version, else the first other one that has. */
    private String source(ArticleForm form, String target, String asked) {
        if (!asked.equals(target) && form.versions().containsKey(asked)) {
            return asked;
        }
        return tags().stream().filter(tag -> !tag.equals(target) && form.versions().containsKey(tag)).findFirst()
                .orElse(form.versions().keySet().stream().filter(tag -> !tag.equals(target)).findFirst().orElse(null));
    }

    private List<String> tags() {
        return languages.supported().stream().map(Locale::toLanguageTag).toList();
    }

    private String language(String lang) {
        return tags().stream().filter(lang::equals).findFirst().orElseThrow(ArticleEditController::notFound);
    }

    private ItemState state(long id) {
        try {
            return workflow.state(ContentItem.article(id));
        } catch (EditorialRefusal missing) {
            throw notFound();
        }
    }

    private static long id(String id) {
        if (!id.matches("\\d{1,18}")) {
            throw notFound();
        }
        return Long.parseLong(id);
    }

    private static Long version(HttpServletRequest request) {
        String version = Optional.ofNullable(request.getParameter("version")).orElse("").strip();
        return version.matches("\\d{1,18}") ? Long.valueOf(version) : null;
    }

    static boolean canPublish() {
        return StaffAccounts.signedInRoles().contains(StaffRole.PUBLISHER);
    }

    private static UUID me() {
        return StaffAccounts.signedIn().map(AccountPrincipal::id).orElseThrow();
    }

    private static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
}
