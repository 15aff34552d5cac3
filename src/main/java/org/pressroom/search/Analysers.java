package org.pressroom.search;

import java.util.Locale;

import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurationContext;
import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurer;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;

/**
 * How words are read, defined once for each backend under the same names. English and French each have
 * their own stemming; both fold accents ("defense" finds "défense") and French drops elided articles
 * ("l'OTAN" finds "OTAN"). Other languages of the site get {@link #FOLDING}, without stemming.
 */
final class Analysers {

    static final String ENGLISH = "pressroom-english";
    static final String FRENCH = "pressroom-french";
    static final String FOLDING = "pressroom-folding";
    /** For exact-value fields (speaker names) matched whatever the case and accents. */
    static final String FOLDED_KEYWORD = "pressroom-folded-keyword";

    private Analysers() {
    }

    static String forLanguage(String lang) {
        return switch (lang.toLowerCase(Locale.ROOT)) {
            case "en" -> ENGLISH;
            case "fr" -> FRENCH;
            default -> FOLDING;
        };
    }

    static final class Lucene implements LuceneAnalysisConfigurer {

        @Override
        public void configure(LuceneAnalysisConfigurationContext context) {
            context.analyzer(ENGLISH).custom().tokenizer("standard")
                    .tokenFilter("englishPossessive")
                    .tokenFilter("lowercase")
                    .tokenFilter("asciiFolding")
                    .tokenFilter("stop")
                    .tokenFilter("porterStem");
            context.analyzer(FRENCH).custom().tokenizer("standard")
                    .tokenFilter("lowercase")
                    .tokenFilter("elision")
                    .tokenFilter("asciiFolding")
                    .tokenFilter("stop").param("words", "org/apache/lucene/analysis/snowball/french_stop.txt")
                    .param("format", "snowball").param("ignoreCase", "true")
                    .tokenFilter("frenchLightStem");
            context.analyzer(FOLDING).custom().tokenizer("standard")
                    .tokenFilter("lowercase")
                    .tokenFilter("asciiFolding");
            context.normalizer(FOLDED_KEYWORD).custom()
                    .tokenFilter("lowercase")
                    .tokenFilter("asciiFolding");
        }
    }

    static final class Elasticsearch implements ElasticsearchAnalysisConfigurer {

        @Override
        public void configure(ElasticsearchAnalysisConfigurationContext context) {
            context.tokenFilter("pressroom-english-possessive").type("stemmer").param("language", "possessive_english");
            context.tokenFilter("pressroom-english-stop").type("stop").param("stopwords", "_english_");
            context.tokenFilter("pressroom-english-stem").type("stemmer").param("language", "porter");
            context.tokenFilter("pressroom-french-elision").type("elision").param("articles_case", true)
                    .param("articles", "l", "m", "t", "qu", "n", "s", "j", "d", "c", "jusqu", "quoiqu", "lorsqu", "puisqu");
            context.tokenFilter("pressroom-french-stop").type("stop").param("stopwords", "_french_").param("ignore_case", true);
            context.tokenFilter("pressroom-french-stem").type("stemmer").param("language", "light_french");
            context.analyzer(ENGLISH).custom().tokenizer("standard")
                    .tokenFilters("pressroom-english-possessive", "lowercase", "asciifolding", "pressroom-english-stop",
                            "pressroom-english-stem");
            context.analyzer(FRENCH).custom().tokenizer("standard")
                    .tokenFilters("lowercase", "pressroom-french-elision", "asciifolding", "pressroom-french-stop",
                            "pressroom-french-stem");
            context.analyzer(FOLDING).custom().tokenizer("standard").tokenFilters("lowercase", "asciifolding");
            context.normalizer(FOLDED_KEYWORD).custom().tokenFilters("lowercase", "asciifolding");
        }
    }
}
