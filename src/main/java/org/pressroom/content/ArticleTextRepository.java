package org.pressroom.content;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface ArticleTextRepository extends JpaRepository<ArticleText, Long> {

    Optional<ArticleText> findByLangAndSlug(String lang, String slug);

    List<ArticleText> findBySlug(String slug);
}
