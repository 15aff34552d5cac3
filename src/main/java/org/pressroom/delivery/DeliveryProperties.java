package org.pressroom.delivery;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How downloads are given (defaults in {@code application.yaml}).
 *
 * @param linkLifetime how long a signed download link works
 * @param storageLinkLifetime how long the pre-signed address of a file in object storage works, once a link was checked
 * @param transfer how local files are sent: {@code stream} (counted, so a broken download is logged as partial) or
 * {@code sendfile} (Tomcat's sendfile; the log then cannot say how much arrived)
 * @param accelRedirect with nginx in front: the internal location that maps to the media directory; set, Pressroom
 * checks the link and nginx sends the file ({@code X-Accel-Redirect}); empty: Pressroom sends it
 * @param maxRanges the most ranges one request may ask for; more, and the whole file is sent
 * @param logRetention how long the download log keeps an entry
 * @param ipRetention how long the download log keeps the IP address of an entry
 * @param basketSize the most files a basket holds
 */
@ConfigurationProperties("pressroom.delivery")
record DeliveryProperties(Duration linkLifetime, Duration storageLinkLifetime, Transfer transfer, String accelRedirect,
                          int maxRanges, Duration logRetention, Duration ipRetention, int basketSize) {

    enum Transfer { STREAM, SENDFILE }

    boolean accelRedirectOn() {
        return accelRedirect != null && !accelRedirect.isBlank();
    }
}
