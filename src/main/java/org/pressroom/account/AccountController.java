package org.pressroom.account;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.pressroom.newsletter.NewsletterSubscriptions;
import org.pressroom.system.RateLimits;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;
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

/**
 * The multimedia account flow as plain pages: create an account, check your inbox, success; log in and
 * out; reset the password. Each step carries {@code returnTo}, the page the visitor started from.
 */
@Controller
class AccountController {

    static final String PENDING_EMAIL = "pressroom.account.pendingEmail";
    static final String RESET_EMAIL = "pressroom.account.resetEmail";
    static final String RESET_ACCOUNT = "pressroom.account.resetAccount";

    private final AccountService accounts;
    private final AccountForms forms;
    private final AccountSession session;
    private final AccountProperties properties;
    private final PasswordPolicy passwords;
    private final java.time.Clock clock;
    private final NewsletterSubscriptions newsletter;
    private final RateLimits limits;
    private final RateLimits.Limit codesPerIp;
    private final RateLimits.Limit loginsPerIp;
    private final RateLimits.Limit codeEntriesPerIp;

    AccountController(AccountService accounts, AccountForms forms, AccountSession session, AccountProperties properties,
                      PasswordPolicy passwords, NewsletterSubscriptions newsletter, RateLimits limits, java.time.Clock clock) {
        this.limits = limits;
        this.clock = clock;
        this.codesPerIp = new RateLimits.Limit("codes-ip", properties.ipCodesPerHour(), Duration.ofHours(1));
        this.loginsPerIp = new RateLimits.Limit("login-ip", properties.ipLoginsPerMinute(), Duration.ofMinutes(1));
        this.codeEntriesPerIp = new RateLimits.Limit("code-entry-ip", properties.ipLoginsPerMinute(), Duration.ofMinutes(1));
        this.accounts = accounts;
        this.forms = forms;
        this.session = session;
        this.properties = properties;
        this.passwords = passwords;
        this.newsletter = newsletter;
    }

    @ModelAttribute
    void common(@PathVariable String lang, @RequestParam(required = false) String returnTo, Locale locale, Model model) {
        model.addAttribute("returnTo", ReturnTo.sanitise(returnTo, lang));
        model.addAttribute("passwordRule", passwords.rule());
        model.addAttribute("codeMinutes", properties.codeTtl().toMinutes());
        model.addAttribute("cooldownSeconds", properties.resendCooldown().toSeconds());
    }

    // Create an account

    @GetMapping("/{lang}/account/register")
    String registerForm(Locale locale, Model model) {
        model.addAttribute("form", new RegistrationForm());
        return registerPage(locale, model);
    }

    @PostMapping("/{lang}/account/register")
    String register(@PathVariable String lang, @ModelAttribute("form") RegistrationForm form, BindingResult errors,
                    @ModelAttribute("returnTo") String returnTo, Locale locale, Model model, HttpServletRequest request) {
        forms.check(form, errors);
        if (errors.hasErrors()) {
            form.setPassword("");
            return registerPage(locale, model);
        }
        String email = form.getEmail().strip();
        limit(codesPerIp, request);
        try {
            accounts.register(new Registration(email, form.getFirstName().strip(), form.getLastName().strip(),
                    form.getOrganisation().strip(), AccountForms.mediaKind(form.getMediaKind()), form.getCountry(),
                    locale.getLanguage()), form.getPassword(), Client.of(request));
        } catch (org.springframework.dao.DataIntegrityViolationException doubleSubmission) {
            // The same form posted twice at once: the other request created the account and sent its code.
        }
        request.getSession(true).setAttribute(PENDING_EMAIL, email);
        return redirect("/" + lang + "/account/verify", returnTo);
    }

    private String registerPage(Locale locale, Model model) {
        model.addAttribute("mediaKinds", MediaKind.values());
        model.addAttribute("countries", AccountForms.countries(locale));
        return "account/register";
    }

    // Check your inbox

    @GetMapping("/{lang}/account/verify")
    String verifyForm(Model model, HttpServletRequest request) {
        model.addAttribute("email", sessionValue(request, PENDING_EMAIL).orElse(""));
        return codeStep(model, false);
    }

    @PostMapping("/{lang}/account/verify")
    String verify(@PathVariable String lang, @RequestParam(defaultValue = "") String email,
                  @RequestParam(defaultValue = "") String code, @ModelAttribute("returnTo") String returnTo, Model model,
                  HttpServletRequest request, HttpServletResponse response) {
        String address = sessionValue(request, PENDING_EMAIL).orElse(email.strip());
        limit(codeEntriesPerIp, request);
        AccountService.VerificationResult result = accounts.verify(address, code, Client.of(request));
        if (result.principal() == null) {
            model.addAttribute("email", address);
            // One message for a wrong, used-up or expired code: a difference would tell which addresses have accounts.
            model.addAttribute("codeError", "account.code.invalid");
            return codeStep(model, false);
        }
        session.logIn(result.principal(), request, response);
        return redirect("/" + lang + "/account/welcome", returnTo);
    }

    @PostMapping("/{lang}/account/verify/resend")
    String resend(@RequestParam(defaultValue = "") String email, Model model, HttpServletRequest request) {
        String address = sessionValue(request, PENDING_EMAIL).orElse(email.strip());
        limit(codesPerIp, request);
        accounts.resend(address, CodePurpose.REGISTRATION, Client.of(request));
        model.addAttribute("email", address);
        model.addAttribute("resent", true);
        return codeStep(model, false);
    }

    @GetMapping("/{lang}/account/welcome")
    String welcome(Model model) {
        AccountPrincipal principal = AccountSession.current();
        model.addAttribute("principal", principal);
        model.addAttribute("subscribed", principal != null && newsletter.isSubscribed(principal.email()));
        return "account/welcome";
    }

    /** The success step's one-click newsletter subscription, for the logged-in account's verified address. */
    @PostMapping("/{lang}/account/newsletter")
    String subscribe(@PathVariable String lang, @ModelAttribute("returnTo") String returnTo, Locale locale) {
        AccountPrincipal principal = AccountSession.current();
        if (principal == null) {
            return redirect("/" + lang + "/account/login", returnTo);
        }
        newsletter.subscribeVerified(principal.email(), locale, NewsletterSubscriptions.FROM_ACCOUNT);
        return redirect("/" + lang + "/account/welcome", returnTo) + "&subscribed=true";
    }

    // Log in and out

    @GetMapping("/{lang}/account/login")
    String loginForm(Model model) {
        model.addAttribute("email", "");
        return "account/login";
    }

    @PostMapping("/{lang}/account/login")
    String login(@PathVariable String lang, @RequestParam(defaultValue = "") String email,
                 @RequestParam(defaultValue = "") String password, @ModelAttribute("returnTo") String returnTo, Model model,
                 HttpServletRequest request, HttpServletResponse response) {
        limit(loginsPerIp, request);
        AccountService.LoginResult result = accounts.login(email.strip(), password, Client.of(request));
        switch (result.outcome()) {
            case OK -> {
                session.logIn(result.principal(), request, response);
                return leaveTheDialog(returnTo, request, response);
            }
            case UNVERIFIED -> {
                request.getSession(true).setAttribute(PENDING_EMAIL, email.strip());
                return redirect("/" + lang + "/account/verify", returnTo);
            }
            default -> {
                model.addAttribute("email", email.length() > EmailAddress.MAX_LENGTH ? "" : email.strip());
                model.addAttribute("loginFailed", true);
                return "account/login";
            }
        }
    }

    @PostMapping("/{lang}/account/logout")
    String logout(@ModelAttribute("returnTo") String returnTo, HttpServletRequest request) {
        AccountPrincipal principal = AccountSession.current();
        if (principal != null) {
            accounts.loggedOut(principal.id(), Client.of(request));
        }
        AccountSession.logOut(request);
        return "redirect:" + returnTo;
    }

    // Reset the password

    @GetMapping("/{lang}/account/reset")
    String resetForm(Model model) {
        model.addAttribute("email", "");
        return "account/reset";
    }

    @PostMapping("/{lang}/account/reset")
    String requestReset(@PathVariable String lang, @RequestParam(defaultValue = "") String email,
                        @ModelAttribute("returnTo") String returnTo, Model model, HttpServletRequest request) {
        String address = email.strip();
        if (!EmailAddress.isValid(address)) {
            model.addAttribute("email", address.length() > EmailAddress.MAX_LENGTH ? "" : address);
            model.addAttribute("emailError", address.isEmpty() ? "account.error.required" : "account.error.email");
            return "account/reset";
        }
        limit(codesPerIp, request);
        accounts.requestReset(address, Client.of(request));
        request.getSession(true).setAttribute(RESET_EMAIL, address);
        return redirect("/" + lang + "/account/reset/verify", returnTo);
    }

    @GetMapping("/{lang}/account/reset/verify")
    String resetCodeForm(@PathVariable String lang, @ModelAttribute("returnTo") String returnTo, Model model,
                         HttpServletRequest request) {
        Optional<String> email = sessionValue(request, RESET_EMAIL);
        if (email.isEmpty()) {
            return sessionExpired(lang, returnTo);
        }
        model.addAttribute("email", email.get());
        return codeStep(model, true);
    }

    @PostMapping("/{lang}/account/reset/verify")
    String resetCode(@PathVariable String lang, @RequestParam(defaultValue = "") String code,
                     @ModelAttribute("returnTo") String returnTo, Model model, HttpServletRequest request) {
        Optional<String> email = sessionValue(request, RESET_EMAIL);
        if (email.isEmpty()) {
            return sessionExpired(lang, returnTo);
        }
        limit(codeEntriesPerIp, request);
        Optional<UUID> account = accounts.checkResetCode(email.get(), code, Client.of(request));
        if (account.isEmpty()) {
            model.addAttribute("email", email.get());
            model.addAttribute("codeError", "account.code.invalid");
            return codeStep(model, true);
        }
        request.getSession().setAttribute(RESET_ACCOUNT, new ResetGrant(account.get(), clock.instant().plus(properties.codeTtl())));
        return redirect("/" + lang + "/account/reset/password", returnTo);
    }

    @PostMapping("/{lang}/account/reset/resend")
    String resetResend(@PathVariable String lang, @ModelAttribute("returnTo") String returnTo, Model model,
                       HttpServletRequest request) {
        Optional<String> email = sessionValue(request, RESET_EMAIL);
        if (email.isEmpty()) {
            return sessionExpired(lang, returnTo);
        }
        limit(codesPerIp, request);
        accounts.resend(email.get(), CodePurpose.PASSWORD_RESET, Client.of(request));
        model.addAttribute("email", email.get());
        model.addAttribute("resent", true);
        return codeStep(model, true);
    }

    @GetMapping("/{lang}/account/reset/password")
    String newPasswordForm(@PathVariable String lang, @ModelAttribute("returnTo") String returnTo, Model model,
                           HttpServletRequest request) {
        model.addAttribute("passwordForm", new PasswordForm());
        return resetAccount(request).isPresent() ? "account/reset-password" : sessionExpired(lang, returnTo);
    }

    @PostMapping("/{lang}/account/reset/password")
    String newPassword(@PathVariable String lang, @RequestParam(defaultValue = "") String password,
                       @ModelAttribute("returnTo") String returnTo, Model model, HttpServletRequest request) {
        Optional<UUID> account = resetAccount(request);
        if (account.isEmpty()) {
            return sessionExpired(lang, returnTo);
        }
        PasswordForm form = new PasswordForm();
        BindingResult errors = new BeanPropertyBindingResult(form, "passwordForm");
        forms.checkPassword(password, "password", errors);
        if (errors.hasErrors()) {
            model.addAttribute("passwordForm", form);
            model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "passwordForm", errors);
            return "account/reset-password";
        }
        accounts.completeReset(account.get(), password, Client.of(request));
        AccountSession.logOut(request);
        return redirect("/" + lang + "/account/reset/done", returnTo);
    }

    @GetMapping("/{lang}/account/reset/done")
    String resetDone() {
        return "account/reset-done";
    }

    /**
     * The last step goes back to the visitor's page. Inside the dialog (an htmx request) the whole page must
     * change, which htmx does on the HX-Redirect header; without JavaScript a plain redirect does it.
     */
    private static String leaveTheDialog(String returnTo, HttpServletRequest request, HttpServletResponse response) {
        if ("true".equals(request.getHeader("HX-Request"))) {
            response.setHeader("HX-Redirect", request.getContextPath() + returnTo);
            return "account/leaving";
        }
        return "redirect:" + returnTo;
    }

    /** Too many attempts from one address of the Internet: a clear 429 page, the same for every account. */
    private void limit(RateLimits.Limit limit, HttpServletRequest request) {
        if (!limits.tryTake(limit, RateLimits.network(request.getRemoteAddr()))) {
            accounts.rateLimited(Client.of(request));
            throw new ResponseStatusException(HttpStatus.TOO_MANY_REQUESTS);
        }
    }

    /** The code page, for a new account's address or for a password reset. */
    private static String codeStep(Model model, boolean reset) {
        model.addAttribute("codeAction", reset ? "/account/reset/verify" : "/account/verify");
        model.addAttribute("resendAction", reset ? "/account/reset/resend" : "/account/verify/resend");
        model.addAttribute("titleKey", reset ? "account.reset.title" : "account.verify.title");
        return "account/code";
    }

    private String sessionExpired(String lang, String returnTo) {
        return redirect("/" + lang + "/account/reset", returnTo) + "&expired=true";
    }

    /** The right to choose a new password, given by a reset code, for as long as a code lives. */
    record ResetGrant(UUID accountId, java.time.Instant until) implements java.io.Serializable {
    }

    private Optional<UUID> resetAccount(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        return session != null && session.getAttribute(RESET_ACCOUNT) instanceof ResetGrant grant
                && clock.instant().isBefore(grant.until()) ? Optional.of(grant.accountId()) : Optional.empty();
    }

    private static Optional<String> sessionValue(HttpServletRequest request, String name) {
        HttpSession session = request.getSession(false);
        return session != null && session.getAttribute(name) instanceof String value && !value.isBlank()
                ? Optional.of(value) : Optional.empty();
    }

    private static String redirect(String path, String returnTo) {
        return "redirect:" + UriComponentsBuilder.fromPath(path).queryParam("returnTo", returnTo).encode().build().toUriString();
    }

    /** The one field of the new-password form, for its error messages. */
    public static class PasswordForm {
        private String password = "";

        public String getPassword() { return password; }
        public void setPassword(String password) { this.password = password; }
    }
}
