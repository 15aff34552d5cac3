package org.pressroom.system;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.pressroom.PressroomApplication;
import org.pressroom.TestDataDirectory;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Production mode: with spring.datasource.url set, Pressroom uses that PostgreSQL (here a second server
 * started by the test, with password authentication) and starts nothing embedded.
 */
@ExtendWith(OutputCaptureExtension.class)
class ExternalDatabaseTests {

    private static EmbeddedPostgres server;

    @BeforeAll
    static void startServer() throws Exception {
        server = EmbeddedPostgres.builder()
                .setDataDirectory(TestDataDirectory.fresh("external-postgres"))
                .setDataDirectoryCustomizer(directory -> {
                    try {
                        // Only the superuser is trusted; the application's user must give its password.
                        Files.writeString(directory.toPath().resolve("pg_hba.conf"), """
                                host all postgres 127.0.0.1/32 trust
                                host all postgres ::1/128 trust
                                host all all 127.0.0.1/32 scram-sha-256
                                host all all ::1/128 scram-sha-256
                                """);
                    } catch (java.io.IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                })
                .start();
        try (Connection connection = server.getPostgresDatabase().getConnection(); Statement sql = connection.createStatement()) {
            sql.execute("create role newsroom login password 'correct horse'");
            sql.execute("create database pressroom_prod owner newsroom");
        }
    }

    @AfterAll
    static void stopServer() throws Exception {
        server.close();
    }

    @Test
    void theConfiguredServerIsUsedAndNothingIsEmbedded() {
        Path dataDirectory = TestDataDirectory.fresh("external-db");
        try (ConfigurableApplicationContext application = start(dataDirectory, "correct horse")) {
            assertThat(application.getBeanNamesForType(EmbeddedDatabase.class)).isEmpty();
            assertThat(Files.exists(dataDirectory.resolve("postgres"))).isFalse();
            JdbcTemplate jdbc = application.getBean(JdbcTemplate.class);
            assertThat(jdbc.queryForObject("select current_database()", String.class)).isEqualTo("pressroom_prod");
            assertThat(jdbc.queryForObject("select current_user", String.class)).isEqualTo("newsroom");
            assertThat(jdbc.queryForObject("select count(*) from flyway_schema_history where success", Integer.class)).isGreaterThanOrEqualTo(2);
        }
    }

    @Test
    void aWrongPasswordStopsStartUpWithOneClearLine(CapturedOutput output) {
        assertThatThrownBy(() -> start(TestDataDirectory.fresh("external-db"), "wrong")).isNotNull();

        assertThat(output).contains("refused the login of user 'newsroom'")
                .contains("Check spring.datasource.username and spring.datasource.password");
    }

    private static ConfigurableApplicationContext start(Path dataDirectory, String password) {
        return new SpringApplicationBuilder(PressroomApplication.class).run(
                "--server.port=0",
                "--pressroom.data-dir=" + dataDirectory,
                "--spring.datasource.url=jdbc:postgresql://127.0.0.1:" + server.getPort() + "/pressroom_prod",
                "--spring.datasource.username=newsroom",
                "--spring.datasource.password=" + password);
    }
}
