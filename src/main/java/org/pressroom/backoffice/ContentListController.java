package org.pressroom.backoffice;

import java.time.Clock;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

import org.pressroom.content.ContentKind;
import org.pressroom.content.EditorialListing;
import org.pressroom.content.PreviewLinks;
import org.pressroom.content.PublicationStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Every editorial item in one list, drafts and embargoed ones included, filtered by kind and status, each with a
 * signed preview link that shows it as readers will see it.
 */
@Controller
class ContentListController {

    /** Where each kind's items are written (new: {@code /new}; one item: {@code /<id>}). */
    static final java.util.Map<String, String> EDIT_PATHS = java.util.Map.of(
            ContentKind.ARTICLE.code(), "/admin/articles", ContentKind.EVENT.code(), "/admin/events",
            ContentKind.TRANSCRIPT.code(), "/admin/transcripts", ContentKind.PHOTO.code(), "/admin/photos",
            ContentKind.GALLERY.code(), "/admin/galleries");

    private final EditorialListing listing;
    private final PreviewLinks previews;
    private final Clock clock;

    ContentListController(EditorialListing listing, PreviewLinks previews, Clock clock) {
        this.listing = listing;
        this.previews = previews;
        this.clock = clock;
    }

    @GetMapping("/admin/content")
    String list(@RequestParam(defaultValue = "") String kind, @RequestParam(defaultValue = "") String status,
                @RequestParam(defaultValue = "1") String page, Locale locale, Model model) {
        Optional<ContentKind> chosenKind = ContentKind.fromCode(kind);
        Optional<PublicationStatus> chosenStatus = Arrays.stream(PublicationStatus.values())
                .filter(s -> s.name().equalsIgnoreCase(status)).findFirst();
        int number = page.matches("\\d{1,6}") ? Math.max(1, Integer.parseInt(page)) : 1;
        boolean ignored = (!kind.isEmpty() && chosenKind.isEmpty()) || (!status.isEmpty() && chosenStatus.isEmpty())
                || !page.matches("\\d{1,6}");
        EditorialListing.Page items = listing.list(chosenKind.orElse(null), chosenStatus.orElse(null), locale.getLanguage(), number);
        model.addAttribute("items", items);
        model.addAttribute("kinds", ContentKind.values());
        model.addAttribute("editPaths", EDIT_PATHS);
        model.addAttribute("statuses", PublicationStatus.values());
        model.addAttribute("kind", chosenKind.map(ContentKind::code).orElse(""));
        model.addAttribute("status", chosenStatus.map(Enum::name).orElse(""));
        model.addAttribute("ignored", ignored);
        model.addAttribute("now", clock.instant());
        model.addAttribute("canPublish", org.pressroom.account.StaffAccounts.signedInRoles().contains(org.pressroom.account.StaffRole.PUBLISHER));
        model.addAttribute("returnTo", "/admin/content?kind=" + kind(chosenKind) + "&status=" + chosenStatus.map(Enum::name).orElse("")
                + "&page=" + number);
        model.addAttribute("previews", items.rows().stream().collect(java.util.stream.Collectors.toMap(
                row -> row.item().key(), row -> previews.link(row.item(), row.lang() == null ? locale.getLanguage() : row.lang()))));
        return "backoffice/content";
    }

    private static String kind(Optional<ContentKind> kind) {
        return kind.map(ContentKind::code).orElse("");
    }
}
