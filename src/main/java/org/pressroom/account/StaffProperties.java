package org.pressroom.account;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The rules of staff sign-in (defaults in {@code application.yaml}).
 *
 * @param codeFailuresBeforeDelay wrong second-factor codes in a row before each further try must wait
 * @param codeDelayMax the longest wait imposed after wrong codes
 * @param ipCodesPerMinute second-factor codes entered from one IP address in a minute, at most
 * @param pendingSignIn how long the second step may wait after the password was right
 * @param issuer the name authenticator apps show beside the code; empty: the organisation's name
 */
@ConfigurationProperties("pressroom.staff")
public record StaffProperties(int codeFailuresBeforeDelay, Duration codeDelayMax, int ipCodesPerMinute,
                              Duration pendingSignIn, String issuer) {
}
