package org.pressroom.backoffice;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The back office's settings (defaults in {@code application.yaml}).
 *
 * @param firstAdmin the address of the first administrator; empty: a one-time setup link is printed in the log
 * @param setupLinkLifetime how long the setup link printed in the log works
 * @param invitationLifetime how long the link e-mailed to an invited staff member works
 * @param auditPageSize entries per page of the audit log
 */
@ConfigurationProperties("pressroom.backoffice")
public record BackofficeProperties(String firstAdmin, Duration setupLinkLifetime, Duration invitationLifetime,
                                   int auditPageSize) {
}
