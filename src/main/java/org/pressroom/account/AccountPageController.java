package org.pressroom.account;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.pressroom.newsletter.NewsletterSubscriptions;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;
import tools.jackson.databind.json.JsonMapper;

/**
 * The account page of a logged-in journalist: profile, password, e-mail address, newsletter, export of
 * their data, and deletion of the account.
 */
@Controller
class AccountPageController {

    private final AccountService accounts;
    private final AccountForms forms;
    private final AccountSession session;
    private final NewsletterSubscriptions newsletter;
    private final PasswordPolicy passwords;
    private final JsonMapper json;

    AccountPageController(AccountService accounts, AccountForms forms, AccountSession session,
                          NewsletterSubscriptions newsletter, PasswordPolicy passwords, JsonMapper json) {
        this.json = json;
        this.accounts = accounts;
        this.forms = forms;
        this.session = session;
        this.newsletter = newsletter;
        this.passwords = passwords;
    }

    @GetMapping("/{lang}/account")
    String page(@PathVariable String lang, @RequestParam(required = false) String done, Locale locale, Model model) {
        Optional<AccountDetails> details = current();
        if (details.isEmpty()) {
            return loginFirst(lang);
        }
        if (!model.containsAttribute("profile")) {
            model.addAttribute("profile", ProfileForm.of(details.get()));
        }
        return page(details.get(), done, locale, model);
    }

    @PostMapping("/{lang}/account/profile")
    String profile(@PathVariable String lang, @ModelAttribute("profile") ProfileForm form, BindingResult errors, Locale locale,
                   Model model, HttpServletRequest request) {
        Optional<AccountDetails> details = current();
        if (details.isEmpty()) {
            return loginFirst(lang);
        }
        forms.checkProfile(form, errors);
        if (errors.hasErrors()) {
            return page(details.get(), null, locale, model);
        }
        accounts.updateProfile(details.get().id(), form.getFirstName().strip(), form.getLastName().strip(),
                form.getOrganisation().strip(), AccountForms.mediaKind(form.getMediaKind()), form.getCountry(), Client.of(request));
        return done(lang, "profile");
    }

    @PostMapping("/{lang}/account/password")
    String password(@PathVariable String lang, @RequestParam(defaultValue = "") String currentPassword,
                    @RequestParam(defaultValue = "") String newPassword, Locale locale, Model model,
                    HttpServletRequest request, HttpServletResponse response) {
        Optional<AccountDetails> details = current();
        if (details.isEmpty()) {
            return loginFirst(lang);
        }
        PasswordChange change = new PasswordChange();
        BindingResult errors = new BeanPropertyBindingResult(change, "passwordChange");
        forms.checkPassword(newPassword, "newPassword", errors);
        Optional<AccountPrincipal> changed = errors.hasErrors() ? Optional.empty()
                : accounts.changePassword(details.get().id(), currentPassword, newPassword, Client.of(request));
        if (!errors.hasErrors() && changed.isEmpty()) {
            errors.rejectValue("currentPassword", "account.page.wrong-password");
        }
        if (errors.hasErrors()) {
            model.addAttribute("passwordChange", change);
            model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "passwordChange", errors);
            model.addAttribute("profile", ProfileForm.of(details.get()));
            return page(details.get(), null, locale, model);
        }
        // This session carries on under the new password; every other session of the account ends.
        session.logIn(changed.get(), request, response);
        return done(lang, "password");
    }

    @PostMapping("/{lang}/account/email")
    String email(@PathVariable String lang, @RequestParam(defaultValue = "") String newEmail,
                 @RequestParam(defaultValue = "") String password, Locale locale, Model model, HttpServletRequest request) {
        Optional<AccountDetails> details = current();
        if (details.isEmpty()) {
            return loginFirst(lang);
        }
        String address = newEmail.strip();
        if (!EmailAddress.isValid(address)) {
            model.addAttribute("emailError", address.isEmpty() ? "account.error.required" : "account.error.email");
        } else if (!accounts.requestEmailChange(details.get().id(), password, address, Client.of(request))) {
            model.addAttribute("emailError", "account.page.wrong-password");
        } else {
            return done(lang, "email-sent");
        }
        model.addAttribute("newEmail", address.length() > EmailAddress.MAX_LENGTH ? "" : address);
        model.addAttribute("profile", ProfileForm.of(details.get()));
        return page(details.get(), null, locale, model);
    }

    @PostMapping("/{lang}/account/email/confirm")
    String confirmEmail(@PathVariable String lang, @RequestParam(defaultValue = "") String code, Locale locale, Model model,
                        HttpServletRequest request, HttpServletResponse response) {
        Optional<AccountDetails> details = current();
        if (details.isEmpty()) {
            return loginFirst(lang);
        }
        Optional<AccountPrincipal> changed = accounts.confirmEmailChange(details.get().id(), code, Client.of(request));
        if (changed.isEmpty()) {
            model.addAttribute("codeError", "account.code.invalid");
            model.addAttribute("profile", ProfileForm.of(details.get()));
            return page(details.get(), null, locale, model);
        }
        session.logIn(changed.get(), request, response);
        return done(lang, "email");
    }

    @PostMapping("/{lang}/account/newsletter/settings")
    String newsletterSettings(@PathVariable String lang, @RequestParam(defaultValue = "false") boolean subscribed, Locale locale) {
        Optional<AccountDetails> details = current();
        if (details.isEmpty()) {
            return loginFirst(lang);
        }
        if (subscribed) {
            newsletter.subscribeVerified(details.get().email(), locale, NewsletterSubscriptions.FROM_ACCOUNT);
        } else {
            newsletter.unsubscribe(details.get().email());
        }
        return done(lang, subscribed ? "subscribed" : "unsubscribed");
    }

    /** Everything Pressroom keeps about the account holder, as JSON. */
    @GetMapping("/{lang}/account/export")
    ResponseEntity<?> export(@PathVariable String lang) throws Exception {
        Optional<AccountDetails> details = current();
        if (details.isEmpty()) {
            return ResponseEntity.status(302).location(java.net.URI.create(loginUrl(lang))).build();
        }
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("account", details.get());
        data.put("newsletter", Map.of("subscribed", newsletter.isSubscribed(details.get().email())));
        List<Map<String, Object>> history = accounts.history(details.get().id()).stream()
                .map(event -> {
                    Map<String, Object> entry = new LinkedHashMap<>();
                    entry.put("time", event.occurredAt().toString());
                    entry.put("event", event.type().name());
                    entry.put("ip", event.ip());
                    return entry;
                }).toList();
        data.put("history", history);
        byte[] body = json.writerWithDefaultPrettyPrinter().writeValueAsBytes(data);
        return ResponseEntity.ok()
                .contentType(new MediaType(MediaType.APPLICATION_JSON, StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename("pressroom-account.json").build().toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(body);
    }

    @PostMapping("/{lang}/account/delete")
    String delete(@PathVariable String lang, @RequestParam(defaultValue = "") String password,
                  @RequestParam(defaultValue = "false") boolean confirm, Locale locale, Model model, HttpServletRequest request) {
        Optional<AccountDetails> details = current();
        if (details.isEmpty()) {
            return loginFirst(lang);
        }
        if (!confirm || !accounts.delete(details.get().id(), password, Client.of(request))) {
            model.addAttribute("deleteError", confirm ? "account.page.wrong-password" : "account.page.delete-confirm-missing");
            model.addAttribute("profile", ProfileForm.of(details.get()));
            return page(details.get(), null, locale, model);
        }
        AccountSession.logOut(request);
        return "redirect:/" + lang + "/account/deleted";
    }

    @GetMapping("/{lang}/account/deleted")
    String deleted() {
        return "account/deleted";
    }

    private static final java.util.Set<String> DONE = java.util.Set.of("profile", "password", "email-sent", "email",
            "subscribed", "unsubscribed");

    private String page(AccountDetails details, String done, Locale locale, Model model) {
        model.addAttribute("account", details);
        model.addAttribute("done", done != null && DONE.contains(done) ? done : null);
        model.addAttribute("subscribed", newsletter.isSubscribed(details.email()));
        model.addAttribute("mediaKinds", MediaKind.values());
        model.addAttribute("countries", AccountForms.countries(locale));
        model.addAttribute("passwordRule", passwords.rule());
        if (!model.containsAttribute("passwordChange")) {
            model.addAttribute("passwordChange", new PasswordChange());
        }
        return "account/page";
    }

    private Optional<AccountDetails> current() {
        AccountPrincipal principal = AccountSession.current();
        return principal == null ? Optional.empty() : accounts.details(principal.id());
    }

    private static String loginFirst(String lang) {
        return "redirect:" + loginUrl(lang);
    }

    private static String loginUrl(String lang) {
        return UriComponentsBuilder.fromPath("/" + lang + "/account/login")
                .queryParam("returnTo", "/" + lang + "/account").build().toUriString();
    }

    private static String done(String lang, String what) {
        return "redirect:/" + lang + "/account?done=" + what;
    }

    /** The password form's fields, for their error messages. */
    public static class PasswordChange {
        private String currentPassword = "";
        private String newPassword = "";

        public String getCurrentPassword() { return currentPassword; }
        public void setCurrentPassword(String currentPassword) { this.currentPassword = currentPassword; }
        public String getNewPassword() { return newPassword; }
        public void setNewPassword(String newPassword) { this.newPassword = newPassword; }
    }
}
