package org.pressroom.search;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.Instant;

import org.pressroom.MutableClock;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;

/**
 * A running Pressroom on a random port whose search index holds the fixed corpus ({@code search/corpus.yaml})
 * and a video source, with a clock that says 2026-03-02T09:00:00Z until a test moves it (and moves it back).
 * Every test class using this exact annotation shares one application.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(SearchCorpusTest.Corpus.class)
@interface SearchCorpusTest {

    Instant NOW = Instant.parse("2026-03-02T09:00:00Z");

    @TestConfiguration
    class Corpus {

        @Bean
        @Primary
        MutableClock testClock() {
            return new MutableClock(NOW);
        }

        @Bean
        CorpusSource corpusSource() {
            return new CorpusSource();
        }

        @Bean
        VideoSource videoSource() {
            return new VideoSource();
        }

        @Bean
        SearchApi searchApi() {
            return new SearchApi();
        }
    }
}
