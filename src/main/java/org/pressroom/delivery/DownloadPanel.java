package org.pressroom.delivery;

import java.text.NumberFormat;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.pressroom.account.AccountPrincipal;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * What the download panel of an asset shows one reader: each file with its format, resolution, duration, size
 * and SHA-256, and beside it what the reader can do: a signed link, the log-in dialog, the terms of use to
 * accept, or only a note that downloads are disabled.
 */
@Component
class DownloadPanel {

    private static final Map<String, Locale> BY_ISO3 = new HashMap<>();

    static {
        for (String code : Locale.getISOLanguages()) {
            Locale locale = Locale.forLanguageTag(code);
            try {
                BY_ISO3.putIfAbsent(locale.getISO3Language(), locale);
            } catch (java.util.MissingResourceException ignored) {
                // A language without a three-letter code cannot be named by one.
            }
        }
    }

    private final DownloadAccess access;
    private final DownloadLinks links;
    private final Basket basket;
    private final MessageSource messages;

    DownloadPanel(DownloadAccess access, DownloadLinks links, Basket basket, MessageSource messages) {
        this.access = access;
        this.links = links;
        this.basket = basket;
        this.messages = messages;
    }

    /**
     * @param decision GRANTED, LOG_IN, ACCEPT_TERMS or DISABLED, as the template's switch reads it
     * @param returnTo the page to come back to after accepting the terms or filling the basket
     */
    record View(Asset asset, String decision, List<Row> rows, String duration, String returnTo, boolean loggedIn) {
    }

    /**
     * @param url the signed link, when the reader may download
     * @param startUrl the page that starts this download once the reader has logged in
     * @param inBasket whether the file is in the reader's basket
     */
    record Row(Asset.File file, String label, String format, String resolution, String duration, String size, String url,
               String startUrl, boolean inBasket) {
    }

    View view(Asset asset, Optional<AccountPrincipal> reader, String lang, Locale locale, String panelPath, String returnTo) {
        DownloadAccess.Decision decision = access.decide(asset, reader);
        java.util.Set<String> inBasket = reader.map(r -> basket.namesIn(r.id(), asset)).orElse(java.util.Set.of());
        List<Row> rows = asset.files().stream().map(file -> new Row(file, label(file, locale), format(file), resolution(file, locale),
                file.duration().isZero() ? "" : duration(file.duration()), size(file.size(), locale),
                decision == DownloadAccess.Decision.GRANTED ? links.url(access.grant(asset, file, reader, lang), asset.downloadName(file)) : null,
                UriComponentsBuilder.fromPath(panelPath).queryParam("start", file.name()).build().toUriString(),
                inBasket.contains(file.name()))).toList();
        return new View(asset, decision.name(), rows, asset.duration().isZero() ? "" : duration(asset.duration()), returnTo,
                reader.isPresent());
    }

    /** The file as people call it: Broadcast MP4, 720p MP4, Audio, French. */
    String label(Asset.File file, Locale locale) {
        return switch (file.kind()) {
            case WEB -> messages.getMessage("download.kind.web", new Object[] {String.valueOf(file.height())}, locale);
            case AUDIO -> messages.getMessage("download.kind.audio", new Object[] {language(file.language(), locale)}, locale);
            default -> messages.getMessage("download.kind." + file.kind().name().toLowerCase(Locale.ROOT), null, locale);
        };
    }

    private String language(String iso3, Locale locale) {
        Locale language = BY_ISO3.get(iso3);
        return language == null ? messages.getMessage("download.language.unknown", null, locale) : language.getDisplayLanguage(locale);
    }

    private static String format(Asset.File file) {
        String container = file.extension().toUpperCase(Locale.ROOT);
        return file.codecs().isBlank() || file.codecs().equals(container) ? container : container + " (" + file.codecs() + ")";
    }

    private String resolution(Asset.File file, Locale locale) {
        if (file.width() == 0) {
            return "";
        }
        String size = file.width() + " × " + file.height();
        return file.frameRate().isEmpty() ? size : messages.getMessage("download.fps", new Object[] {size, file.frameRate()}, locale);
    }

    /** 1:02:03 or 2:03. */
    static String duration(Duration duration) {
        long seconds = Math.max(1, Math.round(duration.toMillis() / 1000.0));
        long hours = seconds / 3600;
        return hours > 0 ? "%d:%02d:%02d".formatted(hours, seconds / 60 % 60, seconds % 60) : "%d:%02d".formatted(seconds / 60, seconds % 60);
    }

    /** In the reader's language: 1.2 GB, 1,2 Go. */
    String size(long bytes, Locale locale) {
        String[] units = {"B", "KB", "MB", "GB", "TB"};
        double value = bytes;
        int unit = 0;
        while (value >= 1000 && unit < units.length - 1) {
            value /= 1000;
            unit++;
        }
        NumberFormat number = NumberFormat.getNumberInstance(locale);
        number.setMaximumFractionDigits(unit == 0 || value >= 100 ? 0 : 1);
        return messages.getMessage("download.size." + units[unit], new Object[] {number.format(value)}, locale);
    }
}
