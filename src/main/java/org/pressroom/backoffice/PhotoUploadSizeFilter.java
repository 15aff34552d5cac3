package org.pressroom.backoffice;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A photo upload that says it is larger than the form limit is answered before anything reads it: the sender is
 * taken back to the upload page, which says why. Otherwise the first filter to read a form field (the CSRF check)
 * would parse it, fail, and show the generic "too large" page. The rest of the body is read and dropped by the
 * server ({@code server.tomcat.max-swallow-size}), so that the browser shows the page rather than a broken
 * connection. An upload without a length is caught later ({@link PhotoUploadLimit}).
 */
@Configuration(proxyBeanMethods = false)
class PhotoUploadSizeFilter {

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> photoUploadSize(
            @Value("${spring.servlet.multipart.max-request-size:50MB}") DataSize limit) {
        OncePerRequestFilter filter = new OncePerRequestFilter() {
            @Override
            protected boolean shouldNotFilter(HttpServletRequest request) {
                return !"POST".equals(request.getMethod())
                        || !"/admin/photos".equals(request.getRequestURI().substring(request.getContextPath().length()));
            }

            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                if (request.getContentLengthLong() > limit.toBytes()) {
                    response.sendRedirect(request.getContextPath() + "/admin/photos/new?refused=size");
                    return;
                }
                chain.doFilter(request, response);
            }
        };
        FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(filter);
        registration.addUrlPatterns("/admin/photos");
        // Before Spring Security's filters, which read the CSRF token among the form's fields.
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
        return registration;
    }
}
