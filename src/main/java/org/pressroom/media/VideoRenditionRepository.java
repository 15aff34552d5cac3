package org.pressroom.media;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface VideoRenditionRepository extends JpaRepository<VideoRendition, Long> {

    List<VideoRendition> findByAssetIdOrderById(Long assetId);

    void deleteByAssetId(Long assetId);

    java.util.Optional<VideoRendition> findByAssetIdAndStorageKey(Long assetId, String storageKey);

    List<VideoRendition> findByAssetIdInAndKind(java.util.Collection<Long> assetIds, PlannedRendition.Kind kind);
}
