package org.pressroom.media;

import java.time.Instant;
import java.util.List;

import org.pressroom.system.Jobs;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The videos being processed and those whose processing failed, for the back office's dashboard, and the one
 * way to try a failed one again.
 */
@Service
public class ProcessingQueue {

    /**
     * A video in the queue.
     *
     * @param status {@code RECEIVED} (waiting), {@code PROCESSING} or {@code FAILED}
     * @param progress how far the renditions are, 0 to 1
     * @param stage what is being done: {@code probe}, {@code renditions} or the file being made
     * @param error why it failed, in ffmpeg's or storage's words; null unless failed
     */
    public record QueuedVideo(long id, String title, String originalName, String status, double progress, String stage,
                              String error, Instant receivedAt, Instant updatedAt) {

        public int percent() {
            return (int) Math.round(Math.max(0, Math.min(1, progress)) * 100);
        }
    }

    private final JdbcClient jdbc;
    private final MediaProcessing processing;
    private final Jobs jobs;

    ProcessingQueue(JdbcClient jdbc, MediaProcessing processing, Jobs jobs) {
        this.jdbc = jdbc;
        this.processing = processing;
        this.jobs = jobs;
    }

    /** Waiting and running, oldest first. */
    @Transactional(readOnly = true)
    public List<QueuedVideo> active() {
        return query("status in ('RECEIVED', 'PROCESSING') order by created_at, id");
    }

    /** Failed, newest first (at most 50). */
    @Transactional(readOnly = true)
    public List<QueuedVideo> failed() {
        return query("status = 'FAILED' order by updated_at desc, id desc limit 50");
    }

    /** Puts a failed video back in the queue; false when it is not (or no longer) failed. */
    @Transactional
    public boolean retry(long id) {
        int changed = jdbc.sql("update video_asset set status = 'RECEIVED', error = null, progress = 0, stage = '' where id = ? and status = 'FAILED'")
                .param(id).update();
        if (changed == 1) {
            jobs.runSoon(processing.task().instance(Long.toString(id)));
        }
        return changed == 1;
    }

    private List<QueuedVideo> query(String where) {
        return jdbc.sql("select id, title, original_name, status, progress, stage, error, created_at, updated_at from video_asset where " + where)
                .query((rs, row) -> new QueuedVideo(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getDouble(5), rs.getString(6), rs.getString(7), rs.getTimestamp(8).toInstant(),
                        rs.getTimestamp(9).toInstant()))
                .list();
    }
}
