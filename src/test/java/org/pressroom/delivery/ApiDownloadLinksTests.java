package org.pressroom.delivery;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code GET /api/v1/videos/{id}} gives the download addresses its caller may use. */
class ApiDownloadLinksTests extends DeliveryTestSupport {

    @Autowired
    JsonMapper json;

    @Test
    void aLoggedInAccountGetsSignedAddressesForEveryFile() throws Exception {
        long video = fixtures.accountVideo();
        Journalist ada = Journalist.verified(port, smtp);

        JsonNode downloads = json.readTree(ada.get("/api/v1/videos/" + video).body()).get("downloads");

        assertThat(downloads.get("access").asString()).isEqualTo("granted");
        assertThat(downloads.get("expires").asString()).isNotBlank();
        assertThat(downloads.get("files").propertyNames()).contains("original", "broadcast", "sd-360p", "audio-eng", "audio-fra");
        String broadcast = downloads.get("files").get("broadcast").asString();
        assertThat(broadcast).startsWith("http://localhost:8080/downloads/").endsWith("-broadcast.mp4");
        HttpResponse<Void> head = Journalist.anonymous(port).head(broadcast.replace("http://localhost:8080", ""));
        assertThat(head.statusCode()).isEqualTo(200);
    }

    @Test
    void withoutAnAccountOnlyPublicVideosComeWithAddresses() throws Exception {
        Journalist anonymous = Journalist.anonymous(port);

        JsonNode restricted = json.readTree(anonymous.get("/api/v1/videos/" + fixtures.accountVideo()).body()).get("downloads");
        JsonNode open = json.readTree(anonymous.get("/api/v1/videos/" + fixtures.publicVideo()).body()).get("downloads");
        JsonNode disabled = json.readTree(anonymous.get("/api/v1/videos/" + fixtures.disabledVideo()).body()).get("downloads");

        assertThat(restricted.get("access").asString()).isEqualTo("log-in");
        assertThat(restricted.get("files").isEmpty()).isTrue();
        assertThat(open.get("access").asString()).isEqualTo("granted");
        assertThat(open.get("files").get("broadcast").asString()).contains("/downloads/");
        assertThat(disabled.get("access").asString()).isEqualTo("disabled");
    }
}
