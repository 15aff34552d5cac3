package org.pressroom.content;

import java.time.Duration;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * @param maxTextLength the most characters one text field (a body, a turn, a description) may hold, as typed or pasted
 * @param previewLifetime how long a draft preview link works
 */
@Validated
@ConfigurationProperties("pressroom.content.editing")
record EditingProperties(@Min(1000) @Max(10_000_000) int maxTextLength, @NotNull Duration previewLifetime) {
}
