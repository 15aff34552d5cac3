package org.pressroom.media;

import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;

import org.junit.jupiter.api.Test;
import org.pressroom.system.DataDirectory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** Resumable uploads by the tus 1.0 protocol, against the running server, with broken connections. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"pressroom.media.upload.token=test-token", "pressroom.media.upload.max-size=20MB"})
class UploadTests {

    @LocalServerPort
    int port;

    @Autowired
    VideoAssetRepository assets;

    @Autowired
    DataDirectory dataDirectory;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void anUploadBrokenHalfWayGoesOnFromWhereItStoppedAndArrivesBitExact() throws Exception {
        byte[] master = Files.readAllBytes(TestMasters.small(640, 360));
        String location = create(master.length, "clip.mov").headers().firstValue("Location").orElseThrow();

        // Half the bytes, then the connection drops, as a train goes into a tunnel.
        try (Socket socket = new Socket("127.0.0.1", port)) {
            OutputStream out = socket.getOutputStream();
            out.write(("PATCH " + location + " HTTP/1.1\r\nHost: 127.0.0.1\r\nTus-Resumable: 1.0.0\r\n"
                    + "Authorization: Bearer test-token\r\nUpload-Offset: 0\r\nContent-Type: application/offset+octet-stream\r\n"
                    + "Content-Length: " + master.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.write(master, 0, master.length / 2);
            out.flush();
            Thread.sleep(500);
        }
        long offset = 0;
        for (int tries = 0; tries < 50 && offset == 0; tries++) {
            Thread.sleep(100);
            offset = Long.parseLong(send(request(location).method("HEAD", HttpRequest.BodyPublishers.noBody()))
                    .headers().firstValue("Upload-Offset").orElseThrow());
        }
        assertThat(offset).isPositive().isLessThanOrEqualTo(master.length / 2);

        HttpResponse<String> rest = send(request(location).header("Upload-Offset", Long.toString(offset))
                .header("Content-Type", "application/offset+octet-stream")
                .method("PATCH", HttpRequest.BodyPublishers.ofByteArray(Arrays.copyOfRange(master, (int) offset, master.length))));

        assertThat(rest.statusCode()).as(rest.body()).isEqualTo(204);
        String video = rest.headers().firstValue("Pressroom-Video").orElseThrow();
        VideoAsset asset = assets.findById(Long.parseLong(video.substring(video.lastIndexOf('/') + 1))).orElseThrow();
        assertThat(asset.originalSize).isEqualTo(master.length);
        assertThat(asset.originalSha256).isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(master)));
        assertThat(asset.originalName).isEqualTo("clip.mov");
        assertThat(dataDirectory.resolve("uploads").resolve(location.substring(location.lastIndexOf('/') + 1) + ".part")).doesNotExist();
    }

    @Test
    void aFileLargerThanTheLimitIsRefusedBeforeAnyByteIsStored() throws Exception {
        long before = partFiles();

        HttpResponse<String> response = create(21L * 1024 * 1024, "huge.mxf");

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
        assertThat(response.body()).contains("too large");
        assertThat(partFiles()).isEqualTo(before);
    }

    @Test
    void withoutTheTokenOrTheProtocolVersionNothingIsAccepted() throws Exception {
        HttpResponse<String> noToken = http.send(HttpRequest.newBuilder(URI.create(base() + "/api/v1/uploads"))
                .header("Tus-Resumable", "1.0.0").header("Upload-Length", "10").POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> noVersion = http.send(HttpRequest.newBuilder(URI.create(base() + "/api/v1/uploads"))
                .header("Authorization", "Bearer test-token").header("Upload-Length", "10")
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(noToken.statusCode()).isEqualTo(401);
        assertThat(noVersion.statusCode()).isEqualTo(412);
    }

    @Test
    void aWrongOffsetIsAnsweredWithTheRightOne() throws Exception {
        String location = create(100, "x.mov").headers().firstValue("Location").orElseThrow();

        HttpResponse<String> response = send(request(location).header("Upload-Offset", "50")
                .header("Content-Type", "application/offset+octet-stream")
                .method("PATCH", HttpRequest.BodyPublishers.ofByteArray(new byte[50])));

        assertThat(response.statusCode()).isEqualTo(409);
        assertThat(response.headers().firstValue("Upload-Offset")).hasValue("0");
    }

    @Test
    void aCompleteUploadThatIsNotAVideoIsRefusedAndLeavesNothing() throws Exception {
        byte[] text = "These are the minutes of the meeting, saved as .mp4 by mistake.".getBytes(StandardCharsets.UTF_8);
        String location = create(text.length, "minutes.mp4").headers().firstValue("Location").orElseThrow();
        long assetsBefore = assets.count();

        HttpResponse<String> response = send(request(location).header("Upload-Offset", "0")
                .header("Content-Type", "application/offset+octet-stream").method("PATCH", HttpRequest.BodyPublishers.ofByteArray(text)));

        assertThat(response.statusCode()).isEqualTo(415);
        assertThat(response.body()).contains("not a video");
        assertThat(assets.count()).isEqualTo(assetsBefore);
        assertThat(send(request(location).method("HEAD", HttpRequest.BodyPublishers.noBody())).statusCode()).isEqualTo(404);
    }

    @Test
    void aVideoStillProcessingIsHiddenFromThePublicAndShownWithTheToken() throws Exception {
        VideoAsset asset = assets.save(new VideoAsset("Not ready", "x.mov", "mov", java.time.Instant.now()));

        HttpResponse<String> anonymous = http.send(HttpRequest.newBuilder(URI.create(base() + "/api/v1/videos/" + asset.id)).build(),
                HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> trusted = http.send(HttpRequest.newBuilder(URI.create(base() + "/api/v1/videos/" + asset.id))
                .header("Authorization", "Bearer test-token").build(), HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> nonsense = http.send(HttpRequest.newBuilder(URI.create(base() + "/api/v1/videos/../../etc")).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(anonymous.statusCode()).isEqualTo(404);
        assertThat(anonymous.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
        assertThat(trusted.statusCode()).isEqualTo(200);
        assertThat(trusted.body()).contains("\"status\":\"received\"", "\"progress\":0.0");
        assertThat(nonsense.statusCode()).isIn(400, 404);
    }

    private HttpResponse<String> create(long length, String name) throws Exception {
        String metadata = "filename " + Base64.getEncoder().encodeToString(name.getBytes(StandardCharsets.UTF_8))
                + ",title " + Base64.getEncoder().encodeToString(("Upload of " + name).getBytes(StandardCharsets.UTF_8));
        return send(request("/api/v1/uploads").header("Upload-Length", Long.toString(length)).header("Upload-Metadata", metadata)
                .POST(HttpRequest.BodyPublishers.noBody()));
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(base() + path)).header("Tus-Resumable", "1.0.0")
                .header("Authorization", "Bearer test-token");
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private String base() {
        return "http://127.0.0.1:" + port;
    }

    private long partFiles() throws Exception {
        Path uploads = dataDirectory.resolve("uploads");
        if (!Files.exists(uploads)) {
            return 0;
        }
        try (var files = Files.list(uploads)) {
            return files.count();
        }
    }
}
