package org.pressroom.content;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface EventTextRepository extends JpaRepository<EventText, Long> {

    Optional<EventText> findByLangAndSlug(String lang, String slug);

    List<EventText> findBySlug(String slug);
}
