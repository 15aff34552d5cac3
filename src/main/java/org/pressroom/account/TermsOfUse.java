package org.pressroom.account;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The versions of the terms of use that account holders accept. The newest published version is in force;
 * before any is published, the configured one ({@code pressroom.account.terms-version}) is. Publishing a new
 * version makes every account accept it again at its next download.
 */
@Service
public class TermsOfUse {

    /** What publishing a version gave. */
    public enum Outcome { PUBLISHED, BLANK, TOO_LONG, EXISTS }

    /** A published version; {@code publishedBy} is null for the configured default. */
    public record Version(String version, Instant publishedAt, UUID publishedBy) {
    }

    static final int MAX_LENGTH = 40;

    private final JdbcClient jdbc;
    private final AccountProperties properties;
    private final Clock clock;

    TermsOfUse(JdbcClient jdbc, AccountProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.properties = properties;
        this.clock = clock;
    }

    /** The version in force. */
    @Transactional(readOnly = true)
    public String current() {
        return jdbc.sql("select version from terms_version order by published_at desc, id desc limit 1")
                .query(String.class).optional().orElse(properties.termsVersion());
    }

    /** Every published version, newest first, ending with the configured default when it was never published. */
    @Transactional(readOnly = true)
    public List<Version> history() {
        List<Version> published = jdbc.sql("select version, published_at, published_by from terms_version order by published_at desc, id desc")
                .query((rs, row) -> new Version(rs.getString(1), rs.getTimestamp(2).toInstant(), rs.getObject(3, UUID.class)))
                .list();
        if (published.stream().noneMatch(v -> v.version().equals(properties.termsVersion()))) {
            return java.util.stream.Stream.concat(published.stream(), java.util.stream.Stream.of(new Version(properties.termsVersion(), null, null))).toList();
        }
        return published;
    }

    /** Puts a new version in force; a version name is used once. */
    @Transactional
    public Outcome publish(String version, UUID by) {
        String name = version == null ? "" : version.strip();
        if (name.isEmpty()) {
            return Outcome.BLANK;
        }
        if (name.length() > MAX_LENGTH || name.chars().anyMatch(Character::isISOControl)) {
            return Outcome.TOO_LONG;
        }
        if (name.equals(properties.termsVersion()) || jdbc.sql("select count(*) from terms_version where version = ?").param(name)
                .query(Long.class).single() > 0) {
            return Outcome.EXISTS;
        }
        jdbc.sql("insert into terms_version (version, published_at, published_by) values (?, ?, ?)")
                .params(name, java.sql.Timestamp.from(clock.instant()), by).update();
        return Outcome.PUBLISHED;
    }
}
