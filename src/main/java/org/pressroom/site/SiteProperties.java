package org.pressroom.site;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.core.io.Resource;
import org.springframework.validation.annotation.Validated;

/**
 * Who runs this press room and how it looks: every default lives in {@code application.yaml} and names an
 * invented organisation, never a real one.
 *
 * @param name the organisation's name per language tag; the first language's name is the fallback
 * @param baseUrl the public address, used in e-mails, feeds and canonical links
 * @param logo the logo shown in the header (an SVG or PNG resource)
 * @param colours the brand colours, as {@code #rrggbb}
 * @param contactEmail the press office's public address
 * @param languages the language tags of the interface and content, the first being the default
 * @param termsOfUse the terms of use per language tag, paragraphs separated by blank lines
 * @param privacy the privacy notice per language tag, paragraphs separated by blank lines
 */
@Validated
@ConfigurationProperties("pressroom.site")
public record SiteProperties(@NotEmpty Map<String, String> name,
                             @NotNull URI baseUrl,
                             @NotNull Resource logo,
                             @Valid @NotNull Colours colours,
                             @Email @NotBlank String contactEmail,
                             @NotEmpty List<@Pattern(regexp = "[a-z]{2,3}") String> languages,
                             @NotEmpty Map<String, String> termsOfUse,
                             @NotEmpty Map<String, String> privacy) {

    private static final String HEX = "#[0-9a-fA-F]{6}";

    /**
     * @param brand the main colour: header, links, buttons
     * @param accent the second colour: highlights and focus
     */
    public record Colours(@Pattern(regexp = HEX) String brand, @Pattern(regexp = HEX) String accent) {
    }

    /** The public address of a path of this site, for canonical links, feeds and sitemaps. */
    public String absolute(String path) {
        String base = baseUrl.toString();
        return (base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + path;
    }

    /** The organisation's name in the given language, or in the default language. */
    public String name(Locale locale) {
        return localized(name, locale);
    }

    public String termsOfUse(Locale locale) {
        return localized(termsOfUse, locale);
    }

    public String privacy(Locale locale) {
        return localized(privacy, locale);
    }

    private String localized(Map<String, String> values, Locale locale) {
        String value = values.get(locale.getLanguage());
        if (value == null) {
            value = values.get(languages.get(0));
        }
        return value != null ? value : values.values().iterator().next();
    }
}
