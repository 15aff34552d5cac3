package org.pressroom.content;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

import org.pressroom.site.SiteLanguages;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What every editing service checks and how it saves: fields collected into problems (each with its message
 * key), text limits before anything is cleaned, slugs free in their language, and a save in a transaction of its
 * own, so that a save over someone else's ends as a conflict with the editor's values kept, not as an error.
 */
@Component
class EditingChecks {

    static final int TITLE_LENGTH = 300;
    static final int SHORT_LENGTH = 2000;

    /** Thrown inside a save when the item moved on since the editor loaded it. */
    static final class Stale extends RuntimeException {
        Stale() {
            super(null, null, false, false);
        }
    }

    private final EditingProperties properties;
    private final SiteLanguages languages;
    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;

    /**
     * Language versions to delete on a save that did not send them: only those in a language the site offers, as
     * edit pages send only those; a version in a language the site no longer offers is kept as it is.
     */
    boolean removable(String lang, java.util.Set<String> sent) {
        return !sent.contains(lang) && languages.find(lang).isPresent();
    }

    EditingChecks(EditingProperties properties, SiteLanguages languages, JdbcClient jdbc, PlatformTransactionManager transactions) {
        this.properties = properties;
        this.languages = languages;
        this.jdbc = jdbc;
        this.transactions = new TransactionTemplate(transactions);
    }

    /** Problems found while checking one submission. */
    final class Problems {
        final List<EditorialRefusal.Problem> list = new ArrayList<>();

        void add(String field, String code, Object... arguments) {
            list.add(EditorialRefusal.Problem.of(field, code, arguments));
        }

        void required(String field, String value) {
            if (value == null || value.isBlank()) {
                add(field, "editorial.required");
            }
        }

        /** The length limit of a field, checked on what was sent, before any cleaning. */
        boolean length(String field, String value, int limit) {
            if (value != null && value.length() > limit) {
                add(field, "editorial.too-long", limit, value.length());
                return false;
            }
            return true;
        }

        boolean text(String field, String value) {
            return length(field, value, properties.maxTextLength());
        }

        void language(String field, String lang) {
            if (lang == null || languages.find(lang).filter(l -> l.toLanguageTag().equals(lang)).isEmpty()) {
                add(field, "editorial.language.unknown", lang == null ? "" : lang);
            }
        }

        /** A slug valid and not taken in its language by another item of the table. */
        void slug(String field, String table, String lang, String slug, Long self) {
            if (!Slugs.valid(slug)) {
                add(field, "editorial.slug.invalid");
                return;
            }
            Set<String> owner = Set.of("article_text", "event_text", "transcript_text", "photo_text", "gallery_text");
            if (!owner.contains(table)) {
                throw new IllegalArgumentException(table);
            }
            String column = table.substring(0, table.indexOf('_')) + "_id";
            boolean taken = jdbc.sql("select count(*) from " + table + " where lang = :lang and slug = :slug"
                            + " and (cast(:self as bigint) is null or " + column + " <> :self)")
                    .param("lang", lang).param("slug", slug).param("self", self).query(Long.class).single() > 0;
            if (taken) {
                add(field, "editorial.slug.taken", slug);
            }
        }

        /** An id that must name a row of the table. */
        void exists(String field, String table, Long id) {
            if (id != null && jdbc.sql("select count(*) from " + table + " where id = :id").param("id", id).query(Long.class).single() == 0) {
                add(field, "editorial.link.missing", String.valueOf(id));
            }
        }

        boolean any() {
            return !list.isEmpty();
        }
    }

    Problems problems() {
        return new Problems();
    }

    int maxTextLength() {
        return properties.maxTextLength();
    }

    /**
     * Runs a save in its own transaction: a refusal or a conflict rolls it back, whole, and is answered with the
     * editor's values.
     */
    <F> EditResult<F> save(F submitted, Supplier<EditResult<F>> work, Supplier<ItemState> current) {
        try {
            return transactions.execute(status -> work.get());
        } catch (EditorialRefusal refusal) {
            return EditResult.refused(submitted, refusal.problems());
        } catch (Stale | OptimisticLockingFailureException | jakarta.persistence.OptimisticLockException stale) {
            return EditResult.conflict(transactions.execute(status -> current.get()), submitted);
        }
    }
}
