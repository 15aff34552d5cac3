package org.pressroom.media;

import java.time.Instant;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface VideoAssetRepository extends JpaRepository<VideoAsset, Long> {

    Page<VideoAsset> findByStatus(VideoAsset.Status status, Pageable page);

    String PUBLISHED = " v.status = org.pressroom.media.VideoAsset.Status.READY and v.publish = true"
            + " and (v.embargoUntil is null or v.embargoUntil <= :now) ";

    /** The videos the public may see at that time. */
    @Query("select v from VideoAsset v where" + PUBLISHED)
    Page<VideoAsset> findPublished(@Param("now") Instant now, Pageable page);

    @Query("select v from VideoAsset v where" + PUBLISHED + "and v.id in :ids")
    java.util.List<VideoAsset> findPublishedIn(@Param("ids") java.util.Collection<Long> ids, @Param("now") Instant now);
}
