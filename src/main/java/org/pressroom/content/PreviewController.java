package org.pressroom.content;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.pressroom.site.SiteLanguages;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * A draft preview ({@link PreviewLinks}): the item's page exactly as readers will see it, whatever its status,
 * embargo or publication time, marked {@code noindex} (a meta tag and {@code X-Robots-Tag}) and {@code no-store}.
 * A forged, altered or expired link, an item gone or a language it lacks answer 404. Articles, events and
 * transcripts have pages of their own to preview.
 */
@Controller
class PreviewController {

    private final PreviewLinks links;
    private final EditorialItems items;
    private final NewsCatalog news;
    private final EventCatalog events;
    private final TranscriptCatalog transcripts;
    private final SiteLanguages languages;
    private final ContentPages pages;
    private final TransactionTemplate reads;
    private final Clock clock;

    PreviewController(PreviewLinks links, EditorialItems items, NewsCatalog news, EventCatalog events, TranscriptCatalog transcripts,
                      SiteLanguages languages, ContentPages pages, PlatformTransactionManager transactions, Clock clock) {
        this.links = links;
        this.items = items;
        this.news = news;
        this.events = events;
        this.transcripts = transcripts;
        this.languages = languages;
        this.pages = pages;
        this.reads = new TransactionTemplate(transactions);
        // Read-only: the publication time filled in below for a draft is never written back.
        this.reads.setReadOnly(true);
        this.clock = clock;
    }

    @GetMapping("/{lang}/preview/{token}")
    String preview(@PathVariable String lang, @PathVariable String token, @RequestParam(required = false) String day, Model model,
                   HttpServletResponse response) {
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("X-Robots-Tag", "noindex, nofollow");
        PreviewLinks.Preview preview = links.check(token).filter(p -> languages.find(lang).isPresent())
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        int asked = day == null || day.isBlank() ? 1 : ListParameters.page(day);
        String view = reads.execute(status -> render(preview.item(), lang, asked, model));
        if (view == null) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        // The layout marks a page with "elsewhere" noindex, without a canonical address or language alternates.
        model.addAttribute("elsewhere", Map.of());
        model.addAttribute("preview", true);
        return view;
    }

    private String render(ContentItem item, String lang, int day, Model model) {
        Publishable p = items.find(item).orElse(null);
        if (p == null) {
            return null;
        }
        Instant now = clock.instant();
        if (p.publishedAt == null) {
            p.publishedAt = now;
        }
        if (p instanceof Article a && a.texts.containsKey(lang)) {
            Views.ArticlePage page = news.page(a, a.texts.get(lang), lang, now);
            model.addAttribute("page", page);
            pages.meta(model, page.card().title(), page.card().lead(), "article", null, null);
            return "content/article";
        }
        if (p instanceof Event e && e.texts.containsKey(lang)) {
            Views.EventPage page = events.page(e, e.texts.get(lang), lang, Math.min(Math.max(day, 1), e.days()), now);
            model.addAttribute("page", page);
            pages.meta(model, page.card().title(), RichText.plain(page.description()), "website", null, null);
            return "content/event";
        }
        if (p instanceof Transcript x && x.texts.containsKey(lang)) {
            Views.TranscriptPage page = transcripts.page(x, x.texts.get(lang), lang, now);
            model.addAttribute("page", page);
            pages.meta(model, page.card().title(), String.join("; ", page.card().speakers()), "article", null, null);
            return "content/transcript";
        }
        return null;
    }
}
