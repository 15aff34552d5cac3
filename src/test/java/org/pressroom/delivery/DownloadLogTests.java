package org.pressroom.delivery;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The download log: "My downloads" on the account, counts per asset and per day for the press office, retention,
 * and what an account's deletion leaves of it.
 */
class DownloadLogTests extends DeliveryTestSupport {

    @Autowired
    DownloadStatistics statistics;

    @Autowired
    DownloadLog log;

    @Test
    void myDownloadsListsWhatArrivedWholeAndWhatArrivedInPart() throws Exception {
        long video = fixtures.accountVideo();
        Journalist ada = Journalist.verified(port, smtp);
        String panel = ada.get("/en/videos/" + video + "/downloads").body();
        ada.bytes(link(panel, "audio-eng"));
        ada.bytes(link(panel, "broadcast"), "Range", "bytes=0-999");
        await().atMost(Duration.ofSeconds(10)).until(() -> logged(ada) == 2);

        HttpResponse<String> page = ada.get("/en/downloads");

        assertThat(page.headers().firstValue("Cache-Control")).hasValue("private, no-store");
        assertThat(page.body()).contains("My downloads", "Audio, English", "Complete", "Broadcast MP4", "/en/videos/" + video + "/downloads")
                .contains("Press conference: &quot;Coastal waters&quot;");
        assertThat(ada.get("/en/account").body()).contains("href=\"/en/downloads\"", "href=\"/en/basket\"");
        assertThat(Journalist.location(Journalist.anonymous(port).get("/en/downloads"))).hasValue("/en/account/login?returnTo=/en/downloads");
    }

    @Test
    void aDownloadIsCountedOnceHoweverManyRequestsItTakes() throws Exception {
        long video = fixtures.accountVideo();
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        long before = count(video, today);
        Journalist ada = Journalist.verified(port, smtp);
        String link = link(ada.get("/en/videos/" + video + "/downloads").body(), "sd-360p");

        Journalist downloadManager = Journalist.anonymous(port);
        downloadManager.head(link);
        downloadManager.bytes(link, "Range", "bytes=0-9999");
        downloadManager.bytes(link, "Range", "bytes=10000-");
        await().atMost(Duration.ofSeconds(10)).until(() -> logged(ada) == 2);

        assertThat(count(video, today)).isEqualTo(before + 1);
        assertThat(statistics.perAssetAndDay(today, today, ZoneOffset.UTC)).anySatisfy(day -> {
            assertThat(day.assetType()).isEqualTo("video");
            assertThat(day.assetId()).isEqualTo(video);
            assertThat(day.accounts()).isPositive();
        });
    }

    @Test
    void entriesPastTheirRetentionGoAndAddressesSooner() {
        UUID account = UUID.randomUUID();
        for (int daysAgo : new int[] {100, 800}) {
            jdbc.update("""
                    insert into download_log (account_id, asset_type, asset_id, rendition, file_size, first_byte, bytes_asked, bytes_sent,
                                              complete, via, started_at, ip)
                    values (?, 'video', 999999, 'broadcast', 10, 0, 10, 10, true, 'pressroom', ?, '192.0.2.1')""",
                    account, java.sql.Timestamp.from(clock.instant().minus(Duration.ofDays(daysAgo))));
        }

        log.purge(Duration.ofDays(730), Duration.ofDays(90));

        assertThat(jdbc.queryForList("select ip from download_log where account_id = ?", account)).containsExactly(
                java.util.Collections.singletonMap("ip", null));
        assertThat(jdbc.queryForObject("select count(*) from scheduled_tasks where task_name = 'download-log-purge'", Integer.class))
                .as("the purge runs every hour as a durable job").isEqualTo(1);
    }

    @Test
    void deletingTheAccountErasesItsAddressesAndEmptiesItsBasket() throws Exception {
        long video = fixtures.accountVideo();
        Journalist ada = Journalist.verified(port, smtp);
        String panelPath = "/en/videos/" + video + "/downloads";
        ada.bytes(link(ada.get(panelPath).body(), "audio-fra"));
        ada.post("/en/basket/items", panelPath, "type", "video", "id", String.valueOf(video), "returnTo", panelPath);
        await().atMost(Duration.ofSeconds(10)).until(() -> logged(ada) == 1);
        UUID account = UUID.fromString(jdbc.queryForObject("select id from account where email = ?", String.class, ada.email));

        ada.post("/en/account/delete", "/en/account", "password", Journalist.PASSWORD, "confirm", "true");

        Map<String, Object> entry = jdbc.queryForMap("select ip, rendition from download_log where account_id = ?", account);
        assertThat(entry).containsEntry("rendition", "audio-fra").containsEntry("ip", null);
        assertThat(jdbc.queryForObject("select count(*) from basket_item where account_id = ?", Integer.class, account)).isZero();
    }

    private long count(long video, LocalDate day) {
        return statistics.perAssetAndDay(day, day, ZoneOffset.UTC).stream()
                .filter(d -> d.assetType().equals("video") && d.assetId() == video).mapToLong(DownloadStatistics.DailyCount::downloads).sum();
    }

    private int logged(Journalist journalist) {
        return jdbc.queryForObject("select count(*) from download_log l join account a on a.id = l.account_id where a.email = ?",
                Integer.class, journalist.email);
    }
}
