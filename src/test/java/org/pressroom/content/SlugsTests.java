package org.pressroom.content;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SlugsTests {

    @Test
    void accentsPunctuationAndCaseBecomeAReadableSegment() {
        assertThat(Slugs.of("Défense côtière : l'accord de Lisbonne")).isEqualTo("defense-cotiere-l-accord-de-lisbonne");
        assertThat(Slugs.of("  ***  ")).isEqualTo("item");
        assertThat(Slugs.valid(Slugs.of("a".repeat(200) + " b"))).isTrue();
    }
}
