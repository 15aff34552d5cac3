package org.pressroom.system;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/** One line at start-up that tells the person running Pressroom where it is and what it uses. */
@Component
class StartupReport {

    private static final Logger log = LoggerFactory.getLogger(StartupReport.class);

    private final Environment environment;
    private final DataDirectory dataDirectory;
    private final ObjectProvider<EmbeddedDatabase> embeddedDatabase;

    StartupReport(Environment environment, DataDirectory dataDirectory, ObjectProvider<EmbeddedDatabase> embeddedDatabase) {
        this.environment = environment;
        this.dataDirectory = dataDirectory;
        this.embeddedDatabase = embeddedDatabase;
    }

    @EventListener(ApplicationReadyEvent.class)
    void report() {
        log.info("Pressroom is ready at {} | database: {} | data directory: {} | mail: {}",
                url(), database(), dataDirectory.path(), mail());
    }

    private String url() {
        String port = environment.getProperty("local.server.port", environment.getProperty("server.port", "8080"));
        String path = environment.getProperty("server.servlet.context-path", "");
        return "http://localhost:" + port + path + "/";
    }

    private String database() {
        EmbeddedDatabase embedded = embeddedDatabase.getIfAvailable();
        if (embedded != null) {
            return "embedded PostgreSQL in " + embedded.directory() + " (port " + embedded.port() + ")";
        }
        return "external PostgreSQL at " + withoutQuery(environment.getProperty("spring.datasource.url"));
    }

    /** A JDBC URL may carry a password in its query: never log it. */
    static String withoutQuery(String url) {
        if (url == null) {
            return null;
        }
        int query = url.indexOf('?');
        return query < 0 ? url : url.substring(0, query);
    }

    private String mail() {
        String host = environment.getProperty("spring.mail.host");
        return host == null || host.isBlank() ? "local mailbox, read it at " + url() + "dev/mailbox" : "SMTP via " + host;
    }
}
