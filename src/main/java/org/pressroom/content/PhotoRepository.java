package org.pressroom.content;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface PhotoRepository extends JpaRepository<Photo, Long> {

    String PUBLIC = " p.status = org.pressroom.content.PublicationStatus.PUBLISHED and p.publishedAt <= :now"
            + " and (p.embargoUntil is null or p.embargoUntil <= :now) ";

    @Query("select p from Photo p where" + PUBLIC + "and p.id = :id")
    Optional<Photo> findPublic(@Param("id") Long id, @Param("now") Instant now);

    @Query("select p from Photo p where" + PUBLIC + "and p.id in :ids")
    List<Photo> findPublicByIds(@Param("ids") Collection<Long> ids, @Param("now") Instant now);

    @Query("select p from Photo p where" + PUBLIC + "and p.eventId = :event order by p.takenAt")
    List<Photo> findPublicByEvent(@Param("event") Long eventId, @Param("now") Instant now);

    @Query("select p from Photo p where" + PUBLIC + "order by p.takenAt desc, p.id desc")
    List<Photo> findLatestPublic(@Param("now") Instant now, Pageable page);

    Optional<Photo> findByDemoKey(String demoKey);
}
