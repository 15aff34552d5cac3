package org.pressroom.delivery;

import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.pressroom.media.MediaStorage;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

/**
 * With {@code pressroom.delivery.transfer=sendfile}, Tomcat sends a file (whole, or one range) from the kernel's page
 * cache, with the same headers; several ranges are still sent by Pressroom. The log says the bytes were handed to
 * sendfile, and that it cannot tell how many arrived.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "pressroom.delivery.transfer=sendfile")
class SendfileTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MediaStorage storage;

    @Autowired
    Clock clock;

    @Test
    void tomcatSendsTheFileWithTheHeadersOfAStaticFileServer() throws Exception {
        byte[] bytes = new byte[8_000_000];
        new Random(3).nextBytes(bytes);
        long photo = TestPhotos.publish(jdbc, storage, clock.instant(), "PUBLIC", "Sendfile", bytes);
        Journalist visitor = Journalist.anonymous(port);
        String link = Journalist.location(visitor.get("/en/downloads/photo/" + photo + "/high")).orElseThrow();

        HttpResponse<byte[]> whole = visitor.bytes(link);
        HttpResponse<byte[]> range = visitor.bytes(link, "Range", "bytes=1000-1999");
        HttpResponse<byte[]> two = visitor.bytes(link, "Range", "bytes=0-9,100-109");

        assertThat(whole.statusCode()).isEqualTo(200);
        assertThat(whole.body()).isEqualTo(bytes);
        assertThat(whole.headers().firstValue("Content-Length")).hasValue("8000000");
        assertThat(whole.headers().firstValue("ETag")).hasValueSatisfying(etag -> assertThat(etag).hasSize(66));
        assertThat(whole.headers().firstValue("Content-Disposition")).hasValueSatisfying(d -> assertThat(d).contains("-sendfile-high.jpg"));
        assertThat(range.statusCode()).isEqualTo(206);
        assertThat(range.body()).isEqualTo(Arrays.copyOfRange(bytes, 1000, 2000));
        assertThat(two.statusCode()).isEqualTo(206);
        assertThat(two.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("multipart/byteranges"));
        await().atMost(Duration.ofSeconds(10)).until(() -> jdbc.queryForObject(
                "select count(*) from download_log where asset_type = 'photo' and asset_id = ?", Integer.class, photo) == 3);
        assertThat(jdbc.queryForList("select via, bytes_sent, complete from download_log where asset_id = ? and asset_type = 'photo' order by id",
                photo)).extracting(row -> row.get("via"), row -> row.get("bytes_sent"), row -> row.get("complete"))
                .containsExactly(tuple("sendfile", null, null), tuple("sendfile", null, null), tuple("pressroom", 20L, true));
    }
}
