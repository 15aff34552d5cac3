package org.pressroom.content;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RichTextTests {

    @Test
    void scriptsFramesStylesAndEventHandlersAreRemoved() {
        String dirty = "<p onclick=\"steal()\">Hello<script>alert(1)</script></p><iframe src=\"https://evil.example\"></iframe>"
                + "<style>body{}</style><a href=\"javascript:alert(1)\">link</a><img src=x onerror=alert(1)>";

        String clean = RichText.sanitise(dirty);

        assertThat(clean).isEqualTo("<p>Hello</p><a>link</a>");
    }

    @Test
    void headingsQuotesListsAndLinksAreKept() {
        String html = "<h2>Title</h2><blockquote><p>Said</p></blockquote><ul><li><a href=\"https://example.org/x\">x</a></li></ul>"
                + "<p><strong>bold</strong> <em>it</em></p>";

        assertThat(RichText.sanitise(html)).isEqualTo(html);
    }

    @Test
    void nothingIsEmpty() {
        assertThat(RichText.sanitise(null)).isEmpty();
        assertThat(RichText.sanitise("  ")).isEmpty();
    }
}
