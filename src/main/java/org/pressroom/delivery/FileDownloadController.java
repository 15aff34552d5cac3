package org.pressroom.delivery;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.pressroom.account.AccountPrincipal;
import org.pressroom.account.MediaAccounts;
import org.pressroom.media.MediaStorage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.server.ResponseStatusException;

/**
 * The files behind signed links: {@code GET} and {@code HEAD /downloads/<token>/<name>}. The token is checked on
 * every request (signature, expiry, the account still standing, the rights still allowing), then the file is sent
 * like a static file server would, by Pressroom itself, by nginx ({@code X-Accel-Redirect}), or by object storage
 * (a redirect to a short-lived pre-signed address). Each download is logged.
 */
@Controller
class FileDownloadController {

    private static final Logger log = LoggerFactory.getLogger(FileDownloadController.class);
    /** The name at the end of a link is for people and download managers; it only has to look like one. */
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,250}");

    private final DownloadLinks links;
    private final Assets assets;
    private final DownloadAccess access;
    private final MediaStorage storage;
    private final FileSender sender;
    private final DownloadLog downloads;
    private final DeliveryProperties properties;
    private final Clock clock;

    FileDownloadController(DownloadLinks links, Assets assets, DownloadAccess access, MediaStorage storage, FileSender sender,
                           DownloadLog downloads, DeliveryProperties properties, Clock clock) {
        this.links = links;
        this.assets = assets;
        this.access = access;
        this.storage = storage;
        this.sender = sender;
        this.downloads = downloads;
        this.properties = properties;
        this.clock = clock;
    }

    /** Answers with the file (or a redirect to it); a genuine link that no longer works gets a page saying why. */
    @RequestMapping(path = "/downloads/{token}/{name}", method = {RequestMethod.GET, RequestMethod.HEAD})
    String download(@PathVariable String token, @PathVariable String name, Model model, HttpServletRequest request,
                    HttpServletResponse response) throws IOException {
        Instant started = clock.instant();
        // A forged or altered link, and any probe, looks like nothing at all.
        DownloadGrant grant = links.read(token).filter(g -> NAME.matcher(name).matches() && !name.contains(".."))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        Asset asset = assets.find(grant.type(), grant.assetId(), grant.lang())
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        Asset.File file = asset.file(grant.rendition()).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        Optional<AccountPrincipal> session = MediaAccounts.current();
        DownloadAccess.Refusal refusal = access.check(grant, asset, session);
        if (refusal != DownloadAccess.Refusal.NONE) {
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
            response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
            model.addAttribute("reason", refusal.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
            return "delivery/refused";
        }
        DownloadName fileName = asset.downloadName(file);
        boolean get = "GET".equals(request.getMethod());
        Optional<URI> remote = storage.temporaryUrl(file.storageKey(), properties.storageLinkLifetime(), fileName.contentDisposition());
        if (remote.isPresent()) {
            response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
            response.setStatus(HttpServletResponse.SC_FOUND);
            response.setHeader(HttpHeaders.LOCATION, remote.get().toString());
            if (get) {
                log(grant, asset, file, 0, file.size(), null, null, DownloadLog.Via.STORAGE, started, request);
            }
            return null;
        }
        Path path = storage.find(file.storageKey()).filter(Resource::isFile).map(FileDownloadController::path).orElse(null);
        if (path == null || !Files.isRegularFile(path)) {
            log.warn("The stored file {} of {} {} is missing", file.storageKey(), asset.type().code(), asset.id());
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        if (properties.accelRedirectOn()) {
            // nginx sends the file, with its own range and caching logic, from the internal location.
            response.setHeader("X-Accel-Redirect", properties.accelRedirect().replaceAll("/+$", "") + "/" + file.storageKey());
            response.setHeader(HttpHeaders.CONTENT_TYPE, file.contentType());
            response.setHeader(HttpHeaders.CONTENT_DISPOSITION, fileName.contentDisposition());
            response.setHeader(HttpHeaders.CACHE_CONTROL, "private, no-transform");
            if (get) {
                log(grant, asset, file, 0, file.size(), null, null, DownloadLog.Via.NGINX, started, request);
            }
            return null;
        }
        Optional<FileSender.Sent> sent = sender.send(request, response, path, file.contentType(), file.sha256(), fileName);
        sent.ifPresent(s -> log(grant, asset, file, s.firstByte(), s.asked(), s.sent() < 0 ? null : s.sent(), s.complete(),
                s.sent() < 0 ? DownloadLog.Via.SENDFILE : DownloadLog.Via.PRESSROOM, started, request));
        return null;
    }

    private void log(DownloadGrant grant, Asset asset, Asset.File file, long first, long asked, Long sent, Boolean complete,
                     DownloadLog.Via via, Instant started, HttpServletRequest request) {
        downloads.record(new DownloadLog.Entry(grant.account(), asset.type(), asset.id(), file.name(), file.size(), first, asked, sent,
                complete, via, started, request.getRemoteAddr()));
    }

    private static Path path(Resource resource) {
        try {
            return resource.getFile().toPath();
        } catch (IOException e) {
            return null;
        }
    }
}
