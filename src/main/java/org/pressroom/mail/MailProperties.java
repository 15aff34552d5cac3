package org.pressroom.mail;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How mail is sent (defaults in {@code application.yaml}).
 *
 * @param from the sender shown to readers
 * @param retryFirst the wait after the first failed delivery; it doubles with each failure
 * @param retryMax the longest wait between two tries
 * @param keepDelivered how long a delivered mail stays in the outbox before it is erased
 */
@ConfigurationProperties("pressroom.mail")
record MailProperties(String from, Duration retryFirst, Duration retryMax, Duration keepDelivered) {
}
