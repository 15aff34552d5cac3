package org.pressroom.backoffice;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.pressroom.account.StaffAccounts;
import org.pressroom.account.StaffMember;
import org.pressroom.content.ArticleEditing;
import org.pressroom.content.ArticleEditing.ArticleForm;
import org.pressroom.content.ArticleEditing.ArticleVersion;
import org.pressroom.content.ArticleType;
import org.pressroom.content.ContentKind;
import org.pressroom.content.EditorialListing;
import org.pressroom.content.EditorialRefusal.Problem;
import org.pressroom.content.ItemState;
import org.pressroom.content.PreviewLinks;
import org.pressroom.content.Revisions;
import org.pressroom.site.SiteLanguages;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.util.unit.DataSize;

/** What the article edit and translation pages show besides the form's values. */
@Component
class ArticlePageModel {

    /** An item to choose in a select: its id and its title. */
    public record Option(long id, String label) {
    }

    /**
     * Someone else's save that came between: who, when (as the back office writes times), and what they saved.
     */
    public record Conflict(String name, String at, ArticleForm theirs) {
    }

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    private final ArticleEditing editing;
    private final EditorialListing listing;
    private final PreviewLinks previews;
    private final Revisions revisions;
    private final StaffAccounts staff;
    private final SiteLanguages languages;
    private final MessageSource messages;
    private final long maxPost;
    private final java.time.Clock clock;

    ArticlePageModel(ArticleEditing editing, EditorialListing listing, PreviewLinks previews, Revisions revisions, StaffAccounts staff,
                     SiteLanguages languages, MessageSource messages,
                     @Value("${server.tomcat.max-http-form-post-size:2MB}") DataSize maxPost, java.time.Clock clock) {
        this.clock = clock;
        this.editing = editing;
        this.listing = listing;
        this.previews = previews;
        this.revisions = revisions;
        this.staff = staff;
        this.languages = languages;
        this.messages = messages;
        this.maxPost = maxPost.toBytes();
    }

    /**
     * The edit page (or the new-article page when {@code state} is null).
     *
     * @param version the version the next save is based on, for the hidden field
     */
    String edit(ItemState state, ArticleFields fields, Long version, List<Problem> problems, Conflict conflict,
                Locale locale, Model model) {
        common(state, version, problems, conflict, locale, model);
        model.addAttribute("fields", fields);
        model.addAttribute("types", ArticleType.values());
        model.addAttribute("advisory", ArticleType.MEDIA_ADVISORY.code().equals(fields.type()));
        model.addAttribute("events", options(ContentKind.EVENT, fields.eventId(), locale));
        model.addAttribute("photos", options(ContentKind.PHOTO, fields.leadPhotoId(), locale));
        return "backoffice/article";
    }

    /** The translation page: the source version read-only beside the target's form. */
    String translation(ItemState state, ArticleForm stored, String target, String source, ArticleVersion typed, Long version,
                       List<Problem> problems, Conflict conflict, Locale locale, Model model) {
        common(state, version, problems, conflict, locale, model);
        model.addAttribute("target", target);
        model.addAttribute("source", source);
        model.addAttribute("sourceVersion", source == null ? null : stored.versions().get(source));
        model.addAttribute("sources", stored.versions().keySet().stream().filter(tag -> !tag.equals(target)).sorted().toList());
        model.addAttribute("typed", typed);
        model.addAttribute("advisory", stored.type() == ArticleType.MEDIA_ADVISORY);
        if (!model.containsAttribute("started")) {
            model.addAttribute("started", false);
        }
        return "backoffice/article-translation";
    }

    Conflict conflict(ItemState current, ArticleForm theirs, Locale locale) {
        Revisions.Revision last = revisions.history(current.item()).get(0);
        String name = last.accountId() == null ? messages.getMessage("backoffice.article.conflict.scheduled", null, locale)
                : staff.member(last.accountId()).map(StaffMember::name).orElse(last.accountId().toString().substring(0, 8));
        return new Conflict(name, TIME.format(last.at()), theirs);
    }

    private void common(ItemState state, Long version, List<Problem> problems, Conflict conflict, Locale locale, Model model) {
        List<String> tags = languages.supported().stream().map(Locale::toLanguageTag).toList();
        model.addAttribute("state", state);
        model.addAttribute("embargoHolds", EditPages.embargoHolds(state, clock));
        model.addAttribute("id", state == null ? null : state.item().id());
        model.addAttribute("version", version);
        model.addAttribute("languages", tags);
        model.addAttribute("languageNames", tags.stream().collect(Collectors.toMap(tag -> tag,
                tag -> Locale.forLanguageTag(tag).getDisplayLanguage(locale), (a, b) -> a, LinkedHashMap::new)));
        if (model.getAttribute("problems") instanceof List<?> refusedAction) {
            // A publication action refused on the workflow panel comes back here in words.
            model.addAttribute("workflowProblems", refusedAction);
        }
        model.addAttribute("problemList", problems);
        model.addAttribute("problems", problems.stream().collect(Collectors.groupingBy(Problem::field)));
        model.addAttribute("conflict", conflict);
        model.addAttribute("canPublish", ArticleEditController.canPublish());
        model.addAttribute("maxPost", maxPost);
        model.addAttribute("maxPostMegabytes", Math.max(1, maxPost / (1024 * 1024)));
        if (state != null) {
            long id = state.item().id();
            ArticleForm stored = editing.form(id);
            model.addAttribute("number", editing.pressReleaseNumber(id).orElse(null));
            model.addAttribute("updated", state.updatedAt() == null ? null : TIME.format(state.updatedAt()));
            model.addAttribute("previews", stored.versions().keySet().stream()
                    .collect(Collectors.toMap(tag -> tag, tag -> previews.link(state.item(), tag), (a, b) -> a, LinkedHashMap::new)));
            model.addAttribute("name", stored.versions().values().stream().map(ArticleVersion::title).findFirst()
                    .orElse(messages.getMessage("backoffice.content.untitled", null, locale)));
            model.addAttribute("returnTo", "/admin/articles/" + id);
        }
    }

    /** The most recently changed items of the kind, and the chosen one if it is not among them. */
    private List<Option> options(ContentKind kind, String chosen, Locale locale) {
        List<Option> options = new ArrayList<>(listing.list(kind, null, locale.getLanguage(), 1).rows().stream()
                .map(row -> new Option(row.item().id(), row.title() == null ? "#" + row.item().id() : row.title())).toList());
        if (chosen.matches("\\d{1,18}") && options.stream().noneMatch(o -> o.id() == Long.parseLong(chosen))) {
            options.add(0, new Option(Long.parseLong(chosen), "#" + chosen));
        }
        return options;
    }
}
