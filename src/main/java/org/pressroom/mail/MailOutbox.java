package org.pressroom.mail;

import java.time.Clock;
import java.util.UUID;

import org.pressroom.system.Jobs;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one way to send an e-mail. The mail is rendered now and stored, and its delivery is scheduled, in the
 * caller's transaction: if the change that causes the mail rolls back, no mail; if it commits, the mail is
 * delivered, after any SMTP outage or restart.
 */
@Service
public class MailOutbox {

    private final MailRenderer renderer;
    private final OutboxMailRepository outbox;
    private final Jobs jobs;
    private final MailDelivery delivery;
    private final Clock clock;

    MailOutbox(MailRenderer renderer, OutboxMailRepository outbox, Jobs jobs, MailDelivery delivery,
               Clock clock) {
        this.renderer = renderer;
        this.outbox = outbox;
        this.jobs = jobs;
        this.delivery = delivery;
        this.clock = clock;
    }

    /** Renders the mail and queues it for delivery as part of the current transaction; returns its id. */
    @Transactional
    public UUID send(OutgoingMail mail) {
        RenderedMail rendered = renderer.render(mail);
        UUID id = UUID.randomUUID();
        outbox.save(new OutboxMail(id, mail.recipient(), rendered, mail.locale().toLanguageTag(), mail.template(),
                clock.instant()));
        jobs.runSoon(delivery.task().instance(id.toString()));
        return id;
    }

    /** Erases every mail to the address (its owner deleted their account); one not yet delivered is dropped. */
    @Transactional
    public int forget(String recipient) {
        return outbox.deleteByRecipient(recipient);
    }

    /** Delivered mails leave the outbox after the retention period: they hold codes and personal data. */
    @Transactional
    int purgeDeliveredBefore(java.time.Instant before) {
        return outbox.deleteSentBefore(before);
    }

    /** How many mails wait for delivery. */
    @Transactional(readOnly = true)
    public long pending() {
        return outbox.countBySentAtIsNull();
    }
}
