package org.pressroom.delivery;

import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.pressroom.account.AccountPrincipal;
import org.pressroom.account.AccountStanding;
import org.pressroom.account.MediaAccounts;
import org.pressroom.account.ReturnTo;
import org.pressroom.site.SiteSettings;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The basket of a logged-in account: add and remove files, see them with their sizes, and download them all as
 * one ZIP. The ZIP is streamed as it is read and cannot be resumed: a {@code Range} on it is ignored and the
 * whole archive is sent ({@code Accept-Ranges: none}); for files large enough to need resuming, the signed link
 * of each file is the way.
 */
@Controller
class BasketController {

    private final Basket basket;
    private final Assets assets;
    private final DownloadAccess access;
    private final DownloadPanel panel;
    private final BasketArchive archive;
    private final AccountStanding standing;
    private final SiteSettings settings;
    private final java.time.Clock clock;

    BasketController(Basket basket, Assets assets, DownloadAccess access, DownloadPanel panel, BasketArchive archive,
                     AccountStanding standing, SiteSettings settings, java.time.Clock clock) {
        this.basket = basket;
        this.assets = assets;
        this.access = access;
        this.panel = panel;
        this.archive = archive;
        this.standing = standing;
        this.settings = settings;
        this.clock = clock;
    }

    /** A basket line: the item and file, or what stands for it when it is no longer offered. */
    record Line(Basket.Item item, Asset asset, Asset.File file, String label, String size, boolean available) {
    }

    /** What the basket holds now, each line checked against the rights of today. */
    private List<Line> lines(AccountPrincipal reader, String lang, Locale locale) {
        List<Line> lines = new ArrayList<>();
        for (Basket.Item item : basket.items(reader.id())) {
            Optional<Asset> asset = assets.find(item.type(), item.assetId(), lang);
            Optional<Asset.File> file = asset.flatMap(a -> a.file(item.rendition()));
            boolean available = file.isPresent()
                    && access.decide(asset.get(), Optional.of(reader)) != DownloadAccess.Decision.DISABLED;
            lines.add(new Line(item, asset.orElse(null), file.orElse(null), file.map(f -> panel.label(f, locale)).orElse(item.rendition()),
                    file.map(f -> panel.size(f.size(), locale)).orElse(""), available));
        }
        return lines;
    }

    @GetMapping("/{lang}/basket")
    String page(@PathVariable String lang, @RequestParam(required = false) String full, Locale locale, Model model,
                HttpServletResponse response) {
        response.setHeader(HttpHeaders.CACHE_CONTROL, "private, no-store");
        Optional<AccountPrincipal> reader = MediaAccounts.current();
        if (reader.isEmpty()) {
            return "redirect:" + DownloadPanelController.withReturn("/" + lang + "/account/login", "/" + lang + "/basket");
        }
        List<Line> lines = lines(reader.get(), lang, locale);
        long total = lines.stream().filter(Line::available).mapToLong(line -> line.file().size()).sum();
        model.addAttribute("lines", lines);
        model.addAttribute("total", panel.size(total, locale));
        model.addAttribute("anyAvailable", lines.stream().anyMatch(Line::available));
        model.addAttribute("termsAccepted", standing.acceptedCurrentTerms(reader.get().id()));
        model.addAttribute("termsVersion", standing.currentTerms());
        model.addAttribute("full", full != null);
        model.addAttribute("basketSize", basket.count(reader.get().id()));
        return "delivery/basket";
    }

    @PostMapping("/{lang}/basket/items")
    String add(@PathVariable String lang, @RequestParam(defaultValue = "") String type, @RequestParam(defaultValue = "") String id,
               @RequestParam(defaultValue = "") String file, @RequestParam(required = false) String returnTo) {
        String back = ReturnTo.sanitise(returnTo, lang);
        Optional<AccountPrincipal> reader = MediaAccounts.current();
        if (reader.isEmpty()) {
            return "redirect:" + DownloadPanelController.withReturn("/" + lang + "/account/login", back);
        }
        Asset asset = Asset.Type.of(type).filter(t -> id.matches("\\d{1,18}"))
                .flatMap(t -> assets.find(t, Long.parseLong(id), lang))
                .filter(a -> access.decide(a, reader) != DownloadAccess.Decision.DISABLED)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        Asset.File wanted = file.isEmpty() ? asset.mainFile()
                : asset.file(file).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        return basket.add(reader.get().id(), asset, wanted) ? "redirect:" + back : "redirect:/" + lang + "/basket?full=true";
    }

    @PostMapping("/{lang}/basket/items/remove")
    String remove(@PathVariable String lang, @RequestParam(defaultValue = "") String type, @RequestParam(defaultValue = "") String id,
                  @RequestParam(defaultValue = "") String file) {
        Optional<AccountPrincipal> reader = MediaAccounts.current();
        Optional<Asset.Type> assetType = Asset.Type.of(type);
        if (reader.isPresent() && assetType.isPresent() && id.matches("\\d{1,18}")) {
            basket.remove(reader.get().id(), assetType.get(), Long.parseLong(id), file);
        }
        return "redirect:/" + lang + "/basket";
    }

    @PostMapping("/{lang}/basket/clear")
    String clear(@PathVariable String lang) {
        MediaAccounts.current().ifPresent(reader -> basket.clear(reader.id()));
        return "redirect:/" + lang + "/basket";
    }

    /** Everything still offered in the basket as one ZIP, streamed. */
    @GetMapping("/{lang}/basket/download")
    String download(@PathVariable String lang, Locale locale, HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<AccountPrincipal> reader = MediaAccounts.current();
        if (reader.isEmpty()) {
            return "redirect:" + DownloadPanelController.withReturn("/" + lang + "/account/login", "/" + lang + "/basket");
        }
        List<Line> lines = lines(reader.get(), lang, locale);
        List<Asset> chosenAssets = new ArrayList<>();
        List<Asset.File> chosenFiles = new ArrayList<>();
        List<String> leftOut = new ArrayList<>();
        boolean termsNeeded = false;
        for (Line line : lines) {
            if (line.available()) {
                termsNeeded |= access.decide(line.asset(), reader) == DownloadAccess.Decision.ACCEPT_TERMS;
                chosenAssets.add(line.asset());
                chosenFiles.add(line.file());
            } else {
                leftOut.add(line.asset() == null ? line.item().type().code() + " " + line.item().assetId() : line.asset().title()
                        + " (" + line.label() + ")");
            }
        }
        if (termsNeeded) {
            return "redirect:" + DownloadPanelController.withReturn("/" + lang + "/downloads/terms", "/" + lang + "/basket");
        }
        if (chosenFiles.isEmpty()) {
            return "redirect:/" + lang + "/basket";
        }
        BasketArchive.Plan plan = archive.plan(chosenAssets, chosenFiles, leftOut, settings.current().name(locale), standing.currentTerms(),
                settings.current().termsOfUse(locale), locale);
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType("application/zip");
        response.setContentLengthLong(plan.length());
        response.setHeader(HttpHeaders.ACCEPT_RANGES, "none");
        response.setHeader(HttpHeaders.CACHE_CONTROL, "private, no-store, no-transform");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                DownloadName.of(today, settings.current().name(locale), "press-room", "basket", "zip").contentDisposition());
        if (!"HEAD".equals(request.getMethod())) {
            archive.write(plan, response.getOutputStream(), reader.get().id(), request.getRemoteAddr());
        }
        return null;
    }
}
