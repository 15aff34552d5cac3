package org.pressroom.media;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface VideoCaptionRepository extends JpaRepository<VideoCaption, Long> {

    List<VideoCaption> findByAssetIdOrderByLanguage(long assetId);

    Optional<VideoCaption> findByAssetIdAndLanguage(long assetId, String language);
}
