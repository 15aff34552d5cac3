package org.pressroom.account;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.pressroom.PressroomApplication;
import org.pressroom.TestDataDirectory;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two Pressroom nodes on one PostgreSQL, as behind a load balancer: a journalist who logs in on one node is
 * logged in on the other, and logging out on either ends the session on both.
 */
class SharedSessionTests {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final Pattern CODE = Pattern.compile("\\b(\\d{6})\\b");

    private static EmbeddedPostgres database;
    private static ConfigurableApplicationContext nodeA;
    private static ConfigurableApplicationContext nodeB;

    private final HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).build();

    @BeforeAll
    static void startTwoNodes() throws Exception {
        database = EmbeddedPostgres.builder().setDataDirectory(TestDataDirectory.fresh("shared-postgres")).start();
        try (Connection connection = database.getPostgresDatabase().getConnection(); Statement sql = connection.createStatement()) {
            sql.execute("create database pressroom_cluster");
        }
        nodeA = start();
        nodeB = start();
    }

    @AfterAll
    static void stopNodes() throws Exception {
        nodeA.close();
        nodeB.close();
        database.close();
    }

    @Test
    void aSessionStartedOnOneNodeIsKnownToTheOther() throws Exception {
        String email = "shared." + System.nanoTime() + "@example.org";
        String a = base(nodeA);
        String b = base(nodeB);

        post(a, "/en/account/register", form("email", email, "password", "Broadcast-2026!quality", "firstName", "Ada",
                "lastName", "Reporter", "organisation", "Channel Nine", "mediaKind", "TV", "country", "BE",
                "acceptTerms", "true", "returnTo", "/en/"));
        // Either node's job runner may deliver the mail, into its own local mailbox.
        String code = await().atMost(Duration.ofSeconds(20)).until(() -> {
            String found = codeIn(get(a, "/dev/mailbox").body(), email);
            return found != null ? found : codeIn(get(b, "/dev/mailbox").body(), email);
        }, c -> c != null);
        HttpResponse<String> verified = post(b, "/en/account/verify", form("code", code, "returnTo", "/en/"));
        assertThat(verified.headers().firstValue("Location")).hasValueSatisfying(location -> assertThat(location).contains("/en/account/welcome"));

        assertThat(get(a, "/en/").body()).contains("Logged in as Ada Reporter");
        assertThat(get(b, "/en/").body()).contains("Logged in as Ada Reporter");

        post(a, "/en/account/logout", form("returnTo", "/en/"));

        assertThat(get(b, "/en/").body()).doesNotContain("Logged in as").contains("Log in");
    }

    private static ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(PressroomApplication.class).run(
                "--server.port=0",
                "--pressroom.data-dir=" + TestDataDirectory.fresh("node"),
                "--spring.datasource.url=jdbc:postgresql://127.0.0.1:" + database.getPort() + "/pressroom_cluster",
                "--spring.datasource.username=postgres");
    }

    private static String base(ConfigurableApplicationContext node) {
        return "http://127.0.0.1:" + node.getEnvironment().getProperty("local.server.port");
    }

    private HttpResponse<String> get(String base, String path) throws Exception {
        return browser.send(HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "text/html").build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** Posts a form as a browser would: with the CSRF token of the page it came from. */
    private HttpResponse<String> post(String base, String path, Map<String, String> fields) throws Exception {
        Matcher token = CSRF.matcher(get(base, path.equals("/en/account/logout") ? "/en/" : path).body());
        assertThat(token.find()).as("a CSRF token on the page before " + path).isTrue();
        String body = fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&")) + "&_csrf=" + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8);
        return browser.send(HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static Map<String, String> form(String... pairs) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            fields.put(pairs[i], pairs[i + 1]);
        }
        return fields;
    }

    private static String codeIn(String mailboxPage, String email) {
        for (String article : mailboxPage.split("<article")) {
            int text = article.indexOf("class=\"mail-text\"");
            if (article.contains(email) && text >= 0) {
                Matcher code = CODE.matcher(article.substring(text));
                if (code.find()) {
                    return code.group(1);
                }
            }
        }
        return null;
    }
}
