package org.pressroom.mail;

import java.time.Clock;
import java.util.Date;
import java.util.UUID;

import com.github.kagkarlsson.scheduler.task.TaskInstance;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.pressroom.system.JobBackoff;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The durable job that takes one mail out of the outbox and hands it to the transport. A failure leaves the
 * mail in the outbox and the job is tried again later with a growing delay; a mail already delivered is never
 * delivered again by a repeated job.
 */
class MailDelivery {

    static final String TASK_NAME = "mail-delivery";
    static final String MAIL_ID_HEADER = "X-Pressroom-Mail-Id";

    private static final Logger log = LoggerFactory.getLogger(MailDelivery.class);

    private final OutboxMailRepository outbox;
    private final MailTransport transport;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final String from;
    private final OneTimeTask<Void> task;

    MailDelivery(OutboxMailRepository outbox, MailTransport transport, TransactionTemplate transactions, Clock clock,
                 MailProperties properties) {
        this.outbox = outbox;
        this.transport = transport;
        this.transactions = transactions;
        this.clock = clock;
        this.from = properties.from();
        this.task = Tasks.oneTime(TASK_NAME)
                .onFailure(new JobBackoff<>(properties.retryFirst(), properties.retryMax()))
                .execute((instance, context) -> deliver(instance));
    }

    OneTimeTask<Void> task() {
        return task;
    }

    private void deliver(TaskInstance<Void> instance) {
        UUID id = UUID.fromString(instance.getId());
        OutboxMail mail = outbox.findById(id).orElse(null);
        if (mail == null || mail.isSent()) {
            return;
        }
        try {
            transport.deliver(toMime(mail));
        } catch (MessagingException | MailException e) {
            String error = e.getMessage();
            transactions.executeWithoutResult(status -> outbox.findById(id).ifPresent(m -> m.failed(error)));
            log.warn("Mail {} to the {} not delivered yet: {}", id, transport.describe(), error);
            throw new MailNotDelivered(id, e);
        }
        transactions.executeWithoutResult(status -> outbox.findById(id).ifPresent(m -> m.sent(clock.instant())));
    }

    private MimeMessage toMime(OutboxMail mail) throws MessagingException {
        MimeMessage message = transport.newMessage();
        MimeMessageHelper helper = new MimeMessageHelper(message, MimeMessageHelper.MULTIPART_MODE_MIXED_RELATED, "UTF-8");
        helper.setFrom(new InternetAddress(from, true));
        helper.setTo(new InternetAddress(mail.recipient(), true));
        helper.setSubject(mail.subject());
        helper.setText(mail.textBody(), mail.htmlBody());
        helper.setSentDate(Date.from(clock.instant()));
        message.setHeader(MAIL_ID_HEADER, mail.id().toString());
        message.setHeader("Content-Language", mail.language());
        message.saveChanges();
        return message;
    }

    /** Raised to make the scheduler retry the job later. */
    static final class MailNotDelivered extends RuntimeException {
        MailNotDelivered(UUID id, Exception cause) {
            super("Mail " + id + " not delivered: " + cause.getMessage(), cause);
        }
    }
}
