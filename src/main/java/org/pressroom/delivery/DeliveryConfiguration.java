package org.pressroom.delivery;

import com.github.kagkarlsson.scheduler.task.Task;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;

@Configuration(proxyBeanMethods = false)
class DeliveryConfiguration {

    @Bean
    FileSender fileSender(DeliveryProperties properties) {
        return new FileSender(properties.maxRanges(), properties.transfer() == DeliveryProperties.Transfer.SENDFILE);
    }

    /** Every hour, log entries past their retention go, and IP addresses past theirs. */
    @Bean
    Task<Void> downloadLogPurgeTask(@Lazy DownloadLog log, DeliveryProperties properties) {
        return Tasks.recurring("download-log-purge", FixedDelay.ofHours(1))
                .execute((instance, context) -> log.purge(properties.logRetention(), properties.ipRetention()));
    }
}
