package org.pressroom.account;

import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.pressroom.site.SiteSettings;
import org.pressroom.system.RateLimits;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * Staff sign-in at {@code /admin/sign-in}: the password, then the second factor (enrolment with a QR code the
 * first time, with ten recovery codes shown once). Until the second step passes, the session holds only which
 * account is signing in, never a role.
 */
@Controller
class StaffSignInController {

    static final String PENDING = "pressroom.staff.pending";
    static final String ENROL_SECRET = "pressroom.staff.enrolSecret";

    /** An account whose password was right, waiting for its second factor until {@code until}. */
    record Pending(UUID accountId, Instant until) implements Serializable {
    }

    private final StaffSignIn signIn;
    private final StaffAccounts staff;
    private final AccountSession session;
    private final StaffProperties properties;
    private final SiteSettings settings;
    private final RateLimits limits;
    private final AccountService accounts;
    private final Clock clock;
    private final RateLimits.Limit passwordsPerIp;
    private final RateLimits.Limit codesPerIp;

    StaffSignInController(StaffSignIn signIn, StaffAccounts staff, AccountSession session, StaffProperties properties, AccountProperties accountProperties,
                          SiteSettings settings, RateLimits limits, AccountService accounts, Clock clock) {
        this.signIn = signIn;
        this.staff = staff;
        this.session = session;
        this.properties = properties;
        this.settings = settings;
        this.limits = limits;
        this.accounts = accounts;
        this.clock = clock;
        this.passwordsPerIp = new RateLimits.Limit("login-ip", accountProperties.ipLoginsPerMinute(), Duration.ofMinutes(1));
        this.codesPerIp = new RateLimits.Limit("second-factor-ip", properties.ipCodesPerMinute(), Duration.ofMinutes(1));
    }

    @GetMapping("/admin/sign-in")
    String form(Model model) {
        if (StaffAccounts.signedIn().isPresent()) {
            return "redirect:/admin";
        }
        model.addAttribute("email", "");
        return "account/staff-sign-in";
    }

    @PostMapping("/admin/sign-in")
    String password(@RequestParam(defaultValue = "") String email, @RequestParam(defaultValue = "") String password,
                    Model model, HttpServletRequest request) {
        limit(passwordsPerIp, request);
        Optional<UUID> account = signIn.password(email, password, Client.of(request));
        if (account.isEmpty()) {
            model.addAttribute("email", email.length() > EmailAddress.MAX_LENGTH ? "" : email.strip());
            model.addAttribute("signInFailed", true);
            return "account/staff-sign-in";
        }
        // Whoever held the session before (a journalist's log-in, an earlier staff member) is gone: a new id, no roles.
        AccountSession.logOut(request);
        HttpSession fresh = request.getSession(true);
        fresh.setAttribute(PENDING, new Pending(account.get(), clock.instant().plus(properties.pendingSignIn())));
        return signIn.enrolled(account.get()) ? "redirect:/admin/sign-in/code" : "redirect:/admin/sign-in/enrol";
    }

    @GetMapping("/admin/sign-in/code")
    String codeForm(HttpServletRequest request) {
        return pending(request).isPresent() ? "account/staff-code" : "redirect:/admin/sign-in?expired";
    }

    @PostMapping("/admin/sign-in/code")
    String code(@RequestParam(defaultValue = "") String code, Model model, HttpServletRequest request,
                HttpServletResponse response) {
        Optional<Pending> pending = pending(request);
        if (pending.isEmpty()) {
            return "redirect:/admin/sign-in?expired";
        }
        limit(codesPerIp, request);
        StaffSignIn.Passed passed = signIn.secondFactor(pending.get().accountId(), code, Client.of(request));
        switch (passed.outcome()) {
            case OK -> {
                session.logInStaff(passed.principal(), passed.roles(), request, response);
                forgetPending(request);
                return "redirect:/admin";
            }
            case REUSED -> model.addAttribute("codeError", "staff.code.reused");
            case THROTTLED -> model.addAttribute("codeError", "staff.code.throttled");
            default -> model.addAttribute("codeError", "staff.code.invalid");
        }
        return "account/staff-code";
    }

    @GetMapping("/admin/sign-in/enrol")
    String enrolForm(Model model, Locale locale, HttpServletRequest request) {
        Optional<Pending> pending = pending(request);
        if (pending.isEmpty()) {
            return "redirect:/admin/sign-in?expired";
        }
        if (signIn.enrolled(pending.get().accountId())) {
            return "redirect:/admin/sign-in/code";
        }
        return enrolPage(pending.get(), model, locale, request);
    }

    @PostMapping("/admin/sign-in/enrol")
    String enrol(@RequestParam(defaultValue = "") String code, Model model, Locale locale, HttpServletRequest request,
                 HttpServletResponse response) {
        Optional<Pending> pending = pending(request);
        if (pending.isEmpty() || !(request.getSession().getAttribute(ENROL_SECRET) instanceof String secret)) {
            return "redirect:/admin/sign-in?expired";
        }
        limit(codesPerIp, request);
        UUID accountId = pending.get().accountId();
        List<String> recoveryCodes = signIn.enrol(accountId, secret, code, Client.of(request));
        if (recoveryCodes.isEmpty()) {
            model.addAttribute("codeError", "staff.code.invalid");
            return enrolPage(pending.get(), model, locale, request);
        }
        session.logInStaff(signIn.principal(accountId).orElseThrow(), staff.roles(accountId), request, response);
        forgetPending(request);
        model.addAttribute("recoveryCodes", recoveryCodes);
        return "account/staff-recovery-codes";
    }

    /** Ten new recovery codes for the signed-in staff member, shown once. */
    @PostMapping("/admin/recovery-codes")
    String renewRecoveryCodes(Model model, HttpServletRequest request) {
        AccountPrincipal principal = StaffAccounts.signedIn().orElseThrow(() -> new ResponseStatusException(HttpStatus.FORBIDDEN));
        model.addAttribute("recoveryCodes", signIn.renewRecoveryCodes(principal.id(), Client.of(request)));
        return "account/staff-recovery-codes";
    }

    @PostMapping("/admin/sign-out")
    String signOut(HttpServletRequest request) {
        StaffAccounts.signedIn().ifPresent(principal -> signIn.signedOut(principal.id(), Client.of(request)));
        AccountSession.logOut(request);
        return "redirect:/admin/sign-in?signedOut";
    }

    private String enrolPage(Pending pending, Model model, Locale locale, HttpServletRequest request) {
        HttpSession httpSession = request.getSession();
        String secret = httpSession.getAttribute(ENROL_SECRET) instanceof String s ? s : StaffSignIn.newSecret();
        httpSession.setAttribute(ENROL_SECRET, secret);
        AccountPrincipal principal = signIn.principal(pending.accountId()).orElseThrow();
        String issuer = properties.issuer() == null || properties.issuer().isBlank() ? settings.current().name(locale) : properties.issuer();
        String uri = "otpauth://totp/" + encode(issuer) + ":" + encode(principal.email()) + "?secret=" + secret
                + "&issuer=" + encode(issuer) + "&algorithm=SHA1&digits=" + Totp.DIGITS + "&period=" + Totp.STEP_SECONDS;
        model.addAttribute("qrCode", QrCodes.dataUri(uri));
        model.addAttribute("secret", secret.replaceAll("(.{4})(?!$)", "$1 "));
        model.addAttribute("issuer", issuer);
        return "account/staff-enrol";
    }

    private static void forgetPending(HttpServletRequest request) {
        request.getSession().removeAttribute(PENDING);
        request.getSession().removeAttribute(ENROL_SECRET);
    }

    private Optional<Pending> pending(HttpServletRequest request) {
        HttpSession httpSession = request.getSession(false);
        if (httpSession != null && httpSession.getAttribute(PENDING) instanceof Pending pending) {
            if (clock.instant().isBefore(pending.until())) {
                return Optional.of(pending);
            }
            httpSession.removeAttribute(PENDING);
        }
        return Optional.empty();
    }

    private void limit(RateLimits.Limit limit, HttpServletRequest request) {
        if (!limits.tryTake(limit, RateLimits.network(request.getRemoteAddr()))) {
            accounts.rateLimited(Client.of(request));
            throw new ResponseStatusException(HttpStatus.TOO_MANY_REQUESTS);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
