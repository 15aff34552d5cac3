package org.pressroom.backoffice;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.pressroom.content.ContentKind;
import org.pressroom.content.EditorialListing;
import org.pressroom.content.EventEditing.ProgrammeEntry;
import org.pressroom.media.StaffVideos;
import org.springframework.stereotype.Component;

/**
 * What a programme item can link to, by title: the newest videos, transcripts and photos whatever their status, and
 * any already linked that those lists leave out (older ones), so that saving an item never drops a link unseen.
 */
@Component
class ProgrammeLinks {

    /** Items of each kind offered: the newest pages of the content list, the newest videos. */
    private static final int LIST_PAGES = 4;
    private static final int VIDEOS = 100;

    /** An item that can be linked. */
    public record Choice(long id, String title) {
    }

    private final EditorialListing listing;
    private final StaffVideos videos;

    ProgrammeLinks(EditorialListing listing, StaffVideos videos) {
        this.listing = listing;
        this.videos = videos;
    }

    /** By kind ({@code video}, {@code transcript}, {@code photo}): what the item form offers. */
    Map<String, List<Choice>> choices(ProgrammeFields item, List<ProgrammeEntry> programme, Locale locale) {
        Map<String, List<Choice>> choices = new LinkedHashMap<>();
        choices.put("video", videos.list(0, VIDEOS).getContent().stream().map(v -> new Choice(v.id(), v.title())).toList());
        choices.put("transcript", items(ContentKind.TRANSCRIPT, locale));
        choices.put("photo", items(ContentKind.PHOTO, locale));
        choices.replaceAll((kind, offered) -> withLinked(kind, offered, item, programme));
        return choices;
    }

    private List<Choice> items(ContentKind kind, Locale locale) {
        List<Choice> found = new ArrayList<>();
        for (int page = 1; page <= LIST_PAGES; page++) {
            EditorialListing.Page rows = listing.list(kind, null, locale.getLanguage(), page);
            rows.rows().forEach(row -> found.add(new Choice(row.item().id(), row.title() == null ? "#" + row.item().id() : row.title())));
            if (!rows.hasNext()) {
                break;
            }
        }
        return found;
    }

    private List<Choice> withLinked(String kind, List<Choice> offered, ProgrammeFields item, List<ProgrammeEntry> programme) {
        List<Choice> all = new ArrayList<>(offered);
        List<Long> linked = new ArrayList<>();
        programme.forEach(entry -> linked.addAll(linked(kind, entry)));
        item.linked(kind).stream().filter(id -> id.matches("\\d{1,18}")).map(Long::parseLong).forEach(linked::add);
        linked.stream().distinct().filter(id -> all.stream().noneMatch(choice -> choice.id() == id)).forEach(id -> all.add(new Choice(id,
                kind.equals("video") ? videos.find(id).map(StaffVideos.Row::title).orElse("#" + id) : "#" + id)));
        return all;
    }

    private static List<Long> linked(String kind, ProgrammeEntry entry) {
        return switch (kind) {
            case "transcript" -> entry.transcripts();
            case "photo" -> entry.photos();
            default -> entry.videos();
        };
    }
}
