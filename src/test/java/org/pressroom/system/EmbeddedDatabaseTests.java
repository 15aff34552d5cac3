package org.pressroom.system;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
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

/** Zero configuration: a real PostgreSQL under the data directory whose data survives restarts and crashes. */
@ExtendWith(OutputCaptureExtension.class)
class EmbeddedDatabaseTests {

    private final Path dataDirectory = TestDataDirectory.fresh("embedded-db");
    private ConfigurableApplicationContext application;

    @AfterEach
    void stop() {
        if (application != null) {
            application.close();
        }
        TestDataDirectory.delete(dataDirectory);
    }

    @Test
    void dataWrittenBeforeARestartIsThereAfterIt() {
        application = start();
        assertThat(application.getBean(EmbeddedDatabase.class).directory()).isEqualTo(dataDirectory.resolve("postgres"));
        application.getBean(JdbcTemplate.class).execute("create table survivor (name text)");
        application.getBean(JdbcTemplate.class).update("insert into survivor values ('kept')");
        application.close();

        application = start();

        assertThat(application.getBean(JdbcTemplate.class).queryForObject("select name from survivor", String.class)).isEqualTo("kept");
    }

    @Test
    void aStaleLockFileLeftByACrashIsRemovedAndStartUpGoesOn(CapturedOutput output) throws Exception {
        application = start();
        application.close();
        // After a crash PostgreSQL's lock file stays behind, naming a process that is gone or is now another program.
        Files.writeString(dataDirectory.resolve("postgres/postmaster.pid"), ProcessHandle.current().pid() + "\n"
                + dataDirectory.resolve("postgres") + "\n");

        application = start();

        assertThat(application.getBean(JdbcTemplate.class).queryForObject("select 1", Integer.class)).isEqualTo(1);
        assertThat(output).contains("Removing the stale lock file");
    }

    @Test
    void anOccupiedDatabasePortStopsStartUpWithWhatToDo(CapturedOutput output) throws Exception {
        try (java.net.ServerSocket taken = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            assertThatThrownBy(() -> start("--pressroom.database.port=" + taken.getLocalPort())).isNotNull();
            assertThat(output).contains("Port " + taken.getLocalPort() + " for the embedded PostgreSQL is already in use.")
                    .contains("set --pressroom.database.port to a free port");
        }
    }

    @Test
    void aSecondPressroomOnTheSameDataDirectoryIsRefusedAndTheFirstKeepsRunning(CapturedOutput output) {
        application = start();

        assertThatThrownBy(() -> start()).isNotNull();

        assertThat(output).contains("is already using the data directory " + dataDirectory)
                .contains("Stop the other Pressroom, or start this one with another --pressroom.data-dir.");
        assertThat(application.getBean(JdbcTemplate.class).queryForObject("select 1", Integer.class)).isEqualTo(1);
    }

    private ConfigurableApplicationContext start(String... more) {
        String[] arguments = new String[more.length + 2];
        arguments[0] = "--server.port=0";
        arguments[1] = "--pressroom.data-dir=" + dataDirectory;
        System.arraycopy(more, 0, arguments, 2, more.length);
        return new SpringApplicationBuilder(PressroomApplication.class).run(arguments);
    }
}
