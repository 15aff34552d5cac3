package org.pressroom.system;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;

import javax.sql.DataSource;

import com.github.kagkarlsson.scheduler.task.Task;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.TimeMeter;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import io.github.bucket4j.postgresql.PostgreSQLSelectForUpdateBasedProxyManager;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Component;

/**
 * Rate limits (token buckets, Bucket4j) kept in PostgreSQL, so that they hold across every node. Time comes
 * from the one clock. Subjects (an address, an IP) are stored only as hashes.
 */
@Component
public class RateLimits {

    /**
     * A limit: at most {@code capacity} takes per {@code period}, refilled gradually.
     *
     * @param name what is limited, e.g. "login-ip"
     */
    public record Limit(String name, long capacity, Duration period) {
    }

    private final PostgreSQLSelectForUpdateBasedProxyManager<String> buckets;

    RateLimits(DataSource dataSource, Clock clock) {
        TimeMeter time = new TimeMeter() {
            @Override
            public long currentTimeNanos() {
                java.time.Instant now = clock.instant();
                return now.getEpochSecond() * 1_000_000_000L + now.getNano();
            }

            @Override
            public boolean isWallClockBased() {
                return true;
            }
        };
        this.buckets = Bucket4jPostgreSQL.selectForUpdateBasedBuilder(dataSource)
                .primaryKeyMapper(PrimaryKeyMapper.STRING)
                .table("rate_limit_bucket").idColumn("id").stateColumn("state").expiresAtColumn("expires_at")
                .expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(Duration.ofMinutes(1)))
                .clientClock(time)
                .build();
    }

    /** Takes one token for the subject; false when the limit is reached for now. */
    public boolean tryTake(Limit limit, String subject) {
        String key = limit.name() + ":" + hash(subject == null ? "" : subject);
        BucketConfiguration configuration = BucketConfiguration.builder()
                .addLimit(bandwidth -> bandwidth.capacity(limit.capacity()).refillGreedy(limit.capacity(), limit.period()))
                .build();
        return buckets.builder().build(key, () -> configuration).tryConsume(1);
    }

    /**
     * The subject for a client address: an IPv4 address as it is, an IPv6 address by its /64 network, since
     * one connection usually has a whole /64 to pick addresses from.
     */
    public static String network(String address) {
        try {
            java.net.InetAddress parsed = java.net.InetAddress.getByName(address);
            if (parsed instanceof java.net.Inet6Address) {
                byte[] bytes = parsed.getAddress();
                return HexFormat.of().formatHex(bytes, 0, 8) + "::/64";
            }
            return parsed.getHostAddress();
        } catch (java.net.UnknownHostException | RuntimeException e) {
            return String.valueOf(address);
        }
    }

    int removeExpired() {
        int removed = 0;
        for (int batch; (batch = buckets.removeExpired(1000)) > 0; ) {
            removed += batch;
        }
        return removed;
    }

    private static String hash(String subject) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(subject.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Full buckets are forgotten, every hour. */
    @Configuration(proxyBeanMethods = false)
    static class Cleanup {

        @Bean
        Task<Void> rateLimitCleanupTask(RateLimits limits) {
            return Tasks.recurring("rate-limit-cleanup", FixedDelay.ofHours(1)).execute((instance, context) -> limits.removeExpired());
        }
    }
}
