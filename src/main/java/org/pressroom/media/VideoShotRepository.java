package org.pressroom.media;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface VideoShotRepository extends JpaRepository<VideoShot, Long> {

    List<VideoShot> findByAssetIdOrderByPosition(long assetId);
}
