package org.pressroom.content;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ArticleRepository extends JpaRepository<Article, Long> {

    String PUBLIC = " a.status = org.pressroom.content.PublicationStatus.PUBLISHED and a.publishedAt <= :now"
            + " and (a.embargoUntil is null or a.embargoUntil <= :now) ";
    String IN_LANGUAGE = " exists (select t.id from ArticleText t where t.articleId = a.id and t.lang = :lang) ";

    @Query("select a from Article a where" + PUBLIC + "and" + IN_LANGUAGE
            + "and (:type is null or a.type = :type) and a.publishedAt >= :from and a.publishedAt < :to"
            + " order by a.publishedAt desc, a.id desc")
    Page<Article> findPublic(@Param("lang") String lang, @Param("type") ArticleType type, @Param("from") Instant from,
                             @Param("to") Instant to, @Param("now") Instant now, Pageable page);

    @Query("select a from Article a where" + PUBLIC + "and" + IN_LANGUAGE + "and a.eventId = :event order by a.publishedAt desc")
    List<Article> findPublicByEvent(@Param("event") Long eventId, @Param("lang") String lang, @Param("now") Instant now);

    @Query("select a from Article a where" + PUBLIC + "order by a.publishedAt desc")
    List<Article> findAllPublic(@Param("now") Instant now);

    /** The months ("2026-02") with public articles in a language, newest first, in the press office's time zone. */
    @Query(nativeQuery = true, value = "select distinct to_char(a.published_at at time zone :zone, 'YYYY-MM') as month"
            + " from article a where a.status = 'PUBLISHED' and a.published_at <= :now"
            + " and (a.embargo_until is null or a.embargo_until <= :now)"
            + " and exists (select 1 from article_text t where t.article_id = a.id and t.lang = :lang) order by month desc")
    List<String> publicMonths(@Param("lang") String lang, @Param("now") Instant now, @Param("zone") String zone);

    @Query("select max(a.number) from Article a where a.numberYear = :year")
    Optional<Integer> lastNumber(@Param("year") int year);

    @Query("select max(a.updatedAt) from Article a where" + PUBLIC)
    Optional<Instant> lastUpdate(@Param("now") Instant now);

    Optional<Article> findByDemoKey(String demoKey);
}
