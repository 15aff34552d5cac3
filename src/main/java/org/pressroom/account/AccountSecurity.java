package org.pressroom.account;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.web.filter.OncePerRequestFilter;

/** Password hashing and the session's lifetime rules. */
@Configuration(proxyBeanMethods = false)
class AccountSecurity {

    private static final java.util.List<String> STATIC_PATHS = java.util.List.of("/css/", "/js/", "/img/", "/webjars/", "/site/");

    /**
     * Argon2id at OWASP's parameters (19 MiB, 2 passes, 1 lane) behind a delegating encoder: hashes carry their
     * scheme, so parameters can be raised later and old hashes upgraded at the next log-in.
     */
    @Bean
    PasswordEncoder passwordEncoder() {
        return new DelegatingPasswordEncoder("argon2", Map.of("argon2", new Argon2PasswordEncoder(16, 32, 1, 19_456, 2)));
    }

    /**
     * Ends a session that outlived its absolute lifetime, that began before the account's password last
     * changed (a reset ends every other session of the account), or whose staff roles changed since.
     */
    @Bean
    FilterRegistrationBean<OncePerRequestFilter> sessionLifetimeFilter(AccountService accounts, AccountProperties properties,
                                                                       StaffAccounts staff, Clock clock) {
        OncePerRequestFilter filter = new OncePerRequestFilter() {
            /** Style sheets, scripts and images need no session check: one database read per page is enough. */
            @Override
            protected boolean shouldNotFilter(HttpServletRequest request) {
                String path = request.getRequestURI().substring(request.getContextPath().length());
                return STATIC_PATHS.stream().anyMatch(path::startsWith);
            }

            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                AccountPrincipal principal = AccountSession.current();
                HttpSession session = request.getSession(false);
                if (principal != null && session != null && session.getAttribute(AccountSession.AUTHENTICATED_AT) instanceof Instant at) {
                    Instant now = clock.instant();
                    boolean tooOld = at.plus(properties.sessionMaxAge()).isBefore(now);
                    boolean passwordChanged = accounts.passwordChangedAt(principal.id())
                            .map(changed -> changed.isAfter(principal.passwordChangedAt())).orElse(true);
                    // A staff session holds the roles of its sign-in: one removed since then (or an account
                    // erased) ends the session at once, rather than at its timeout.
                    java.util.Set<StaffRole> signedInWith = AccountSession.currentStaffRoles();
                    boolean rolesChanged = !signedInWith.isEmpty()
                            && !signedInWith.equals(StaffRole.expand(staff.roles(principal.id())));
                    if (tooOld || passwordChanged || rolesChanged) {
                        AccountSession.logOut(request);
                    }
                }
                chain.doFilter(request, response);
            }
        };
        FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(filter);
        registration.setOrder(0); // inside Spring Security's filter (-100), so the security context is there
        return registration;
    }

}
