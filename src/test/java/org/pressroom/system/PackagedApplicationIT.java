package org.pressroom.system;

import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.pressroom.TestDataDirectory;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The jar as it runs in production and in checks: {@code java -jar target/pressroom.jar --server.port=P
 * --pressroom.data-dir=D}. Data survives a clean restart and a kill -9.
 */
class PackagedApplicationIT {

    private static final Pattern READY = Pattern.compile(
            "Pressroom is ready at http://localhost:(\\d+)/ \\| database: embedded PostgreSQL in \\S+ \\(port (\\d+)\\)");

    private final Path jar = Path.of("target", "pressroom.jar").toAbsolutePath();
    private final Path dataDirectory = TestDataDirectory.fresh("packaged");
    private final HttpClient http = HttpClient.newHttpClient();
    private final List<Running> started = new ArrayList<>();

    @AfterEach
    void stopAll() throws IOException {
        started.forEach(Running::kill);
        // A PostgreSQL left behind by a kill -9 outlives its Pressroom; never let a failed test leak one.
        Path pidFile = dataDirectory.resolve("postgres/postmaster.pid");
        if (Files.exists(pidFile)) {
            ProcessHandle.of(Long.parseLong(Files.readAllLines(pidFile).get(0).trim())).ifPresent(ProcessHandle::destroyForcibly);
        }
        TestDataDirectory.delete(dataDirectory);
    }

    @Test
    void theJarStartsWithZeroConfigurationAndKeepsItsDataThroughARestartAndAKill() throws Exception {
        Running first = start("--server.port=0");
        first.awaitReady();
        assertThat(get(first, "/").statusCode()).isEqualTo(302);
        assertThat(get(first, "/en/").body()).contains("Press room");
        assertThat(get(first, "/actuator/health").body()).startsWith("{").contains("\"status\":\"UP\"");
        sql(first, "create table survivor (name text)", "insert into survivor values ('kept')");

        first.stop();
        assertThat(first.output()).contains("Graceful shutdown complete").contains("shut down postmaster");
        assertThat(dataDirectory.resolve("postgres/postmaster.pid")).as("PostgreSQL stopped with Pressroom").doesNotExist();

        Running second = start("--server.port=0");
        second.awaitReady();
        assertThat(count(second)).isEqualTo(1);
        long postgresPid = Long.parseLong(Files.readAllLines(dataDirectory.resolve("postgres/postmaster.pid")).get(0).trim());

        second.process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        assertThat(ProcessHandle.of(postgresPid).map(ProcessHandle::isAlive)).as("kill -9 leaves PostgreSQL running").contains(true);

        Running third = start("--server.port=0");
        third.awaitReady();
        assertThat(third.output()).contains("was left running on " + dataDirectory.resolve("postgres"));
        assertThat(count(third)).isEqualTo(1);
        assertThat(get(third, "/actuator/health").body()).contains("\"status\":\"UP\"");
        third.stop();
    }

    @Test
    void aTranscodeCutByKillMinus9RunsAgainAfterTheRestartAndTheVideoBecomesReady() throws Exception {
        Path ffmpeg = org.pressroom.RequiredTools.require("ffmpeg", "ffmpeg");
        org.pressroom.RequiredTools.require("ffprobe", "ffmpeg");
        Path master = dataDirectory.resolveSibling(dataDirectory.getFileName() + "-master.mov");
        Process make = new ProcessBuilder(ffmpeg.toString(), "-hide_banner", "-loglevel", "error", "-nostdin", "-y", "-f", "lavfi",
                "-i", "testsrc2=size=1920x1080:rate=25:duration=20", "-f", "lavfi", "-i", "sine=frequency=440:duration=20",
                "-c:v", "libx264", "-preset", "ultrafast", "-pix_fmt", "yuv420p", "-c:a", "pcm_s16le", master.toString())
                .redirectErrorStream(true).start();
        assertThat(make.waitFor(120, TimeUnit.SECONDS) && make.exitValue() == 0).as("test master made").isTrue();
        String[] settings = {"--server.port=0", "--pressroom.media.upload.token=it-token", "--db-scheduler.heartbeat-interval=2s"};
        Running first = start(settings);
        first.awaitReady();

        byte[] bytes = Files.readAllBytes(master);
        HttpResponse<String> created = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + first.port + "/api/v1/uploads"))
                .header("Tus-Resumable", "1.0.0").header("Authorization", "Bearer it-token")
                .header("Upload-Length", Integer.toString(bytes.length))
                // "publish true": the video is to be public once ready (base64, as tus metadata is written).
                .header("Upload-Metadata", "publish dHJ1ZQ==").POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> sent = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + first.port
                        + created.headers().firstValue("Location").orElseThrow()))
                .header("Tus-Resumable", "1.0.0").header("Authorization", "Bearer it-token").header("Upload-Offset", "0")
                .header("Content-Type", "application/offset+octet-stream")
                .method("PATCH", HttpRequest.BodyPublishers.ofByteArray(bytes)).build(), HttpResponse.BodyHandlers.ofString());
        String video = sent.headers().firstValue("Pressroom-Video").orElseThrow();

        awaitVideo(first, video, body -> body.contains("\"status\":\"processing\"") && !body.contains("\"progress\":0.0"), 120);
        assertThat(get(first, video).statusCode()).as("nothing is offered while processing").isEqualTo(404);
        first.process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);

        Running second = start(settings);
        second.awaitReady();
        String ready = awaitVideo(second, video, body -> body.contains("\"status\":\"ready\""), 300);
        assertThat(ready).contains("\"kind\":\"broadcast\"", "\"kind\":\"hls\"");
        assertThat(get(second, video).statusCode()).isEqualTo(200);
        Files.deleteIfExists(master);
        second.stop();
    }

    private String awaitVideo(Running running, String path, java.util.function.Predicate<String> condition, int seconds)
            throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        String body = "";
        while (System.nanoTime() < deadline) {
            body = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + running.port + path))
                    .header("Authorization", "Bearer it-token").build(), HttpResponse.BodyHandlers.ofString()).body();
            if (condition.test(body)) {
                return body;
            }
            Thread.sleep(250);
        }
        throw new AssertionError("Not reached in " + seconds + " s; last answer: " + body);
    }

    @Test
    void anOccupiedPortStopsStartUpWithAClearMessage() throws Exception {
        try (ServerSocket taken = new ServerSocket(0)) {
            Running running = start("--server.port=" + taken.getLocalPort());

            assertThat(running.process.waitFor(120, TimeUnit.SECONDS)).isTrue();
            assertThat(running.process.exitValue()).isNotZero();
            assertThat(running.output()).contains("Port " + taken.getLocalPort() + " was already in use");
        }
    }

    @Test
    void anUnwritableDataDirectoryStopsStartUpWithAClearMessage() throws Exception {
        Path file = Files.writeString(dataDirectory.resolve("not-a-directory"), "x");
        Running running = start("--server.port=0", "--pressroom.data-dir=" + file.resolve("data"));

        assertThat(running.process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(running.process.exitValue()).isNotZero();
        assertThat(running.output()).contains("The data directory " + file.resolve("data") + " cannot be written")
                .contains("Start Pressroom with --pressroom.data-dir=<a writable directory>")
                .doesNotContain("\tat org.");
    }

    private Running start(String... arguments) throws IOException {
        List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"), "-jar",
                jar.toString()));
        command.addAll(List.of(arguments));
        if (command.stream().noneMatch(argument -> argument.startsWith("--pressroom.data-dir="))) {
            command.add("--pressroom.data-dir=" + dataDirectory);
        }
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        Running running = new Running(process);
        started.add(running);
        return running;
    }

    private HttpResponse<String> get(Running running, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + running.port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static void sql(Running running, String... statements) throws Exception {
        try (Connection connection = connect(running); Statement sql = connection.createStatement()) {
            for (String statement : statements) {
                sql.execute(statement);
            }
        }
    }

    @Test
    void theEmbeddedDatabaseRefusesALoginWithoutItsPassword() throws Exception {
        Running running = start("--server.port=0");
        running.awaitReady();

        assertThat(Files.getPosixFilePermissions(dataDirectory.resolve("postgres.password")))
                .containsExactlyInAnyOrder(java.nio.file.attribute.PosixFilePermission.OWNER_READ,
                        java.nio.file.attribute.PosixFilePermission.OWNER_WRITE);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> DriverManager.getConnection(
                        "jdbc:postgresql://127.0.0.1:" + running.databasePort + "/pressroom", "postgres", "guess"))
                .isInstanceOf(java.sql.SQLException.class).hasMessageContaining("password authentication failed");
        running.stop();
    }

    private static int count(Running running) throws Exception {
        try (Connection connection = connect(running); Statement sql = connection.createStatement();
             ResultSet result = sql.executeQuery("select count(*) from survivor where name = 'kept'")) {
            result.next();
            return result.getInt(1);
        }
    }

    private static Connection connect(Running running) throws Exception {
        return DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + running.databasePort + "/pressroom", "postgres",
                running.databasePassword);
    }

    /** A Pressroom process and everything it printed. */
    private static final class Running {
        private final Process process;
        private final StringBuffer output = new StringBuffer();
        private final Thread reader;
        private int port;
        private int databasePort;
        private String databasePassword;

        Running(Process process) {
            this.process = process;
            this.reader = new Thread(() -> {
                try (InputStream in = process.getInputStream()) {
                    byte[] buffer = new byte[8192];
                    for (int read; (read = in.read(buffer)) >= 0; ) {
                        output.append(new String(buffer, 0, read, StandardCharsets.UTF_8));
                    }
                } catch (IOException ignored) {
                    // The process ended.
                }
            });
            reader.setDaemon(true);
            reader.start();
        }

        void awaitReady() throws InterruptedException {
            long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
            while (System.nanoTime() < deadline) {
                Matcher ready = READY.matcher(output);
                if (ready.find()) {
                    port = Integer.parseInt(ready.group(1));
                    databasePort = Integer.parseInt(ready.group(2));
                    databasePassword = readPassword();
                    return;
                }
                if (!process.isAlive()) {
                    throw new AssertionError("Pressroom exited with " + process.exitValue() + ":\n" + output);
                }
                Thread.sleep(100);
            }
            throw new AssertionError("Pressroom was not ready within 120 s:\n" + output);
        }

        private String readPassword() {
            Matcher directory = Pattern.compile("data directory: (\\S+)").matcher(output);
            try {
                return directory.find() ? Files.readString(Path.of(directory.group(1), "postgres.password")).strip() : "";
            } catch (IOException e) {
                throw new AssertionError(e);
            }
        }

        String output() throws InterruptedException {
            if (!process.isAlive()) {
                reader.join(5_000);
            }
            return output.toString();
        }

        /** SIGTERM, as a service manager sends it; Process.destroy() would also close our end of its output. */
        void stop() throws Exception {
            process.toHandle().destroy();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                throw new AssertionError("Pressroom did not stop within 60 s:\n" + output);
            }
        }

        void kill() {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
        }
    }
}
