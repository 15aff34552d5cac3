/**
 * E-mail, one path: every message is rendered from translated templates and stored in the outbox in the
 * transaction that causes it, then delivered by a durable job, to an SMTP server when {@code spring.mail.*}
 * is set, or else to a local mailbox readable at {@code /dev/mailbox}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Mail")
package org.pressroom.mail;
