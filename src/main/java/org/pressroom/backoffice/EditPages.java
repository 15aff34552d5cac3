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
    private final java.time.Clock clock;

    EditPages(PreviewLinks previews, EditorialListing listing, SiteLanguages languages, java.time.Clock clock) {
        this.clock = clock;
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

    /** The end of the item's embargo while it still holds; null when it has none or its time has passed. */
    static java.time.Instant embargoHolds(ItemState state, java.time.Clock clock) {
        return state != null && state.embargoedAt(clock.instant()) ? state.embargoUntil() : null;
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
        model.addAttribute("embargoHolds", embargoHolds(state, clock));
        model.addAttribute("preview", previews.link(state.item(), lang));
        model.addAttribute("canPublish", canPublish());
        model.addAttribute("returnTo", page);
    }

    /**
     * One line of the summary on top: the reason, after the name of its field (a message key, with the number of a
     * turn or photo when it has one) and, for a language version, the language's name.
     */
    record SummaryLine(String language, String label, Integer number, EditorialRefusal.Problem problem) {
    }

    /** Labels of the fields the services name, by the last part of the field's name. */
    private static final Map<String, String> LABELS = Map.ofEntries(Map.entry("type", "backoffice.transcript.type"),
            Map.entry("delivery", "backoffice.transcript.delivery"), Map.entry("deliveredAt", "backoffice.transcript.delivered-at"),
            Map.entry("originalLang", "transcript.original"), Map.entry("eventId", "backoffice.media.event"),
            Map.entry("pasted", "backoffice.transcript.paste"), Map.entry("credit", "photo.credit"),
            Map.entry("photographer", "photo.photographer"), Map.entry("takenAt", "backoffice.photo.taken-at"),
            Map.entry("place", "backoffice.photo.place"), Map.entry("download", "backoffice.photo.download"),
            Map.entry("photoIds", "backoffice.gallery.photos"), Map.entry("title", "backoffice.media.title"),
            Map.entry("slug", "backoffice.media.slug"), Map.entry("caption", "backoffice.photo.caption"),
            Map.entry("altText", "backoffice.photo.alt-text"), Map.entry("restriction", "backoffice.photo.restriction"),
            Map.entry("description", "backoffice.gallery.description"), Map.entry("speakers", "backoffice.transcript.speakers"),
            Map.entry("turns", "backoffice.transcript.turns"), Map.entry("turns.text", "backoffice.transcript.words"),
            Map.entry("turns.speaker", "backoffice.transcript.speaker"));
    private static final java.util.regex.Pattern FIELD =
            java.util.regex.Pattern.compile("(?:versions\\.([a-z]{2,3}(?:-[A-Za-z0-9]+)?)\\.)?([a-zA-Z]+)(?:\\[(\\d+)])?(?:\\.([a-zA-Z]+))?");

    /** The reasons of a refusal by field, and the summary that lists them all, each after its field's name. */
    static void problems(Model model, List<EditorialRefusal.Problem> problems) {
        Map<String, List<EditorialRefusal.Problem>> byField = new LinkedHashMap<>();
        problems.forEach(p -> byField.computeIfAbsent(p.field(), f -> new ArrayList<>()).add(p));
        model.addAttribute("problems", byField);
        model.addAttribute("problemList", problems);
        Locale ui = org.springframework.context.i18n.LocaleContextHolder.getLocale();
        model.addAttribute("summary", problems.stream().map(p -> {
            java.util.regex.Matcher m = FIELD.matcher(p.field());
            if (!m.matches()) {
                return new SummaryLine(null, null, null, p);
            }
            String language = m.group(1) == null ? null : Locale.forLanguageTag(m.group(1)).getDisplayLanguage(ui);
            String label = LABELS.get(m.group(4) == null ? m.group(2) : m.group(2) + "." + m.group(4));
            boolean numbered = label != null && m.group(4) != null;
            return new SummaryLine(language, label, numbered ? Integer.valueOf(m.group(3)) : null, p);
        }).toList());
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
        // To the second (the fields take seconds), so that a save keeps the seconds a camera wrote.
        return time == null ? "" : LocalDateTime.ofInstant(time.truncatedTo(ChronoUnit.SECONDS), ZoneOffset.UTC).toString();
    }

    static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
}
