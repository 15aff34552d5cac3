package org.pressroom.content;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface TranscriptTextRepository extends JpaRepository<TranscriptText, Long> {

    Optional<TranscriptText> findByLangAndSlug(String lang, String slug);

    List<TranscriptText> findBySlug(String slug);
}
