package org.pressroom.search;

import java.net.URI;
import java.time.ZoneId;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * @param backend        where the index lives: {@code lucene} (files under {@code directory}) or {@code elasticsearch}
 *                       (an Elasticsearch or OpenSearch cluster, shared by every node)
 * @param directory      the Lucene index's directory; unset: {@code <data-dir>/search}
 * @param timeZone       the press office's time zone: "past week" and the dates typed into the filters
 * @param pageSize       results per page, on the page and in the API
 * @param maxQueryLength longest query, in characters; a longer one is cut, with a notice
 * @param maxQueryWords  most words in a query; further words are left out, with a notice
 * @param elasticsearch  the cluster, when {@code backend} is {@code elasticsearch}
 */
@Validated
@ConfigurationProperties("pressroom.search")
record SearchProperties(@NotNull Backend backend, String directory, @NotNull ZoneId timeZone,
                        @Min(1) @Max(100) int pageSize, @Min(10) @Max(2000) int maxQueryLength,
                        @Min(1) @Max(64) int maxQueryWords, @Valid @NotNull Elasticsearch elasticsearch) {

    enum Backend { LUCENE, ELASTICSEARCH }

    /**
     * @param uris     the cluster's addresses, e.g. {@code https://search.internal:9200}
     * @param username user name, or empty
     * @param password password, or empty
     */
    record Elasticsearch(List<URI> uris, String username, String password) {

        Elasticsearch {
            uris = uris == null ? List.of() : List.copyOf(uris);
        }
    }
}
