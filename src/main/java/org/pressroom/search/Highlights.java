package org.pressroom.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.util.BytesRef;

/**
 * The passage of a result that shows why it was found, with the search's words marked: read from the text the
 * search already loaded, with the language's own analyser (so "fisheries" marks "fishery" and "defense" marks
 * "défense"), instead of asking the index again for each result. Profiling showed that asking the index (its
 * highlighter reads every field's term vectors of each result and runs the query over them once more) was half of
 * a search's time.
 */
final class Highlights {

    /** A word of the search, a quoted phrase, or a prefix (word*); preceded by - it is excluded, and not marked. */
    private static final Pattern QUERY_PART = Pattern.compile("(-?)(\"[^\"]*\"?|[^\\s\"]+)");
    private static final Pattern OPERATORS = Pattern.compile("~\\d*|[+|()\\\\]");

    /**
     * What to mark: the analysed terms of the search's words, and the prefixes asked for with a *. Each word, phrase or
     * prefix is a clause; as the search combines them with AND (unless it says | for OR), a text has them all when it
     * has every term of every clause (or, for a prefix, a term starting with it).
     */
    record Terms(Set<String> terms, List<String> prefixes, List<Set<String>> clauses, boolean any) {

        boolean isEmpty() {
            return terms.isEmpty() && prefixes.isEmpty();
        }

        boolean matches(String term) {
            if (terms.contains(term)) {
                return true;
            }
            for (String prefix : prefixes) {
                if (term.startsWith(prefix)) {
                    return true;
                }
            }
            return false;
        }

        /** Whether these terms, found in one language version of an item, are what the search asks for. */
        boolean satisfiedBy(Set<String> found) {
            if (found.isEmpty()) {
                return false;
            }
            if (any) {
                return true;
            }
            for (Set<String> clause : clauses) {
                if (!found.containsAll(clause)) {
                    return false;
                }
            }
            for (String prefix : prefixes) {
                if (found.stream().noneMatch(term -> term.startsWith(prefix))) {
                    return false;
                }
            }
            return true;
        }
    }

    /** A marked word's place in a text and its analysed term. */
    record Match(int start, int end, String term) {
    }

    /** A passage with the search's words between {@link Searcher#MARK_START} and {@link Searcher#MARK_END}. */
    record Passage(String marked, int distinct, int count) {
    }

    private Highlights() {
    }

    /** The terms the search's words give in a field read by this analyser (words excluded with - left out). */
    static Terms terms(Analyzer analyzer, String field, String query) {
        Set<String> terms = new LinkedHashSet<>();
        List<String> prefixes = new ArrayList<>();
        List<Set<String>> clauses = new ArrayList<>();
        Matcher parts = QUERY_PART.matcher(query);
        while (parts.find()) {
            if (!parts.group(1).isEmpty()) {
                continue;
            }
            String words = OPERATORS.matcher(parts.group(2).replace("\"", " ")).replaceAll(" ").strip();
            if (words.isEmpty()) {
                continue;
            }
            if (words.endsWith("*") && !words.contains(" ")) {
                BytesRef normalized = analyzer.normalize(field, words.substring(0, words.length() - 1));
                if (normalized.length > 0) {
                    prefixes.add(normalized.utf8ToString());
                }
                continue;
            }
            Set<String> clause = new LinkedHashSet<>();
            analyse(analyzer, field, words.replace("*", " "), (start, end, term) -> clause.add(term));
            if (!clause.isEmpty()) {
                clauses.add(clause);
                terms.addAll(clause);
            }
        }
        return new Terms(terms, prefixes, clauses, query.contains("|"));
    }

    /** Where the terms are in a text. */
    static List<Match> matches(Analyzer analyzer, String field, String text, Terms terms) {
        List<Match> found = new ArrayList<>();
        if (text == null || text.isEmpty() || terms.isEmpty()) {
            return found;
        }
        analyse(analyzer, field, text, (start, end, term) -> {
            if (terms.matches(term)) {
                found.add(new Match(start, end, term));
            }
        });
        return found;
    }

    /**
     * The best of several passages (transcript turns, shots): the one with most different words of the search, then
     * most of them, then the first; with its words marked, cut to about {@code length} characters around the first.
     *
     * @return its position, or -1 when none has any
     */
    static int best(List<List<Match>> matches) {
        int best = -1;
        long bestScore = 0;
        for (int i = 0; i < matches.size(); i++) {
            List<Match> found = matches.get(i);
            long score = distinct(found) * 100_000L + found.size();
            if (score > bestScore) {
                best = i;
                bestScore = score;
            }
        }
        return best;
    }

    /**
     * About {@code length} characters of the text where most different words of the search are found together,
     * starting a little before the first of them, cut at spaces, with "…" where the text goes on.
     */
    static Passage passage(String text, List<Match> matches, int length) {
        int from = 0;
        int bestDistinct = 0;
        int bestCount = 0;
        for (int i = 0; i < matches.size(); i++) {
            Set<String> seen = new HashSet<>();
            int count = 0;
            for (int j = i; j < matches.size() && matches.get(j).end() <= matches.get(i).start() + length * 2 / 3; j++) {
                seen.add(matches.get(j).term());
                count++;
            }
            if (seen.size() > bestDistinct || (seen.size() == bestDistinct && count > bestCount)) {
                from = i;
                bestDistinct = seen.size();
                bestCount = count;
            }
        }
        Match first = matches.get(from);
        int start = Math.max(0, first.start() - length / 3);
        if (start > 0) {
            int space = text.indexOf(' ', start);
            start = space < 0 || space >= first.start() ? first.start() : space + 1;
        }
        int end = Math.min(text.length(), start + length);
        if (end < text.length()) {
            int space = text.lastIndexOf(' ', end);
            end = space >= first.end() ? space : Math.max(end, first.end());
        }
        StringBuilder marked = new StringBuilder(end - start + 16);
        if (start > 0) {
            marked.append('…');
        }
        int at = start;
        for (Match match : matches) {
            if (match.start() >= start && match.end() <= end) {
                marked.append(text, at, match.start()).append(Searcher.MARK_START)
                        .append(text, match.start(), match.end()).append(Searcher.MARK_END);
                at = match.end();
            }
        }
        marked.append(text, at, end);
        if (end < text.length()) {
            marked.append('…');
        }
        return new Passage(marked.toString().replaceAll("\\s+", " ").strip(), bestDistinct, bestCount);
    }

    static int distinct(List<Match> matches) {
        return (int) matches.stream().map(Match::term).distinct().count();
    }

    private interface TokenSink {
        void accept(int start, int end, String term);
    }

    private static void analyse(Analyzer analyzer, String field, String text, TokenSink sink) {
        try (TokenStream tokens = analyzer.tokenStream(field, text)) {
            CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = tokens.addAttribute(OffsetAttribute.class);
            tokens.reset();
            while (tokens.incrementToken()) {
                sink.accept(offset.startOffset(), offset.endOffset(), term.toString());
            }
            tokens.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
