package org.pressroom.content;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.pressroom.content.VideoCatalog.VideoPage;
import org.pressroom.site.SiteSettings;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/** The videos page and each video with its player, shot list and what was read from its master. */
@Controller
class VideoController {

    private static final int PAGE_SIZE = 24;

    private final VideoCatalog videos;
    private final ContentPages pages;
    private final SiteSettings settings;

    VideoController(VideoCatalog videos, ContentPages pages, SiteSettings settings) {
        this.videos = videos;
        this.pages = pages;
        this.settings = settings;
    }

    @GetMapping("/{lang}/videos")
    String index(@PathVariable String lang, @RequestParam(required = false) String page, Model model) {
        model.addAttribute("list", videos.latest(lang, ListParameters.page(page), PAGE_SIZE));
        return "content/videos";
    }

    @GetMapping("/{lang}/videos/{idAndSlug}")
    String video(@PathVariable String lang, @PathVariable String idAndSlug, Model model, HttpServletRequest request,
                 HttpServletResponse response) {
        var id = ListParameters.idAndSlug(idAndSlug).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        Lookup<VideoPage> lookup = videos.video(lang, id.id(), id.slug());
        String view = pages.show(lookup, "content/video", model, request, response);
        VideoPage page = lookup.page();
        if (page != null) {
            pages.translations(model, request, page.translations(), page.link().url());
            pages.meta(model, page.link().title(), page.video().summary(), "video.other", page.link().poster(),
                    structuredData(page, lang));
        }
        return view;
    }

    private Map<String, Object> structuredData(VideoPage page, String lang) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("@context", "https://schema.org");
        data.put("@type", "VideoObject");
        data.put("name", page.link().title());
        data.put("description", page.video().summary().isEmpty() ? page.link().title() : page.video().summary());
        data.put("thumbnailUrl", pages.absolute(page.link().poster()));
        if (page.video().card().published() != null) {
            data.put("uploadDate", page.video().card().published().toString());
        }
        if (page.video().card().duration() != null) {
            data.put("duration", page.video().card().duration().withNanos(0).toString());
        }
        data.put("inLanguage", lang);
        data.put("publisher", Map.of("@type", "Organization", "name", settings.current().name(Locale.forLanguageTag(lang)),
                "url", pages.absolute("/" + lang + "/")));
        data.put("url", pages.absolute(page.link().url()));
        return data;
    }
}
