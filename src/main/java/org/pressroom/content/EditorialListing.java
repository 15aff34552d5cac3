package org.pressroom.content;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every editorial item as staff see it: drafts, scheduled, embargoed and unpublished ones included, the most
 * recently changed first. Each is named by its title (a photo by its caption) in the reader's language, or else in
 * the first language it has.
 */
@Component
@Transactional(readOnly = true)
public class EditorialListing {

    public static final int PAGE_SIZE = 50;

    /** One item of the list. */
    public record Row(ContentItem item, String title, String lang, PublicationStatus status, Instant publishedAt,
                      Instant embargoUntil, Instant updatedAt) {

        /** Whether an embargo still holds the item back at that time. */
        public boolean embargoedAt(Instant now) {
            return embargoUntil != null && embargoUntil.isAfter(now);
        }
    }

    /** One page of the list; {@code number} counts from 1. */
    public record Page(List<Row> rows, int number, boolean hasNext) {
    }

    private static final String ITEMS = """
            select 'article' as kind, i.id, i.status, i.published_at, i.embargo_until, i.updated_at,
                   (select t.title from article_text t where t.article_id = i.id order by (t.lang = :lang) desc, t.lang limit 1) as title,
                   (select t.lang from article_text t where t.article_id = i.id order by (t.lang = :lang) desc, t.lang limit 1) as lang
              from article i
            union all
            select 'event', i.id, i.status, i.published_at, i.embargo_until, i.updated_at,
                   (select t.title from event_text t where t.event_id = i.id order by (t.lang = :lang) desc, t.lang limit 1),
                   (select t.lang from event_text t where t.event_id = i.id order by (t.lang = :lang) desc, t.lang limit 1)
              from event i
            union all
            select 'transcript', i.id, i.status, i.published_at, i.embargo_until, i.updated_at,
                   (select t.title from transcript_text t where t.transcript_id = i.id order by (t.lang = :lang) desc, t.lang limit 1),
                   (select t.lang from transcript_text t where t.transcript_id = i.id order by (t.lang = :lang) desc, t.lang limit 1)
              from transcript i
            union all
            select 'photo', i.id, i.status, i.published_at, i.embargo_until, i.updated_at,
                   (select t.caption from photo_text t where t.photo_id = i.id order by (t.lang = :lang) desc, t.lang limit 1),
                   (select t.lang from photo_text t where t.photo_id = i.id order by (t.lang = :lang) desc, t.lang limit 1)
              from photo i
            union all
            select 'gallery', i.id, i.status, i.published_at, i.embargo_until, i.updated_at,
                   (select t.title from gallery_text t where t.gallery_id = i.id order by (t.lang = :lang) desc, t.lang limit 1),
                   (select t.lang from gallery_text t where t.gallery_id = i.id order by (t.lang = :lang) desc, t.lang limit 1)
              from gallery i
            """;

    private final JdbcClient jdbc;

    EditorialListing(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * @param kind only items of this kind, or null for all
     * @param status only items in this status, or null for all
     * @param page the page, from 1
     */
    public Page list(ContentKind kind, PublicationStatus status, String lang, int page) {
        int number = Math.max(1, page);
        List<Row> rows = jdbc.sql("select * from (" + ITEMS + ") items"
                        + " where (cast(:kind as text) is null or kind = :kind) and (cast(:status as text) is null or status = :status)"
                        + " order by updated_at desc nulls last, kind, id desc limit :limit offset :offset")
                .param("lang", lang)
                .param("kind", kind == null ? null : kind.code())
                .param("status", status == null ? null : status.name())
                .param("limit", PAGE_SIZE + 1)
                .param("offset", (long) (number - 1) * PAGE_SIZE)
                .query((rs, i) -> new Row(new ContentItem(ContentKind.fromCode(rs.getString("kind")).orElseThrow(), rs.getLong("id")),
                        rs.getString("title"), rs.getString("lang"), PublicationStatus.valueOf(rs.getString("status")),
                        instant(rs.getTimestamp("published_at")), instant(rs.getTimestamp("embargo_until")),
                        instant(rs.getTimestamp("updated_at"))))
                .list();
        boolean hasNext = rows.size() > PAGE_SIZE;
        return new Page(hasNext ? rows.subList(0, PAGE_SIZE) : rows, number, hasNext);
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
