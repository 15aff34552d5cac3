package org.pressroom.content;

import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.pressroom.site.SiteLanguages;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.UrlPathHelper;

/**
 * HTTP caching of the public pages. Every page, news feed, calendar and sitemap gets an ETag from its
 * bytes and answers a matching If-None-Match with 304. Pages for anonymous readers (no cookie) are
 * {@code public}, so a CDN may keep them, with {@code no-cache}, so it asks again each time and a
 * publication shows at once; this node also keeps them in memory until anything is published, or at
 * most {@code pressroom.content.page-cache}. Readers with a session get {@code private} pages, never
 * kept. It runs before Spring Security: a page served from memory replays the headers (security
 * headers included) that the whole chain gave it when it was rendered, without running the chain again,
 * which an anonymous request without cookies would not have changed. A response its handler marks
 * {@code Cache-Control: no-store} is personal: it is neither kept nor given an ETag.
 */
class PublicPageCache extends OncePerRequestFilter {

    /** The public content pages, by the first path segment after the language ("" is the home page). */
    private static final Set<String> CONTENT = Set.of("", "news", "events", "transcripts", "photos", "galleries");
    private static final UrlPathHelper PATHS = new UrlPathHelper();
    private static final Set<String> CACHEABLE_TYPES = Set.of("text/html", "application/xml", "application/rss+xml",
            "application/atom+xml", "text/calendar", "text/plain");

    private final SiteLanguages languages;
    private final ContentVersion version;
    private final ContentProperties properties;
    private final Clock clock;
    private final Map<String, Entry> entries;

    PublicPageCache(SiteLanguages languages, ContentVersion version, ContentProperties properties, Clock clock) {
        this.languages = languages;
        this.version = version;
        this.properties = properties;
        this.clock = clock;
        int capacity = properties.pageCacheEntries();
        this.entries = java.util.Collections.synchronizedMap(new LinkedHashMap<>(256, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Entry> eldest) {
                return size() > capacity;
            }
        });
    }

    /** The query parameters content pages read; an address with any other is answered but not kept. */
    private static final Set<String> KNOWN_PARAMETERS = Set.of("type", "month", "page", "day");

    /** Headers this filter writes itself, or that belong to one response only. */
    private static final Set<String> NOT_REPLAYED = Set.of("set-cookie", "content-length", "date", "transfer-encoding",
            "etag", "cache-control", "vary", "content-type");

    private record Entry(byte[] body, String contentType, java.util.List<String[]> headers, String etag, long version,
                         long storedAt) {
    }

    /** Only content pages are cached, judged on the decoded path the application will see ("/en/%61ccount" is the account). */
    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        if (!"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod())) {
            return true;
        }
        String path = PATHS.getPathWithinApplication(request);
        if (path.equals("/sitemap.xml") || path.equals("/robots.txt")) {
            return false;
        }
        String[] segments = path.split("/", 4);
        if (segments.length < 2 || languages.find(segments[1]).isEmpty()) {
            return true;
        }
        return !CONTENT.contains(segments.length > 2 ? segments[2] : "");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        boolean anonymous = request.getCookies() == null && request.getHeader("HX-Request") == null;
        String key = request.getScheme() + ":" + request.getRequestURI()
                + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
        long current = version.current();
        if (anonymous) {
            Entry cached = entries.get(key);
            if (cached != null && cached.version == current
                    && clock.millis() - cached.storedAt < properties.pageCache().toMillis()) {
                for (String[] header : cached.headers) {
                    response.addHeader(header[0], header[1]);
                }
                send(cached, true, request, response);
                return;
            }
        }
        // A HEAD is rendered as the GET it stands for, so that both carry the same headers and ETag.
        HttpServletRequest rendered = !"HEAD".equals(request.getMethod()) ? request : new HttpServletRequestWrapper(request) {
            @Override
            public String getMethod() {
                return "GET";
            }
        };
        RenderedPage buffered = new RenderedPage(response);
        // Set first so that Spring Security leaves out its no-store headers; replaced below.
        response.setHeader(HttpHeaders.CACHE_CONTROL, "private, no-cache");
        try {
            chain.doFilter(rendered, buffered);
        } catch (IOException | ServletException | RuntimeException failure) {
            // Half a page and its content type are dropped, so the error page starts from a clean response.
            if (!response.isCommitted()) {
                response.reset();
            }
            throw failure;
        }
        String type = buffered.getContentType();
        boolean storable = buffered.getStatus() == HttpServletResponse.SC_OK && type != null
                && CACHEABLE_TYPES.contains(type.split(";")[0].trim()) && response.getHeader(HttpHeaders.SET_COOKIE) == null
                && !response.isCommitted() && !personal(response);
        byte[] body = buffered.body();
        if (!storable) {
            if (!response.isCommitted() && body.length > 0) {
                response.setContentLength(body.length);
                if (!"HEAD".equals(request.getMethod())) {
                    response.getOutputStream().write(body);
                }
            }
            return;
        }
        java.util.List<String[]> headers = new java.util.ArrayList<>();
        for (String name : response.getHeaderNames()) {
            if (!NOT_REPLAYED.contains(name.toLowerCase(java.util.Locale.ROOT))) {
                response.getHeaders(name).forEach(value -> headers.add(new String[] {name, value}));
            }
        }
        Entry entry = new Entry(body, type, java.util.List.copyOf(headers), etag(body), current, clock.millis());
        if (anonymous && request.getParameterMap().keySet().stream().allMatch(KNOWN_PARAMETERS::contains)) {
            // Made-up parameters (?x=1, ?x=2...) would otherwise push real pages out of memory.
            entries.put(key, entry);
        }
        send(entry, anonymous, request, response);
    }

    /** A handler marks what is rendered for one reader (a download panel) {@code no-store}: never kept, sent as it is. */
    private static boolean personal(HttpServletResponse response) {
        String cacheControl = response.getHeader(HttpHeaders.CACHE_CONTROL);
        return cacheControl != null && cacheControl.contains("no-store");
    }

    private static void send(Entry entry, boolean anonymous, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        response.setHeader(HttpHeaders.ETAG, entry.etag);
        response.setHeader(HttpHeaders.CACHE_CONTROL, anonymous ? "public, no-cache" : "private, no-cache");
        response.addHeader(HttpHeaders.VARY, "Cookie, HX-Request");
        String match = request.getHeader(HttpHeaders.IF_NONE_MATCH);
        if (match != null && (match.contains(entry.etag) || match.trim().equals("*"))) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType(entry.contentType);
        response.setContentLength(entry.body.length);
        if (!"HEAD".equals(request.getMethod())) {
            response.getOutputStream().write(entry.body);
        }
    }

    private static String etag(byte[] body) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(body);
            return "\"" + HexFormat.of().formatHex(digest, 0, 16) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java has SHA-256", e);
        }
    }
}
