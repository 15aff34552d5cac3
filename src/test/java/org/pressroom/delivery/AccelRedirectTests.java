package org.pressroom.delivery;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.Random;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.pressroom.RequiredTools;
import org.pressroom.TestDataDirectory;
import org.pressroom.media.MediaStorage;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Behind nginx (the Debian package, started by the test in front of Pressroom): Pressroom checks and logs the link,
 * answers with {@code X-Accel-Redirect}, and nginx sends the file from the media directory, ranges included.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "pressroom.delivery.accel-redirect=/internal-media")
class AccelRedirectTests {

    private static Process nginx;
    private static Path work;

    @LocalServerPort
    int port;

    @Value("${pressroom.data-dir}")
    Path dataDirectory;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MediaStorage storage;

    @Autowired
    Clock clock;

    @AfterAll
    static void stopNginx() throws InterruptedException {
        if (nginx != null) {
            nginx.destroy();
            nginx.waitFor();
        }
    }

    @Test
    void pressroomChecksTheLinkAndNginxSendsTheFile() throws Exception {
        byte[] bytes = new byte[3_000_000];
        new Random(5).nextBytes(bytes);
        long photo = TestPhotos.publish(jdbc, storage, clock.instant(), "PUBLIC", "Behind nginx", bytes);
        String link = Journalist.location(Journalist.anonymous(port).get("/en/downloads/photo/" + photo + "/high")).orElseThrow();

        HttpResponse<byte[]> toPressroom = Journalist.anonymous(port).bytes(link);
        assertThat(toPressroom.headers().firstValue("X-Accel-Redirect")).hasValue("/internal-media/photos/" + photo + "/high.jpg");
        assertThat(toPressroom.body()).isEmpty();

        int nginxPort = nginx();
        Journalist throughNginx = Journalist.anonymous(nginxPort);
        HttpResponse<byte[]> whole = throughNginx.bytes(link);
        HttpResponse<byte[]> range = throughNginx.bytes(link, "Range", "bytes=-100");

        assertThat(whole.statusCode()).isEqualTo(200);
        assertThat(whole.body()).isEqualTo(bytes);
        assertThat(whole.headers().firstValue("Content-Disposition")).hasValueSatisfying(d -> assertThat(d).contains("-behind-nginx-high.jpg"));
        assertThat(range.statusCode()).isEqualTo(206);
        assertThat(range.body()).isEqualTo(Arrays.copyOfRange(bytes, bytes.length - 100, bytes.length));
        assertThat(throughNginx.get("/internal-media/photos/" + photo + "/high.jpg").statusCode()).as("internal only").isEqualTo(404);
        await().atMost(Duration.ofSeconds(10)).until(() -> jdbc.queryForObject(
                "select count(*) from download_log where asset_type = 'photo' and asset_id = ? and via = 'nginx' and bytes_sent is null",
                Integer.class, photo) == 3);
    }

    /** nginx on a free port, proxying to Pressroom, with the internal location on its media directory. */
    private synchronized int nginx() throws IOException, InterruptedException {
        // Debian puts nginx in /usr/sbin, which is not on every user's PATH.
        Path binary = RequiredTools.find("nginx").orElse(Path.of("/usr/sbin/nginx"));
        if (!Files.isExecutable(binary)) {
            binary = RequiredTools.require("nginx", "nginx");
        }
        work = TestDataDirectory.fresh("nginx");
        Files.createDirectories(work.resolve("tmp"));
        int nginxPort;
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            nginxPort = socket.getLocalPort();
        }
        String user = "root".equals(System.getProperty("user.name")) ? "user root;\n" : "";
        Files.writeString(work.resolve("nginx.conf"), user + """
                daemon off;
                pid %1$s/nginx.pid;
                error_log %1$s/error.log warn;
                events { worker_connections 64; }
                http {
                    access_log off;
                    client_body_temp_path %1$s/tmp/body;
                    proxy_temp_path %1$s/tmp/proxy;
                    fastcgi_temp_path %1$s/tmp/fastcgi;
                    uwsgi_temp_path %1$s/tmp/uwsgi;
                    scgi_temp_path %1$s/tmp/scgi;
                    sendfile on;
                    server {
                        listen 127.0.0.1:%2$d;
                        location /internal-media/ {
                            internal;
                            alias %3$s/;
                        }
                        location / {
                            proxy_pass http://127.0.0.1:%4$d;
                            proxy_set_header Host $host;
                            proxy_set_header X-Forwarded-For $remote_addr;
                        }
                    }
                }
                """.formatted(work, nginxPort, dataDirectory.toAbsolutePath().resolve("media"), port));
        nginx = new ProcessBuilder(binary.toString(), "-p", work.toString(), "-e", work.resolve("error.log").toString(), "-c",
                work.resolve("nginx.conf").toString()).redirectErrorStream(true).redirectOutput(work.resolve("out.log").toFile()).start();
        await().atMost(Duration.ofSeconds(20)).until(() -> {
            try (java.net.Socket probe = new java.net.Socket("127.0.0.1", nginxPort)) {
                return true;
            } catch (IOException notYet) {
                assertThat(nginx.isAlive()).as("nginx is running: " + Files.readString(work.resolve("out.log"))).isTrue();
                return false;
            }
        });
        return nginxPort;
    }
}
