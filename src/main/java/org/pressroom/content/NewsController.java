package org.pressroom.content;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.pressroom.content.Views.ArticlePage;
import org.pressroom.site.SiteSettings;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.util.UriComponentsBuilder;

/** The news list with its filters, and each article. */
@Controller
class NewsController {

    private final NewsCatalog news;
    private final ContentPages pages;
    private final SiteSettings settings;

    NewsController(NewsCatalog news, ContentPages pages, SiteSettings settings) {
        this.news = news;
        this.pages = pages;
        this.settings = settings;
    }

    @GetMapping("/{lang}/news")
    String list(@PathVariable String lang, @RequestParam(required = false) String type,
                @RequestParam(required = false) String month, @RequestParam(required = false) String page, Model model) {
        Optional<ArticleType> chosenType = Optional.ofNullable(type).filter(t -> !t.isBlank()).flatMap(ArticleType::fromCode);
        Optional<YearMonth> chosenMonth = ListParameters.month(month);
        boolean ignored = (type != null && !type.isBlank() && chosenType.isEmpty())
                || (month != null && !month.isBlank() && chosenMonth.isEmpty());
        var list = news.list(lang, chosenType.orElse(null), chosenMonth.orElse(null), ListParameters.page(page), news.pageSize());
        model.addAttribute("articles", list);
        model.addAttribute("types", ArticleType.values());
        model.addAttribute("type", chosenType.orElse(null));
        model.addAttribute("months", news.months(lang));
        model.addAttribute("month", chosenMonth.orElse(null));
        model.addAttribute("filterIgnored", ignored);
        model.addAttribute("pageLinks", pageLinks(lang, chosenType, chosenMonth, list.page(), list.pages()));
        model.addAttribute("canonicalUrl", settings.current().absolute(listUrl(lang, chosenType, chosenMonth, list.page())));
        return "content/news-list";
    }

    private static Map<String, String> pageLinks(String lang, Optional<ArticleType> type, Optional<YearMonth> month, int page, int pages) {
        Map<String, String> links = new LinkedHashMap<>();
        if (page > 1) {
            links.put("previous", listUrl(lang, type, month, page - 1));
        }
        if (page < pages) {
            links.put("next", listUrl(lang, type, month, page + 1));
        }
        return links;
    }

    private static String listUrl(String lang, Optional<ArticleType> type, Optional<YearMonth> month, int page) {
        UriComponentsBuilder url = UriComponentsBuilder.fromPath("/" + lang + "/news");
        type.ifPresent(t -> url.queryParam("type", t.code()));
        month.ifPresent(m -> url.queryParam("month", m.toString()));
        if (page > 1) {
            url.queryParam("page", page);
        }
        return url.build().toUriString();
    }

    @GetMapping("/{lang}/news/{year:\\d{4}}/{month:\\d{2}}/{day:\\d{2}}/{slug}")
    String article(@PathVariable String lang, @PathVariable int year, @PathVariable int month, @PathVariable int day,
                   @PathVariable String slug, Model model, HttpServletRequest request, HttpServletResponse response) {
        LocalDate date = ListParameters.date(year, month, day).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        Lookup<ArticlePage> lookup = news.article(lang, date, slug);
        String view = pages.show(lookup, "content/article", model, request, response);
        ArticlePage page = lookup.page();
        if (page != null) {
            pages.translations(model, request, page.translations(), page.card().url());
            String image = page.card().photo() == null ? null : page.card().photo().webUrl();
            Map<String, Object> data = new LinkedHashMap<>();
            data.put("@context", "https://schema.org");
            data.put("@type", "NewsArticle");
            data.put("headline", page.card().title());
            data.put("description", page.card().lead());
            data.put("inLanguage", lang);
            data.put("datePublished", page.card().published().toOffsetDateTime().toString());
            data.put("dateModified", page.updated().toOffsetDateTime().toString());
            data.put("mainEntityOfPage", pages.absolute(page.card().url()));
            if (image != null) {
                data.put("image", pages.absolute(image));
            }
            data.put("publisher", Map.of("@type", "Organization", "name", settings.current().name(java.util.Locale.forLanguageTag(lang)),
                    "logo", Map.of("@type", "ImageObject", "url", pages.absolute("/site/logo"))));
            pages.meta(model, page.card().title(), page.card().lead(), "article", image, data);
        }
        return view;
    }
}
