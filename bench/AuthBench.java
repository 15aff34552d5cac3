import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Measures the multimedia account against a running Pressroom in local mode (codes read from the local
 * mailbox): log-ins per second with 16 concurrent clients, and the median answer time of register and reset
 * for known versus unknown addresses. Run by bench/auth.sh.
 */
public class AuthBench {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final Pattern CODE = Pattern.compile("\\b(\\d{6})\\b");
    private static final String PASSWORD = "Bench-Password-2026!";

    public static void main(String[] args) throws Exception {
        String base = args[0];
        int clients = Integer.parseInt(args[1]);
        int seconds = Integer.parseInt(args[2]);
        int samples = Integer.parseInt(args[3]);

        String known = "known." + System.nanoTime() + "@example.org";
        Client setup = new Client(base);
        setup.post("/en/account/register", "/en/account/register", registration(known));
        HttpResponse<String> verified = setup.post("/en/account/verify", "/en/account/verify",
                Map.of("code", codeFor(base, known), "returnTo", "/en/"));
        if (!path(verified).startsWith("/en/account/welcome")) {
            throw new IllegalStateException("the bench account was not verified: " + verified.statusCode());
        }

        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        long deadline = System.nanoTime() + seconds * 1_000_000_000L;
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<Integer>> workers = new ArrayList<>();
        long started = System.nanoTime();
        for (int i = 0; i < clients; i++) {
            workers.add(pool.submit(() -> {
                int ok = 0;
                while (System.nanoTime() < deadline) {
                    Client client = new Client(base);
                    String token = client.token("/en/account/login");
                    long t0 = System.nanoTime();
                    HttpResponse<String> response = client.postWithToken("/en/account/login", token,
                            Map.of("email", known, "password", PASSWORD, "returnTo", "/en/"));
                    latencies.add(System.nanoTime() - t0);
                    if (response.statusCode() == 302 && "/en/".equals(path(response))) {
                        ok++;
                    }
                }
                return ok;
            }));
        }
        int logins = 0;
        for (Future<Integer> worker : workers) {
            logins += worker.get();
        }
        double elapsed = (System.nanoTime() - started) / 1e9;
        pool.shutdown();
        System.out.printf("log-in, %d concurrent clients, %d s: %d successful log-ins, %.1f log-ins/s, p50 %.0f ms, p99 %.0f ms%n",
                clients, seconds, logins, logins / elapsed, percentile(latencies, 50), percentile(latencies, 99));

        Client visitor = new Client(base);
        String registerToken = visitor.token("/en/account/register");
        List<Long> registerKnown = new ArrayList<>();
        List<Long> registerUnknown = new ArrayList<>();
        String resetToken = visitor.token("/en/account/reset");
        List<Long> resetKnown = new ArrayList<>();
        List<Long> resetUnknown = new ArrayList<>();
        for (int i = 0; i < samples; i++) {
            registerKnown.add(visitor.timePost("/en/account/register", registerToken, registration(known)));
            registerUnknown.add(visitor.timePost("/en/account/register", registerToken, registration("new" + i + "." + System.nanoTime() + "@example.org")));
            resetKnown.add(visitor.timePost("/en/account/reset", resetToken, Map.of("email", known, "returnTo", "/en/")));
            resetUnknown.add(visitor.timePost("/en/account/reset", resetToken, Map.of("email", "nobody" + i + "." + System.nanoTime() + "@example.org", "returnTo", "/en/")));
        }
        System.out.printf("register, %d each: median %.1f ms for a known address, %.1f ms for an unknown one%n",
                samples, percentile(registerKnown, 50), percentile(registerUnknown, 50));
        System.out.printf("reset,    %d each: median %.1f ms for a known address, %.1f ms for an unknown one%n",
                samples, percentile(resetKnown, 50), percentile(resetUnknown, 50));
    }

    /** The path a redirect points to (Tomcat makes Location absolute). */
    private static String path(HttpResponse<String> response) {
        return URI.create(response.headers().firstValue("Location").orElse("/")).getPath();
    }

    private static Map<String, String> registration(String email) {
        return Map.of("email", email, "password", PASSWORD, "firstName", "Bench", "lastName", "Mark",
                "organisation", "Bench TV", "mediaKind", "TV", "country", "BE", "acceptTerms", "true", "returnTo", "/en/");
    }

    /** Reads the code from the local mailbox page, which shows each mail's decoded text. */
    private static String codeFor(String base, String email) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        for (int attempt = 0; attempt < 200; attempt++) {
            String page = http.send(HttpRequest.newBuilder(URI.create(base + "/dev/mailbox")).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            for (String article : page.split("<article")) {
                int text = article.indexOf("class=\"mail-text\"");
                if (article.contains(email) && text >= 0) {
                    Matcher code = CODE.matcher(article.substring(text));
                    if (code.find()) {
                        return code.group(1);
                    }
                }
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("no code for " + email + " in the local mailbox");
    }

    private static double percentile(List<Long> nanos, int percentile) {
        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        if (sorted.isEmpty()) {
            return Double.NaN;
        }
        int index = (int) Math.ceil(percentile / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(index, 0)) / 1e6;
    }

    /** One browser: its own cookies, so its own session and CSRF token. */
    static final class Client {
        private final String base;
        private final HttpClient http;

        Client(String base) {
            this.base = base;
            this.http = HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER).build();
        }

        String token(String page) throws Exception {
            String body = http.send(HttpRequest.newBuilder(URI.create(base + page)).header("Accept", "text/html").build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            Matcher token = CSRF.matcher(body);
            if (!token.find()) {
                throw new IllegalStateException("no CSRF token on " + page);
            }
            return token.group(1);
        }

        HttpResponse<String> post(String page, String form, Map<String, String> fields) throws Exception {
            return postWithToken(page, token(form), fields);
        }

        HttpResponse<String> postWithToken(String page, String token, Map<String, String> fields) throws Exception {
            String body = fields.entrySet().stream()
                    .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                    .collect(Collectors.joining("&")) + "&_csrf=" + URLEncoder.encode(token, StandardCharsets.UTF_8);
            return http.send(HttpRequest.newBuilder(URI.create(base + page)).header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        }

        long timePost(String page, String token, Map<String, String> fields) throws Exception {
            long t0 = System.nanoTime();
            HttpResponse<String> response = postWithToken(page, token, fields);
            if (response.statusCode() != 302) {
                throw new IllegalStateException(page + " answered " + response.statusCode());
            }
            return System.nanoTime() - t0;
        }
    }
}
