package org.pressroom.content;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One language version of an article. Bodies and advisory sections are sanitised HTML. */
@Entity
@EntityListeners(ContentChangeListener.class)
@Table(name = "article_text")
class ArticleText {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;
    @Column(name = "article_id", insertable = false, updatable = false)
    Long articleId;
    String lang;
    String title;
    String slug;
    String lead;
    String body;
    @Column(name = "advisory_general")
    String advisoryGeneral = "";
    @Column(name = "advisory_programme")
    String advisoryProgramme = "";
    @Column(name = "advisory_access")
    String advisoryAccess = "";
    @Column(name = "advisory_accreditation")
    String advisoryAccreditation = "";

    protected ArticleText() {
    }

    ArticleText(String lang, String title, String slug, String lead, String body) {
        this.lang = lang;
        this.title = title;
        this.slug = slug;
        this.lead = lead;
        this.body = body;
    }
}
