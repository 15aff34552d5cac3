package org.pressroom.content;

import java.time.Clock;

import org.pressroom.site.SiteLanguages;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class ContentConfiguration {

    /** After Spring Security's filters, so that a page served from memory still gets every security header. */
    @Bean
    FilterRegistrationBean<PublicPageCache> publicPageCache(SiteLanguages languages, ContentVersion version,
                                                           ContentProperties properties, Clock clock) {
        FilterRegistrationBean<PublicPageCache> registration =
                new FilterRegistrationBean<>(new PublicPageCache(languages, version, properties, clock));
        registration.setOrder(0);
        return registration;
    }
}
