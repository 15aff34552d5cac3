package org.pressroom.media;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface VideoAssetRepository extends JpaRepository<VideoAsset, Long> {

    Page<VideoAsset> findByStatus(VideoAsset.Status status, Pageable page);

    Page<VideoAsset> findByStatusAndPublishTrue(VideoAsset.Status status, Pageable page);

    java.util.List<VideoAsset> findByIdInAndStatusAndPublishTrue(java.util.Collection<Long> ids, VideoAsset.Status status);
}
