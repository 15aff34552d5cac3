package org.pressroom.media;

import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import com.github.kagkarlsson.scheduler.task.Task;
import com.github.kagkarlsson.scheduler.task.TaskDescriptor;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import org.pressroom.search.SearchableChanged;
import org.pressroom.system.JobBackoff;
import org.pressroom.system.Jobs;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A video's embargo: until its time nobody outside staff sees the video, its player files, its download panel,
 * its downloads, its place in the API or in search. Setting one takes the video out of search at once; a durable
 * job, written in the same transaction, puts it back when the embargo lifts (after a restart if the node was
 * down then) and publishes {@link VideoReleased} so that pages showing it are rendered again.
 */
@Service
@Transactional
public class VideoEmbargo {

    static final TaskDescriptor<Lift> TASK = TaskDescriptor.of("video-embargo-lift", Lift.class);

    /** What the job needs: the video, and the end of the embargo it was scheduled for. */
    record Lift(long videoId, Instant until) implements Serializable {
    }

    private final VideoAssetRepository assets;
    private final Jobs jobs;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    VideoEmbargo(VideoAssetRepository assets, Jobs jobs, ApplicationEventPublisher events, Clock clock) {
        this.assets = assets;
        this.jobs = jobs;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Hides the video until {@code until}; an earlier or later embargo is replaced. Nothing happens to a video
     * that does not exist.
     *
     * @return whether the video exists
     */
    public boolean embargo(long videoId, Instant until) {
        Optional<VideoAsset> found = assets.findById(videoId);
        // As PostgreSQL keeps it, so that the job finds the same time when it reads it back.
        Instant kept = until == null ? null : until.truncatedTo(java.time.temporal.ChronoUnit.MICROS);
        found.ifPresent(asset -> {
            asset.embargoUntil = kept;
            asset.updatedAt = clock.instant();
            if (kept != null && kept.isAfter(clock.instant())) {
                jobs.runAt(TASK.instance(UUID.randomUUID().toString()).data(new Lift(videoId, kept)).build(), kept);
            }
            events.publishEvent(SearchableChanged.of("video:" + videoId));
            events.publishEvent(new VideoReleased(videoId));
        });
        return found.isPresent();
    }

    /** Ends the video's embargo now. */
    public boolean lift(long videoId) {
        return embargo(videoId, null);
    }

    /** Whether there is a video of that id, published or not. */
    @Transactional(readOnly = true)
    public boolean exists(long videoId) {
        return assets.existsById(videoId);
    }

    /** The end of the video's embargo, if it has one still to come. */
    @Transactional(readOnly = true)
    public Optional<Instant> until(long videoId) {
        return assets.findById(videoId).map(asset -> asset.embargoUntil).filter(until -> until.isAfter(clock.instant()));
    }

    /** Run by the job: an embargo replaced or lifted meanwhile is left alone. */
    void lifted(Lift lift) {
        assets.findById(lift.videoId()).filter(asset -> lift.until().equals(asset.embargoUntil)).ifPresent(asset -> {
            events.publishEvent(SearchableChanged.of("video:" + asset.id));
            events.publishEvent(new VideoReleased(asset.id));
        });
    }

    @Configuration(proxyBeanMethods = false)
    static class Job {

        @Bean
        Task<Lift> videoEmbargoLiftTask(@Lazy VideoEmbargo embargo) {
            return Tasks.oneTime(TASK)
                    .onFailure(new JobBackoff<>(java.time.Duration.ofSeconds(10), java.time.Duration.ofMinutes(5)))
                    .execute((instance, context) -> embargo.lifted(instance.getData()));
        }
    }
}
