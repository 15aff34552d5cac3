package org.pressroom.media;

import java.io.ByteArrayInputStream;
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
import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.pressroom.TestDataDirectory;
import software.amazon.awssdk.services.s3.S3Client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The S3 storage against a real S3 server, Adobe's S3Mock, started by the test as its own process on the
 * loopback interface (Maven copies its jar to target/test-tools).
 */
class S3MediaStorageTests {

    private static Process server;
    private static S3Client client;
    private static Path work;

    @BeforeAll
    static void startS3Server() throws Exception {
        Path jar = Path.of("target", "test-tools", "s3mock.jar");
        assertThat(jar).as("the S3 server's jar, copied by `./mvnw process-test-resources`").exists();
        work = TestDataDirectory.fresh("s3");
        int http = freePort();
        server = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m",
                "-jar", jar.toString(), "--server.port=" + freePort(), "--http.port=" + http, "--server.address=127.0.0.1",
                "--com.adobe.testing.s3mock.store.root=" + work.resolve("store"),
                "--com.adobe.testing.s3mock.store.initial-buckets=media", "--logging.level.root=warn")
                .redirectErrorStream(true).redirectOutput(work.resolve("s3mock.log").toFile()).start();
        URI endpoint = URI.create("http://127.0.0.1:" + http);
        waitUntilUp(endpoint);
        client = StorageConfiguration.client(new StorageProperties.S3("media", endpoint, "us-east-1", "test", "test", true, "pressroom"));
    }

    @AfterAll
    static void stopS3Server() throws Exception {
        if (client != null) {
            client.close();
        }
        if (server != null) {
            server.destroy();
            server.waitFor();
        }
    }

    @Test
    void aStoredFileIsFoundReadAndDeleted() throws IOException {
        S3MediaStorage storage = storage();
        byte[] content = "broadcast master".repeat(10_000).getBytes(StandardCharsets.UTF_8);

        var stored = storage.store("videos/7/original.mxf", new ByteArrayInputStream(content));

        assertThat(stored.size()).isEqualTo(content.length);
        assertThat(stored.sha256()).hasSize(64);
        var found = storage.find("videos/7/original.mxf").orElseThrow();
        assertThat(found.contentLength()).isEqualTo(content.length);
        try (InputStream in = found.getInputStream()) {
            assertThat(in.readAllBytes()).isEqualTo(content);
        }
        assertThat(client.headObject(r -> r.bucket("media").key("pressroom/videos/7/original.mxf")).metadata())
                .containsEntry("sha256", stored.sha256());

        storage.delete("videos/7/original.mxf");
        assertThat(storage.find("videos/7/original.mxf")).isEmpty();
    }

    @Test
    void anUploadThatBreaksLeavesNothingInTheBucketNorOnDisk() throws IOException {
        S3MediaStorage storage = storage();
        InputStream broken = new InputStream() {
            private int sent;

            @Override
            public int read() throws IOException {
                if (sent++ > 5000) {
                    throw new IOException("connection reset");
                }
                return 'x';
            }
        };

        assertThatThrownBy(() -> storage.store("videos/8/original.mov", broken)).isInstanceOf(IOException.class);
        assertThat(storage.find("videos/8/original.mov")).isEmpty();
        try (var left = Files.list(work.resolve("tmp"))) {
            assertThat(left).isEmpty();
        }
    }

    @Test
    void keysOutsideTheStorageAreRefused() {
        S3MediaStorage storage = storage();

        assertThatThrownBy(() -> storage.store("../other-bucket/x", InputStream.nullInputStream()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(storage.find("../x")).isEmpty();
        assertThat(storage.find("videos/none/original.mxf")).isEmpty();
    }

    private static S3MediaStorage storage() {
        return new S3MediaStorage(client, "media", "pressroom", work.resolve("tmp"));
    }

    private static void waitUntilUp(URI endpoint) throws Exception {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        Instant deadline = Instant.now().plusSeconds(90);
        while (Instant.now().isBefore(deadline)) {
            assertThat(server.isAlive()).as("S3Mock is running; see " + work.resolve("s3mock.log")).isTrue();
            try {
                if (http.send(HttpRequest.newBuilder(endpoint).GET().build(), HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(250);
        }
        throw new AssertionError("S3Mock did not start in 90 s; see " + work.resolve("s3mock.log"));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
