package org.pressroom.media;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;

import org.springframework.core.io.Resource;

/**
 * Where media files live. Keys are made by Pressroom ({@code photos/12/web.jpg}), never taken from a
 * visitor's file name. A file appears under its key only once it is complete.
 */
public interface MediaStorage {

    /** Stores the stream's bytes under the key, replacing any earlier file, and says what was stored. */
    StoredFile store(String key, InputStream content) throws IOException;

    /** The stored file, if there is one. */
    Optional<Resource> find(String key);

    /** Removes the file if it exists. */
    void delete(String key) throws IOException;

    /**
     * An address where the file can be fetched directly for a short while (a pre-signed URL in object storage),
     * answered with the given Content-Disposition; empty where files have no such address (local files are
     * served by Pressroom itself).
     */
    default Optional<URI> temporaryUrl(String key, Duration lifetime, String contentDisposition) {
        return Optional.empty();
    }

    /**
     * @param key the key it is stored under
     * @param size its length in bytes
     * @param sha256 the SHA-256 of its bytes, lower-case hex
     */
    record StoredFile(String key, long size, String sha256) {
    }
}
