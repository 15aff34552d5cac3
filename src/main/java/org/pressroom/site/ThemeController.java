package org.pressroom.site;

import java.io.IOException;
import java.time.Duration;

import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.MediaTypeFactory;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The organisation's colours as CSS custom properties, and its logo. Served as files so that the
 * Content-Security-Policy can forbid inline styles.
 */
@RestController
class ThemeController {

    private static final CacheControl CACHE = CacheControl.maxAge(Duration.ofHours(1)).cachePublic();

    private final SiteSettings settings;

    ThemeController(SiteSettings settings) {
        this.settings = settings;
    }

    @GetMapping(value = "/site/theme.css", produces = "text/css")
    ResponseEntity<String> theme() {
        SiteProperties.Colours colours = settings.current().colours();
        String css = ":root {\n  --brand: " + colours.brand() + ";\n  --accent: " + colours.accent() + ";\n}\n";
        return ResponseEntity.ok().cacheControl(CACHE).contentType(MediaType.valueOf("text/css;charset=UTF-8")).body(css);
    }

    @GetMapping("/site/logo")
    ResponseEntity<Resource> logo() throws IOException {
        Resource logo = settings.current().logo();
        MediaType type = MediaTypeFactory.getMediaType(logo).orElse(MediaType.APPLICATION_OCTET_STREAM);
        return ResponseEntity.ok().cacheControl(CACHE).contentType(type).contentLength(logo.contentLength()).body(logo);
    }
}
