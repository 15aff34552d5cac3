package org.pressroom.search;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;


/**
 * The shareable addresses of a search and of its variations (another filter, another page), so that a
 * result page can be sent to a colleague as it is.
 */
final class SearchLinks {

    private final String path;
    private final Map<String, String> parameters = new LinkedHashMap<>();

    SearchLinks(String path, SearchQuery query) {
        this.path = path;
        put("q", query.text().isEmpty() ? null : query.text());
        put("type", query.type() == null ? null : query.type().code());
        put("from", query.from() == null ? null : query.from().toString());
        put("to", query.to() == null ? null : query.to().toString());
        put("event", query.event() == null ? null : query.event().toString());
        put("country", query.country());
        put("speaker", query.speaker());
        put("lang", query.lang());
        SearchQuery.Sort usual = query.hasText() ? SearchQuery.Sort.RELEVANCE : SearchQuery.Sort.DATE;
        put("sort", query.sort() == usual ? null : query.sort().code());
        put("page", query.page() > 1 ? Integer.toString(query.page()) : null);
    }

    private SearchLinks(String path, Map<String, String> parameters) {
        this.path = path;
        this.parameters.putAll(parameters);
    }

    private void put(String name, String value) {
        if (value == null) {
            parameters.remove(name);
        } else {
            parameters.put(name, value);
        }
    }

    /** This search. */
    public String current() {
        return build(parameters);
    }

    /** This search with one filter set (or cleared, with null), from its first page. */
    public String with(String name, String value) {
        SearchLinks other = new SearchLinks(path, parameters);
        other.put("page", null);
        other.put(name, value);
        return other.current();
    }

    /** This search with a date range, from its first page. */
    public String dates(Object from, Object to) {
        SearchLinks other = new SearchLinks(path, parameters);
        other.put("page", null);
        other.put("from", from == null ? null : from.toString());
        other.put("to", to == null ? null : to.toString());
        return other.current();
    }

    /** Another page of this search. */
    public String page(int page) {
        SearchLinks other = new SearchLinks(path, parameters);
        other.put("page", page > 1 ? Integer.toString(page) : null);
        return other.current();
    }

    /** Values encoded as a form would ({@code +} in the words stays a plus sign, braces stay braces). */
    private String build(Map<String, String> values) {
        StringBuilder url = new StringBuilder(path);
        char separator = '?';
        for (Map.Entry<String, String> value : values.entrySet()) {
            url.append(separator).append(value.getKey()).append('=')
                    .append(URLEncoder.encode(value.getValue(), StandardCharsets.UTF_8));
            separator = '&';
        }
        return url.toString();
    }
}
