package org.pressroom.system;

import java.time.Clock;
import java.time.Instant;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.task.TaskInstance;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The one way to schedule durable work (e-mail, media processing, newsletter sends, timed publication).
 * A job is written in the caller's transaction, so it exists exactly when the change that asked for it
 * commits; a job due now is picked up as soon as that transaction commits, not at the next poll.
 */
@Component
public class Jobs {

    private final Scheduler scheduler;
    private final Clock clock;

    Jobs(Scheduler scheduler, Clock clock) {
        this.scheduler = scheduler;
        this.clock = clock;
    }

    /** Runs the job as soon as the current transaction commits. */
    public <T> void runSoon(TaskInstance<T> job) {
        runAt(job, clock.instant());
    }

    /** Runs the job at the given time, or soon after (after a restart if the node was down then). */
    public <T> void runAt(TaskInstance<T> job, Instant when) {
        scheduler.schedule(job, when);
        if (!when.isAfter(clock.instant())) {
            wakeSchedulerAfterCommit();
        }
    }

    private void wakeSchedulerAfterCommit() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    scheduler.triggerCheckForDueExecutions();
                }
            });
        } else {
            scheduler.triggerCheckForDueExecutions();
        }
    }
}
