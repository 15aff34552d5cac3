package org.pressroom.backoffice;

import java.util.Map;

import org.pressroom.account.StaffAccounts;
import org.pressroom.account.TermsOfUse;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The versions of the terms of use, for administrators: which is in force, since when and by whom, and
 * publishing a new one (every account then accepts it again at its next download). The text itself is in the
 * settings ({@code pressroom.site.terms-of-use.<lang>}).
 */
@Controller
class TermsController {

    private final TermsOfUse terms;
    private final AuditLog audit;
    private final StaffAccounts staff;
    private final TransactionTemplate transaction;

    TermsController(TermsOfUse terms, AuditLog audit, StaffAccounts staff, TransactionTemplate transaction) {
        this.terms = terms;
        this.audit = audit;
        this.staff = staff;
        this.transaction = transaction;
    }

    @GetMapping("/admin/terms")
    String versions(Model model) {
        model.addAttribute("current", terms.current());
        model.addAttribute("versions", terms.history());
        model.addAttribute("names", staffNames());
        return "backoffice/terms";
    }

    @PostMapping("/admin/terms")
    String publish(@RequestParam(defaultValue = "") String version, Model model, RedirectAttributes redirect) {
        TermsOfUse.Outcome outcome = transaction.execute(status -> {
            String before = terms.current();
            TermsOfUse.Outcome result = terms.publish(version, StaffAccounts.signedIn().orElseThrow().id());
            if (result == TermsOfUse.Outcome.PUBLISHED) {
                audit.record("terms.published", "terms", version.strip(), Map.of("version", before), Map.of("version", version.strip()));
            }
            return result;
        });
        if (outcome != TermsOfUse.Outcome.PUBLISHED) {
            model.addAttribute("versionError", "backoffice.terms.error." + outcome.name().toLowerCase(java.util.Locale.ROOT));
            model.addAttribute("typed", version.length() > 200 ? version.substring(0, 200) : version);
            return versions(model);
        }
        redirect.addFlashAttribute("notice", "backoffice.terms.published");
        return "redirect:/admin/terms";
    }

    private Map<java.util.UUID, String> staffNames() {
        Map<java.util.UUID, String> names = new java.util.HashMap<>();
        staff.staff().forEach(member -> names.put(member.id(), member.name()));
        return names;
    }
}
