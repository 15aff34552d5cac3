package org.pressroom.media;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A video's subtitles in one language, kept as the WebVTT text they arrived as. */
@Entity
@Table(name = "video_caption")
class VideoCaption {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;
    @Column(name = "asset_id")
    Long assetId;
    String language;
    String vtt;

    protected VideoCaption() {
    }

    VideoCaption(long assetId, Caption caption) {
        this.assetId = assetId;
        this.language = caption.language();
        this.vtt = caption.webVtt();
    }
}
