package org.pressroom.delivery;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URLDecoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.pressroom.media.MediaStorage;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The signed link of a 46 MB original, against the running server, as download managers, {@code curl -C -} and
 * browsers use it: whole, in ranges, resumed after a break, by sixteen clients at once, and left in the middle.
 */
@ExtendWith(OutputCaptureExtension.class)
class FileServingTests extends DeliveryTestSupport {

    @Autowired
    MediaStorage storage;

    long video;
    Journalist ada;
    String link;
    byte[] master;
    String sha256;

    @BeforeEach
    void aJournalistWithTheLinkOfTheOriginal() throws Exception {
        video = fixtures.accountVideo();
        ada = Journalist.verified(port, smtp);
        link = link(ada.get("/en/videos/" + video + "/downloads").body(), "original");
        master = Files.readAllBytes(TestVideo.master());
        sha256 = sha256(master);
    }

    @Test
    void theWholeFileArrivesBitExactWithTheHeadersOfAStaticFileServer() throws Exception {
        HttpResponse<byte[]> whole = Journalist.anonymous(port).bytes(link);

        assertThat(whole.statusCode()).isEqualTo(200);
        assertThat(sha256(whole.body())).as("the original, bit-exact, without any cookie").isEqualTo(sha256);
        assertThat(header(whole, "Content-Length")).isEqualTo(String.valueOf(master.length));
        assertThat(header(whole, "Accept-Ranges")).isEqualTo("bytes");
        assertThat(header(whole, "ETag")).isEqualTo("\"" + sha256 + "\"");
        assertThat(header(whole, "Last-Modified")).endsWith(" GMT");
        assertThat(header(whole, "Content-Type")).isEqualTo("video/quicktime");
        String disposition = header(whole, "Content-Disposition");
        assertThat(disposition).isEqualTo("attachment; filename=\"2026-02-12-press-conference-coastal-waters-2-3-ete-original.mov\"; "
                + "filename*=UTF-8''2026-02-12-press-conference-coastal-waters-2-3-%C3%A9t%C3%A9-"
                + "%D0%BF%D1%80%D0%B5%D1%81-%D0%BA%D0%BE%D0%BD%D1%84%D0%B5%D1%80%D0%B5%D0%BD%D1%86%D0%B8%D1%8F-original.mov");
        assertThat(URLDecoder.decode(disposition.substring(disposition.indexOf("''") + 2), StandardCharsets.UTF_8))
                .isEqualTo("2026-02-12-press-conference-coastal-waters-2-3-été-прес-конференция-original.mov");
        assertThat(link).as("the name download managers and curl -O save under")
                .endsWith("/2026-02-12-press-conference-coastal-waters-2-3-ete-original.mov");
    }

    @Test
    void rangesAreAnsweredAsRfc9110Says() throws Exception {
        Journalist client = Journalist.anonymous(port);
        int size = master.length;

        HttpResponse<byte[]> first = client.bytes(link, "Range", "bytes=0-0");
        assertThat(first.statusCode()).isEqualTo(206);
        assertThat(header(first, "Content-Range")).isEqualTo("bytes 0-0/" + size);
        assertThat(first.body()).containsExactly(master[0]);

        HttpResponse<byte[]> suffix = client.bytes(link, "Range", "bytes=-500");
        assertThat(suffix.statusCode()).isEqualTo(206);
        assertThat(header(suffix, "Content-Range")).isEqualTo("bytes " + (size - 500) + "-" + (size - 1) + "/" + size);
        assertThat(suffix.body()).isEqualTo(java.util.Arrays.copyOfRange(master, size - 500, size));

        HttpResponse<byte[]> rest = client.bytes(link, "Range", "bytes=500-");
        assertThat(rest.statusCode()).isEqualTo(206);
        assertThat(header(rest, "Content-Length")).isEqualTo(String.valueOf(size - 500));
        assertThat(rest.body()).isEqualTo(java.util.Arrays.copyOfRange(master, 500, size));

        HttpResponse<byte[]> two = client.bytes(link, "Range", "bytes=0-99,1000-1099");
        assertThat(two.statusCode()).isEqualTo(206);
        assertThat(header(two, "Content-Type")).startsWith("multipart/byteranges; boundary=");
        assertThat(header(two, "Content-Length")).isEqualTo(String.valueOf(two.body().length));
        List<byte[]> parts = parts(two);
        assertThat(parts).hasSize(2);
        assertThat(parts.get(0)).isEqualTo(java.util.Arrays.copyOfRange(master, 0, 100));
        assertThat(parts.get(1)).isEqualTo(java.util.Arrays.copyOfRange(master, 1000, 1100));
        assertThat(new String(two.body(), StandardCharsets.ISO_8859_1)).contains("Content-Range: bytes 1000-1099/" + size)
                .contains("Content-Type: video/quicktime");

        HttpResponse<byte[]> pastTheEnd = client.bytes(link, "Range", "bytes=" + size + "-");
        assertThat(pastTheEnd.statusCode()).isEqualTo(416);
        assertThat(header(pastTheEnd, "Content-Range")).isEqualTo("bytes */" + size);

        HttpResponse<byte[]> stale = client.bytes(link, "Range", "bytes=0-99", "If-Range", "\"" + "0".repeat(64) + "\"");
        assertThat(stale.statusCode()).as("a changed file is sent whole").isEqualTo(200);
        assertThat(stale.body()).hasSize(size);

        HttpResponse<byte[]> current = client.bytes(link, "Range", "bytes=0-99", "If-Range", "\"" + sha256 + "\"");
        assertThat(current.statusCode()).isEqualTo(206);
        HttpResponse<byte[]> byDate = client.bytes(link, "Range", "bytes=0-99", "If-Range", header(current, "Last-Modified"));
        assertThat(byDate.statusCode()).isEqualTo(206);
    }

    @Test
    void badRangesGetTheWholeFileOrA416NeverAnError() throws Exception {
        Journalist client = Journalist.anonymous(port);
        int size = master.length;
        for (String ignored : List.of("bytes=abc", "bytes=500-100", "items=0-1", "bytes=-", "bytes=1-2-3", "bytes=--5", "bytes=0x10-20",
                "bytes=" + IntStream.range(0, 17).mapToObj(i -> i * 10 + "-" + (i * 10 + 1)).collect(Collectors.joining(",")))) {
            HttpResponse<byte[]> answer = client.bytes(link, "Range", ignored);
            assertThat(answer.statusCode()).as(ignored).isEqualTo(200);
            assertThat(answer.body()).as(ignored).hasSize(size);
        }
        for (String unsatisfiable : List.of("bytes=-0", "bytes=99999999999999999999999-", "bytes=" + size + "-" + (size + 10))) {
            assertThat(client.bytes(link, "Range", unsatisfiable).statusCode()).as(unsatisfiable).isEqualTo(416);
        }
        HttpResponse<byte[]> overflowing = client.bytes(link, "Range", "bytes=10-99999999999999999999999");
        assertThat(overflowing.statusCode()).isEqualTo(206);
        assertThat(header(overflowing, "Content-Range")).isEqualTo("bytes 10-" + (size - 1) + "/" + size);

        HttpResponse<byte[]> sixteen = client.bytes(link, "Range",
                "bytes=" + IntStream.range(0, 16).mapToObj(i -> i * 10 + "-" + (i * 10 + 1)).collect(Collectors.joining(",")));
        assertThat(sixteen.statusCode()).isEqualTo(206);
        assertThat(parts(sixteen)).hasSize(16);

        HttpResponse<byte[]> overlapping = client.bytes(link, "Range", "bytes=0-10,5-20");
        assertThat(overlapping.statusCode()).isEqualTo(206);
        assertThat(header(overlapping, "Content-Range")).as("merged into one").isEqualTo("bytes 0-20/" + size);
    }

    @Test
    void conditionalRequestsAnswer304And412() throws Exception {
        Journalist client = Journalist.anonymous(port);
        assertThat(client.bytes(link, "If-None-Match", "\"" + sha256 + "\"").statusCode()).isEqualTo(304);
        assertThat(client.bytes(link, "If-Match", "\"" + "1".repeat(64) + "\"").statusCode()).isEqualTo(412);
        assertThat(client.bytes(link, "If-Match", "\"" + sha256 + "\"", "Range", "bytes=0-9").statusCode()).isEqualTo(206);
    }

    @Test
    void headAnswersWithTheHeadersOfGet() throws Exception {
        Journalist client = Journalist.anonymous(port);
        HttpResponse<Void> head = client.head(link);
        HttpResponse<byte[]> get = client.bytes(link);

        assertThat(head.statusCode()).isEqualTo(200);
        assertThat(withoutDate(head.headers().map())).isEqualTo(withoutDate(get.headers().map()));
    }

    @Test
    void aDownloadBrokenInTheMiddleIsResumedWithRangeToTheSha256OfTheMaster() throws Exception {
        int firstPart = 5_000_000;
        byte[] received = getAndLeave(link, firstPart);
        assertThat(received).hasSize(firstPart);

        HttpResponse<byte[]> rest = Journalist.anonymous(port).bytes(link, "Range", "bytes=" + firstPart + "-",
                "If-Range", "\"" + sha256 + "\"");
        assertThat(rest.statusCode()).isEqualTo(206);
        ByteArrayOutputStream whole = new ByteArrayOutputStream();
        whole.write(received);
        whole.write(rest.body());
        assertThat(sha256(whole.toByteArray())).isEqualTo(sha256);

        await().atMost(Duration.ofSeconds(10)).until(() -> jdbc.queryForObject(
                "select count(*) from download_log where asset_id = ? and first_byte = ?", Integer.class, video, firstPart) == 1);
        Map<String, Object> resumed = jdbc.queryForMap(
                "select bytes_sent, complete, via from download_log where asset_id = ? and first_byte = ?", video, firstPart);
        assertThat(resumed).containsEntry("bytes_sent", (long) master.length - firstPart).containsEntry("complete", true)
                .containsEntry("via", "pressroom");
    }

    @Test
    void aClientThatGoesAwayIsLoggedAsPartialQuietlyAndLeavesNoFileOpen(CapturedOutput output) throws Exception {
        long before = jdbc.queryForObject("select count(*) from download_log where complete = false and asset_id = ?", Long.class, video);
        getAndLeave(link, 1_000_000);

        await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.queryForObject(
                "select count(*) from download_log where complete = false and asset_id = ?", Long.class, video) > before);
        Map<String, Object> partial = jdbc.queryForMap(
                "select bytes_sent, bytes_asked, first_byte from download_log where complete = false and asset_id = ? order by id desc limit 1",
                video);
        assertThat((Long) partial.get("bytes_sent")).isGreaterThanOrEqualTo(1_000_000L).isLessThan(master.length);
        assertThat(partial).containsEntry("bytes_asked", (long) master.length).containsEntry("first_byte", 0L);
        Path stored = storage.find("videos/" + video + "/original.mov").orElseThrow().getFile().toPath().toRealPath();
        await().atMost(Duration.ofSeconds(5)).until(() -> openFiles().stream().noneMatch(stored::equals));
        assertThat(output.getAll()).doesNotContain("ClientAbortException").doesNotContain("Broken pipe").doesNotContain(" ERROR ");
    }

    @Test
    void sixteenConcurrentDownloadsAllComplete() throws Exception {
        ExecutorService clients = Executors.newFixedThreadPool(16);
        try {
            List<Future<String>> downloads = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                downloads.add(clients.submit(() -> sha256(Journalist.anonymous(port).bytes(link).body())));
            }
            for (Future<String> download : downloads) {
                assertThat(download.get()).isEqualTo(sha256);
            }
        } finally {
            clients.shutdownNow();
        }
    }

    /** Asks for the whole file on a plain socket, reads {@code bytes} of it, then closes the connection. */
    private byte[] getAndLeave(String path, int bytes) throws IOException {
        try (Socket socket = new Socket()) {
            socket.setReceiveBufferSize(64 * 1024);
            socket.connect(new java.net.InetSocketAddress("127.0.0.1", port));
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream head = new ByteArrayOutputStream();
            while (!head.toString(StandardCharsets.ISO_8859_1).endsWith("\r\n\r\n")) {
                head.write(in.read());
            }
            assertThat(head.toString(StandardCharsets.ISO_8859_1)).startsWith("HTTP/1.1 200");
            return in.readNBytes(bytes);
        }
    }

    /** The bodies of a multipart/byteranges answer. */
    private static List<byte[]> parts(HttpResponse<byte[]> answer) {
        String boundary = header(answer, "Content-Type").replaceFirst(".*boundary=", "");
        String body = new String(answer.body(), StandardCharsets.ISO_8859_1);
        List<byte[]> parts = new ArrayList<>();
        for (String part : body.split("\r\n--" + java.util.regex.Pattern.quote(boundary))) {
            int start = part.indexOf("\r\n\r\n");
            if (start >= 0) {
                parts.add(part.substring(start + 4).getBytes(StandardCharsets.ISO_8859_1));
            }
        }
        return parts;
    }

    private static List<Path> openFiles() throws IOException {
        List<Path> open = new ArrayList<>();
        try (var descriptors = Files.list(Path.of("/proc/self/fd"))) {
            for (Path descriptor : descriptors.toList()) {
                try {
                    open.add(Files.readSymbolicLink(descriptor));
                } catch (IOException closedMeanwhile) {
                    // Gone between listing and reading: not open.
                }
            }
        }
        return open;
    }

    private static Map<String, List<String>> withoutDate(Map<String, List<String>> headers) {
        Map<String, List<String>> kept = new java.util.TreeMap<>(headers);
        kept.remove("date");
        return kept;
    }

    static String header(HttpResponse<?> response, String name) {
        return response.headers().firstValue(name).orElse(null);
    }

    static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
