package org.pressroom.content;

import java.nio.charset.StandardCharsets;
import java.time.Duration;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.pressroom.content.Views.GalleryPage;
import org.pressroom.content.Views.PhotoPage;
import org.pressroom.account.MediaAccounts;
import org.pressroom.media.MediaStorage;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.server.ResponseStatusException;

/** The photos page, galleries, each photo with its downloads, and the photo files themselves. */
@Controller
class PhotoController {

    private final PhotoCatalog photos;
    private final ContentPages pages;
    private final MediaStorage storage;

    PhotoController(PhotoCatalog photos, ContentPages pages, MediaStorage storage) {
        this.photos = photos;
        this.pages = pages;
        this.storage = storage;
    }

    @GetMapping("/{lang}/photos")
    String index(@PathVariable String lang, Model model) {
        model.addAttribute("galleries", photos.galleries(lang));
        model.addAttribute("photos", photos.latest(lang, 24));
        return "content/photos";
    }

    @GetMapping("/{lang}/galleries/{idAndSlug}")
    String gallery(@PathVariable String lang, @PathVariable String idAndSlug, Model model, HttpServletRequest request,
                   HttpServletResponse response) {
        var id = ListParameters.idAndSlug(idAndSlug).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        Lookup<GalleryPage> lookup = photos.gallery(lang, id.id(), id.slug());
        String view = pages.show(lookup, "content/gallery", model, request, response);
        GalleryPage page = lookup.page();
        if (page != null) {
            pages.translations(model, request, page.translations(), page.card().url());
            pages.meta(model, page.card().title(), page.card().description(), "website",
                    page.card().cover() == null ? null : page.card().cover().webUrl(), null);
        }
        return view;
    }

    @GetMapping("/{lang}/photos/{idAndSlug}")
    String photo(@PathVariable String lang, @PathVariable String idAndSlug, Model model, HttpServletRequest request,
                 HttpServletResponse response) {
        var id = ListParameters.idAndSlug(idAndSlug).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        Lookup<PhotoPage> lookup = photos.photo(lang, id.id(), id.slug());
        String view = pages.show(lookup, "content/photo", model, request, response);
        PhotoPage page = lookup.page();
        if (page != null) {
            pages.translations(model, request, page.translations(), page.card().url());
            pages.meta(model, page.card().caption(), page.card().caption(), "website", page.card().webUrl(), null);
            model.addAttribute("mayDownload", page.download() == DownloadPolicy.PUBLIC
                    || (page.download() == DownloadPolicy.ACCOUNT && verifiedAccount()));
        }
        return view;
    }

    /**
     * A photo's file. Thumbnails and web sizes are public with the photo; the high-resolution file follows
     * the photo's rights. Files never change under their address without their checksum changing, so
     * caches may keep them for a day and revalidate with the ETag.
     */
    @GetMapping("/media/photos/{id:\\d{1,18}}/{kind}.jpg")
    ResponseEntity<Resource> file(@PathVariable long id, @PathVariable String kind, WebRequest request) {
        var file = photos.file(id, kind, verifiedAccount()).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        if (file.access() != PhotoCatalog.FileAccess.ALLOWED) {
            throw new ResponseStatusException(file.access() == PhotoCatalog.FileAccess.ACCOUNT_NEEDED ? HttpStatus.FORBIDDEN : HttpStatus.NOT_FOUND);
        }
        String etag = "\"" + file.sha256() + "\"";
        CacheControl cache = file.everyone() ? CacheControl.maxAge(Duration.ofDays(1)).cachePublic() : CacheControl.noCache().cachePrivate();
        if (request.checkNotModified(etag)) {
            return ResponseEntity.status(HttpStatus.NOT_MODIFIED).eTag(etag).cacheControl(cache).build();
        }
        Resource resource = storage.find(file.storageKey()).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        ResponseEntity.BodyBuilder response = ResponseEntity.ok().eTag(etag).cacheControl(cache)
                .contentType(MediaType.parseMediaType(file.contentType()));
        if (file.downloadName() != null) {
            response.header(HttpHeaders.CONTENT_DISPOSITION,
                    ContentDisposition.attachment().filename(file.downloadName(), StandardCharsets.UTF_8).build().toString());
        }
        return response.body(resource);
    }

    private static boolean verifiedAccount() {
        return MediaAccounts.isLoggedIn();
    }
}
