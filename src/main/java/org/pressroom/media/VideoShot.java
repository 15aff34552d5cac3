package org.pressroom.media;

import java.math.BigDecimal;
import java.math.RoundingMode;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A stored line of a video's shot list; {@link Shot} is its value. */
@Entity
@Table(name = "video_shot")
class VideoShot {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;
    @Column(name = "asset_id")
    Long assetId;
    int position;
    @Column(name = "starts_at")
    BigDecimal startsAt;
    @Column(name = "ends_at")
    BigDecimal endsAt;
    @Enumerated(EnumType.STRING)
    Shot.Kind kind;
    String description;
    String speaker;
    String language;

    protected VideoShot() {
    }

    VideoShot(long assetId, int position, Shot shot) {
        this.assetId = assetId;
        this.position = position;
        this.startsAt = BigDecimal.valueOf(shot.start()).setScale(3, RoundingMode.HALF_UP);
        this.endsAt = shot.end() == null ? null : BigDecimal.valueOf(shot.end()).setScale(3, RoundingMode.HALF_UP);
        this.kind = shot.kind();
        this.description = shot.description();
        this.speaker = shot.speaker();
        this.language = shot.language();
    }

    Shot value() {
        return new Shot(startsAt.doubleValue(), endsAt == null ? null : endsAt.doubleValue(), kind, description, speaker, language);
    }
}
