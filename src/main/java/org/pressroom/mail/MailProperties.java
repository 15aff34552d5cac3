package org.pressroom.mail;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param from the sender shown to readers
 * @param retryFirst the wait after the first failed delivery; it doubles with each failure
 * @param retryMax the longest wait between two tries
 */
@ConfigurationProperties("pressroom.mail")
record MailProperties(@DefaultValue("Press Office <press@example.org>") String from,
                      @DefaultValue("30s") Duration retryFirst,
                      @DefaultValue("30m") Duration retryMax) {
}
