package org.pressroom.delivery;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Signed download links: {@code /downloads/<token>/<file name>}, where the token carries a {@link DownloadGrant}
 * and its HMAC-SHA256. A link works without cookies, so download managers and {@code curl -C -} can resume
 * it; changing anything in it (the account, the file, the expiry) breaks the signature. The key is made at the
 * first start and kept in the database, so every node checks every node's links.
 */
@Component
class DownloadLinks {

    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();
    private static final Pattern TOKEN = Pattern.compile("([A-Za-z0-9_-]{10,400})\\.([A-Za-z0-9_-]{43})");
    private static final Pattern PAYLOAD = Pattern.compile(
            "1:(video|photo):(\\d{1,18}):([a-z0-9][a-z0-9-]{0,63}):([0-9a-f-]{36})?:(\\d{1,12}):([a-z]{2,3})");

    private final JdbcClient jdbc;
    private final Clock clock;
    private final TransactionTemplate ownTransaction;
    private volatile SecretKeySpec key;

    DownloadLinks(JdbcClient jdbc, Clock clock, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.clock = clock;
        // The key is made in a transaction of its own: the first link may be signed inside a read-only one (the API).
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** The address of the file under the grant. */
    String url(DownloadGrant grant, DownloadName name) {
        return "/downloads/" + token(grant) + "/" + name.ascii();
    }

    String token(DownloadGrant grant) {
        String payload = "1:" + grant.type().code() + ":" + grant.assetId() + ":" + grant.rendition() + ":"
                + (grant.account() == null ? "" : grant.account()) + ":" + grant.expires().getEpochSecond() + ":" + grant.lang();
        byte[] bytes = payload.getBytes(StandardCharsets.US_ASCII);
        return ENCODER.encodeToString(bytes) + "." + ENCODER.encodeToString(sign(bytes));
    }

    /** The grant a token carries, if Pressroom signed it; whether it has expired is for the caller to see. */
    Optional<DownloadGrant> read(String token) {
        Matcher parts = token == null ? null : TOKEN.matcher(token);
        if (parts == null || !parts.matches()) {
            return Optional.empty();
        }
        byte[] payload;
        try {
            payload = DECODER.decode(parts.group(1));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        if (!MessageDigest.isEqual(sign(payload), DECODER.decode(parts.group(2)))) {
            return Optional.empty();
        }
        Matcher fields = PAYLOAD.matcher(new String(payload, StandardCharsets.US_ASCII));
        if (!fields.matches()) {
            return Optional.empty();
        }
        UUID account = fields.group(4) == null ? null : UUID.fromString(fields.group(4));
        return Optional.of(new DownloadGrant(account, Asset.Type.of(fields.group(1)).orElseThrow(), Long.parseLong(fields.group(2)),
                fields.group(3), Instant.ofEpochSecond(Long.parseLong(fields.group(5))), fields.group(6)));
    }

    private byte[] sign(byte[] payload) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key());
            return mac.doFinal(payload);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Every Java has HmacSHA256", e);
        }
    }

    /** Read at first use (after the migrations ran); the first node to need it makes it. */
    private SecretKeySpec key() {
        SecretKeySpec current = key;
        if (current == null) {
            synchronized (this) {
                if (key == null) {
                    byte[] fresh = new byte[32];
                    new SecureRandom().nextBytes(fresh);
                    byte[] secret = ownTransaction.execute(status -> {
                        jdbc.sql("insert into download_signing_key (id, secret, created_at) values (1, ?, ?) on conflict (id) do nothing")
                                .params(fresh, java.sql.Timestamp.from(clock.instant())).update();
                        return jdbc.sql("select secret from download_signing_key where id = 1").query(byte[].class).single();
                    });
                    key = new SecretKeySpec(secret, "HmacSHA256");
                }
                current = key;
            }
        }
        return current;
    }
}
