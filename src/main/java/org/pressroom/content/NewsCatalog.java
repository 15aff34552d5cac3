package org.pressroom.content;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.pressroom.content.Views.Advisory;
import org.pressroom.content.Views.ArticleCard;
import org.pressroom.content.Views.ArticlePage;
import org.pressroom.content.Views.Paged;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The published articles as readers see them: lists, filters and single articles. */
@Service
@Transactional(readOnly = true)
class NewsCatalog {

    private final ArticleRepository articles;
    private final ArticleTextRepository texts;
    private final Cards cards;
    private final ContentProperties properties;
    private final Clock clock;

    NewsCatalog(ArticleRepository articles, ArticleTextRepository texts, Cards cards, ContentProperties properties, Clock clock) {
        this.articles = articles;
        this.texts = texts;
        this.cards = cards;
        this.properties = properties;
        this.clock = clock;
    }

    List<ArticleCard> latest(String lang, int count) {
        return list(lang, null, null, 1, count).items();
    }

    /** One page of articles, newest first, of one type and one month when given; a page past the end is the last one. */
    Paged<ArticleCard> list(String lang, ArticleType type, YearMonth month, int page, int size) {
        Instant now = clock.instant();
        Instant from = month == null ? Instant.EPOCH : month.atDay(1).atStartOfDay(cards.officeZone()).toInstant();
        Instant to = month == null ? now.plusSeconds(1) : month.plusMonths(1).atDay(1).atStartOfDay(cards.officeZone()).toInstant();
        Page<Article> found = articles.findPublic(lang, type, from, to, now, PageRequest.of(Math.max(0, page - 1), size));
        int pages = Math.max(1, found.getTotalPages());
        if (page > pages) {
            found = articles.findPublic(lang, type, from, to, now, PageRequest.of(pages - 1, size));
        }
        List<ArticleCard> items = cards.articles(found.getContent(), lang, now);
        return new Paged<>(items, Math.min(Math.max(page, 1), pages), pages, found.getTotalElements());
    }

    /** The months that have articles, newest first, for the month filter. */
    List<YearMonth> months(String lang) {
        return articles.publicMonths(lang, clock.instant(), cards.officeZone().getId()).stream().map(YearMonth::parse).toList();
    }

    Lookup<ArticlePage> article(String lang, LocalDate date, String slug) {
        Instant now = clock.instant();
        Optional<ArticleText> text = texts.findByLangAndSlug(lang, slug);
        if (text.isEmpty()) {
            return elsewhere(lang, slug, now);
        }
        Optional<Article> article = articles.findById(text.get().articleId).filter(a -> a.isPublicAt(now));
        if (article.isEmpty()) {
            return Lookup.missing();
        }
        Article a = article.get();
        String canonical = cards.articleUrl(a, lang);
        if (!a.publishedAt.atZone(cards.officeZone()).toLocalDate().equals(date)) {
            return Lookup.moved(canonical);
        }
        return Lookup.found(page(a, text.get(), lang, now));
    }

    /** The article's page as readers see it (for a draft preview too, whatever its status). */
    ArticlePage page(Article a, ArticleText t, String lang, Instant now) {
        ArticleCard card = cards.article(a, lang, now).orElseThrow();
        Advisory advisory = new Advisory(RichText.sanitise(t.advisoryGeneral), RichText.sanitise(t.advisoryProgramme),
                RichText.sanitise(t.advisoryAccess), RichText.sanitise(t.advisoryAccreditation));
        return new ArticlePage(card, RichText.sanitise(t.body), advisory,
                a.updatedAt.atZone(cards.officeZone()),
                a.accreditationDeadline == null ? null : a.accreditationDeadline.atZone(cards.officeZone()),
                cards.event(a.eventId, lang, now).orElse(null), translations(a));
    }

    List<ArticleCard> forEvent(Long eventId, String lang) {
        Instant now = clock.instant();
        return cards.articles(articles.findPublicByEvent(eventId, lang, now), lang, now);
    }

    int pageSize() {
        return properties.pageSize();
    }

    /** A slug of another language: the item in the asked language if it has one, else where it exists. */
    private Lookup<ArticlePage> elsewhere(String lang, String slug, Instant now) {
        return texts.findBySlug(slug).stream().map(t -> t.articleId).distinct().sorted().findFirst()
                .flatMap(articles::findById).filter(a -> a.isPublicAt(now))
                .map(a -> a.texts.containsKey(lang) ? Lookup.<ArticlePage>moved(cards.articleUrl(a, lang))
                        : Lookup.<ArticlePage>untranslated(translations(a)))
                .orElseGet(Lookup::missing);
    }

    private Map<String, String> translations(Article article) {
        Map<String, String> urls = new LinkedHashMap<>();
        article.texts.keySet().stream().sorted().forEach(lang -> urls.put(lang, cards.articleUrl(article, lang)));
        return urls;
    }

}
