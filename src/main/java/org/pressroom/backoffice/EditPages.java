package org.pressroom.backoffice;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
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
import org.pressroom.content.ContentKind;
import org.pressroom.content.EditorialListing;
import org.pressroom.content.EditorialRefusal;
import org.pressroom.content.ItemState;
import org.pressroom.content.PreviewLinks;
import org.pressroom.site.SiteLanguages;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.server.ResponseStatusException;

/**
 * What the transcript, photo and gallery edit pages share: the item's state with its preview and history links and,
 * for publishers, the workflow panel; the events to link to; the site's languages; reading form values as sent; and
 * each refusal's reasons arranged by field, so that every reason shows beside its field and in the summary on top.
 */
@Component
class EditPages {

    /** A language a version can be written in, with its name in itself and in the back office's language. */
    record Language(String tag, String name, String here) {
    }

    /** An event to link an item to. */
    record EventChoice(long id, String title) {
    }

    private final PreviewLinks previews;
    private final EditorialListing listing;
    private final SiteLanguages languages;

    EditPages(PreviewLinks previews, EditorialListing listing, SiteLanguages languages) {
        this.previews = previews;
        this.listing = listing;
        this.languages = languages;
    }

    List<Language> languages(Locale ui) {
        return languages.supported().stream()
                .map(l -> new Language(l.getLanguage(), SiteLanguages.capitalised(l), l.getDisplayLanguage(ui))).toList();
    }

    boolean supported(String lang) {
        return lang != null && languages.find(lang).filter(l -> l.getLanguage().equals(lang)).isPresent();
    }

    /** The language of the back office, when content can be written in it, else the site's first. */
    String language(Locale locale) {
        return supported(locale.getLanguage()) ? locale.getLanguage() : languages.defaultLocale().getLanguage();
    }

    /** The most recent events (and the one already linked, if older), for the event field. */
    List<EventChoice> events(String lang, Long current) {
        List<EventChoice> events = new ArrayList<>(listing.list(ContentKind.EVENT, null, lang, 1).rows().stream()
                .map(row -> new EventChoice(row.item().id(), row.title() == null ? "#" + row.item().id() : row.title())).toList());
        if (current != null && events.stream().noneMatch(e -> e.id() == current)) {
            events.add(new EventChoice(current, "#" + current));
        }
        return events;
    }

    /** The item's state, its preview in {@code lang}, and where the workflow panel returns to. */
    void state(Model model, ItemState state, String lang, String page) {
        model.addAttribute("state", state);
        model.addAttribute("preview", previews.link(state.item(), lang));
        model.addAttribute("canPublish", canPublish());
        model.addAttribute("returnTo", page);
    }

    /** The reasons of a refusal by field; the summary lists them all. */
    static void problems(Model model, List<EditorialRefusal.Problem> problems) {
        Map<String, List<EditorialRefusal.Problem>> byField = new LinkedHashMap<>();
        problems.forEach(p -> byField.computeIfAbsent(p.field(), f -> new ArrayList<>()).add(p));
        model.addAttribute("problems", byField);
        model.addAttribute("problemList", problems);
    }

    /**
     * No reasons yet, unless a refusal already put them there; the words of a publication action refused from the
     * workflow panel (flashed as "problems") are shown apart.
     */
    static void noProblemsYet(Model model) {
        Object present = model.getAttribute("problems");
        if (!(present instanceof Map)) {
            if (present != null) {
                model.addAttribute("workflowProblems", present);
            }
            problems(model, List.of());
        }
    }

    static boolean canPublish() {
        return StaffAccounts.signedInRoles().contains(StaffRole.PUBLISHER);
    }

    static UUID me() {
        return StaffAccounts.signedIn().map(AccountPrincipal::id).orElseThrow();
    }

    static String value(HttpServletRequest request, String name) {
        return Optional.ofNullable(request.getParameter(name)).orElse("");
    }

    /** An id typed or chosen, or null when none is; {@code problems} gets a reason when it is not a number. */
    static Long id(String value, String field, List<EditorialRefusal.Problem> problems) {
        if (value.isBlank()) {
            return null;
        }
        if (!value.strip().matches("\\d{1,18}")) {
            problems.add(EditorialRefusal.Problem.of(field, "editorial.link.missing", value.strip()));
            return null;
        }
        return Long.parseLong(value.strip());
    }

    /** A {@code datetime-local} value, read in UTC as the back office shows times; null when empty or malformed. */
    static Instant time(String value, String field, List<EditorialRefusal.Problem> problems) {
        if (value.isBlank()) {
            return null;
        }
        try {
            return LocalDateTime.parse(value.strip()).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException malformed) {
            problems.add(EditorialRefusal.Problem.of(field, "backoffice.workflow.bad-time", value));
            return null;
        }
    }

    /** A time as a {@code datetime-local} value, in UTC. */
    static String timeValue(Instant time) {
        return time == null ? "" : LocalDateTime.ofInstant(time.truncatedTo(ChronoUnit.MINUTES), ZoneOffset.UTC).toString();
    }

    static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
}
