package org.pressroom.account;

import java.time.Clock;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;

/** Logs an account into and out of the visitor's session. */
@Component
class AccountSession {

    static final String AUTHENTICATED_AT = "pressroom.authenticatedAt";

    private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();
    private final org.springframework.security.web.csrf.CsrfTokenRepository csrfTokens =
            new org.springframework.security.web.csrf.HttpSessionCsrfTokenRepository();
    /** How Spring Security puts the token on pages by default (masked anew on each). */
    private static final org.springframework.security.web.csrf.XorCsrfTokenRequestAttributeHandler CSRF_ON_PAGES =
            new org.springframework.security.web.csrf.XorCsrfTokenRequestAttributeHandler();
    private final Clock clock;

    AccountSession(Clock clock) {
        this.clock = clock;
    }

    /** A new session id (no fixation), the principal stored in the session, the time of log-in noted. */
    void logIn(AccountPrincipal principal, HttpServletRequest request, HttpServletResponse response) {
        logIn(principal, List.of(new SimpleGrantedAuthority(MediaAccounts.ROLE)), request, response);
    }

    /**
     * A staff member who passed both factors: their roles (and the ones those include) as authorities, and the
     * multimedia account's own, since a staff account is an account too.
     */
    void logInStaff(AccountPrincipal principal, java.util.Set<StaffRole> roles, HttpServletRequest request,
                    HttpServletResponse response) {
        List<SimpleGrantedAuthority> authorities = new java.util.ArrayList<>();
        authorities.add(new SimpleGrantedAuthority(MediaAccounts.ROLE));
        StaffRole.expand(roles).forEach(role -> authorities.add(new SimpleGrantedAuthority(role.authority())));
        logIn(principal, authorities, request, response);
    }

    private void logIn(AccountPrincipal principal, List<SimpleGrantedAuthority> authorities, HttpServletRequest request,
                       HttpServletResponse response) {
        request.getSession(true);
        request.changeSessionId();
        // A new CSRF token too, as Spring Security's own log-in does; a page rendered by this same request (the recovery
        // codes shown after enrolment) carries it already, or its forms would send the token of the session just left.
        org.springframework.security.web.csrf.CsrfToken fresh = csrfTokens.generateToken(request);
        csrfTokens.saveToken(fresh, request, response);
        CSRF_ON_PAGES.handle(request, response, () -> fresh);
        Authentication authentication = UsernamePasswordAuthenticationToken.authenticated(principal, null, authorities);
        SecurityContext context = new SecurityContextImpl(authentication);
        SecurityContextHolder.setContext(context);
        contexts.saveContext(context, request, response);
        request.getSession().setAttribute(AUTHENTICATED_AT, clock.instant());
    }

    /** Ends the session on the server. */
    static void logOut(HttpServletRequest request) {
        SecurityContextHolder.clearContext();
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
    }

    /** The staff roles of the current session (as granted at sign-in, included ones too); empty for anyone else. */
    static java.util.Set<StaffRole> currentStaffRoles() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        java.util.Set<StaffRole> roles = java.util.EnumSet.noneOf(StaffRole.class);
        if (authentication != null && authentication.isAuthenticated()) {
            for (StaffRole role : StaffRole.values()) {
                if (authentication.getAuthorities().stream().anyMatch(a -> role.authority().equals(a.getAuthority()))) {
                    roles.add(role);
                }
            }
        }
        return roles;
    }

    static AccountPrincipal current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof AccountPrincipal principal ? principal : null;
    }
}
