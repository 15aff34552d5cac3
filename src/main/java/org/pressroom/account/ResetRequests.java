package org.pressroom.account;

import java.io.Serializable;
import java.util.UUID;

import com.github.kagkarlsson.scheduler.task.Task;
import com.github.kagkarlsson.scheduler.task.TaskDescriptor;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import org.pressroom.system.JobBackoff;
import org.pressroom.system.Jobs;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * A password reset is asked for on the request and carried out by a durable job. The request does the same
 * small work whether or not the address has an account, so its answer time cannot tell the two apart.
 */
@Component
class ResetRequests {

    static final TaskDescriptor<ResetRequest> TASK = TaskDescriptor.of("password-reset-request", ResetRequest.class);

    /** What the job needs: the address typed, and who asked (for the audit log). */
    record ResetRequest(String email, String ip, String userAgent) implements Serializable {
    }

    private final Jobs jobs;

    ResetRequests(Jobs jobs) {
        this.jobs = jobs;
    }

    void ask(String email, Client client) {
        jobs.runSoon(TASK.instance(UUID.randomUUID().toString()).data(new ResetRequest(email, client.ip(), client.userAgent())).build());
    }

    @Configuration(proxyBeanMethods = false)
    static class Job {

        @Bean
        Task<ResetRequest> passwordResetRequestTask(@Lazy AccountService accounts, AccountProperties properties) {
            return Tasks.oneTime(TASK)
                    .onFailure(new JobBackoff<>(java.time.Duration.ofSeconds(10), java.time.Duration.ofMinutes(5)))
                    .execute((instance, context) -> accounts.performReset(instance.getData()));
        }
    }
}
