package org.pressroom.content;

import java.time.Clock;

import org.pressroom.site.SiteLanguages;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

@Configuration(proxyBeanMethods = false)
class ContentConfiguration {

    /**
     * Before Spring Security and Spring Session (a page from memory needs neither: it is only served to
     * requests without cookies), after the filter that times requests for the metrics.
     */
    @Bean
    FilterRegistrationBean<PublicPageCache> publicPageCache(SiteLanguages languages, ContentVersion version,
                                                           ContentProperties properties, Clock clock) {
        FilterRegistrationBean<PublicPageCache> registration =
                new FilterRegistrationBean<>(new PublicPageCache(languages, version, properties, clock));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return registration;
    }
}
