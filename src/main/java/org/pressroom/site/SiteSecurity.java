package org.pressroom.site;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * The security baseline every filter chain of Pressroom starts from (the site's, the back office's): CSRF on
 * every form, a new session id at log-in, no inline script or style, and the headers that keep frames and
 * referrers in check.
 */
public final class SiteSecurity {

    private SiteSecurity() {
    }

    /** Applies the baseline; the caller adds which requests are allowed. */
    public static HttpSecurity baseline(HttpSecurity http) throws Exception {
        return http
                .httpBasic(AbstractHttpConfigurer::disable)
                .formLogin(AbstractHttpConfigurer::disable)
                .sessionManagement(sessions -> sessions.sessionFixation(fixation -> fixation.changeSessionId()))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(WebSecurity.CONTENT_SECURITY_POLICY))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                        .frameOptions(frames -> frames.sameOrigin())
                        // Written only on HTTPS requests; a year, as browsers' preload lists expect.
                        .httpStrictTransportSecurity(hsts -> hsts.maxAgeInSeconds(31_536_000).includeSubDomains(true)));
    }
}
