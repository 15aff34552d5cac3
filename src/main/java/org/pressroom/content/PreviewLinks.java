package org.pressroom.content;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Signed links to see an item as readers will, before it is public: {@code /en/preview/<token>}, where the token
 * names the item and an expiry ({@code pressroom.content.editing.preview-lifetime}) and is signed with HMAC-SHA256
 * under a key made at the first use and kept in the database ({@code preview_signing_key}, shared by every node, which
 * reads it again at most every {@link #KEY_REFRESH}). {@link #revokeAll} replaces the key: every link given so far stops
 * working, on every node within that time. Whoever has a link sees the preview, without signing in, until it expires.
 */
@Service
public class PreviewLinks {

    /** A checked link: the item it shows. */
    record Preview(ContentItem item, Instant expires) {
    }

    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

    private final JdbcClient jdbc;
    private final EditingProperties properties;
    private final Clock clock;
    /** How long a node uses the key it read before reading it again (another node may have replaced it). */
    static final java.time.Duration KEY_REFRESH = java.time.Duration.ofSeconds(10);

    private record Key(byte[] secret, long readAt) {
    }

    private final AtomicReference<Key> key = new AtomicReference<>();

    private final org.springframework.transaction.support.TransactionTemplate ownTransaction;

    PreviewLinks(JdbcClient jdbc, EditingProperties properties, Clock clock,
                 org.springframework.transaction.PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.ownTransaction = new org.springframework.transaction.support.TransactionTemplate(transactions);
        // The key is made even when the caller's transaction is read-only.
        this.ownTransaction.setPropagationBehavior(org.springframework.transaction.TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.properties = properties;
        this.clock = clock;
    }

    /** The preview's address in that language, relative to the site (prefix it with the site's address to share it). */
    public String link(ContentItem item, String lang) {
        long expires = clock.instant().plus(properties.previewLifetime()).getEpochSecond();
        String payload = item.kind().code() + "." + item.id() + "." + expires;
        return "/" + lang + "/preview/" + payload + "." + sign(payload);
    }

    /** The item a token shows, if the token is genuine and has not expired. */
    Optional<Preview> check(String token) {
        String[] parts = token == null ? new String[0] : token.split("\\.");
        if (parts.length != 4 || !parts[1].matches("\\d{1,18}") || !parts[2].matches("\\d{1,18}")) {
            return Optional.empty();
        }
        String payload = parts[0] + "." + parts[1] + "." + parts[2];
        byte[] expected = sign(payload).getBytes(StandardCharsets.US_ASCII);
        if (!MessageDigest.isEqual(expected, parts[3].getBytes(StandardCharsets.US_ASCII))) {
            return Optional.empty();
        }
        Instant expires = Instant.ofEpochSecond(Long.parseLong(parts[2]));
        if (!expires.isAfter(clock.instant())) {
            return Optional.empty();
        }
        return ContentKind.fromCode(parts[0]).map(kind -> new Preview(new ContentItem(kind, Long.parseLong(parts[1])), expires));
    }

    private String sign(String payload) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key(), "HmacSHA256"));
            return ENCODER.encodeToString(mac.doFinal(payload.getBytes(StandardCharsets.US_ASCII)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Every Java has HmacSHA256", e);
        }
    }

    /** Replaces the signing key: every preview link given so far stops working (on other nodes within {@link #KEY_REFRESH}). */
    public void revokeAll() {
        byte[] fresh = newSecret();
        // In the caller's transaction, if any: the key changes together with the audit entry saying so.
        jdbc.sql("""
                        insert into preview_signing_key (id, secret, created_at) values (1, :secret, now())
                        on conflict (id) do update set secret = excluded.secret, created_at = excluded.created_at""")
                .param("secret", fresh).update();
        key.set(null);
    }

    private byte[] key() {
        Key known = key.get();
        if (known != null && System.nanoTime() - known.readAt() < KEY_REFRESH.toNanos()) {
            return known.secret();
        }
        byte[] fresh = newSecret();
        // The first node to get here makes the key; the others read the one it made.
        byte[] stored = ownTransaction.execute(status -> {
            jdbc.sql("insert into preview_signing_key (id, secret, created_at) values (1, :secret, now()) on conflict (id) do nothing")
                    .param("secret", fresh).update();
            return jdbc.sql("select secret from preview_signing_key where id = 1").query(byte[].class).single();
        });
        key.set(new Key(stored, System.nanoTime()));
        return stored;
    }

    private static byte[] newSecret() {
        byte[] fresh = new byte[32];
        new SecureRandom().nextBytes(fresh);
        return fresh;
    }
}
