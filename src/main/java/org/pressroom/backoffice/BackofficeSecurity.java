package org.pressroom.backoffice;

import org.pressroom.account.StaffAccounts;
import org.pressroom.account.StaffRole;
import org.pressroom.site.SiteSecurity;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;

/**
 * Who may open which page of {@code /admin}. Signing in and the one-time links are open; the staff, terms and
 * audit pages need an administrator; every other page an editor (publishers and administrators are editors
 * too). Anyone not signed in as staff is sent to the sign-in page; a journalist's session (a multimedia
 * account without a role) gets the translated 403 page.
 */
@Configuration(proxyBeanMethods = false)
class BackofficeSecurity {

    static final String ADMIN = StaffRole.ADMIN.name();
    static final String EDITOR = StaffRole.EDITOR.name();

    @Bean
    @Order(1)
    SecurityFilterChain backofficeFilterChain(HttpSecurity http, StaffAccounts staff) throws Exception {
        SiteSecurity.baseline(http)
                .addFilterBefore(new StaffRolesCheck(staff), AuthorizationFilter.class)
                .securityMatcher("/admin", "/admin/**")
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/admin/sign-in", "/admin/sign-in/**", "/admin/sign-out", "/admin/setup",
                                "/admin/password", "/admin/language").permitAll()
                        .requestMatchers("/admin/staff", "/admin/staff/**", "/admin/audit", "/admin/audit/**",
                                "/admin/terms", "/admin/terms/**", "/admin/settings", "/admin/settings/**").hasRole(ADMIN)
                        .anyRequest().hasRole(EDITOR))
                .exceptionHandling(exceptions -> exceptions.authenticationEntryPoint((request, response, refused) ->
                        response.sendRedirect(request.getContextPath() + "/admin/sign-in")));
        return http.build();
    }
}
