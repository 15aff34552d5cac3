package org.pressroom.delivery;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.sql.Timestamp;
import java.time.Instant;

import org.pressroom.media.MediaStorage;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Published photos as the content module keeps them (rows written here, the file stored through the real media
 * storage), for tests that need a downloadable file without processing a video.
 */
final class TestPhotos {

    /** A photo's moment: 2026-02-12 in Brussels, where the press office is. */
    static final Instant TAKEN = Instant.parse("2026-02-12T09:30:00Z");

    private TestPhotos() {
    }

    /** A photo published a minute before {@code now}, with {@code bytes} as its high-resolution file; its id. */
    static long publish(JdbcTemplate jdbc, MediaStorage storage, Instant now, String rights, String caption, byte[] bytes) throws IOException {
        Timestamp published = Timestamp.from(now.minusSeconds(60));
        Long id = jdbc.queryForObject("""
                insert into photo (taken_at, photographer, credit, download, width, height, status, published_at, updated_at)
                values (?, 'J. Doe', '© Photo Desk', ?, 4, 3, 'PUBLISHED', ?, ?) returning id""", Long.class,
                Timestamp.from(TAKEN), rights, published, published);
        jdbc.update("insert into photo_text (photo_id, lang, caption, slug) values (?, 'en', ?, 'photo')", id, caption);
        MediaStorage.StoredFile stored = storage.store("photos/" + id + "/high.jpg", new ByteArrayInputStream(bytes));
        jdbc.update("""
                insert into photo_rendition (photo_id, kind, storage_key, content_type, width, height, size, sha256)
                values (?, 'HIGH', ?, 'image/jpeg', 4, 3, ?, ?)""", id, stored.key(), stored.size(), stored.sha256());
        return id;
    }
}
