package org.pressroom.content;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface GalleryRepository extends JpaRepository<Gallery, Long> {

    String PUBLIC = " g.status = org.pressroom.content.PublicationStatus.PUBLISHED and g.publishedAt <= :now"
            + " and (g.embargoUntil is null or g.embargoUntil <= :now) ";

    @Query("select g from Gallery g where" + PUBLIC + "and g.id = :id")
    Optional<Gallery> findPublic(@Param("id") Long id, @Param("now") Instant now);

    @Query("select g from Gallery g where" + PUBLIC + "order by g.publishedAt desc, g.id desc")
    List<Gallery> findAllPublic(@Param("now") Instant now);

    @Query("select g from Gallery g where" + PUBLIC + "and g.eventId = :event order by g.publishedAt")
    List<Gallery> findPublicByEvent(@Param("event") Long eventId, @Param("now") Instant now);

    @Query("select g from Gallery g where" + PUBLIC + "and :photo member of g.photoIds")
    List<Gallery> findPublicContaining(@Param("photo") Long photoId, @Param("now") Instant now);

    Optional<Gallery> findByDemoKey(String demoKey);
}
