package org.pressroom.content;

import java.time.Duration;
import java.time.ZoneId;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * @param timeZone the press office's time zone: article dates, and the dates in article URLs
 * @param pageSize items per page of the news list and other lists
 * @param pageCache how long a rendered public page may be served from memory when nothing was published meanwhile
 * @param pageCacheEntries most rendered pages kept in memory
 */
@Validated
@ConfigurationProperties("pressroom.content")
record ContentProperties(@NotNull ZoneId timeZone, @Min(1) @Max(100) int pageSize, @NotNull Duration pageCache,
                         @Min(0) int pageCacheEntries) {
}
