package org.pressroom.delivery;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;
import org.pressroom.account.AccountPrincipal;
import org.pressroom.account.MediaAccounts;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** My downloads: what the logged-in account downloaded, newest first, and whether all of it arrived. */
@Controller
class DownloadHistoryController {

    private static final int SHOWN = 200;

    private final DownloadLog downloads;
    private final Assets assets;
    private final DownloadPanel panel;
    private final MessageSource messages;

    DownloadHistoryController(DownloadLog downloads, Assets assets, DownloadPanel panel, MessageSource messages) {
        this.downloads = downloads;
        this.assets = assets;
        this.panel = panel;
        this.messages = messages;
    }

    /** One line: when, which item (linked while it is offered), which file, how much arrived. */
    record Line(String when, String whenText, String title, String url, String file, String received) {
    }

    @GetMapping("/{lang}/downloads")
    String history(@PathVariable String lang, Locale locale, Model model, HttpServletResponse response) {
        response.setHeader(HttpHeaders.CACHE_CONTROL, "private, no-store");
        Optional<AccountPrincipal> reader = MediaAccounts.current();
        if (reader.isEmpty()) {
            return "redirect:" + DownloadPanelController.withReturn("/" + lang + "/account/login", "/" + lang + "/downloads");
        }
        DateTimeFormatter format = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(locale)
                .withZone(ZoneOffset.UTC);
        Map<String, Optional<Asset>> found = new HashMap<>();
        List<Line> lines = downloads.of(reader.get().id(), SHOWN).stream().map(past -> {
            Optional<Asset> asset = found.computeIfAbsent(past.type().code() + past.assetId(),
                    key -> assets.find(past.type(), past.assetId(), lang));
            Optional<Asset.File> file = asset.flatMap(a -> a.file(past.rendition()));
            String received = past.complete() == null ? messages.getMessage("download.history.handed", null, locale)
                    : past.complete() ? messages.getMessage("download.history.complete", null, locale)
                    : messages.getMessage("download.history.partial",
                            new Object[] {panel.size(past.bytesSent(), locale), panel.size(past.fileSize(), locale)}, locale);
            String title = asset.map(Asset::title).orElseGet(() -> messages.getMessage("download.history." + past.type().code(),
                    new Object[] {String.valueOf(past.assetId())}, locale) + " – " + messages.getMessage("download.history.gone", null, locale));
            return new Line(past.startedAt().toString(), format.format(past.startedAt()) + " UTC", title,
                    asset.map(Asset::pageUrl).orElse(null), file.map(f -> panel.label(f, locale)).orElse(past.rendition()), received);
        }).toList();
        model.addAttribute("lines", lines);
        return "delivery/history";
    }
}
