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

    /**
     * The colours in force. Kept an hour under the address pages give it ({@code ?v=} the colours); asked for with
     * other colours in the address (a page from a server that has not yet seen a change), it is not kept, so that the
     * old colours never stay an hour under the new address.
     */
    @GetMapping(value = "/site/theme.css", produces = "text/css")
    ResponseEntity<String> theme(@org.springframework.web.bind.annotation.RequestParam(required = false) String v) {
        SiteProperties.Colours colours = settings.current().colours();
        CacheControl cache = v == null || v.equals(settings.themeVersion()) ? CACHE : CacheControl.noCache();
        String css = ":root {\n  --brand: " + colours.brand() + ";\n  --accent: " + colours.accent() + ";\n}\n";
        return ResponseEntity.ok().cacheControl(cache).contentType(MediaType.valueOf("text/css;charset=UTF-8")).body(css);
    }

    @GetMapping("/site/logo")
    ResponseEntity<Resource> logo() throws IOException {
        Resource logo = settings.current().logo();
        MediaType type = MediaTypeFactory.getMediaType(logo).orElse(MediaType.APPLICATION_OCTET_STREAM);
        return ResponseEntity.ok().cacheControl(CACHE).contentType(type).contentLength(logo.contentLength()).body(logo);
    }
}
