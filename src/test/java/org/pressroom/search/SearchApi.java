package org.pressroom.search;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Asks the running application, over HTTP, as a broadcaster's system or a reader's browser would. */
class SearchApi {

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private final JsonMapper json = JsonMapper.builder().build();

    HttpResponse<String> get(int port, String pathAndQuery, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + pathAndQuery)).GET();
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The API's answer to {@code parameters} (name, value, name, value...), which must be a 200. */
    JsonNode search(int port, String... parameters) throws Exception {
        return searchAs(port, "en", parameters);
    }

    /** The same, for a reader whose browser asks for {@code readerLang}. */
    JsonNode searchAs(int port, String readerLang, String... parameters) throws Exception {
        HttpResponse<String> response = get(port, "/api/v1/search" + query(parameters), "Accept-Language", readerLang);
        if (response.statusCode() != 200) {
            throw new AssertionError("HTTP " + response.statusCode() + ": " + response.body());
        }
        return json.readTree(response.body());
    }

    static String query(String... parameters) {
        StringBuilder query = new StringBuilder();
        for (int i = 0; i < parameters.length; i += 2) {
            query.append(i == 0 ? '?' : '&').append(parameters[i]).append('=')
                    .append(URLEncoder.encode(parameters[i + 1], StandardCharsets.UTF_8));
        }
        return query.toString();
    }

    /** The result URLs, without the site's address. */
    static List<String> urls(JsonNode answer) {
        List<String> urls = new ArrayList<>();
        answer.get("results").forEach(r -> urls.add(r.get("url").asString().replaceFirst("^https?://[^/]+", "")));
        return urls;
    }
}
