package org.pressroom.system;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real PostgreSQL server run from the binaries shipped as a Maven artifact, its files kept under
 * {@code <data-dir>/postgres} so that data survives restarts. Used when no external database is configured.
 */
final class EmbeddedDatabase implements AutoCloseable {

    static final String DATABASE = "pressroom";
    static final String USER = "postgres";
    static final String PASSWORD_FILE = "postgres.password";

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabase.class);
    private static final Duration STARTUP_WAIT = Duration.ofSeconds(60);
    private static final Duration ORPHAN_STOP_WAIT = Duration.ofSeconds(30);

    private final EmbeddedPostgres postgres;
    private final Path directory;
    private final String password;

    private EmbeddedDatabase(EmbeddedPostgres postgres, Path directory, String password) {
        this.postgres = postgres;
        this.directory = directory;
        this.password = password;
    }

    /**
     * Starts the server whose files are in {@code directory}; its superuser's password is kept beside it in
     * {@code postgres.password} (readable by the owner only), so that other users of the machine cannot log in.
     */
    static EmbeddedDatabase start(Path directory, int port) {
        if (port != 0) {
            requireFreePort(port);
        }
        stopOrphanedServer(directory);
        Path passwordFile = directory.resolveSibling(PASSWORD_FILE);
        String password = DatabasePassword.readOrCreate(passwordFile);
        EmbeddedPostgres postgres;
        try {
            postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(directory)
                    .setCleanDataDirectory(false)
                    .setRegisterShutdownHook(false)
                    .setPort(port)
                    .setPGStartupWait(STARTUP_WAIT)
                    .setConnectConfig("password", password)
                    // Options for initdb, used once when the cluster is created: a password, and no trust.
                    .setLocaleConfig("locale", "C")
                    .setLocaleConfig("pwfile", passwordFile.toString())
                    .setLocaleConfig("auth-host", "scram-sha-256")
                    .setLocaleConfig("auth-local", "scram-sha-256")
                    // The library tunes for throw-away test databases; this one keeps people's data.
                    .setServerConfig("fsync", "on")
                    .setServerConfig("synchronous_commit", "on")
                    .setServerConfig("full_page_writes", "on")
                    .setServerConfig("listen_addresses", "localhost")
                    .setServerConfig("max_connections", "100")
                    .start();
        } catch (IOException | RuntimeException e) {
            throw new StartupFailure("The embedded PostgreSQL in " + directory + " did not start (" + e.getMessage() + ").",
                    "See the PostgreSQL lines above; if another program holds the port, "
                            + "set --pressroom.database.port=0; to use your own server set spring.datasource.url.", e);
        }
        EmbeddedDatabase database = new EmbeddedDatabase(postgres, directory, password);
        database.createDatabaseIfMissing(passwordFile);
        return database;
    }

    String jdbcUrl() {
        return postgres.getJdbcUrl(USER, DATABASE);
    }

    int port() {
        return postgres.getPort();
    }

    String password() {
        return password;
    }

    Path directory() {
        return directory;
    }

    private void createDatabaseIfMissing(Path passwordFile) {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
             PreparedStatement exists = connection.prepareStatement("select 1 from pg_database where datname = ?")) {
            exists.setString(1, DATABASE);
            try (ResultSet result = exists.executeQuery()) {
                if (!result.next()) {
                    try (Statement create = connection.createStatement()) {
                        create.execute("create database " + DATABASE + " encoding 'UTF8'");
                    }
                    log.info("Created the database '{}' in the embedded PostgreSQL", DATABASE);
                }
            }
        } catch (SQLException e) {
            close();
            if ("28P01".equals(e.getSQLState())) {
                throw new StartupFailure("The embedded PostgreSQL in " + directory + " refused the password in " + passwordFile + ".",
                        "Restore " + passwordFile + " from the backup of this data directory.", e);
            }
            throw new StartupFailure("Could not prepare the database '" + DATABASE + "' in the embedded PostgreSQL ("
                    + e.getMessage() + ").", "Check free disk space in " + directory + ".", e);
        }
    }

    @Override
    public void close() {
        try {
            postgres.close();
        } catch (IOException e) {
            log.warn("The embedded PostgreSQL did not stop cleanly: {}", e.getMessage());
        }
    }

    private static void requireFreePort(int port) {
        try (ServerSocket ignored = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
            // Free: closed again at once, for PostgreSQL to take.
        } catch (IOException e) {
            throw new StartupFailure("Port " + port + " for the embedded PostgreSQL is already in use.",
                    "Stop the program using it, or set --pressroom.database.port to a free port (0 picks one).", e);
        }
    }

    /**
     * A Pressroom that was killed (kill -9, power loss) leaves its PostgreSQL running or leaves a stale
     * {@code postmaster.pid}. We hold the data directory's lock, so whatever is there belongs to a dead
     * Pressroom: stop the orphan, or remove the stale file, so that start-up can go on.
     */
    static void stopOrphanedServer(Path directory) {
        Path pidFile = directory.resolve("postmaster.pid");
        Optional<Long> pid = readPid(pidFile);
        if (pid.isEmpty()) {
            return;
        }
        Optional<ProcessHandle> process = ProcessHandle.of(pid.get()).filter(ProcessHandle::isAlive)
                .filter(candidate -> isPostgresOf(candidate, directory));
        if (process.isPresent()) {
            log.warn("A PostgreSQL server (process {}) was left running on {} by a Pressroom that did not stop cleanly; stopping it",
                    pid.get(), directory);
            stop(process.get());
        } else {
            log.warn("Removing the stale lock file {} left by a PostgreSQL that is no longer running", pidFile);
            try {
                Files.deleteIfExists(pidFile);
            } catch (IOException e) {
                throw new StartupFailure("The stale lock file " + pidFile + " cannot be removed (" + e.getMessage() + ").",
                        "Remove it by hand once you are sure no PostgreSQL uses " + directory + ".", e);
            }
        }
    }

    private static Optional<Long> readPid(Path pidFile) {
        try {
            List<String> lines = Files.readAllLines(pidFile, StandardCharsets.US_ASCII);
            return lines.isEmpty() ? Optional.empty() : Optional.of(Long.parseLong(lines.get(0).trim()));
        } catch (java.nio.file.NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException | NumberFormatException e) {
            // Unreadable or half-written: PostgreSQL rewrites it at start.
            try {
                Files.deleteIfExists(pidFile);
            } catch (IOException ignored) {
                // Start-up reports the problem if the file is still in the way.
            }
            return Optional.empty();
        }
    }

    /** Only the postmaster of this very directory: a reused process number may now be any program. */
    private static boolean isPostgresOf(ProcessHandle process, Path directory) {
        boolean postgres = process.info().command().map(command -> command.endsWith("/postgres")).orElse(false);
        boolean ours = process.info().arguments().map(arguments -> java.util.Arrays.asList(arguments).contains(directory.toString()))
                .orElse(false);
        return postgres && ours;
    }

    private static void stop(ProcessHandle process) {
        try {
            // SIGTERM is PostgreSQL's "smart" shutdown; the dead Pressroom's sessions are already gone.
            process.destroy();
            process.onExit().get(ORPHAN_STOP_WAIT.toSeconds(), TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            log.warn("The orphaned PostgreSQL did not stop within {} s; killing it (it recovers from its log at start)",
                    ORPHAN_STOP_WAIT.toSeconds());
            process.destroyForcibly();
            process.onExit().join();
        } catch (java.util.concurrent.ExecutionException e) {
            process.destroyForcibly();
            process.onExit().join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StartupFailure("Interrupted while stopping an orphaned PostgreSQL.", "Start Pressroom again.", e);
        }
    }
}
