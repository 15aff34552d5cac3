package org.pressroom.media;

import org.springframework.data.jpa.repository.JpaRepository;

interface VideoAssetRepository extends JpaRepository<VideoAsset, Long> {
}
