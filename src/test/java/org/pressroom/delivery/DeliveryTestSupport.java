package org.pressroom.delivery;

import java.io.IOException;
import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.pressroom.MutableClock;
import org.pressroom.TestSmtpServer;
import org.pressroom.media.VideoFiles;
import org.pressroom.media.VideoIngest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * What the download tests share, so that they share one running Pressroom (one context, one embedded
 * PostgreSQL, one SMTP server, and the ready videos made once): a clock the tests move, and ready videos with
 * each kind of rights.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "pressroom.account.ip-codes-per-hour=10000", "pressroom.account.ip-logins-per-minute=10000"})
@Import({DeliveryTestSupport.MovableTime.class, DeliveryTestSupport.Fixtures.class})
abstract class DeliveryTestSupport {

    static final TestSmtpServer smtp = new TestSmtpServer();

    @DynamicPropertySource
    static void smtpServer(DynamicPropertyRegistry registry) {
        // Started once for the shared context; it stops with the JVM.
        smtp.startFor(registry);
    }

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Autowired
    MutableClock clock;

    @Autowired
    JdbcTemplate jdbc;

    /** Imported, not nested configuration: its bean methods run in lite mode. */
    static class MovableTime {

        @Bean
        @Primary
        MutableClock testClock() {
            return new MutableClock(Instant.now());
        }
    }

    /** The shared ready videos, made at first use. */
    static class Fixtures {

        private final VideoIngest ingest;
        private final VideoFiles videos;
        private final JdbcTemplate jdbc;
        private Long accountVideo;
        private Long publicVideo;
        private Long disabledVideo;

        Fixtures(VideoIngest ingest, VideoFiles videos, JdbcTemplate jdbc) {
            this.ingest = ingest;
            this.videos = videos;
            this.jdbc = jdbc;
        }

        synchronized long accountVideo() throws IOException {
            if (accountVideo == null) {
                accountVideo = TestVideo.ready(ingest, videos, jdbc, "ACCOUNT");
            }
            return accountVideo;
        }

        synchronized long publicVideo() throws IOException {
            if (publicVideo == null) {
                publicVideo = TestVideo.ready(ingest, videos, jdbc, "PUBLIC");
            }
            return publicVideo;
        }

        synchronized long disabledVideo() throws IOException {
            if (disabledVideo == null) {
                disabledVideo = TestVideo.ready(ingest, videos, jdbc, "DISABLED");
            }
            return disabledVideo;
        }
    }

    /** The signed link of one file in a download panel. */
    static String link(String panel, String file) {
        Matcher row = Pattern.compile("data-file=\"" + file + "\".*?href=\"(/downloads/[^\"]+)\"", Pattern.DOTALL).matcher(panel);
        if (!row.find()) {
            throw new AssertionError("no download link for " + file + " in the panel:\n" + panel);
        }
        return row.group(1).replace("&amp;", "&");
    }
}
