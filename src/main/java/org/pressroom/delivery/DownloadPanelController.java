package org.pressroom.delivery;

import java.net.URI;
import java.util.Locale;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.pressroom.account.AccountPrincipal;
import org.pressroom.account.AccountStanding;
import org.pressroom.account.MediaAccounts;
import org.pressroom.account.ReturnTo;
import org.pressroom.site.SiteProperties;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The download panel of a video: its files and, for the reader, a signed link per file, the log-in dialog, the
 * terms of use to accept, or a note that downloads are disabled. With {@code HX-Request} (the video page loads it
 * into {@code #video-downloads}) it is the panel alone; without, a page of its own. It is personal: never kept
 * by any cache. With {@code ?start=<file>} (where the log-in dialog returns to) an allowed reader's download
 * starts by itself. Also the start address of any file, and the terms of use step.
 */
@Controller
class DownloadPanelController {

    private final Assets assets;
    private final DownloadPanel panel;
    private final DownloadAccess access;
    private final DownloadLinks links;
    private final AccountStanding standing;
    private final SiteProperties site;

    DownloadPanelController(Assets assets, DownloadPanel panel, DownloadAccess access, DownloadLinks links, AccountStanding standing,
                            SiteProperties site) {
        this.assets = assets;
        this.panel = panel;
        this.access = access;
        this.links = links;
        this.standing = standing;
        this.site = site;
    }

    @GetMapping("/{lang}/videos/{id}/downloads")
    String videoDownloads(@PathVariable String lang, @PathVariable String id, @RequestParam(required = false) String start,
                          Locale locale, Model model, HttpServletRequest request, HttpServletResponse response) {
        personal(response);
        Asset asset = find(Asset.Type.VIDEO, id, lang);
        Optional<AccountPrincipal> reader = MediaAccounts.current();
        boolean fragment = "true".equals(request.getHeader("HX-Request"));
        String panelPath = "/" + lang + "/videos/" + asset.id() + "/downloads";
        String here = fragment ? hxCurrentPage(request, lang, panelPath) : request.getRequestURI()
                + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
        DownloadPanel.View view = panel.view(asset, reader, lang, locale, panelPath, ReturnTo.sanitise(here, lang));
        model.addAttribute("panel", view);
        model.addAttribute("termsVersion", standing.currentTerms());
        if (!fragment && start != null) {
            view.rows().stream().filter(row -> row.file().name().equals(start) && row.url() != null).findFirst().ifPresent(row -> {
                // The download asked for before logging in starts by itself, with or without JavaScript.
                response.setHeader("Refresh", "0; url=" + row.url());
                model.addAttribute("starting", row);
            });
        }
        return fragment ? "delivery/panel :: panel" : "delivery/downloads";
    }

    /**
     * The start of one file's download, for links outside the panel (the photo page): straight to a signed
     * link when allowed, else to the log-in or the terms of use, which come back here.
     */
    @GetMapping("/{lang}/downloads/{type}/{id}/{file}")
    String start(@PathVariable String lang, @PathVariable String type, @PathVariable String id, @PathVariable String file,
                 HttpServletRequest request, HttpServletResponse response) {
        personal(response);
        Asset asset = find(Asset.Type.of(type).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)), id, lang);
        Asset.File wanted = asset.file(file).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        Optional<AccountPrincipal> reader = MediaAccounts.current();
        String here = request.getRequestURI();
        return switch (access.decide(asset, reader)) {
            case GRANTED -> "redirect:" + links.url(access.grant(asset, wanted, reader, lang), asset.downloadName(wanted));
            case LOG_IN -> "redirect:" + withReturn("/" + lang + "/account/login", here);
            case ACCEPT_TERMS -> "redirect:" + withReturn("/" + lang + "/downloads/terms", here);
            case DISABLED -> throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        };
    }

    @GetMapping("/{lang}/downloads/terms")
    String terms(@PathVariable String lang, @RequestParam(required = false) String returnTo, Locale locale, Model model,
                 HttpServletRequest request, HttpServletResponse response) {
        personal(response);
        String back = ReturnTo.sanitise(returnTo, lang);
        if (MediaAccounts.current().isEmpty()) {
            return "redirect:" + withReturn("/" + lang + "/account/login", withReturn("/" + lang + "/downloads/terms", back));
        }
        model.addAttribute("returnTo", back);
        model.addAttribute("termsVersion", standing.currentTerms());
        model.addAttribute("paragraphs", java.util.Arrays.stream(site.termsOfUse(locale).split("\\n\\s*\\n")).map(String::strip)
                .filter(p -> !p.isEmpty()).toList());
        return "delivery/terms";
    }

    /** The account accepts the terms of use in force; then back to where the download was asked for. */
    @PostMapping("/{lang}/downloads/terms")
    String acceptTerms(@PathVariable String lang, @RequestParam(required = false) String returnTo, HttpServletRequest request) {
        String back = ReturnTo.sanitise(returnTo, lang);
        Optional<AccountPrincipal> reader = MediaAccounts.current();
        if (reader.isEmpty()) {
            return "redirect:" + withReturn("/" + lang + "/account/login", back);
        }
        standing.acceptCurrentTerms(reader.get().id(), request.getRemoteAddr(), request.getHeader(HttpHeaders.USER_AGENT));
        return "redirect:" + back;
    }

    private Asset find(Asset.Type type, String id, String lang) {
        return (id.matches("\\d{1,18}") ? assets.find(type, Long.parseLong(id), lang) : Optional.<Asset>empty())
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    /** Rendered for one reader: no cache may keep it, Pressroom's own page cache included. */
    private static void personal(HttpServletResponse response) {
        response.setHeader(HttpHeaders.CACHE_CONTROL, "private, no-store");
        response.setHeader(HttpHeaders.VARY, "Cookie, HX-Request");
    }

    /** The page the panel was loaded into, where the panel's forms come back to. */
    private static String hxCurrentPage(HttpServletRequest request, String lang, String fallback) {
        String current = request.getHeader("HX-Current-URL");
        try {
            URI uri = current == null ? null : URI.create(current);
            return uri == null || uri.getRawPath() == null ? fallback
                    : uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
        } catch (IllegalArgumentException malformed) {
            return fallback;
        }
    }

    static String withReturn(String path, String returnTo) {
        return UriComponentsBuilder.fromPath(path).queryParam("returnTo", returnTo).encode().build().toUriString();
    }
}
