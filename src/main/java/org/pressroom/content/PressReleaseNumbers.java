package org.pressroom.content;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Gives a press release its number when it is first published: the next one of the year of its publication, in
 * the press office's time zone ("Press Release (2026) 013"). A number once given stays, through unpublication
 * and republication; numbers are given one at a time per year, whichever node publishes.
 */
@Component
class PressReleaseNumbers {

    private final ArticleRepository articles;
    private final ContentProperties properties;
    private final JdbcClient jdbc;

    PressReleaseNumbers(ArticleRepository articles, ContentProperties properties, JdbcClient jdbc) {
        this.articles = articles;
        this.properties = properties;
        this.jdbc = jdbc;
    }

    void assign(Publishable item) {
        if (!(item instanceof Article article) || article.type != ArticleType.PRESS_RELEASE || article.number != null
                || article.publishedAt == null) {
            return;
        }
        int year = article.publishedAt.atZone(properties.timeZone()).getYear();
        jdbc.sql("select 1 from (select pg_advisory_xact_lock(hashtext(:key))) locked").param("key", "press-release:" + year)
                .query(Integer.class).single();
        article.numberYear = year;
        article.number = articles.lastNumber(year).orElse(0) + 1;
    }
}
