package org.pressroom.backoffice;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;

import org.pressroom.account.StaffAccounts;
import org.pressroom.content.Workflow;
import org.pressroom.delivery.DownloadStatistics;
import org.pressroom.media.ProcessingQueue;
import org.pressroom.media.PublishedVideos;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.pressroom.site.SiteLanguages;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The back office's dashboard (processing queue, downloads, newest accounts) and its language switch. */
@Controller
class BackofficeController {

    static final int CHART_DAYS = 14;

    private final StaffAccounts staff;
    private final SiteLanguages languages;
    private final ProcessingQueue queue;
    private final DownloadStatistics statistics;
    private final PublishedVideos videos;
    private final AuditLog audit;
    private final Workflow workflow;
    private final Clock clock;

    BackofficeController(StaffAccounts staff, SiteLanguages languages, ProcessingQueue queue, DownloadStatistics statistics,
                         PublishedVideos videos, AuditLog audit, Workflow workflow, Clock clock) {
        this.workflow = workflow;
        this.staff = staff;
        this.languages = languages;
        this.queue = queue;
        this.statistics = statistics;
        this.videos = videos;
        this.audit = audit;
        this.clock = clock;
    }

    @GetMapping("/admin")
    String dashboard(Model model) {
        model.addAttribute("newestAccounts", staff.newestAccounts());
        model.addAttribute("upcoming", workflow.upcoming());
        model.addAttribute("downloads", DownloadChart.of(statistics, videos, LocalDate.now(clock.withZone(ZoneOffset.UTC)),
                CHART_DAYS, ZoneOffset.UTC));
        processing(model);
        return "backoffice/dashboard";
    }

    /** The processing queue alone, polled by the dashboard every 2 s while something is in it. */
    @GetMapping("/admin/processing")
    String processing(Model model) {
        model.addAttribute("active", queue.active());
        model.addAttribute("failed", queue.failed());
        return "backoffice/processing :: queue";
    }

    @PostMapping("/admin/processing/{id}/retry")
    @Transactional
    public String retry(@PathVariable long id, RedirectAttributes redirect) {
        if (queue.retry(id)) {
            audit.record("video.processing-retried", "video", Long.toString(id), java.util.Map.of("status", "FAILED"),
                    java.util.Map.of("status", "RECEIVED"));
            redirect.addFlashAttribute("notice", "backoffice.processing.retried");
        } else {
            redirect.addFlashAttribute("problem", "backoffice.processing.not-failed");
        }
        return "redirect:/admin";
    }

    /** Uploads of masters by drag and drop, resumable (tus), with their processing followed live. */
    @GetMapping("/admin/uploads")
    String uploads() {
        return "backoffice/uploads";
    }

    /** The back office has no language in its addresses: the choice is kept in a cookie, for a year. */
    @GetMapping("/admin/language")
    String language(@RequestParam(defaultValue = "") String lang, @RequestParam(defaultValue = "/admin") String returnTo,
                    HttpServletResponse response) {
        languages.find(lang).ifPresent(locale -> {
            Cookie cookie = new Cookie(SiteLanguages.LANGUAGE_COOKIE, locale.getLanguage());
            cookie.setPath("/");
            cookie.setHttpOnly(true);
            cookie.setMaxAge(365 * 24 * 3600);
            cookie.setAttribute("SameSite", "Lax");
            response.addCookie(cookie);
        });
        boolean ours = returnTo.startsWith("/admin") && !returnTo.startsWith("//") && !returnTo.contains("\\");
        return "redirect:" + (ours ? returnTo : "/admin");
    }
}
