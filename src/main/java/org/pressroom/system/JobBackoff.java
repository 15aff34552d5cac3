package org.pressroom.system;

import java.time.Duration;

import com.github.kagkarlsson.scheduler.task.ExecutionComplete;
import com.github.kagkarlsson.scheduler.task.ExecutionOperations;
import com.github.kagkarlsson.scheduler.task.FailureHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Retries a failed durable job after a delay that doubles with each consecutive failure, up to a ceiling,
 * and never gives up: a job that matters (an e-mail, a rendition) must happen once the outage is over.
 */
public final class JobBackoff<T> implements FailureHandler<T> {

    private static final Logger log = LoggerFactory.getLogger(JobBackoff.class);

    private final Duration first;
    private final Duration ceiling;

    public JobBackoff(Duration first, Duration ceiling) {
        if (first.isNegative() || first.isZero() || ceiling.compareTo(first) < 0) {
            throw new IllegalArgumentException("Backoff needs 0 < first <= ceiling, got " + first + " and " + ceiling);
        }
        this.first = first;
        this.ceiling = ceiling;
    }

    /** The wait after the given number of consecutive failures (1 for the first failure). */
    public Duration delayAfter(int failures) {
        int doublings = Math.min(Math.max(failures - 1, 0), 30);
        Duration delay = first.multipliedBy(1L << doublings);
        return delay.compareTo(ceiling) > 0 ? ceiling : delay;
    }

    @Override
    public void onFailure(ExecutionComplete complete, ExecutionOperations<T> operations) {
        int failures = complete.getExecution().consecutiveFailures + 1;
        Duration delay = delayAfter(failures);
        log.info("Job {} failed ({} in a row); next try in {} s", complete.getExecution().taskInstance,
                failures, delay.toSeconds());
        operations.reschedule(complete, complete.getTimeDone().plus(delay));
    }
}
