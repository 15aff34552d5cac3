package org.pressroom.mail;

import java.nio.charset.StandardCharsets;
import java.util.Set;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.thymeleaf.spring6.templateresolver.SpringResourceTemplateResolver;
import org.thymeleaf.templatemode.TemplateMode;

/** Plain-text parts of e-mails are Thymeleaf TEXT templates named {@code *.txt}, beside the HTML ones. */
@Configuration(proxyBeanMethods = false)
class MailTemplateConfiguration {

    @Bean
    SpringResourceTemplateResolver plainTextMailTemplateResolver() {
        SpringResourceTemplateResolver resolver = new SpringResourceTemplateResolver();
        resolver.setPrefix("classpath:/templates/");
        resolver.setSuffix("");
        resolver.setResolvablePatterns(Set.of("mail/email/*.txt"));
        resolver.setTemplateMode(TemplateMode.TEXT);
        resolver.setCharacterEncoding(StandardCharsets.UTF_8.name());
        resolver.setOrder(0);
        resolver.setCheckExistence(true);
        resolver.setCacheable(true);
        return resolver;
    }
}
