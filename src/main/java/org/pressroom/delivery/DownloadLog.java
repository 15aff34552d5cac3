package org.pressroom.delivery;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.pressroom.account.AccountDeleted;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every download, for the account's own list and the press office's statistics: who, which file, when,
 * from where, how many bytes and whether all that was asked for arrived. Entries older than the retention
 * are removed, IP addresses sooner; a deleted account's addresses at once.
 */
@Component
class DownloadLog {

    /**
     * Who sent the bytes: Pressroom itself (counted), Tomcat's sendfile (handed over, not counted), nginx
     * (X-Accel-Redirect), object storage (a pre-signed address), a basket's ZIP.
     */
    enum Via { PRESSROOM, SENDFILE, NGINX, STORAGE, BASKET }

    /**
     * @param bytesSent null when another server sent them
     * @param complete whether every byte asked for was sent; null when unknown
     */
    record Entry(UUID account, Asset.Type type, long assetId, String rendition, long fileSize, long firstByte, long bytesAsked,
                 Long bytesSent, Boolean complete, Via via, Instant startedAt, String ip) {
    }

    /** One line of an account's own list of downloads. */
    record Past(Asset.Type type, long assetId, String rendition, long fileSize, long bytesSent, Boolean complete, Instant startedAt) {
    }

    private final JdbcClient jdbc;
    private final Clock clock;

    DownloadLog(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    void record(Entry entry) {
        jdbc.sql("""
                insert into download_log (account_id, asset_type, asset_id, rendition, file_size, first_byte, bytes_asked, bytes_sent,
                                          complete, via, started_at, ip)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(entry.account(), entry.type().code(), entry.assetId(), entry.rendition(), entry.fileSize(), entry.firstByte(),
                        entry.bytesAsked(), entry.bytesSent(), entry.complete(), entry.via().name().toLowerCase(java.util.Locale.ROOT),
                        Timestamp.from(entry.startedAt()), entry.ip())
                .update();
    }

    /** The account's downloads, newest first; each resumed part of a download is a line of its own. */
    List<Past> of(UUID account, int limit) {
        return jdbc.sql("""
                select asset_type, asset_id, rendition, file_size, coalesce(bytes_sent, bytes_asked) sent, complete, started_at
                from download_log where account_id = ? order by started_at desc, id desc limit ?""")
                .params(account, limit)
                .query((rs, row) -> new Past(Asset.Type.of(rs.getString(1)).orElseThrow(), rs.getLong(2), rs.getString(3), rs.getLong(4),
                        rs.getLong(5), (Boolean) rs.getObject(6), rs.getTimestamp(7).toInstant()))
                .list();
    }

    /** Removes entries past the retention and IP addresses past theirs; returns how many entries went. */
    @Transactional
    int purge(java.time.Duration retention, java.time.Duration ipRetention) {
        Instant now = clock.instant();
        jdbc.sql("update download_log set ip = null where ip is not null and started_at < ?")
                .param(Timestamp.from(now.minus(ipRetention))).update();
        return jdbc.sql("delete from download_log where started_at < ?").param(Timestamp.from(now.minus(retention))).update();
    }

    /** A deleted account's downloads stay in the statistics, without the addresses they came from. */
    @EventListener
    void forget(AccountDeleted deleted) {
        jdbc.sql("update download_log set ip = null where account_id = ?").param(deleted.accountId()).update();
    }
}
