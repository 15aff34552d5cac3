package org.pressroom.account;

import java.util.Locale;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The one-time links of staff: {@code /admin/setup} creates the first administrator (its link is printed in the
 * log while there is no staff), {@code /admin/password} lets an invited staff member choose a password.
 */
@Controller
class StaffLinkController {

    private final StaffAccounts staff;
    private final AccountForms forms;
    private final PasswordPolicy passwords;

    StaffLinkController(StaffAccounts staff, AccountForms forms, PasswordPolicy passwords) {
        this.staff = staff;
        this.forms = forms;
        this.passwords = passwords;
    }

    @ModelAttribute
    void common(Model model) {
        model.addAttribute("passwordRule", passwords.rule());
    }

    @GetMapping("/admin/setup")
    String setupForm(@RequestParam(defaultValue = "") String token, Model model) {
        if (staff.liveLink(token, StaffLink.Purpose.SETUP).isEmpty()) {
            return "account/staff-link-dead";
        }
        model.addAttribute("token", token);
        model.addAttribute("form", new StaffForm());
        return "account/staff-setup";
    }

    @PostMapping("/admin/setup")
    String setup(@RequestParam(defaultValue = "") String token, @ModelAttribute("form") StaffForm form, BindingResult errors,
                 Locale locale, Model model, HttpServletRequest request) {
        forms.checkEmail(form.getEmail(), "email", errors);
        checkNames(form, errors);
        forms.checkPassword(form.getPassword(), "password", errors);
        String email = form.getEmail() == null ? "" : form.getEmail().strip();
        if (!errors.hasErrors()) {
            StaffAccounts.LinkUse use = staff.completeSetup(token, email, form.getFirstName().strip(), form.getLastName().strip(),
                    form.getPassword(), locale.getLanguage(), Client.of(request));
            if (use == StaffAccounts.LinkUse.DONE) {
                return "redirect:/admin/sign-in?ready";
            }
            if (use == StaffAccounts.LinkUse.DEAD) {
                return "account/staff-link-dead";
            }
            errors.rejectValue("password", "staff.setup.existing-password");
        }
        form.setPassword("");
        model.addAttribute("token", token);
        return "account/staff-setup";
    }

    @GetMapping("/admin/password")
    String passwordForm(@RequestParam(defaultValue = "") String token, Model model) {
        Optional<AccountDetails> account = staff.linkAccount(token);
        if (account.isEmpty()) {
            return "account/staff-link-dead";
        }
        StaffForm form = new StaffForm();
        form.setFirstName(account.get().firstName());
        form.setLastName(account.get().lastName());
        return passwordPage(token, account.get(), form, model);
    }

    @PostMapping("/admin/password")
    String choosePassword(@RequestParam(defaultValue = "") String token, @ModelAttribute("form") StaffForm form,
                          BindingResult errors, Model model, HttpServletRequest request) {
        Optional<AccountDetails> account = staff.linkAccount(token);
        if (account.isEmpty()) {
            return "account/staff-link-dead";
        }
        if (account.get().firstName().isBlank()) {
            checkNames(form, errors);
        }
        forms.checkPassword(form.getPassword(), "password", errors);
        if (errors.hasErrors()) {
            form.setPassword("");
            return passwordPage(token, account.get(), form, model);
        }
        StaffAccounts.LinkUse use = staff.choosePassword(token, form.getFirstName(), form.getLastName(), form.getPassword(),
                Client.of(request));
        return use == StaffAccounts.LinkUse.DONE ? "redirect:/admin/sign-in?ready" : "account/staff-link-dead";
    }

    private String passwordPage(String token, AccountDetails account, StaffForm form, Model model) {
        model.addAttribute("token", token);
        model.addAttribute("email", account.email());
        model.addAttribute("askName", account.firstName().isBlank());
        model.addAttribute("form", form);
        return "account/staff-password";
    }

    private static void checkNames(StaffForm form, BindingResult errors) {
        AccountForms.checkText(form.getFirstName(), "firstName", AccountForms.MAX_NAME, errors);
        AccountForms.checkText(form.getLastName(), "lastName", AccountForms.MAX_NAME, errors);
    }

    /** The fields of the setup and password forms. */
    public static class StaffForm {
        private String email = "";
        private String firstName = "";
        private String lastName = "";
        private String password = "";

        public String getEmail() { return email; }
        public void setEmail(String email) { this.email = email; }
        public String getFirstName() { return firstName; }
        public void setFirstName(String firstName) { this.firstName = firstName; }
        public String getLastName() { return lastName; }
        public void setLastName(String lastName) { this.lastName = lastName; }
        public String getPassword() { return password; }
        public void setPassword(String password) { this.password = password; }
    }
}
