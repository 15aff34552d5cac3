package org.pressroom.content;

import java.net.http.HttpResponse;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.pressroom.media.PublishedVideos;
import org.pressroom.media.PublishedVideos.VideoCard;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo's videos on their pages: what the footage is, its shot list, what was read from the master, the
 * programme item it covers, and the player's files (the HLS preview with an audio rendition per language).
 */
@DemoPressRoomTest
class VideoPagesTests {

    @LocalServerPort
    int port;

    @Autowired
    DemoPages pages;

    @Autowired
    PublishedVideos videos;

    @Test
    void aVideoPageShowsTheFootageItsShotListTheMastersFactsAndTheEventItCovers() throws Exception {
        VideoCard conference = video("Press conference");
        String url = Cards.videoUrl(conference.id(), conference.title(), "en");

        HttpResponse<String> response = pages.get(port, url);

        assertThat(response.statusCode()).isEqualTo(200);
        Document page = Jsoup.parse(response.body());
        assertThat(page.selectFirst("h1").text()).isEqualTo(conference.title());
        assertThat(page.selectFirst(".kicker").text()).isEqualTo("Press conference");
        assertThat(page.select(".shot")).hasSize(2);
        assertThat(page.selectFirst(".shot-soundbite .shot-time").text()).isEqualTo("00:00:01");
        assertThat(page.selectFirst(".shot-soundbite .shot-speaker").text()).isEqualTo("Amara Lindqvist, Secretary General (English)");
        assertThat(page.selectFirst(".shot-soundbite a").attr("href")).isEqualTo("#t=1.500");
        assertThat(page.select("video track[kind=captions]")).extracting(track -> track.attr("srclang")).containsExactly("en", "fr");
        assertThat(page.selectFirst(".technical").text()).contains("1280 × 720", "25/1", "Progressive", "h264");
        assertThat(page.select(".audio-tracks tbody tr")).extracting(row -> row.select("td").get(0).text())
                .containsExactly("English", "French");
        assertThat(page.selectFirst(".audio-tracks tbody tr").text()).contains("LUFS", "dBTP");
        assertThat(page.select(".facts a")).extracting(link -> link.text()).contains("ICWC Ministerial Conference 2026");
        assertThat(page.selectFirst("script[type=application/ld+json]").data()).contains("\"VideoObject\"", "\"duration\":\"PT6S\"");
        assertThat(page.selectFirst("#video-downloads").attr("data-hx-get")).isEqualTo("/en/videos/" + conference.id() + "/downloads");
        assertThat(page.selectFirst("link[rel=canonical]").attr("href")).endsWith(url);

        Document french = Jsoup.parse(pages.get(port, Cards.videoUrl(conference.id(), conference.title(), "fr")).body());
        assertThat(french.selectFirst(".kicker").text()).isEqualTo("Conférence de presse");
        assertThat(french.select(".audio-tracks tbody tr")).extracting(row -> row.select("td").get(0).text())
                .containsExactly("Anglais", "Français");
    }

    @Test
    void theEventPageLinksEachProgrammeItemToItsVideoAndTheVideosPageListsThem() throws Exception {
        VideoCard arrival = video("arrival of delegations");
        String eventPage = pages.event("ministerial-2026", "en") + "?day=1";

        Document event = Jsoup.parse(pages.get(port, eventPage).body());
        Document list = Jsoup.parse(pages.get(port, "/en/videos").body());

        assertThat(event.select(".programme-links a")).extracting(link -> link.attr("href"))
                .contains(Cards.videoUrl(arrival.id(), arrival.title(), "en"));
        assertThat(list.select(".video-card .card-title a")).extracting(link -> link.text()).hasSize(2).contains(arrival.title());
        assertThat(list.selectFirst(".video-duration").text()).matches("0:0[68]");
    }

    @Test
    void wrongSlugsMoveToTheVideosAddressAndUnknownVideosAreNotFound() throws Exception {
        VideoCard arrival = video("arrival of delegations");
        String url = Cards.videoUrl(arrival.id(), arrival.title(), "en");

        HttpResponse<String> moved = pages.get(port, "/en/videos/" + arrival.id() + "-an-old-title");
        HttpResponse<String> bare = pages.get(port, "/en/videos/" + arrival.id());

        assertThat(moved.statusCode()).isEqualTo(301);
        assertThat(moved.headers().firstValue("Location").orElseThrow()).endsWith(url);
        assertThat(bare.statusCode()).isEqualTo(301);
        for (String path : List.of("/en/videos/999999999-nothing", "/en/videos/not-a-number", "/en/videos/99999999999999999999")) {
            HttpResponse<String> missing = pages.get(port, path);
            assertThat(missing.statusCode()).as(path).isEqualTo(404);
            assertThat(missing.body()).as(path).doesNotContain("Exception");
        }
    }

    @Test
    void thePreviewHasAMasterPlaylistWithAnAudioRenditionPerLanguageAndThePlayersFilesAreServed() throws Exception {
        VideoCard conference = video("Press conference");
        PublishedVideos.Player player = videos.find(conference.id()).orElseThrow().player();

        HttpResponse<String> master = pages.get(port, player.hls());

        assertThat(master.statusCode()).isEqualTo(200);
        List<String> lines = master.body().lines().toList();
        assertThat(lines.get(0)).isEqualTo("#EXTM3U");
        List<String> audio = lines.stream().filter(line -> line.startsWith("#EXT-X-MEDIA:TYPE=AUDIO")).toList();
        assertThat(audio).hasSize(2);
        assertThat(audio).anySatisfy(line -> assertThat(line).contains("LANGUAGE=\"eng\"", "DEFAULT=YES"));
        assertThat(audio).anySatisfy(line -> assertThat(line).contains("LANGUAGE=\"fra\""));
        List<String> variants = lines.stream().filter(line -> line.startsWith("#EXT-X-STREAM-INF")).toList();
        assertThat(variants).isNotEmpty().allSatisfy(line -> assertThat(line).contains("AUDIO=", "RESOLUTION=", "CODECS="));
        for (String line : lines) {
            if (!line.isBlank() && !line.startsWith("#")) {
                String playlist = player.hls().replace("master.m3u8", line);
                assertThat(pages.get(port, playlist).statusCode()).as(playlist).isEqualTo(200);
            }
        }
        assertThat(pages.get(port, player.poster()).statusCode()).isEqualTo(200);
        assertThat(pages.get(port, player.mp4(), "Range", "bytes=0-99").statusCode()).isEqualTo(206);
        assertThat(pages.get(port, player.storyboard()).body()).startsWith("WEBVTT").contains("sprite.jpg#xywh=");
        assertThat(pages.get(port, player.captions().get(0).url()).body()).startsWith("WEBVTT");
        assertThat(pages.get(port, "/media/videos/" + conference.id() + "/broadcast.mp4").statusCode()).isEqualTo(404);
    }

    private VideoCard video(String titlePart) {
        return pages.readyVideos(videos).stream().filter(card -> card.title().contains(titlePart)).findFirst().orElseThrow();
    }
}
