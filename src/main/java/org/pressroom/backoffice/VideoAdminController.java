package org.pressroom.backoffice;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.data.domain.Page;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.pressroom.account.AccountPrincipal;
import org.pressroom.account.StaffAccounts;
import org.pressroom.account.StaffRole;
import org.pressroom.media.StaffVideos;
import org.pressroom.media.Timecode;
import org.pressroom.media.VideoEditing;
import org.pressroom.media.VideoType;

/**
 * The back office's videos: the list in every state, and a video's page with its preview player, its details and its
 * shot-list editor (times can be taken from the player). A form that comes back refused keeps every value typed; a
 * form opened before someone else's save is refused with that said, and its values are kept beside the current ones.
 */
@Controller
class VideoAdminController {

    /** Empty shot-list lines offered after the existing ones, for a browser without scripts. */
    static final int BLANK_LINES = 3;
    private static final int PAGE_SIZE = 25;
    private static final List<String> DOWNLOADS = List.of("PUBLIC", "ACCOUNT", "DISABLED");

    private final StaffVideos videos;
    private final VideoEditing editing;

    VideoAdminController(StaffVideos videos, VideoEditing editing) {
        this.videos = videos;
        this.editing = editing;
    }

    @GetMapping("/admin/videos")
    String list(@RequestParam(defaultValue = "1") String page, Model model) {
        int number = page.matches("\\d{1,6}") ? Math.max(1, Integer.parseInt(page)) : 1;
        Page<StaffVideos.Row> rows = videos.list(number - 1, PAGE_SIZE);
        model.addAttribute("videos", rows);
        model.addAttribute("page", number);
        return "backoffice/videos";
    }

    @GetMapping("/admin/videos/{id:\\d{1,18}}")
    String edit(@PathVariable long id, Model model) {
        VideoEditing.Editable editable = editing.editable(id).orElseThrow(VideoAdminController::notFound);
        if (!model.containsAttribute("details")) {
            model.addAttribute("details", editable.details());
            model.addAttribute("detailsVersion", editable.detailsVersion());
        }
        if (!model.containsAttribute("shots")) {
            model.addAttribute("shots", withBlanks(editable.shots()));
            model.addAttribute("shotsVersion", editable.shotsVersion());
        }
        model.addAttribute("video", videos.find(id).orElseThrow(VideoAdminController::notFound));
        model.addAttribute("preview", videos.preview(id).orElseThrow(VideoAdminController::notFound));
        model.addAttribute("editable", editable);
        model.addAttribute("length", editable.duration() > 0 ? Timecode.format(editable.duration()) : null);
        model.addAttribute("types", VideoType.values());
        model.addAttribute("downloads", DOWNLOADS);
        model.addAttribute("canPublish", canPublish());
        model.addAttribute("trackCount", Math.max(editable.audioTracks(), editable.details().audioLanguages().size()));
        if (!model.containsAttribute("detailsProblems")) {
            model.addAttribute("detailsProblems", Map.of());
        }
        if (!model.containsAttribute("shotProblems")) {
            model.addAttribute("shotProblems", Map.of());
        }
        return "backoffice/video";
    }

    @PostMapping("/admin/videos/{id:\\d{1,18}}/details")
    String details(@PathVariable long id, HttpServletRequest request, Model model, RedirectAttributes redirect) {
        VideoEditing.Editable current = editing.editable(id).orElseThrow(VideoAdminController::notFound);
        List<VideoEditing.Problem> problems = new ArrayList<>();
        LocalDate recorded = null;
        String date = value(request, "recordedOn");
        if (!date.isEmpty()) {
            try {
                recorded = LocalDate.parse(date);
            } catch (DateTimeParseException e) {
                problems.add(new VideoEditing.Problem("recordedOn", 0, "video.edit.recorded.range", List.of()));
            }
        }
        VideoType type = Arrays.stream(VideoType.values()).filter(t -> t.name().equals(value(request, "type"))).findFirst()
                .orElse(null);
        boolean publish = canPublish() ? "true".equals(value(request, "publish")) : current.details().publish();
        VideoEditing.Details details = new VideoEditing.Details(value(request, "title"), value(request, "summary"), recorded,
                value(request, "location"), type, values(request, "audioLanguage"), value(request, "credit"),
                value(request, "download"), value(request, "restriction"), publish);
        String version = value(request, "version");
        if (!problems.isEmpty()) {
            return refusedDetails(id, details, version, problems, model);
        }
        VideoEditing.Outcome outcome = editing.editDetails(id, version, details, me());
        if (outcome instanceof VideoEditing.Saved) {
            redirect.addFlashAttribute("notice", "backoffice.video.details.saved");
            return "redirect:/admin/videos/" + id;
        }
        if (outcome instanceof VideoEditing.Refused refused) {
            return refusedDetails(id, details, version, refused.problems(), model);
        }
        if (outcome instanceof VideoEditing.Conflict) {
            model.addAttribute("detailsConflict", true);
            return refusedDetails(id, details, version, List.of(), model);
        }
        throw notFound();
    }

    @PostMapping("/admin/videos/{id:\\d{1,18}}/shots")
    String shots(@PathVariable long id, HttpServletRequest request, Model model, RedirectAttributes redirect) {
        editing.editable(id).orElseThrow(VideoAdminController::notFound);
        List<String> at = values(request, "at");
        List<String> to = values(request, "to");
        List<String> kind = values(request, "kind");
        List<String> text = values(request, "text");
        List<String> speaker = values(request, "speaker");
        List<String> language = values(request, "language");
        List<VideoEditing.ShotLine> lines = new ArrayList<>();
        int count = Math.max(Math.max(at.size(), text.size()), Math.max(to.size(), kind.size()));
        for (int i = 0; i < count; i++) {
            lines.add(new VideoEditing.ShotLine(at(at, i), at(to, i), at(kind, i), at(text, i), at(speaker, i), at(language, i)));
        }
        List<VideoEditing.ShotLine> kept = lines.stream().filter(line -> !line.blank()).toList();
        String version = value(request, "version");
        VideoEditing.Outcome outcome = editing.editShots(id, version, kept, me());
        if (outcome instanceof VideoEditing.Saved) {
            redirect.addFlashAttribute("notice", "backoffice.video.shots.saved");
            return "redirect:/admin/videos/" + id + "#shot-list";
        }
        if (outcome instanceof VideoEditing.Refused refused) {
            return refusedShots(id, kept, version, refused.problems(), model);
        }
        if (outcome instanceof VideoEditing.Conflict) {
            model.addAttribute("shotsConflict", true);
            return refusedShots(id, kept, version, List.of(), model);
        }
        throw notFound();
    }

    private String refusedDetails(long id, VideoEditing.Details details, String version, List<VideoEditing.Problem> problems,
                                  Model model) {
        model.addAttribute("details", details);
        model.addAttribute("detailsVersion", version);
        model.addAttribute("detailsProblems", VideoEditing.byField(problems));
        model.addAttribute("detailsProblemList", problems);
        return edit(id, model);
    }

    private String refusedShots(long id, List<VideoEditing.ShotLine> lines, String version, List<VideoEditing.Problem> problems,
                                Model model) {
        model.addAttribute("shots", withBlanks(lines));
        model.addAttribute("shotsVersion", version);
        model.addAttribute("shotProblems", VideoEditing.byField(problems));
        model.addAttribute("shotProblemList", problems);
        return edit(id, model);
    }

    private static List<VideoEditing.ShotLine> withBlanks(List<VideoEditing.ShotLine> lines) {
        List<VideoEditing.ShotLine> all = new ArrayList<>(lines);
        for (int i = 0; i < BLANK_LINES; i++) {
            all.add(new VideoEditing.ShotLine("", "", "", "", "", ""));
        }
        return all;
    }

    private static boolean canPublish() {
        return StaffAccounts.signedInRoles().contains(StaffRole.PUBLISHER);
    }

    private static UUID me() {
        return StaffAccounts.signedIn().map(AccountPrincipal::id).orElse(null);
    }

    private static String value(HttpServletRequest request, String name) {
        return Optional.ofNullable(request.getParameter(name)).orElse("");
    }

    /** Every value of a repeated field, as sent (a comma inside a value stays in it). */
    private static List<String> values(HttpServletRequest request, String name) {
        String[] values = request.getParameterValues(name);
        return values == null ? List.of() : Arrays.asList(values);
    }

    private static String at(List<String> values, int index) {
        return index < values.size() ? values.get(index) : "";
    }

    private static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
}
