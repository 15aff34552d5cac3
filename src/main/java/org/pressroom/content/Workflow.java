package org.pressroom.content;

import java.io.Serializable;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import com.github.kagkarlsson.scheduler.task.Task;
import com.github.kagkarlsson.scheduler.task.TaskDescriptor;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import org.pressroom.media.VideoEmbargo;
import org.pressroom.search.SearchableChanged;
import org.pressroom.system.JobBackoff;
import org.pressroom.system.Jobs;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The publication workflow of every item (articles, events, transcripts, photos, galleries), as explicit
 * transitions: draft, scheduled (published by a durable job at its time), published, unpublished, and back
 * ({@link PublicationStatus#next}). Any other move is refused with {@code editorial.transition.refused}.
 *
 * <p>A time to schedule for, or an embargo end, that is not in the future is refused
 * ({@code editorial.schedule.past}, {@code editorial.embargo.past}): an editor who typed a past date most likely
 * mistyped it, and publishing at once is its own action. An embargo hides the item from everyone outside staff
 * until its end whatever its status; an event's embargo also holds the videos its programme links. Each
 * transition is kept as a revision and published as an {@link EditorialChange}, with the acting account.
 */
@Service
@Transactional
public class Workflow {

    static final TaskDescriptor<Timed> PUBLICATION = TaskDescriptor.of("content-publication", Timed.class);
    static final TaskDescriptor<Timed> EMBARGO_LIFT = TaskDescriptor.of("content-embargo-lift", Timed.class);

    /** What a job needs: the item's key, and the time it was scheduled for (a job for an older time does nothing). */
    record Timed(String item, Instant at) implements Serializable {
    }

    private final EditorialItems items;
    private final PressReleaseNumbers numbers;
    private final ProgrammeItemRepository programme;
    private final VideoEmbargo videos;
    private final Jobs jobs;
    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Workflow(EditorialItems items, PressReleaseNumbers numbers, ProgrammeItemRepository programme, VideoEmbargo videos, Jobs jobs,
             JdbcClient jdbc, ApplicationEventPublisher events, Clock clock) {
        this.items = items;
        this.numbers = numbers;
        this.programme = programme;
        this.videos = videos;
        this.jobs = jobs;
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public ItemState state(ContentItem item) {
        return items.state(items.get(item));
    }

    /**
     * Publishes the item now. An item published before and unpublished since keeps its first publication time;
     * an item under embargo is published at the embargo's end, when readers first see it.
     */
    public ItemState publish(ContentItem item, UUID accountId) {
        Publishable p = items.get(item);
        PublicationStatus from = p.status;
        String before = move(p, PublicationStatus.PUBLISHED);
        Instant now = clock.instant();
        boolean republished = from == PublicationStatus.UNPUBLISHED && p.publishedAt != null && !p.publishedAt.isAfter(now);
        if (!republished) {
            p.publishedAt = p.embargoUntil != null && p.embargoUntil.isAfter(now) ? p.embargoUntil : now;
        }
        p.updatedAt = republished ? now : p.publishedAt;
        numbers.assign(p);
        return items.saved(p, "publish", accountId, before);
    }

    /** Schedules the item to be published at {@code at}, which must be in the future; a new time replaces the old. */
    public ItemState schedule(ContentItem item, Instant time, UUID accountId) {
        Instant at = stored(time);
        Publishable p = items.get(item);
        Instant now = clock.instant();
        if (at == null || !at.isAfter(now)) {
            throw EditorialRefusal.of("publishAt", "editorial.schedule.past");
        }
        String before = move(p, PublicationStatus.SCHEDULED);
        p.publishedAt = at;
        p.updatedAt = now;
        jobs.runAt(PUBLICATION.instance(UUID.randomUUID().toString()).data(new Timed(item.key(), at)).build(), at);
        return items.saved(p, "schedule", accountId, before);
    }

    /** Takes a published item off the site (its address answers 404 until it is published again). */
    public ItemState unpublish(ContentItem item, UUID accountId) {
        Publishable p = items.get(item);
        String before = move(p, PublicationStatus.UNPUBLISHED);
        return items.saved(p, "unpublish", accountId, before);
    }

    /** Back to draft: a schedule cancelled, or an unpublished item to be reworked. */
    public ItemState backToDraft(ContentItem item, UUID accountId) {
        Publishable p = items.get(item);
        String before = move(p, PublicationStatus.DRAFT);
        return items.saved(p, "draft", accountId, before);
    }

    /** Hides the item from everyone outside staff until {@code until}, which must be in the future. */
    public ItemState embargo(ContentItem item, Instant end, UUID accountId) {
        Instant until = stored(end);
        Publishable p = items.get(item);
        if (until == null || !until.isAfter(clock.instant())) {
            throw EditorialRefusal.of("embargoUntil", "editorial.embargo.past");
        }
        String before = items.snapshot(p);
        Instant previous = p.embargoUntil;
        p.embargoUntil = until;
        if (p.status == PublicationStatus.PUBLISHED && p.publishedAt != null && p.publishedAt.isAfter(clock.instant())
                && p.publishedAt.isBefore(until)) {
            p.publishedAt = until;
        }
        jobs.runAt(EMBARGO_LIFT.instance(UUID.randomUUID().toString()).data(new Timed(item.key(), until)).build(), until);
        linkedVideos(p).forEach(video -> {
            if (videos.until(video).map(own -> own.equals(previous) || own.isBefore(until)).orElse(true)) {
                videos.embargo(video, until);
            }
        });
        return items.saved(p, "embargo", accountId, before);
    }

    /** Ends the item's embargo now; its linked videos' embargo too, where it was the item's. */
    public ItemState liftEmbargo(ContentItem item, UUID accountId) {
        Publishable p = items.get(item);
        if (p.embargoUntil == null) {
            return items.state(p);
        }
        String before = items.snapshot(p);
        Instant previous = p.embargoUntil;
        p.embargoUntil = null;
        linkedVideos(p).forEach(video -> {
            if (videos.until(video).map(previous::equals).orElse(false)) {
                videos.lift(video);
            }
        });
        return items.saved(p, "lift-embargo", accountId, before);
    }

    /** Items scheduled or under embargo, soonest first, for the back office's dashboard. */
    @Transactional(readOnly = true)
    public List<ItemState> upcoming() {
        List<ItemState> found = new ArrayList<>();
        for (ContentKind kind : ContentKind.values()) {
            jdbc.sql("select id from " + kind.code() + " where status = 'SCHEDULED' or embargo_until > :now")
                    .param("now", java.sql.Timestamp.from(clock.instant())).query(Long.class).list()
                    .forEach(id -> found.add(state(new ContentItem(kind, id))));
        }
        found.sort(java.util.Comparator.comparing(state -> state.embargoUntil() != null && state.status() != PublicationStatus.SCHEDULED
                ? state.embargoUntil() : state.publishedAt(), java.util.Comparator.nullsLast(java.util.Comparator.naturalOrder())));
        return found;
    }

    /** The publication job: publishes the item if it is still scheduled for that time. */
    void publishScheduled(Timed job) {
        ContentItem item = ContentItem.parse(job.item()).orElse(null);
        Publishable p = item == null ? null : items.find(item).orElse(null);
        if (p == null || p.status != PublicationStatus.SCHEDULED || !job.at().equals(p.publishedAt)) {
            return;
        }
        String before = items.snapshot(p);
        p.status = PublicationStatus.PUBLISHED;
        if (p.embargoUntil != null && p.embargoUntil.isAfter(p.publishedAt)) {
            p.publishedAt = p.embargoUntil;
        }
        p.updatedAt = p.publishedAt;
        numbers.assign(p);
        items.saved(p, "publish-scheduled", null, before);
    }

    /**
     * The embargo job: nothing of the item changes, but search reads it again (it was left out of the index) and
     * every node renders its pages again.
     */
    void embargoLifted(Timed job) {
        ContentItem item = ContentItem.parse(job.item()).orElse(null);
        Publishable p = item == null ? null : items.find(item).orElse(null);
        if (p == null || !job.at().equals(p.embargoUntil)) {
            return;
        }
        jdbc.sql("update content_revision set revision = revision + 1 where id = 1").update();
        if (item.kind() != ContentKind.GALLERY) {
            // Galleries are not searched.
            events.publishEvent(SearchableChanged.of(item.key()));
        }
        events.publishEvent(new ContentChanged(clock.instant()));
    }

    /** Moves the item to {@code to}, or refuses; gives the item's snapshot before the move. */
    private String move(Publishable p, PublicationStatus to) {
        if (!p.status.next().contains(to)) {
            throw EditorialRefusal.of("status", "editorial.transition.refused", label(p.status), label(to));
        }
        if ((to == PublicationStatus.PUBLISHED || to == PublicationStatus.SCHEDULED) && !p.hasVersions()) {
            throw EditorialRefusal.of("versions", "editorial.versions.none");
        }
        String before = items.snapshot(p);
        p.status = to;
        return before;
    }

    /** A time as PostgreSQL keeps it (to the microsecond), so that a job compares it with what it reads back. */
    private static Instant stored(Instant at) {
        return at == null ? null : at.truncatedTo(java.time.temporal.ChronoUnit.MICROS);
    }

    /** A status as an argument of a message, translated with it. */
    private static org.springframework.context.MessageSourceResolvable label(PublicationStatus status) {
        String name = status.name().toLowerCase(java.util.Locale.ROOT);
        return new org.springframework.context.support.DefaultMessageSourceResolvable(new String[] {"editorial.status." + name}, name);
    }

    private Set<Long> linkedVideos(Publishable p) {
        Set<Long> ids = new LinkedHashSet<>();
        if (p instanceof Event event) {
            programme.findByEventIdOrderByDayAscStartsAtAscPositionAsc(event.id).forEach(item -> ids.addAll(item.videoIds));
        }
        return ids;
    }

    @Configuration(proxyBeanMethods = false)
    static class PublicationJobs {

        @Bean
        Task<Timed> contentPublicationTask(@Lazy Workflow workflow) {
            return Tasks.oneTime(PUBLICATION)
                    .onFailure(new JobBackoff<>(Duration.ofSeconds(10), Duration.ofMinutes(5)))
                    .execute((instance, context) -> workflow.publishScheduled(instance.getData()));
        }

        @Bean
        Task<Timed> contentEmbargoLiftTask(@Lazy Workflow workflow) {
            return Tasks.oneTime(EMBARGO_LIFT)
                    .onFailure(new JobBackoff<>(Duration.ofSeconds(10), Duration.ofMinutes(5)))
                    .execute((instance, context) -> workflow.embargoLifted(instance.getData()));
        }
    }
}
