package org.pressroom.backoffice;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The audit log for administrators: newest first, paged, filtered by action, item type, person and dates. */
@Controller
class AuditController {

    private final AuditLog audit;
    private final BackofficeProperties properties;

    AuditController(AuditLog audit, BackofficeProperties properties) {
        this.audit = audit;
        this.properties = properties;
    }

    @GetMapping("/admin/audit")
    String audit(@RequestParam(defaultValue = "") String action, @RequestParam(defaultValue = "") String type,
                 @RequestParam(defaultValue = "") String actor, @RequestParam(defaultValue = "") String from,
                 @RequestParam(defaultValue = "") String to, @RequestParam(defaultValue = "1") String page, Model model) {
        List<String> notices = new ArrayList<>();
        LocalDate fromDate = date(from, "backoffice.audit.bad-from", notices);
        LocalDate toDate = date(to, "backoffice.audit.bad-to", notices);
        Instant start = fromDate == null ? Instant.EPOCH : fromDate.atStartOfDay(ZoneOffset.UTC).toInstant();
        Instant end = toDate == null ? Instant.parse("9999-01-01T00:00:00Z") : toDate.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        String actorText = actor.strip().length() > 200 ? actor.strip().substring(0, 200) : actor.strip();
        AuditLog.Filter filter = new AuditLog.Filter(action.strip(), type.strip(), actorText, start, end);
        int wanted = pageNumber(page);
        Page<AuditLog.Entry> entries = audit.search(filter, wanted - 1, properties.auditPageSize());
        if (entries.getTotalPages() > 0 && wanted > entries.getTotalPages()) {
            wanted = entries.getTotalPages();
            entries = audit.search(filter, wanted - 1, properties.auditPageSize());
        }
        model.addAttribute("entries", entries);
        model.addAttribute("page", wanted);
        model.addAttribute("actions", audit.actions());
        model.addAttribute("itemTypes", audit.itemTypes());
        model.addAttribute("action", action.strip());
        model.addAttribute("type", type.strip());
        model.addAttribute("actor", actorText);
        model.addAttribute("from", fromDate == null ? "" : fromDate.toString());
        model.addAttribute("to", toDate == null ? "" : toDate.toString());
        model.addAttribute("notices", notices);
        return "backoffice/audit";
    }

    private static LocalDate date(String text, String notice, List<String> notices) {
        if (text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            notices.add(notice);
            return null;
        }
    }

    private static int pageNumber(String text) {
        try {
            return Math.max(1, Integer.parseInt(text.strip()));
        } catch (NumberFormatException e) {
            return 1;
        }
    }
}
