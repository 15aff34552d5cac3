package org.pressroom.site;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import tools.jackson.databind.json.JsonMapper;

/**
 * The organisation's name, the press office's address and the brand colours as they are in force: what the
 * configuration ({@link SiteProperties}) says, with what an administrator changed at {@code /admin/settings} over
 * it. Read from the database at most every {@link #REFRESH}, so a change made on another node shows within that
 * time; on the node that saves it, at once.
 */
@Service
public class SiteSettings {

    /** How long another node may show the settings it read before a change. */
    static final Duration REFRESH = Duration.ofSeconds(10);
    static final int MAX_NAME = 120;
    /** White text on the brand colour (header, buttons) must be readable: WCAG AA for normal text. */
    static final double BRAND_CONTRAST = 4.5;
    /** The accent marks focus and highlights on white: WCAG's 3:1 for non-text contrast. */
    static final double ACCENT_CONTRAST = 3.0;
    private static final Pattern HEX = Pattern.compile("#[0-9a-fA-F]{6}");
    private static final Pattern CONTROL = Pattern.compile("\\p{Cc}");

    /** What an administrator set over the configuration; empty map and nulls where nothing was set. */
    public record Overrides(Map<String, String> names, String contactEmail, String brand, String accent,
                            Instant updatedAt, UUID updatedBy) {

        public Overrides {
            names = names == null ? Map.of() : Map.copyOf(names);
        }

        static Overrides none() {
            return new Overrides(Map.of(), null, null, null, null, null);
        }
    }

    /** What the settings form sends: a name per language, the address and the colours. */
    public record Form(Map<String, String> names, String contactEmail, String brand, String accent) {

        public Form {
            names = names == null ? Map.of() : new LinkedHashMap<>(names);
        }
    }

    /** A refused field and the message key saying why (with its arguments). */
    public record Problem(String field, String key, List<Object> arguments) {
    }

    /** The settings changed: every page that shows them is out of date. Published inside the saving transaction. */
    public record Changed(Instant at) {
    }

    private record Snapshot(SiteProperties effective, Overrides overrides, long readAt) {
    }

    private final SiteProperties configured;
    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private volatile Snapshot snapshot;

    SiteSettings(SiteProperties configured, JdbcClient jdbc, JsonMapper json, Clock clock, ApplicationEventPublisher events) {
        this.configured = configured;
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
        this.events = events;
    }

    /** The site's settings in force: the configuration with the administrator's changes over it. */
    public SiteProperties current() {
        Snapshot seen = snapshot;
        if (seen == null || System.nanoTime() - seen.readAt() > REFRESH.toNanos()) {
            seen = read();
        }
        return seen.effective();
    }

    /** The organisation's name in the given language (or the default language's). */
    public String name(Locale locale) {
        return current().name(locale);
    }

    /** Changes with the colours: the theme's address carries it, so that browsers and caches fetch the new one. */
    public String themeVersion() {
        SiteProperties.Colours colours = current().colours();
        return (colours.brand() + colours.accent()).replace("#", "").toLowerCase(Locale.ROOT);
    }

    /** What the administrator changed, as stored (nothing read from the cache). */
    public Overrides overrides() {
        return read().overrides();
    }

    /** The settings as the configuration gives them, for "as configured" hints and resetting. */
    public SiteProperties configured() {
        return configured;
    }

    /**
     * Saves the form as the settings in force: a value equal to the configured one is stored as "as configured", so
     * a later change of the configuration applies to it. Nothing is saved when any field is refused.
     */
    @Transactional
    public List<Problem> save(Form form, UUID by) {
        List<Problem> problems = check(form);
        if (!problems.isEmpty()) {
            return problems;
        }
        Map<String, String> names = new LinkedHashMap<>();
        for (String lang : configured.languages()) {
            String name = form.names().get(lang).strip();
            if (!name.equals(configured.name().get(lang))) {
                names.put(lang, name);
            }
        }
        String email = differing(form.contactEmail().strip(), configured.contactEmail());
        String brand = differing(form.brand().toLowerCase(Locale.ROOT), configured.colours().brand().toLowerCase(Locale.ROOT));
        String accent = differing(form.accent().toLowerCase(Locale.ROOT), configured.colours().accent().toLowerCase(Locale.ROOT));
        jdbc.sql("""
                insert into site_settings (id, names, contact_email, brand_colour, accent_colour, updated_at, updated_by)
                values (1, cast(:names as jsonb), :email, :brand, :accent, :at, :by)
                on conflict (id) do update set names = excluded.names, contact_email = excluded.contact_email,
                    brand_colour = excluded.brand_colour, accent_colour = excluded.accent_colour,
                    updated_at = excluded.updated_at, updated_by = excluded.updated_by""")
                .param("names", json.writeValueAsString(names)).param("email", email).param("brand", brand)
                .param("accent", accent).param("at", java.sql.Timestamp.from(clock.instant())).param("by", by)
                .update();
        changed();
        return List.of();
    }

    /** Forgets every change: the configuration is in force again. */
    @Transactional
    public void reset() {
        jdbc.sql("delete from site_settings").update();
        changed();
    }

    private void changed() {
        events.publishEvent(new Changed(clock.instant()));
        snapshot = null;
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    snapshot = null;
                }
            });
        }
    }

    List<Problem> check(Form form) {
        List<Problem> problems = new java.util.ArrayList<>();
        for (String lang : configured.languages()) {
            String name = form.names().get(lang);
            String field = "names." + lang;
            if (name == null || name.isBlank()) {
                problems.add(new Problem(field, "settings.error.name-blank", List.of()));
            } else if (name.strip().length() > MAX_NAME) {
                problems.add(new Problem(field, "settings.error.name-long", List.of(MAX_NAME)));
            } else if (CONTROL.matcher(name).find()) {
                problems.add(new Problem(field, "settings.error.name-control", List.of()));
            }
        }
        if (!validEmail(form.contactEmail())) {
            problems.add(new Problem("contactEmail", "settings.error.email", List.of()));
        }
        colour(form.brand(), "brand", BRAND_CONTRAST).ifPresent(problems::add);
        colour(form.accent(), "accent", ACCENT_CONTRAST).ifPresent(problems::add);
        return problems;
    }

    private static Optional<Problem> colour(String value, String field, double least) {
        if (value == null || !HEX.matcher(value).matches()) {
            return Optional.of(new Problem(field, "settings.error.colour", List.of()));
        }
        double contrast = contrastWithWhite(value);
        if (contrast < least) {
            return Optional.of(new Problem(field, "settings.error.contrast-" + field,
                    List.of(Math.floor(contrast * 10) / 10, least)));
        }
        return Optional.empty();
    }

    /** WCAG 2 contrast ratio of a #rrggbb colour against white. */
    static double contrastWithWhite(String hex) {
        int rgb = Integer.parseInt(hex.substring(1), 16);
        double luminance = 0.2126 * linear(rgb >> 16 & 0xff) + 0.7152 * linear(rgb >> 8 & 0xff) + 0.0722 * linear(rgb & 0xff);
        return 1.05 / (luminance + 0.05);
    }

    private static double linear(int channel) {
        double c = channel / 255.0;
        return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }

    private static boolean validEmail(String address) {
        if (address == null || address.isBlank() || address.strip().length() > 254) {
            return false;
        }
        String stripped = address.strip();
        try {
            new InternetAddress(stripped, true).validate();
        } catch (AddressException e) {
            return false;
        }
        int at = stripped.lastIndexOf('@');
        return at > 0 && stripped.indexOf('.', at) > at + 1 && !stripped.contains(" ") && !stripped.contains("<");
    }

    private static String differing(String value, String configuredValue) {
        return value.equals(configuredValue) ? null : value;
    }

    private Snapshot read() {
        Overrides overrides = jdbc.sql("""
                        select names::text as names, contact_email, brand_colour, accent_colour, updated_at, updated_by
                        from site_settings where id = 1""")
                .query((rs, row) -> new Overrides(names(rs.getString("names")), rs.getString("contact_email"),
                        rs.getString("brand_colour"), rs.getString("accent_colour"),
                        rs.getTimestamp("updated_at").toInstant(), rs.getObject("updated_by", UUID.class)))
                .optional().orElse(Overrides.none());
        Map<String, String> names = new LinkedHashMap<>(configured.name());
        names.putAll(overrides.names());
        SiteProperties effective = new SiteProperties(names, configured.baseUrl(), configured.logo(),
                new SiteProperties.Colours(
                        overrides.brand() != null ? overrides.brand() : configured.colours().brand(),
                        overrides.accent() != null ? overrides.accent() : configured.colours().accent()),
                overrides.contactEmail() != null ? overrides.contactEmail() : configured.contactEmail(),
                configured.languages(), configured.termsOfUse(), configured.privacy());
        Snapshot fresh = new Snapshot(effective, overrides, System.nanoTime());
        snapshot = fresh;
        return fresh;
    }

    private Map<String, String> names(String text) {
        Map<String, String> names = new LinkedHashMap<>();
        json.readTree(text).properties().forEach(entry -> names.put(entry.getKey(), entry.getValue().asString()));
        return names;
    }
}
