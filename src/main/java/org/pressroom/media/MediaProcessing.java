package org.pressroom.media;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

import com.github.kagkarlsson.scheduler.task.TaskInstance;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import org.pressroom.system.DataDirectory;
import org.pressroom.system.JobBackoff;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * The durable job that turns a stored master into its renditions: probe, loudness, the ladder's files made
 * in a work directory under the data directory, each stored, then the asset marked ready in the transaction
 * that records them. A job cut short (a restart, {@code kill -9}) runs again and starts over; partial files
 * are never stored. A master ffmpeg cannot read fails the asset with ffmpeg's own words and is not retried;
 * anything else (a full disk, storage down) is retried with a growing delay. At most
 * {@code concurrency} jobs transcode at once on a node.
 */
class MediaProcessing {

    static final String TASK_NAME = "media-processing";

    private static final Logger log = LoggerFactory.getLogger(MediaProcessing.class);
    private static final Duration PROGRESS_EVERY = Duration.ofSeconds(2);

    private final VideoAssetRepository assets;
    private final VideoRenditionRepository renditions;
    private final MediaStorage storage;
    private final MediaProbe probe;
    private final Loudness loudness;
    private final RenditionMaker maker;
    private final RenditionLadder ladder;
    private final DataDirectory dataDirectory;
    private final TransactionTemplate transactions;
    private final JsonMapper json;
    private final Clock clock;
    private final Semaphore slots;
    private final org.springframework.context.ApplicationEventPublisher events;
    private final OneTimeTask<Void> task;

    MediaProcessing(VideoAssetRepository assets, VideoRenditionRepository renditions, MediaStorage storage, MediaProbe probe,
                    Loudness loudness, RenditionMaker maker, RenditionLadder ladder, DataDirectory dataDirectory,
                    TransactionTemplate transactions, JsonMapper json, Clock clock, int concurrency,
                    org.springframework.context.ApplicationEventPublisher events) {
        this.events = events;
        this.assets = assets;
        this.renditions = renditions;
        this.storage = storage;
        this.probe = probe;
        this.loudness = loudness;
        this.maker = maker;
        this.ladder = ladder;
        this.dataDirectory = dataDirectory;
        this.transactions = transactions;
        this.json = json;
        this.clock = clock;
        this.slots = new Semaphore(Math.max(1, concurrency), true);
        this.task = Tasks.oneTime(TASK_NAME)
                .onFailure(new JobBackoff<>(Duration.ofSeconds(30), Duration.ofMinutes(30)))
                .execute((instance, context) -> process(instance));
    }

    OneTimeTask<Void> task() {
        return task;
    }

    private void process(TaskInstance<Void> instance) {
        long id = Long.parseLong(instance.getId());
        VideoAsset asset = assets.findById(id).orElse(null);
        if (asset == null || asset.status == VideoAsset.Status.READY || asset.originalKey == null) {
            return;
        }
        try {
            // Waits for a free slot: on two cores one transcode at a time finishes each sooner than two would.
            slots.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Stopped while waiting to process video " + id, e);
        }
        Path work = dataDirectory.resolve("work/videos/" + id);
        try {
            transactions.executeWithoutResult(status -> {
                // A run cut short may have stored its preview: this run stores everything again.
                renditions.deleteByAssetId(id);
                assets.findById(id).ifPresent(started -> {
                    started.status = VideoAsset.Status.PROCESSING;
                    started.stage = "probe";
                    started.progress = 0;
                    started.error = null;
                    started.previewAt = null;
                    started.updatedAt = clock.instant();
                });
            });
            Path master = local(asset, work);
            ProbeResult read = probe.probe(master);
            if (read.video().isEmpty()) {
                throw new MediaProcessingException("The file holds no video stream.");
            }
            List<Loudness.TrackLoudness> measured = read.audio().isEmpty() ? List.of()
                    : loudness.measure(master, read, Duration.ofMinutes(10).plus(read.duration().multipliedBy(4)));
            update(id, asset2 -> {
                asset2.probe = json.writeValueAsString(read);
                asset2.loudness = json.writeValueAsString(measured);
                asset2.stage = "renditions";
            });
            // The languages the sender stated win over the tags in the file, which are often missing or wrong.
            RenditionPlan plan = new RenditionPlanner(ladder, master, read.withAudioLanguages(asset.audioLanguages), asset.credit).plan();
            AtomicLong lastWrite = new AtomicLong();
            Path made = work.resolve("renditions");
            Preview preview = new Preview(plan);
            List<RenditionMaker.MadeRendition> all = maker.make(plan, made, (rendition, percent, overall) -> {
                long now = clock.millis();
                if (now - lastWrite.get() >= PROGRESS_EVERY.toMillis()) {
                    lastWrite.set(now);
                    update(id, asset2 -> {
                        asset2.progress = (float) overall;
                        asset2.stage = rendition.output();
                    });
                }
            }, rendition -> {
                if (preview.needs(rendition)) {
                    List<VideoRendition> stored = store(id, List.of(rendition), made);
                    boolean complete = preview.stored(rendition);
                    transactions.executeWithoutResult(status -> {
                        renditions.saveAll(stored);
                        if (complete) {
                            assets.findById(id).ifPresent(watchable -> watchable.previewAt = clock.instant());
                        }
                    });
                }
            });
            List<VideoRendition> stored = store(id, all.stream().filter(preview::notStored).toList(), made);
            transactions.executeWithoutResult(status -> {
                renditions.saveAll(stored);
                VideoAsset ready = assets.findById(id).orElseThrow();
                ready.status = VideoAsset.Status.READY;
                ready.progress = 100;
                ready.stage = "";
                ready.readyAt = clock.instant();
                ready.updatedAt = clock.instant();
                // Search reads the video again once this commits (and leaves it out unless it is to be published).
                events.publishEvent(org.pressroom.search.SearchableChanged.of("video:" + id));
            });
            log.info("Video {} is ready: {} renditions.", id, all.size());
        } catch (MediaProcessingException e) {
            log.warn("Video {} failed: {}", id, e.getMessage());
            transactions.executeWithoutResult(status -> {
                renditions.deleteByAssetId(id);
                assets.findById(id).ifPresent(failed -> {
                    failed.status = VideoAsset.Status.FAILED;
                    failed.error = e.getMessage();
                    failed.previewAt = null;
                    failed.updatedAt = clock.instant();
                });
            });
        } catch (IOException e) {
            update(id, waiting -> {
                waiting.status = VideoAsset.Status.RECEIVED;
                waiting.error = "Will be tried again: " + e.getMessage();
            });
            throw new UncheckedIOException("Video " + id + " could not be processed now", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Stopped while processing video " + id + "; it runs again after the restart", e);
        } finally {
            slots.release();
            delete(work);
        }
    }

    /**
     * The renditions staff need to watch a video (its poster and streaming preview): stored as soon as they are made,
     * while the downloadable files are still being encoded. The public sees none of them before the asset is ready.
     */
    private static final class Preview {

        private final java.util.Set<PlannedRendition> wanted = new java.util.HashSet<>();
        private final java.util.Set<PlannedRendition> stored = new java.util.HashSet<>();

        Preview(RenditionPlan plan) {
            plan.renditions().stream()
                    .filter(r -> r.kind() == PlannedRendition.Kind.POSTER || r.kind() == PlannedRendition.Kind.HLS)
                    .forEach(wanted::add);
        }

        boolean needs(RenditionMaker.MadeRendition made) {
            return wanted.contains(made.planned());
        }

        /** @return whether the whole preview is now stored */
        boolean stored(RenditionMaker.MadeRendition made) {
            stored.add(made.planned());
            return stored.containsAll(wanted);
        }

        boolean notStored(RenditionMaker.MadeRendition made) {
            return !stored.contains(made.planned());
        }
    }

    /** The master as a local file: itself in local storage, else a copy in the work directory. */
    private Path local(VideoAsset asset, Path work) throws IOException {
        Resource original = storage.find(asset.originalKey)
                .orElseThrow(() -> new MediaProcessingException("The stored master is missing: " + asset.originalKey));
        if (original.isFile()) {
            return original.getFile().toPath();
        }
        Files.createDirectories(work);
        Path copy = work.resolve("master." + asset.container);
        try (InputStream in = original.getInputStream()) {
            Files.copy(in, copy, StandardCopyOption.REPLACE_EXISTING);
        }
        return copy;
    }

    private List<VideoRendition> store(long id, List<RenditionMaker.MadeRendition> made, Path directory) throws IOException {
        List<VideoRendition> stored = new java.util.ArrayList<>();
        for (RenditionMaker.MadeRendition rendition : made) {
            for (RenditionMaker.MadeFile file : rendition.files()) {
                String key = "videos/" + id + "/" + file.path().toLowerCase(java.util.Locale.ROOT);
                try (InputStream in = Files.newInputStream(directory.resolve(file.path()))) {
                    storage.store(key, in);
                }
                String probeJson = file.probe().map(json::writeValueAsString).orElse(null);
                boolean main = file.path().equals(rendition.planned().mainFile());
                stored.add(new VideoRendition(id, rendition.planned().kind(), rendition.planned().output(), key, file.size(),
                        file.sha256(), main ? rendition.planned().width() : 0, main ? rendition.planned().height() : 0, probeJson));
            }
        }
        return stored;
    }

    private void update(long id, java.util.function.Consumer<VideoAsset> change) {
        transactions.executeWithoutResult(status -> assets.findById(id).ifPresent(asset -> {
            change.accept(asset);
            asset.updatedAt = clock.instant();
        }));
    }

    private static void delete(Path directory) {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> files = Files.walk(directory)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            log.warn("The work directory {} could not be removed: {}", directory, e.getMessage());
        }
    }
}
