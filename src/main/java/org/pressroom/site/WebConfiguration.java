package org.pressroom.site;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;

/** Languages in the URL: the locale comes from the path, and an unknown language prefix is a 404. */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

    private final SiteLanguages languages;

    WebConfiguration(SiteLanguages languages) {
        this.languages = languages;
    }

    @Bean
    LocaleResolver localeResolver() {
        return new PathLocaleResolver(languages);
    }

    /**
     * Spring's resource URL rewriting is switched on by the webjars locator, but Pressroom versions no
     * asset URL: it would only look every link of every page up on the class path (most of the time spent
     * rendering a page, measured with JFR). Versionless webjar URLs are resolved when they are requested.
     */
    @Bean
    FilterRegistrationBean<ResourceUrlEncodingFilter> resourceUrlEncodingOff() {
        FilterRegistrationBean<ResourceUrlEncodingFilter> registration = new FilterRegistrationBean<>(new ResourceUrlEncodingFilter());
        registration.setEnabled(false);
        return registration;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new HandlerInterceptor() {
            @Override
            public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
                Object variables = request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
                if (variables instanceof Map<?, ?> map && map.get("lang") instanceof String lang
                        && languages.find(lang).isEmpty()) {
                    throw new ResponseStatusException(HttpStatus.NOT_FOUND);
                }
                return true;
            }
        });
    }
}
