package org.pressroom.mail;

import java.time.Clock;

import com.github.kagkarlsson.scheduler.task.Task;
import org.pressroom.system.DataDirectory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.transaction.support.TransactionTemplate;

/** Chooses the transport: SMTP when {@code spring.mail.host} is set, the local mailbox otherwise. */
@Configuration(proxyBeanMethods = false)
class MailConfiguration {

    static final String LOCAL_MODE = "'${spring.mail.host:}'.isEmpty()";
    static final String SMTP_MODE = "!'${spring.mail.host:}'.isEmpty()";

    @Bean
    MailDelivery mailDelivery(OutboxMailRepository outbox, MailTransport transport, TransactionTemplate transactions,
                              Clock clock, MailProperties properties) {
        return new MailDelivery(outbox, transport, transactions, clock, properties);
    }

    @Bean
    Task<Void> mailDeliveryTask(MailDelivery delivery) {
        return delivery.task();
    }

    /** Every hour, delivered mails older than the retention period are erased. */
    @Bean
    Task<Void> mailOutboxPurgeTask(@org.springframework.context.annotation.Lazy MailOutbox outbox, MailProperties properties,
                                   Clock clock) {
        return com.github.kagkarlsson.scheduler.task.helper.Tasks
                .recurring("mail-outbox-purge", com.github.kagkarlsson.scheduler.task.schedule.FixedDelay.ofHours(1))
                .execute((instance, context) -> outbox.purgeDeliveredBefore(clock.instant().minus(properties.keepDelivered())));
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnExpression(SMTP_MODE)
    static class Smtp {

        @Bean
        SmtpTransport smtpTransport(JavaMailSender sender, Environment environment) {
            return new SmtpTransport(sender, environment.getProperty("spring.mail.host") + ":"
                    + environment.getProperty("spring.mail.port", "25"));
        }
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnExpression(LOCAL_MODE)
    static class Local {

        @Bean
        LocalMailbox localMailbox(DataDirectory dataDirectory, Clock clock) {
            return new LocalMailbox(dataDirectory.directory("mailbox"), clock);
        }

        /** Named like Boot's SMTP check so that health always has a "mail" component. */
        @Bean
        HealthIndicator mailHealthIndicator(LocalMailbox mailbox) {
            return () -> java.nio.file.Files.isWritable(mailbox.directory())
                    ? Health.up().withDetail("transport", mailbox.describe()).build()
                    : Health.down().withDetail("transport", mailbox.describe()).withDetail("error", "not writable").build();
        }
    }
}
