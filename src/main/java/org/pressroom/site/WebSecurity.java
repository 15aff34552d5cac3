package org.pressroom.site;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.WebSecurityCustomizer;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.firewall.HttpStatusRequestRejectedHandler;

/**
 * The security baseline of every page: CSRF on every form, a new session id at log-in, and the headers
 * that keep scripts, frames and referrers in check. The pages of the multimedia account and of the back
 * office add their own rules.
 */
@Configuration(proxyBeanMethods = false)
class WebSecurity {

    /** No inline script or style anywhere: everything comes from files served by Pressroom itself. */
    static final String CONTENT_SECURITY_POLICY = String.join("; ",
            "default-src 'self'",
            "script-src 'self'",
            "style-src 'self'",
            "img-src 'self' data:",
            "font-src 'self'",
            "media-src 'self' blob:",
            "connect-src 'self'",
            "object-src 'none'",
            "base-uri 'self'",
            "form-action 'self'",
            "frame-src 'self'",
            "frame-ancestors 'self'");

    /**
     * An address Spring Security's firewall refuses ({@code /..}, encoded slashes, {@code ;}) names no page: it is
     * answered like any probe, with the translated 404 page, not a 400 that tells it was noticed.
     */
    @Bean
    WebSecurityCustomizer refusedAddressesAreNotFound() {
        return web -> web.requestRejectedHandler(new HttpStatusRequestRejectedHandler(404));
    }

    @Bean
    SecurityFilterChain siteSecurity(HttpSecurity http) throws Exception {
        SiteSecurity.baseline(http)
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                // The API authenticates each request by its token, never by the session cookie: no CSRF to guard against.
                .csrf(csrf -> csrf.ignoringRequestMatchers("/api/**"));
        return http.build();
    }
}
