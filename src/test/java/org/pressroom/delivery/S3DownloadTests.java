package org.pressroom.delivery;

import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Random;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.pressroom.TestDataDirectory;
import org.pressroom.media.MediaStorage;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * With media in an S3-compatible bucket (Adobe's S3Mock, run by the test as its own process): once the link is
 * checked and logged, Pressroom redirects to a short-lived pre-signed address, which the bucket answers with the
 * file and its download name.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class S3DownloadTests {

    private static Process server;

    @DynamicPropertySource
    static void bucket(DynamicPropertyRegistry registry) throws Exception {
        Path jar = Path.of("target", "test-tools", "s3mock.jar");
        assertThat(jar).as("the S3 server's jar, copied by `./mvnw process-test-resources`").exists();
        Path work = TestDataDirectory.fresh("s3-downloads");
        int http = freePort();
        server = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m", "-jar", jar.toString(),
                "--server.port=" + freePort(), "--http.port=" + http, "--server.address=127.0.0.1",
                "--com.adobe.testing.s3mock.store.root=" + work.resolve("store"), "--com.adobe.testing.s3mock.store.initial-buckets=media",
                "--logging.level.root=warn").redirectErrorStream(true).redirectOutput(work.resolve("s3mock.log").toFile()).start();
        HttpClient probe = HttpClient.newHttpClient();
        await().atMost(Duration.ofSeconds(90)).until(() -> {
            try {
                return probe.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + http + "/")).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() < 500;
            } catch (java.io.IOException notYet) {
                return false;
            }
        });
        registry.add("pressroom.media.storage.type", () -> "s3");
        registry.add("pressroom.media.storage.s3.bucket", () -> "media");
        registry.add("pressroom.media.storage.s3.endpoint", () -> "http://127.0.0.1:" + http);
        registry.add("pressroom.media.storage.s3.access-key", () -> "test");
        registry.add("pressroom.media.storage.s3.secret-key", () -> "test");
        registry.add("pressroom.media.storage.s3.path-style", () -> "true");
        registry.add("pressroom.media.storage.s3.prefix", () -> "pressroom");
    }

    @AfterAll
    static void stopBucket() throws InterruptedException {
        if (server != null) {
            server.destroy();
            server.waitFor();
        }
    }

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MediaStorage storage;

    @Autowired
    Clock clock;

    @Test
    void aCheckedLinkRedirectsToAShortLivedPreSignedAddress() throws Exception {
        byte[] bytes = new byte[200_000];
        new Random(9).nextBytes(bytes);
        long photo = TestPhotos.publish(jdbc, storage, clock.instant(), "PUBLIC", "From the bucket", bytes);
        Journalist visitor = Journalist.anonymous(port);
        String link = Journalist.location(visitor.get("/en/downloads/photo/" + photo + "/high")).orElseThrow();

        HttpResponse<String> redirect = visitor.get(link);

        assertThat(redirect.statusCode()).isEqualTo(302);
        assertThat(redirect.headers().firstValue("Cache-Control")).hasValue("no-store");
        String signed = redirect.headers().firstValue("Location").orElseThrow();
        assertThat(signed).contains("/media/pressroom/photos/" + photo + "/high.jpg?").contains("X-Amz-Expires=300", "X-Amz-Signature=");
        HttpResponse<byte[]> file = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(signed)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(file.statusCode()).isEqualTo(200);
        assertThat(file.body()).isEqualTo(bytes);
        assertThat(file.headers().firstValue("Content-Disposition")).hasValue(
                "attachment; filename=\"2026-02-12-from-the-bucket-high.jpg\"; filename*=UTF-8''2026-02-12-from-the-bucket-high.jpg");
        assertThat(jdbc.queryForObject("select via from download_log where asset_type = 'photo' and asset_id = ?", String.class, photo))
                .isEqualTo("storage");
    }

    private static int freePort() throws java.io.IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
