package org.pressroom.delivery;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Who gets a file: anonymous visitors and unverified accounts get the log-in, a verified account a signed link that
 * works without cookies; an expired, forged or other account's link, a deleted account's link and every probe of
 * the addresses are refused.
 */
class DownloadAccessTests extends DeliveryTestSupport {

    @Autowired
    DownloadLinks links;

    @Value("${pressroom.account.terms-version}")
    String termsVersion;

    @Test
    void anAnonymousVisitorSeesTheFilesAndTheLogInButNoLinkAndGetsNoSession() throws Exception {
        long video = fixtures.accountVideo();
        HttpResponse<String> panel = Journalist.anonymous(port).get("/en/videos/" + video + "/downloads");

        assertThat(panel.statusCode()).isEqualTo(200);
        assertThat(panel.body()).contains("Original master", "Broadcast MP4", "360p MP4", "Audio, English", "Audio, French",
                        "Log in to download", "returnTo=/en/videos/" + video + "/downloads?start%3Dbroadcast")
                .doesNotContain("href=\"/downloads/");
        assertThat(panel.headers().firstValue("Set-Cookie")).isEmpty();
    }

    @Test
    void anAccountThatHasNotEnteredItsCodeGetsNoLink() throws Exception {
        long video = fixtures.accountVideo();
        Journalist unverified = Journalist.registered(port);

        String panel = unverified.get("/en/videos/" + video + "/downloads").body();

        assertThat(panel).contains("Log in to download").doesNotContain("href=\"/downloads/");
        assertThat(Journalist.location(unverified.get("/en/downloads/video/" + video + "/broadcast")))
                .hasValueSatisfying(location -> assertThat(location).startsWith("/en/account/login?returnTo="));
    }

    @Test
    void aVerifiedAccountsLinkWorksWithoutCookiesAndIsLoggedAsItsDownload() throws Exception {
        long video = fixtures.accountVideo();
        Journalist ada = Journalist.verified(port, smtp);
        String link = link(ada.get("/en/videos/" + video + "/downloads").body(), "audio-fra");

        HttpResponse<byte[]> file = Journalist.anonymous(port).bytes(link);

        assertThat(file.statusCode()).isEqualTo(200);
        assertThat(file.headers().firstValue("Content-Type")).hasValue("audio/mp4");
        // Logged once the last byte has left, so just after the client has it.
        await().atMost(Duration.ofSeconds(10)).until(() -> jdbc.queryForObject("""
                select count(*) from download_log l join account a on a.id = l.account_id
                where a.email = ? and l.asset_id = ? and l.rendition = 'audio-fra' and l.complete and l.ip = '127.0.0.1'""",
                Integer.class, ada.email, video) == 1);
    }

    @Test
    void anExpiredLinkIsRefusedWithAPageThatSaysSo() throws Exception {
        long video = fixtures.accountVideo();
        Journalist ada = Journalist.verified(port, smtp);
        String link = link(ada.get("/en/videos/" + video + "/downloads").body(), "broadcast");
        Journalist downloadManager = Journalist.anonymous(port);
        assertThat(downloadManager.head(link).statusCode()).isEqualTo(200);

        clock.advance(Duration.ofHours(24).plusSeconds(1));

        HttpResponse<String> expired = downloadManager.get(link, "Accept-Language", "fr");
        assertThat(expired.statusCode()).isEqualTo(403);
        assertThat(expired.body()).contains("Le lien a expiré").doesNotContain("Exception");
        assertThat(downloadManager.head(link).statusCode()).isEqualTo(403);
    }

    @Test
    void forgedAndAlteredLinksLookLikeNothing() throws Exception {
        long video = fixtures.accountVideo();
        Journalist ada = Journalist.verified(port, smtp);
        String link = link(ada.get("/en/videos/" + video + "/downloads").body(), "broadcast");
        String[] parts = link.split("/");
        String token = parts[2];
        String payload = new String(Base64.getUrlDecoder().decode(token.substring(0, token.indexOf('.'))));
        String signature = token.substring(token.indexOf('.') + 1);
        UUID bob = UUID.fromString(jdbc.queryForObject("select id from account where email = ?", String.class,
                Journalist.verified(port, smtp).email));
        String name = parts[3];

        List<String> forged = List.of(
                // another file, asset or account under the same signature
                resigned(payload.replace(":broadcast:", ":original:"), signature),
                resigned(payload.replace(":" + video + ":", ":" + (video + 1) + ":"), signature),
                resigned(payload.replaceFirst("[0-9a-f-]{36}", bob.toString()), signature),
                resigned(payload.replaceFirst(":(\\d+):en$", ":" + Instant.now().plus(Duration.ofDays(3650)).getEpochSecond() + ":en"), signature),
                // a signature changed in one character, cut short, or missing
                token.substring(0, token.length() - 10) + (token.charAt(token.length() - 10) == 'A' ? 'B' : 'A') + token.substring(token.length() - 9),
                token.substring(0, token.length() - 5),
                token.substring(0, token.indexOf('.')),
                "not-a-token", "x".repeat(2000));
        for (String bad : forged) {
            HttpResponse<String> answer = Journalist.anonymous(port).get("/downloads/" + bad + "/" + name);
            assertThat(answer.statusCode()).as(bad).isEqualTo(404);
        }
        assertThat(Journalist.anonymous(port).get(link).statusCode()).as("the genuine link still works").isEqualTo(200);
    }

    @Test
    void aLinkIsNotForAnotherLoggedInAccount() throws Exception {
        long video = fixtures.accountVideo();
        Journalist ada = Journalist.verified(port, smtp);
        Journalist bob = Journalist.verified(port, smtp);
        String adasLink = link(ada.get("/en/videos/" + video + "/downloads").body(), "broadcast");

        HttpResponse<String> refused = bob.get(adasLink);

        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.body()).contains("not for the account you are logged in with");
        assertThat(ada.head(adasLink).statusCode()).isEqualTo(200);
    }

    @Test
    void deletingTheAccountRevokesItsLinks() throws Exception {
        long video = fixtures.accountVideo();
        Journalist ada = Journalist.verified(port, smtp);
        String link = link(ada.get("/en/videos/" + video + "/downloads").body(), "broadcast");
        assertThat(Journalist.anonymous(port).head(link).statusCode()).isEqualTo(200);

        HttpResponse<String> deleted = ada.post("/en/account/delete", "/en/account", "password", Journalist.PASSWORD, "confirm", "true");
        assertThat(deleted.statusCode()).isEqualTo(302);

        HttpResponse<String> revoked = Journalist.anonymous(port).get(link);
        assertThat(revoked.statusCode()).isEqualTo(403);
        assertThat(revoked.body()).contains("no longer exists");
    }

    @Test
    void probesOfTheAddressesAreNotFound() throws Exception {
        long video = fixtures.accountVideo();
        Journalist ada = Journalist.verified(port, smtp);
        String link = link(ada.get("/en/videos/" + video + "/downloads").body(), "broadcast");
        String token = link.split("/")[2];

        for (String probe : List.of("/downloads/" + token + "/..", "/downloads/" + token + "/%2e%2e",
                "/downloads/" + token + "/x;jsessionid=1", "/downloads/" + token + "/.hidden", "/downloads/" + token + "/a..b",
                "/downloads/" + token + "/" + "a".repeat(300), "/downloads/x/y", "/downloads/" + token,
                "/en/videos/abc/downloads", "/en/videos/-1/downloads", "/en/videos/99999999999999999999/downloads",
                "/en/videos/0/downloads", "/en/videos/" + (video + 1000) + "/downloads",
                "/en/downloads/video/" + video + "/nothing", "/en/downloads/video/" + video + "/..", "/en/downloads/audio/" + video + "/broadcast",
                "/en/downloads/photo/" + video + "/high", "/en/downloads/video/1e3/broadcast", "/xx/videos/" + video + "/downloads")) {
            HttpResponse<String> answer = ada.get(probe);
            assertThat(answer.statusCode()).as(probe).isEqualTo(404);
            assertThat(answer.body()).as(probe).doesNotContain("Exception");
        }
        // Above the root, Tomcat refuses the address before Pressroom sees it, as for every page of the site.
        HttpResponse<String> aboveTheRoot = ada.get("/downloads/../../etc/passwd");
        assertThat(aboveTheRoot.statusCode()).isEqualTo(400);
        assertThat(aboveTheRoot.body()).doesNotContain("root:", "Exception");
    }

    @Test
    void aDisabledVideoOffersNothingAndItsLinksAreRefused() throws Exception {
        long video = fixtures.disabledVideo();
        Journalist ada = Journalist.verified(port, smtp);

        String panel = ada.get("/en/videos/" + video + "/downloads").body();

        assertThat(panel).contains("Downloads of this item are not available.", TestVideo.RESTRICTION)
                .doesNotContain("href=\"/downloads/").doesNotContain("Log in to download").doesNotContain("Add to basket");
        UUID account = UUID.fromString(jdbc.queryForObject("select id from account where email = ?", String.class, ada.email));
        String minted = links.url(new DownloadGrant(account, Asset.Type.VIDEO, video, "broadcast", clock.instant().plusSeconds(600), "en"),
                DownloadName.of(null, "x", "x", "broadcast", "mp4"));
        assertThat(Journalist.anonymous(port).get(minted).statusCode()).isEqualTo(403);
        assertThat(ada.get("/en/downloads/video/" + video + "/broadcast").statusCode()).isEqualTo(403);
    }

    @Test
    void aPublicVideoIsDownloadedWithoutAnAccount() throws Exception {
        long video = fixtures.publicVideo();
        Journalist visitor = Journalist.anonymous(port);

        String link = link(visitor.get("/en/videos/" + video + "/downloads").body(), "broadcast");

        assertThat(visitor.bytes(link).statusCode()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(10)).until(() -> jdbc.queryForObject(
                "select count(*) from download_log where asset_id = ? and account_id is null and complete", Integer.class, video) == 1);
    }

    @Test
    void theFirstDownloadUnderNewTermsAsksForThemAndRecordsTheirVersion() throws Exception {
        long video = fixtures.accountVideo();
        Journalist ada = Journalist.verified(port, smtp);
        jdbc.update("update account set terms_version = '2020-01' where email = ?", ada.email);

        String panel = ada.get("/en/videos/" + video + "/downloads").body();
        assertThat(panel).contains("Accept the terms of use (version " + termsVersion + ") to download.")
                .doesNotContain("href=\"/downloads/");
        HttpResponse<String> start = ada.get("/en/downloads/video/" + video + "/broadcast");
        assertThat(Journalist.location(start)).hasValue("/en/downloads/terms?returnTo=/en/downloads/video/" + video + "/broadcast");
        assertThat(ada.get("/en/downloads/terms?returnTo=/en/videos/" + video + "/downloads").body())
                .contains("Terms of use for downloads", "Version " + termsVersion, "credit line given beside each item");

        HttpResponse<String> accepted = ada.post("/en/downloads/terms", "/en/downloads/terms", "returnTo",
                "/en/videos/" + video + "/downloads?start=broadcast");

        assertThat(Journalist.location(accepted)).hasValue("/en/videos/" + video + "/downloads?start=broadcast");
        assertThat(jdbc.queryForMap("select terms_version, terms_accepted_at from account where email = ?", ada.email))
                .containsEntry("terms_version", termsVersion);
        assertThat(jdbc.queryForObject("""
                select count(*) from auth_event e join account a on a.id = e.account_id where a.email = ? and e.type = 'TERMS_ACCEPTED'""",
                Integer.class, ada.email)).isEqualTo(1);
        HttpResponse<String> starting = ada.get("/en/videos/" + video + "/downloads?start=broadcast");
        assertThat(starting.headers().firstValue("Refresh")).hasValueSatisfying(refresh -> assertThat(refresh).startsWith("0; url=/downloads/")
                .endsWith("-broadcast.mp4"));
        assertThat(starting.body()).contains("Your download of the Broadcast MP4 is starting.");
    }

    @Test
    void termsCannotBeAcceptedWithoutAnAccountNorSentAnywhereElse() throws Exception {
        Journalist ada = Journalist.verified(port, smtp);
        jdbc.update("update account set terms_version = '2020-01' where email = ?", ada.email);

        HttpResponse<String> elsewhere = ada.post("/en/downloads/terms", "/en/downloads/terms", "returnTo", "https://evil.example/");

        assertThat(Journalist.location(elsewhere)).hasValue("/en/");
        assertThat(Journalist.location(Journalist.anonymous(port).get("/en/downloads/terms")))
                .hasValueSatisfying(location -> assertThat(location).startsWith("/en/account/login"));
    }

    private static String resigned(String payload, String signature) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(payload.getBytes()) + "." + signature;
    }
}
