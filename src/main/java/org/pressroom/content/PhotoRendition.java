package org.pressroom.content;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One file of a photo, kept in media storage. */
@Entity
@EntityListeners(ContentChangeListener.class)
@Table(name = "photo_rendition")
class PhotoRendition {

    /** The sizes made of every photo; {@code code} names them in URLs. */
    enum Kind {
        THUMBNAIL("thumbnail"), WEB("web"), HIGH("high");

        final String code;

        Kind(String code) {
            this.code = code;
        }

        static java.util.Optional<Kind> fromCode(String code) {
            return java.util.Arrays.stream(values()).filter(kind -> kind.code.equals(code)).findFirst();
        }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;
    @Enumerated(EnumType.STRING)
    Kind kind;
    @Column(name = "storage_key")
    String storageKey;
    @Column(name = "content_type")
    String contentType;
    int width;
    int height;
    long size;
    String sha256;

    protected PhotoRendition() {
    }

    PhotoRendition(Kind kind, String storageKey, String contentType, int width, int height, long size, String sha256) {
        this.kind = kind;
        this.storageKey = storageKey;
        this.contentType = contentType;
        this.width = width;
        this.height = height;
        this.size = size;
        this.sha256 = sha256;
    }
}
