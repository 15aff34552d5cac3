package org.pressroom.content;

import java.util.UUID;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creating and changing articles: type, related event and lead photo, the media advisory's four sections and
 * accreditation deadline, and each language version. Rich text is sanitised (an allow-list: scripts, frames,
 * styles and event handlers never get through); every text is limited in length before it is cleaned; a save
 * based on an older version than the stored one is refused as a conflict, with the editor's values returned.
 * The press-release number is given at the first publication ({@link Workflow}).
 */
@Service
public class ArticleEditing {

    /** What is the same in every language, and each language version by its tag. */
    public record ArticleForm(ArticleType type, Long eventId, Long leadPhotoId, Instant accreditationDeadline,
                              Map<String, ArticleVersion> versions) {

        public ArticleForm {
            versions = versions == null ? Map.of() : new TreeMap<>(versions);
        }
    }

    /**
     * One language version; a blank slug is made from the title. Body and sections are HTML.
     */
    public record ArticleVersion(String title, String slug, String lead, String body, String advisoryGeneral,
                                 String advisoryProgramme, String advisoryAccess, String advisoryAccreditation) {

        public static ArticleVersion of(String title, String lead, String body) {
            return new ArticleVersion(title, "", lead, body, "", "", "", "");
        }
    }

    private final ArticleRepository articles;
    private final EditorialItems items;
    private final EditingChecks checks;
    private final Clock clock;

    ArticleEditing(ArticleRepository articles, EditorialItems items, EditingChecks checks, Clock clock) {
        this.articles = articles;
        this.items = items;
        this.checks = checks;
        this.clock = clock;
    }

    /** A new draft. */
    public EditResult<ArticleForm> create(ArticleForm form, UUID accountId) {
        return checks.save(form, () -> {
            ArticleForm clean = check(form, null);
            Article article = new Article(clean.type(), clock.instant());
            article.status = PublicationStatus.DRAFT;
            article.publishedAt = null;
            apply(article, clean);
            articles.save(article);
            return EditResult.saved(items.saved(article, "create", accountId, null), clean);
        }, () -> null);
    }

    /** Changes the article, if nobody saved it since {@code version} was loaded. */
    public EditResult<ArticleForm> update(long id, long version, ArticleForm form, UUID accountId) {
        ContentItem item = ContentItem.article(id);
        return checks.save(form, () -> {
            Article article = (Article) items.get(item);
            if (article.version != version) {
                throw new EditingChecks.Stale();
            }
            ArticleForm clean = check(form, id);
            String before = items.snapshot(article);
            apply(article, clean);
            article.updatedAt = clock.instant();
            return EditResult.saved(items.saved(article, "update", accountId, before), clean);
        }, () -> items.state(items.get(item)));
    }

    /** The article's values, for its edit page. */
    @Transactional(readOnly = true)
    public ArticleForm form(long id) {
        Article article = (Article) items.get(ContentItem.article(id));
        Map<String, ArticleVersion> versions = new LinkedHashMap<>();
        article.texts.values().forEach(t -> versions.put(t.lang, new ArticleVersion(t.title, t.slug, t.lead, t.body, t.advisoryGeneral,
                t.advisoryProgramme, t.advisoryAccess, t.advisoryAccreditation)));
        return new ArticleForm(article.type, article.eventId, article.leadPhotoId, article.accreditationDeadline, versions);
    }

    /** A press release's number once it has one ("(2026) 012"), for its edit page. */
    @Transactional(readOnly = true)
    public Optional<String> pressReleaseNumber(long id) {
        return Optional.ofNullable(Cards.number((Article) items.get(ContentItem.article(id))));
    }

    /**
     * A new language version to start from: the words of {@code from}, to be translated, with an empty slug (made
     * from the translated title when saved). Nothing is saved: a published article must not show untranslated words.
     */
    @Transactional(readOnly = true)
    public ArticleVersion startTranslation(long id, String from) {
        ArticleVersion source = form(id).versions().get(from);
        if (source == null) {
            throw EditorialRefusal.of("versions", "editorial.translation.no-source", from);
        }
        return new ArticleVersion(source.title(), "", source.lead(), source.body(), source.advisoryGeneral(),
                source.advisoryProgramme(), source.advisoryAccess(), source.advisoryAccreditation());
    }

    private ArticleForm check(ArticleForm form, Long self) {
        EditingChecks.Problems problems = checks.problems();
        if (form.type() == null) {
            problems.add("type", "editorial.required");
        }
        if (form.versions().isEmpty()) {
            problems.add("versions", "editorial.versions.none");
        }
        problems.exists("eventId", "event", form.eventId());
        problems.exists("leadPhotoId", "photo", form.leadPhotoId());
        Map<String, ArticleVersion> clean = new TreeMap<>();
        form.versions().forEach((lang, v) -> {
            String at = "versions." + lang + ".";
            problems.language(at + "lang", lang);
            problems.required(at + "title", v.title());
            problems.length(at + "title", v.title(), EditingChecks.TITLE_LENGTH);
            problems.length(at + "lead", v.lead(), EditingChecks.SHORT_LENGTH);
            boolean fits = problems.text(at + "body", v.body()) & problems.text(at + "advisoryGeneral", v.advisoryGeneral())
                    & problems.text(at + "advisoryProgramme", v.advisoryProgramme()) & problems.text(at + "advisoryAccess", v.advisoryAccess())
                    & problems.text(at + "advisoryAccreditation", v.advisoryAccreditation());
            String title = v.title() == null ? "" : v.title().strip();
            String slug = v.slug() == null || v.slug().isBlank() ? Slugs.of(title) : v.slug().strip();
            problems.slug(at + "slug", "article_text", lang, slug, self);
            if (fits) {
                clean.put(lang, new ArticleVersion(title, slug, PastedText.clean(v.lead()), RichText.sanitise(v.body()),
                        RichText.sanitise(v.advisoryGeneral()), RichText.sanitise(v.advisoryProgramme()),
                        RichText.sanitise(v.advisoryAccess()), RichText.sanitise(v.advisoryAccreditation())));
            }
        });
        if (problems.any()) {
            throw new EditorialRefusal(problems.list);
        }
        return new ArticleForm(form.type(), form.eventId(), form.leadPhotoId(), form.accreditationDeadline(), clean);
    }

    private static void apply(Article article, ArticleForm form) {
        article.type = form.type();
        article.eventId = form.eventId();
        article.leadPhotoId = form.leadPhotoId();
        article.accreditationDeadline = form.accreditationDeadline();
        article.texts.keySet().retainAll(form.versions().keySet());
        form.versions().forEach((lang, v) -> {
            ArticleText text = article.texts.computeIfAbsent(lang, l -> new ArticleText(l, "", "", "", ""));
            text.lang = lang;
            text.title = v.title();
            text.slug = v.slug();
            text.lead = v.lead();
            text.body = v.body();
            text.advisoryGeneral = v.advisoryGeneral();
            text.advisoryProgramme = v.advisoryProgramme();
            text.advisoryAccess = v.advisoryAccess();
            text.advisoryAccreditation = v.advisoryAccreditation();
        });
    }
}
