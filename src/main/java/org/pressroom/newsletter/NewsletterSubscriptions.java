package org.pressroom.newsletter;

import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who receives the newsletter. An account holder subscribes in one click from the account flow (their
 * address is already verified); subscriptions by e-mail alone (double opt-in) come with the newsletter issue.
 */
@Service
public class NewsletterSubscriptions {

    /** Where a consent was given, kept with it. */
    public static final String FROM_ACCOUNT = "account";

    private final SubscriptionRepository subscriptions;
    private final Clock clock;

    NewsletterSubscriptions(SubscriptionRepository subscriptions, Clock clock) {
        this.subscriptions = subscriptions;
        this.clock = clock;
    }

    /** Subscribes a verified address, recording when and from where the consent came. */
    @Transactional
    public void subscribeVerified(String email, Locale locale, String source) {
        String key = key(email);
        Optional<Subscription> existing = subscriptions.findByEmailKey(key);
        if (existing.isPresent()) {
            existing.get().consentAgain(locale.getLanguage(), source, clock.instant());
            return;
        }
        // Two clicks at once: the second insert finds the first one's row and leaves it be.
        subscriptions.insertIfAbsent(UUID.randomUUID(), email, key, locale.getLanguage(), source, clock.instant());
    }

    @Transactional
    public void unsubscribe(String email) {
        subscriptions.findByEmailKey(key(email)).ifPresent(subscription -> subscription.unsubscribe(clock.instant()));
    }

    /** Erases the subscription and its consent record, when its owner deletes their account. */
    @Transactional
    public void forget(String email) {
        subscriptions.findByEmailKey(key(email)).ifPresent(subscriptions::delete);
    }

    @Transactional(readOnly = true)
    public boolean isSubscribed(String email) {
        return subscriptions.findByEmailKey(key(email)).map(Subscription::isActive).orElse(false);
    }

    private static String key(String email) {
        return email.strip().toLowerCase(Locale.ROOT);
    }
}
