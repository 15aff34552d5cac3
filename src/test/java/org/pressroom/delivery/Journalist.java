package org.pressroom.delivery;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.pressroom.TestSmtpServer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A journalist talking HTTP to the running Pressroom with her own cookies, as a browser would: she registers
 * through the real forms, reads her code from the SMTP server, and keeps her session.
 */
final class Journalist {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    static final String PASSWORD = "Broadcast-2026!quality";

    final String email;
    private final String base;
    private final CookieManager cookies = new CookieManager();
    private final HttpClient http;

    private Journalist(String base, String email) {
        this.base = base;
        this.email = email;
        this.http = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** Someone who has not logged in. */
    static Journalist anonymous(int port) {
        return new Journalist("http://127.0.0.1:" + port, null);
    }

    /** A journalist with a verified account, logged in. */
    static Journalist verified(int port, TestSmtpServer smtp) throws Exception {
        Journalist journalist = registered(port);
        journalist.verify(smtp);
        return journalist;
    }

    /** A journalist who registered but has not entered her code. */
    static Journalist registered(int port) throws Exception {
        Journalist journalist = new Journalist("http://127.0.0.1:" + port, "ada." + UUID.randomUUID() + "@example.org");
        HttpResponse<String> registered = journalist.post("/en/account/register", "/en/account/register", "email", journalist.email,
                "password", PASSWORD, "firstName", "Ada", "lastName", "Reporter", "organisation", "Channel Nine", "mediaKind", "TV",
                "country", "BE", "acceptTerms", "true", "returnTo", "/en/");
        assertThat(registered.statusCode()).as("registration").isEqualTo(302);
        return journalist;
    }

    private void verify(TestSmtpServer smtp) throws Exception {
        HttpResponse<String> verified = post("/en/account/verify", "/en/account/verify", "code", smtp.awaitCode(email, 1), "returnTo", "/en/");
        assertThat(verified.headers().firstValue("Location")).as("verification").hasValueSatisfying(l -> assertThat(l).contains("/welcome"));
    }

    void logIn() throws Exception {
        HttpResponse<String> loggedIn = post("/en/account/login", "/en/account/login", "email", email, "password", PASSWORD,
                "returnTo", "/en/");
        assertThat(loggedIn.statusCode()).as("log-in").isEqualTo(302);
    }

    void logOut() throws Exception {
        post("/en/account/logout", "/en/", "returnTo", "/en/");
    }

    /** Where a redirect leads, as a path of the site (Tomcat writes the Location absolute). */
    static java.util.Optional<String> location(HttpResponse<?> response) {
        return response.headers().firstValue("Location").map(location -> location.replaceFirst("^https?://[^/]+", ""));
    }

    HttpResponse<String> get(String path, String... headers) throws Exception {
        return http.send(request(path, headers).build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<byte[]> bytes(String path, String... headers) throws Exception {
        return http.send(request(path, headers).build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    HttpResponse<Void> head(String path, String... headers) throws Exception {
        return http.send(request(path, headers).method("HEAD", HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.discarding());
    }

    /** Posts a form with the CSRF token of the page it is on, as a browser would. */
    HttpResponse<String> post(String path, String fromPage, String... fields) throws Exception {
        Matcher token = CSRF.matcher(get(fromPage).body());
        assertThat(token.find()).as("a CSRF token on " + fromPage).isTrue();
        String body = Stream.concat(Stream.of(fields), Stream.of("_csrf", token.group(1))).collect(Collectors.collectingAndThen(
                Collectors.toList(), list -> {
                    StringBuilder form = new StringBuilder();
                    for (int i = 0; i < list.size(); i += 2) {
                        form.append(form.isEmpty() ? "" : "&").append(URLEncoder.encode(list.get(i), StandardCharsets.UTF_8)).append('=')
                                .append(URLEncoder.encode(list.get(i + 1), StandardCharsets.UTF_8));
                    }
                    return form.toString();
                }));
        return http.send(HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest.Builder request(String path, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(path.startsWith("http") ? path : base + path));
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return request;
    }
}
