package org.pressroom.backoffice;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import org.pressroom.account.StaffAccounts;
import org.pressroom.account.StaffRole;
import org.pressroom.content.Access;
import org.pressroom.content.ContentItem;
import org.pressroom.content.Coverage;
import org.pressroom.content.EditorialRefusal;
import org.pressroom.content.EditorialRefusal.Problem;
import org.pressroom.content.EventEditing;
import org.pressroom.content.EventEditing.EventForm;
import org.pressroom.content.EventEditing.ProgrammeEntry;
import org.pressroom.content.ItemState;
import org.pressroom.content.PreviewLinks;
import org.pressroom.content.Workflow;
import org.pressroom.site.SiteLanguages;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.server.ResponseStatusException;

/**
 * What the event page shows: the event's form, its state and publication actions, and its programme day by day
 * with the item form and the transcripts, photos and videos an item can link to. Controllers put what the editor
 * sent (and what was wrong with it) in the model first; the rest is read here.
 */
@Component
class EventEditPage {

    public record Language(String tag, String name) {
    }

    /** One day of the programme, numbered from 1. */
    public record Day(int number, LocalDate date, List<Row> rows) {
    }

    /** An item as the programme lists it; {@code up}/{@code down}: whether it can change places with a neighbour. */
    public record Row(ProgrammeEntry entry, String title, boolean up, boolean down, List<String> links) {
    }

    private final EventEditing editing;
    private final Workflow workflow;
    private final PreviewLinks previews;
    private final ProgrammeLinks links;
    private final FormProblems problems;
    private final SiteLanguages languages;
    private final MessageSource messages;
    private final ZoneId officeZone;
    private final Clock clock;

    EventEditPage(EventEditing editing, Workflow workflow, PreviewLinks previews, ProgrammeLinks links, FormProblems problems,
                  SiteLanguages languages, MessageSource messages, @Value("${pressroom.content.time-zone}") ZoneId officeZone,
                  Clock clock) {
        this.editing = editing;
        this.workflow = workflow;
        this.previews = previews;
        this.links = links;
        this.problems = problems;
        this.languages = languages;
        this.messages = messages;
        this.officeZone = officeZone;
        this.clock = clock;
    }

    List<String> languages() {
        return languages.supported().stream().map(Locale::getLanguage).toList();
    }

    /** The event's state; 404 for an event that does not exist. */
    ItemState state(long id) {
        try {
            return workflow.state(ContentItem.event(id));
        } catch (EditorialRefusal missing) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
    }

    /** The new-event page; {@code fields} and {@code problems} may already be in the model. */
    String showNew(Model model, Locale locale) {
        model.addAttribute("eventId", null);
        if (!model.containsAttribute("fields")) {
            model.addAttribute("fields", EventFields.blank(LocalDate.ofInstant(clock.instant(), officeZone), officeZone.getId(), languages()));
        }
        common(model, locale);
        return "backoffice/event";
    }

    /** An event's page; the version its forms are based on is the one in the model, or else the current one. */
    String show(long id, Model model, Locale locale) {
        ItemState state = state(id);
        EventForm saved = editing.form(id);
        List<ProgrammeEntry> programme = editing.programme(id);
        model.addAttribute("eventId", id);
        model.addAttribute("state", state);
        model.addAttribute("now", clock.instant());
        model.addAttribute("heading", title(saved.versions().entrySet().stream()
                .collect(LinkedHashMap::new, (m, e) -> m.put(e.getKey(), e.getValue().title()), Map::putAll), locale));
        if (!model.containsAttribute("version")) {
            model.addAttribute("version", state.version());
        }
        if (!model.containsAttribute("fields")) {
            model.addAttribute("fields", EventFields.of(saved, languages()));
        }
        String previewLang = saved.versions().containsKey(locale.getLanguage()) ? locale.getLanguage()
                : saved.versions().keySet().stream().findFirst().orElse(null);
        model.addAttribute("preview", previewLang == null ? null : previews.link(state.item(), previewLang));
        model.addAttribute("canPublish", StaffAccounts.signedInRoles().contains(StaffRole.PUBLISHER));
        model.addAttribute("returnTo", "/admin/events/" + id);

        if (!model.containsAttribute("item")) {
            model.addAttribute("item", ProgrammeFields.blank(saved.startsOn().toString(), languages()));
        }
        Map<String, List<ProgrammeLinks.Choice>> choices = links.choices((ProgrammeFields) model.getAttribute("item"), programme, locale);
        model.addAttribute("choices", choices);
        model.addAttribute("days", days(saved, programme, choices, locale));
        model.addAttribute("firstDay", saved.startsOn());
        model.addAttribute("lastDay", saved.endsOn());
        if (!model.containsAttribute("itemProblems")) {
            model.addAttribute("itemProblems", FormProblems.Problems.NONE);
        }
        common(model, locale);
        return "backoffice/event";
    }

    private void common(Model model, Locale locale) {
        if (!model.containsAttribute("eventProblems")) {
            model.addAttribute("eventProblems", FormProblems.Problems.NONE);
        }
        model.addAttribute("languages", languages().stream().map(tag -> new Language(tag, name(tag, locale))).toList());
        String chosen = ((EventFields) model.getAttribute("fields")).timeZone();
        model.addAttribute("zones", ZoneId.getAvailableZoneIds().stream().filter(zone -> zone.contains("/") && !zone.startsWith("Etc/")
                || zone.equals("UTC") || zone.equals(chosen)).sorted().toList());
        model.addAttribute("countries", Arrays.stream(Locale.getISOCountries())
                .map(code -> new Language(code, new Locale("", code).getDisplayCountry(locale)))
                .sorted(Comparator.comparing(Language::name)).toList());
        model.addAttribute("accesses", Access.values());
        model.addAttribute("coverages", Coverage.values());
    }

    /** Problems of the event form, beside its fields and in a summary. */
    FormProblems.Problems eventProblems(List<Problem> refused, Locale locale) {
        return problems.event(refused, locale);
    }

    /** Problems of the programme item form. */
    FormProblems.Problems itemProblems(List<Problem> refused, Locale locale) {
        return problems.item(refused, locale);
    }

    private List<Day> days(EventForm event, List<ProgrammeEntry> programme, Map<String, List<ProgrammeLinks.Choice>> choices, Locale locale) {
        Map<String, Map<Long, String>> titles = new LinkedHashMap<>();
        choices.forEach((kind, offered) -> {
            Map<Long, String> byId = new LinkedHashMap<>();
            offered.forEach(choice -> byId.put(choice.id(), choice.title()));
            titles.put(kind, byId);
        });
        List<Day> days = new ArrayList<>();
        int number = 1;
        for (LocalDate date = event.startsOn(); !date.isAfter(event.endsOn()); date = date.plusDays(1)) {
            LocalDate day = date;
            List<ProgrammeEntry> ofDay = programme.stream().filter(entry -> entry.date().equals(day)).toList();
            List<Row> rows = new ArrayList<>();
            for (int i = 0; i < ofDay.size(); i++) {
                ProgrammeEntry entry = ofDay.get(i);
                LocalTime at = entry.startsAt();
                List<String> links = new ArrayList<>();
                entry.videos().forEach(id -> links.add(linked("video", id, titles, locale)));
                entry.transcripts().forEach(id -> links.add(linked("transcript", id, titles, locale)));
                entry.photos().forEach(id -> links.add(linked("photo", id, titles, locale)));
                rows.add(new Row(entry, title(entry.titles(), locale), i > 0 && ofDay.get(i - 1).startsAt().equals(at),
                        i < ofDay.size() - 1 && ofDay.get(i + 1).startsAt().equals(at), links));
            }
            days.add(new Day(number++, day, rows));
        }
        return days;
    }

    private String linked(String kind, long id, Map<String, Map<Long, String>> titles, Locale locale) {
        return messages.getMessage("backoffice.programme.link." + kind, new Object[] {titles.get(kind).getOrDefault(id, "#" + id)}, locale);
    }

    /** The title in the reader's language, or else the first there is. */
    private static String title(Map<String, String> titles, Locale locale) {
        String mine = titles.get(locale.getLanguage());
        return mine != null && !mine.isBlank() ? mine : titles.values().stream().filter(Objects::nonNull).findFirst().orElse("");
    }

    static String name(String tag, Locale locale) {
        String name = Locale.forLanguageTag(tag).getDisplayLanguage(locale);
        return name.isEmpty() ? tag : name.substring(0, 1).toUpperCase(locale) + name.substring(1);
    }
}
