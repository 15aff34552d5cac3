package org.pressroom.site;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import static org.assertj.core.api.Assertions.assertThat;

/** What a visitor sees when something is wrong: a translated page in the site's layout, never a stack trace. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(ErrorPagesTests.Failing.class)
class ErrorPagesTests {

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void anUnknownPageGivesTheTranslatedNotFoundPage() throws Exception {
        HttpResponse<String> french = get("/fr/cette-page-n-existe-pas");
        assertThat(french.statusCode()).isEqualTo(404);
        assertThat(french.body()).contains("<html lang=\"fr\">", "Page introuvable", "Erreur 404", "Organisation Exemple");

        HttpResponse<String> english = get("/en/no-such-page");
        assertThat(english.statusCode()).isEqualTo(404);
        assertThat(english.body()).contains("<html lang=\"en\">", "Page not found", "href=\"/fr/no-such-page\"");
    }

    @Test
    void anUnknownAddressWithoutLanguageIsAnsweredInTheBrowsersLanguage() throws Exception {
        HttpResponse<String> response = http.send(request("/nowhere").header("Accept-Language", "fr").GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).contains("Page introuvable");
    }

    @Test
    void anUnknownLanguageGivesTheNotFoundPage() throws Exception {
        HttpResponse<String> response = get("/de/");
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).contains("Page not found");
    }

    @Test
    void aFailureGivesTheErrorPageWithoutAStackTrace() throws Exception {
        HttpResponse<String> response = get("/en/test-failure");

        assertThat(response.statusCode()).isEqualTo(500);
        assertThat(response.body()).contains("Something went wrong on our side")
                .doesNotContain("IllegalStateException", "secret detail", "at org.", "Whitelabel");
    }

    @Test
    void aFailureAskedForAsJsonShowsNoDetailEither() throws Exception {
        HttpResponse<String> response = http.send(request("/en/test-failure").header("Accept", "application/json").GET().build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(500);
        assertThat(response.body()).doesNotContain("IllegalStateException", "secret detail", "trace");
    }

    @Test
    void aFormPostedWithoutItsCsrfTokenIsRefusedWithTheTranslatedPage() throws Exception {
        HttpResponse<String> response = http.send(request("/fr/").POST(HttpRequest.BodyPublishers.ofString("q=1")).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.body()).contains("Cette action n&#39;est pas autorisée");
    }

    @Test
    void aBadParameterGivesTheTranslatedBadRequestPage() throws Exception {
        HttpResponse<String> response = get("/fr/test-number?n=douze");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("Erreur 400", "Cette demande n&#39;a pas pu être comprise")
                .doesNotContain("NumberFormatException", "douze");
    }

    @Test
    void aMalformedAddressIsABadRequestThatRevealsNothing() throws Exception {
        try (java.net.Socket socket = new java.net.Socket("127.0.0.1", port)) {
            socket.getOutputStream().write("GET /en/%zz HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n"
                    .getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            String response = new String(socket.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);

            assertThat(response).startsWith("HTTP/1.1 400").doesNotContain("Tomcat/", "Exception", "at org.");
        }
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).header("Accept", "text/html");
    }

    /** A page that fails, to see what a visitor gets when something breaks. */
    @TestConfiguration
    @RestController
    static class Failing {
        @GetMapping("/en/test-failure")
        String fail() {
            throw new IllegalStateException("secret detail");
        }

        @GetMapping("/{lang}/test-number")
        String number(@org.springframework.web.bind.annotation.RequestParam int n) {
            return Integer.toString(n);
        }
    }
}
