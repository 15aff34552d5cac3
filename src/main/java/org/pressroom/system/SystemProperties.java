package org.pressroom.system;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where Pressroom keeps its files and how it runs its own database when none is configured.
 *
 * @param dataDir the data directory: embedded database, media files, search index, local mailbox
 * @param database the embedded PostgreSQL, used only when {@code spring.datasource.url} is not set
 */
@ConfigurationProperties("pressroom")
public record SystemProperties(@DefaultValue("./data") Path dataDir, @DefaultValue EmbeddedDatabase database) {

    /**
     * @param port the port of the embedded PostgreSQL on the loopback interface; 0 picks a free one
     */
    public record EmbeddedDatabase(@DefaultValue("0") int port) {
    }
}
