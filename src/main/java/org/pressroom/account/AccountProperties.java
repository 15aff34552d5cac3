package org.pressroom.account;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The rules of the multimedia account (defaults in {@code application.yaml}).
 *
 * @param codeTtl how long an e-mailed code stays valid
 * @param codeAttempts wrong entries after which a code is dead
 * @param resendCooldown the wait before another code can be sent to the same address
 * @param codesPerHour codes sent to one address in an hour, at most
 * @param loginFailuresBeforeDelay failed log-ins in a row before each further try must wait
 * @param loginDelayMax the longest wait imposed after failed log-ins
 * @param ipCodesPerHour e-mailed codes asked for from one IP address in an hour, at most
 * @param ipLoginsPerMinute log-in attempts from one IP address in a minute, at most
 * @param sessionMaxAge how long a log-in lasts at most, however active (the idle timeout is server.servlet.session.timeout)
 * @param termsVersion the version of the terms of use that new accounts accept
 * @param password the password rule
 */
@ConfigurationProperties("pressroom.account")
public record AccountProperties(Duration codeTtl, int codeAttempts, Duration resendCooldown, int codesPerHour,
                                int loginFailuresBeforeDelay, Duration loginDelayMax, int ipCodesPerHour,
                                int ipLoginsPerMinute, Duration sessionMaxAge,
                                String termsVersion, PasswordRule password) {

    /**
     * @param minLength fewest characters
     * @param maxLength most characters (at least 128, so that pass-phrases and managers fit)
     * @param upper whether an upper-case letter is required
     * @param lower whether a lower-case letter is required
     * @param digit whether a digit is required
     * @param symbol whether a symbol (neither letter, digit nor space) is required
     * @param noWhitespace whether spaces are refused
     * @param refuseCommon whether passwords from the bundled list of common passwords are refused
     */
    public record PasswordRule(int minLength, int maxLength, boolean upper, boolean lower, boolean digit, boolean symbol,
                               boolean noWhitespace, boolean refuseCommon) {
    }
}
