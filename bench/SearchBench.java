import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.custom.CustomAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.SortedNumericSortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.FSDirectory;

/**
 * Runs the same mixed queries through Pressroom's HTTP API and directly against its Lucene index (same
 * fields, analysers, words and filters, top 20 by score or date, titles and addresses read), one at a time,
 * and prints p50/p95/p99 of each and their ratio. Run by bench/search.sh.
 * Arguments: base URL, index directory, queries.tsv written by SearchCorpus.java, number of queries.
 */
public class SearchBench {

    /** One search of bench/SearchCorpus.java's queries.tsv; {@code kind} says what the journalist typed. */
    record Ask(String kind, String q, String type, String lang, LocalDate from, LocalDate to, String sort) {

        String query() {
            StringBuilder s = new StringBuilder();
            add(s, "q", q);
            add(s, "type", type);
            add(s, "lang", lang);
            add(s, "from", from == null ? null : from.toString());
            add(s, "to", to == null ? null : to.toString());
            add(s, "sort", sort);
            return s.toString();
        }

        private static void add(StringBuilder s, String name, String value) {
            if (value != null) {
                s.append(s.length() == 0 ? '?' : '&').append(name).append('=').append(URLEncoder.encode(value, StandardCharsets.UTF_8));
            }
        }
    }

    public static void main(String[] args) throws Exception {
        String base = args[0];
        Path index = Path.of(args[1]);
        List<Ask> asks = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of(args[2]))) {
            if (!line.startsWith("#")) {
                String[] c = line.split("\t", -1);
                asks.add(new Ask(c[0], c[1].isEmpty() ? null : c[1], c[2].isEmpty() ? null : c[2], c[3].isEmpty() ? null : c[3],
                        c[4].isEmpty() ? null : LocalDate.parse(c[4]), c[5].isEmpty() ? null : LocalDate.parse(c[5]),
                        c[6].isEmpty() ? null : c[6]));
            }
        }
        int count = Math.min(asks.size(), Integer.parseInt(args[3]));
        asks = asks.subList(0, count);

        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        Analyzer en = CustomAnalyzer.builder().withTokenizer("standard").addTokenFilter("englishPossessive")
                .addTokenFilter("lowercase").addTokenFilter("asciiFolding").addTokenFilter("stop").addTokenFilter("porterStem").build();
        Analyzer fr = CustomAnalyzer.builder().withTokenizer("standard").addTokenFilter("lowercase").addTokenFilter("elision")
                .addTokenFilter("asciiFolding").addTokenFilter("stop", "words", "org/apache/lucene/analysis/snowball/french_stop.txt",
                        "format", "snowball", "ignoreCase", "true").addTokenFilter("frenchLightStem").build();
        Map<String, Analyzer> perField = new HashMap<>();
        for (String f : List.of("title", "names", "text", "parts")) {
            perField.put(f + "_en", en);
            perField.put(f + "_fr", fr);
        }
        Analyzer analyzer = new PerFieldAnalyzerWrapper(en, perField);

        try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(index))) {
            IndexSearcher searcher = new IndexSearcher(reader);
            System.out.printf("index: %,d documents; %d queries (after %d to warm up)%n", reader.numDocs(), asks.size(), Math.min(200, asks.size()));
            long[] httpTotals = new long[asks.size()];
            for (Ask ask : asks.subList(0, Math.min(200, asks.size()))) {
                get(http, base, ask);
                direct(searcher, analyzer, ask);
            }
            long[] httpTimes = new long[asks.size()];
            for (int i = 0; i < asks.size(); i++) {
                long t0 = System.nanoTime();
                String body = get(http, base, asks.get(i));
                httpTimes[i] = System.nanoTime() - t0;
                Matcher total = Pattern.compile("\"total\":(\\d+)").matcher(body);
                httpTotals[i] = total.find() ? Long.parseLong(total.group(1)) : -1;
            }
            long[] directTimes = new long[asks.size()];
            for (int i = 0; i < asks.size(); i++) {
                long t0 = System.nanoTime();
                direct(searcher, analyzer, asks.get(i));
                directTimes[i] = System.nanoTime() - t0;
            }
            int same = 0;
            for (int i = 0; i < asks.size(); i++) {
                if (searcher.count(query(analyzer, asks.get(i))) == httpTotals[i]) {
                    same++;
                }
            }
            report("HTTP API (GET /api/v1/search: query, 6 facets, highlights, JSON)", httpTimes);
            report("Lucene directly (same query and filters, top 20, stored title and URL)", directTimes);
            long[] httpUnsorted = httpTimes.clone();
            Arrays.sort(httpTimes);
            Arrays.sort(directTimes);
            System.out.printf("ratio HTTP/direct: p50 %.1f, p95 %.1f, p99 %.1f%n", ratio(httpTimes, directTimes, 0.50),
                    ratio(httpTimes, directTimes, 0.95), ratio(httpTimes, directTimes, 0.99));
            System.out.printf("same number of hits on both paths: %d of %d queries%n", same, asks.size());
            long[] hits = httpTotals.clone();
            Arrays.sort(hits);
            System.out.printf("hits per query: median %,d, p90 %,d, max %,d of %,d items%n",
                    hits[hits.length / 2], hits[(int) (hits.length * 0.9)], hits[hits.length - 1], reader.numDocs());
            Map<String, List<Integer>> byKind = new TreeMap<>();
            for (int i = 0; i < asks.size(); i++) {
                byKind.computeIfAbsent(asks.get(i).kind(), k -> new ArrayList<>()).add(i);
            }
            for (var kind : byKind.entrySet()) {
                long[] h = kind.getValue().stream().mapToLong(i -> httpTotals[i]).sorted().toArray();
                long[] t = kind.getValue().stream().mapToLong(i -> httpUnsorted[i]).sorted().toArray();
                System.out.printf("  %-18s %4d queries   median hits %,7d   HTTP p50 %6.2f ms  p95 %6.2f ms%n", kind.getKey(), h.length,
                        h[h.length / 2], pct(t, 0.5) / 1e6, pct(t, 0.95) / 1e6);
            }
            double p95 = pct(httpTimes, 0.95) / 1e6;
            System.out.printf("target p95 over HTTP <= 30 ms: %s (%.1f ms)%n", p95 <= 30 ? "meets" : "MISSES", p95);
        }
    }

    static String get(HttpClient http, String base, Ask ask) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/search" + ask.query())).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(response.statusCode() + " for " + ask.query());
        }
        return response.body();
    }

    static Query query(Analyzer analyzer, Ask ask) {
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        if (ask.q() == null) {
            query.add(new MatchAllDocsQuery(), BooleanClause.Occur.MUST);
        } else {
            BooleanQuery.Builder any = new BooleanQuery.Builder();
            for (String lang : ask.lang() == null ? List.of("en", "fr") : List.of(ask.lang())) {
                SimpleQueryParser parser = new SimpleQueryParser(analyzer, Map.of("title_" + lang, 3f, "names_" + lang, 2f,
                        "text_" + lang, 1f, "parts_" + lang, 1f));
                parser.setDefaultOperator(BooleanClause.Occur.MUST);
                Query words = parser.parse(ask.q());
                if (words != null) {
                    any.add(words, BooleanClause.Occur.SHOULD);
                }
            }
            any.setMinimumNumberShouldMatch(1);
            query.add(any.build(), BooleanClause.Occur.MUST);
        }
        query.add(LongPoint.newRangeQuery("visible_from", Long.MIN_VALUE, System.currentTimeMillis()), BooleanClause.Occur.FILTER);
        if (ask.type() != null) {
            query.add(new TermQuery(new Term("type", ask.type())), BooleanClause.Occur.FILTER);
        }
        if (ask.lang() != null) {
            query.add(new TermQuery(new Term("langs", ask.lang())), BooleanClause.Occur.FILTER);
        }
        if (ask.from() != null || ask.to() != null) {
            query.add(LongPoint.newRangeQuery("date", ask.from() == null ? Long.MIN_VALUE : ask.from().toEpochDay(),
                    ask.to() == null ? Long.MAX_VALUE : ask.to().toEpochDay()), BooleanClause.Occur.FILTER);
        }
        return query.build();
    }

    static int direct(IndexSearcher searcher, Analyzer analyzer, Ask ask) throws Exception {
        Query query = query(analyzer, ask);
        TopDocs top = ask.q() == null || "date".equals(ask.sort())
                ? searcher.search(query, 20, new Sort(new SortedNumericSortField("date", SortField.Type.LONG, true)))
                : searcher.search(query, 20);
        int read = 0;
        var stored = searcher.storedFields();
        for (ScoreDoc hit : top.scoreDocs) {
            var doc = stored.document(hit.doc);
            if (doc.get("title_en") != null || doc.get("title_fr") != null) {
                read++;
            }
        }
        return read;
    }

    static long pct(long[] sorted, double p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)];
    }

    static double ratio(long[] a, long[] b, double p) {
        return (double) pct(a, p) / pct(b, p);
    }

    static void report(String what, long[] times) {
        long[] sorted = times.clone();
        Arrays.sort(sorted);
        System.out.printf("%-75s p50 %6.2f ms   p95 %6.2f ms   p99 %6.2f ms%n", what, pct(sorted, 0.5) / 1e6, pct(sorted, 0.95) / 1e6,
                pct(sorted, 0.99) / 1e6);
    }
}
