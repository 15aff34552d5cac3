package org.pressroom.system;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where Pressroom keeps its files (defaults in {@code application.yaml}) and how it runs its own database when none is configured.
 *
 * @param dataDir the data directory: embedded database, media files, search index, local mailbox
 * @param database the embedded PostgreSQL, used only when {@code spring.datasource.url} is not set
 */
@ConfigurationProperties("pressroom")
public record SystemProperties(Path dataDir, EmbeddedDatabase database) {

    /**
     * @param port the port of the embedded PostgreSQL on the loopback interface; 0 picks a free one
     */
    public record EmbeddedDatabase(int port) {
    }
}
