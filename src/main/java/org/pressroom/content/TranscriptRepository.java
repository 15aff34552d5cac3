package org.pressroom.content;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface TranscriptRepository extends JpaRepository<Transcript, Long> {

    String PUBLIC = " x.status = org.pressroom.content.PublicationStatus.PUBLISHED and x.publishedAt <= :now"
            + " and (x.embargoUntil is null or x.embargoUntil <= :now) ";

    @Query("select x from Transcript x where" + PUBLIC + "and x.eventId = :event order by x.deliveredAt")
    List<Transcript> findPublicByEvent(@Param("event") Long eventId, @Param("now") Instant now);

    @Query("select x from Transcript x where" + PUBLIC + "and x.id in :ids")
    List<Transcript> findPublicByIds(@Param("ids") Collection<Long> ids, @Param("now") Instant now);

    @Query("select x from Transcript x where" + PUBLIC + "order by x.deliveredAt desc")
    List<Transcript> findAllPublic(@Param("now") Instant now);

    @Query("select x from Transcript x where" + PUBLIC
            + "and exists (select t.id from TranscriptText t where t.transcriptId = x.id and t.lang = :lang) order by x.deliveredAt desc")
    List<Transcript> findLatestPublic(@Param("lang") String lang, @Param("now") Instant now, org.springframework.data.domain.Pageable page);

    Optional<Transcript> findByDemoKey(String demoKey);
}
