package org.pressroom.delivery;

import java.sql.Date;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Download counts for the press office (the back office draws them as a chart). A download is counted once,
 * when a request starts at the first byte: the resumed parts of a broken download, and the later segments a
 * download manager fetches side by side, are not counted again.
 */
@Service
@Transactional(readOnly = true)
public class DownloadStatistics {

    private final JdbcClient jdbc;

    DownloadStatistics(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * @param assetType {@code video} or {@code photo}
     * @param day the day in the zone asked for
     * @param downloads downloads started that day
     * @param accounts different accounts among them (public files fetched without an account count as none)
     * @param complete how many of those first requests received every byte asked for (null counts: sent by another server)
     */
    public record DailyCount(String assetType, long assetId, LocalDate day, long downloads, long accounts, long complete) {
    }

    /** Per asset and per day, from {@code from} to {@code to} included, days as in {@code zone}. */
    public List<DailyCount> perAssetAndDay(LocalDate from, LocalDate to, ZoneId zone) {
        return jdbc.sql("""
                select asset_type, asset_id, (started_at at time zone ?)::date as day, count(*), count(distinct account_id),
                       count(*) filter (where complete)
                from download_log
                where first_byte = 0 and started_at >= (?::date)::timestamp at time zone ? and started_at < ((?::date) + 1)::timestamp at time zone ?
                group by asset_type, asset_id, day order by day, asset_type, asset_id""")
                .params(zone.getId(), Date.valueOf(from), zone.getId(), Date.valueOf(to), zone.getId())
                .query((rs, row) -> new DailyCount(rs.getString(1), rs.getLong(2), rs.getDate(3).toLocalDate(), rs.getLong(4),
                        rs.getLong(5), rs.getLong(6)))
                .list();
    }
}
