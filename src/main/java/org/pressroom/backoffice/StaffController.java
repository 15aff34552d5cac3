package org.pressroom.backoffice;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.pressroom.account.AccountPrincipal;
import org.pressroom.account.StaffAccounts;
import org.pressroom.account.StaffRole;
import org.pressroom.site.SiteLanguages;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Staff and roles, for administrators: invite by e-mail, give and remove roles, reset a lost second factor. */
@Controller
class StaffController {

    private static final int MAX_NAME = 100;

    private final StaffAccounts staff;
    private final StaffAdministration administration;
    private final SiteLanguages languages;

    StaffController(StaffAccounts staff, StaffAdministration administration, SiteLanguages languages) {
        this.staff = staff;
        this.administration = administration;
        this.languages = languages;
    }

    @GetMapping("/admin/staff")
    String list(Model model) {
        model.addAttribute("members", staff.staff());
        model.addAttribute("roles", StaffRole.values());
        if (!model.containsAttribute("invite")) {
            model.addAttribute("invite", new InviteForm("", "", "", StaffRole.EDITOR.name()));
        }
        return "backoffice/staff";
    }

    @PostMapping("/admin/staff/invite")
    String invite(@RequestParam(defaultValue = "") String email, @RequestParam(defaultValue = "") String firstName,
                  @RequestParam(defaultValue = "") String lastName, @RequestParam(defaultValue = "") String role,
                  @RequestParam(defaultValue = "") String language, Locale locale, Model model, RedirectAttributes redirect) {
        InviteForm form = new InviteForm(email.strip(), firstName.strip(), lastName.strip(), role);
        Optional<StaffRole> chosen = role(role);
        String error = null;
        if (!email.strip().matches("[^@\\s]{1,64}@[^@\\s]{1,190}\\.[^@\\s]{2,63}") || email.strip().length() > 254) {
            error = "backoffice.staff.error.email";
        } else if (firstName.isBlank() || lastName.isBlank() || firstName.length() > MAX_NAME || lastName.length() > MAX_NAME) {
            error = "backoffice.staff.error.name";
        } else if (chosen.isEmpty()) {
            error = "backoffice.staff.error.role";
        }
        if (error != null) {
            model.addAttribute("invite", form);
            model.addAttribute("inviteError", error);
            return list(model);
        }
        Locale mailLocale = languages.find(language).orElse(locale);
        administration.invite(form.email(), form.firstName(), form.lastName(), chosen.get(), mailLocale, me().id());
        redirect.addFlashAttribute("notice", "backoffice.staff.invited");
        redirect.addFlashAttribute("noticeArgument", form.email());
        return "redirect:/admin/staff";
    }

    @PostMapping("/admin/staff/{id}/grant")
    String grant(@PathVariable UUID id, @RequestParam(defaultValue = "") String role, RedirectAttributes redirect) {
        Optional<StaffRole> chosen = role(role);
        StaffAccounts.Change change = chosen.isEmpty() ? StaffAccounts.Change.NOT_FOUND : administration.grant(id, chosen.get(), me().id());
        return done(change, "backoffice.staff.granted", redirect);
    }

    @PostMapping("/admin/staff/{id}/revoke")
    String revoke(@PathVariable UUID id, @RequestParam(defaultValue = "") String role, RedirectAttributes redirect) {
        Optional<StaffRole> chosen = role(role);
        StaffAccounts.Change change = chosen.isEmpty() ? StaffAccounts.Change.NOT_FOUND : administration.revoke(id, chosen.get(), me().id());
        return done(change, "backoffice.staff.revoked", redirect);
    }

    @PostMapping("/admin/staff/{id}/second-factor/reset")
    String resetSecondFactor(@PathVariable UUID id, RedirectAttributes redirect) {
        return done(administration.resetSecondFactor(id), "backoffice.staff.second-factor-reset", redirect);
    }

    private static String done(StaffAccounts.Change change, String doneKey, RedirectAttributes redirect) {
        String key = switch (change) {
            case DONE -> doneKey;
            case UNCHANGED -> "backoffice.staff.unchanged";
            case LAST_ADMIN -> "backoffice.staff.last-admin";
            case NOT_FOUND -> "backoffice.staff.not-found";
        };
        redirect.addFlashAttribute(change == StaffAccounts.Change.DONE ? "notice" : "problem", key);
        return "redirect:/admin/staff";
    }

    private static Optional<StaffRole> role(String name) {
        return Arrays.stream(StaffRole.values()).filter(role -> role.name().equals(name)).findFirst();
    }

    private static AccountPrincipal me() {
        return StaffAccounts.signedIn().orElseThrow();
    }

    /** The invitation form, kept when it comes back with an error. */
    record InviteForm(String email, String firstName, String lastName, String role) {
    }
}
