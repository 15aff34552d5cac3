package org.pressroom.content;

import java.time.Duration;
import java.time.ZoneId;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param timeZone the press office's time zone: article dates, and the dates in article URLs
 * @param pageSize items per page of the news list and other lists
 * @param pageCache how long a rendered public page may be served from memory when nothing was published meanwhile
 * @param pageCacheEntries most rendered pages kept in memory
 */
@ConfigurationProperties("pressroom.content")
record ContentProperties(ZoneId timeZone, int pageSize, Duration pageCache, int pageCacheEntries) {
}
