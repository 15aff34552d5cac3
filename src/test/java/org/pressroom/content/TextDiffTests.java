package org.pressroom.content;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pressroom.content.TextDiff.Change.ADDED;
import static org.pressroom.content.TextDiff.Change.REMOVED;
import static org.pressroom.content.TextDiff.Change.SAME;

class TextDiffTests {

    static String joined(List<TextDiff.Segment> segments, TextDiff.Change... kept) {
        List<TextDiff.Change> wanted = List.of(kept);
        return segments.stream().filter(s -> wanted.contains(s.change())).map(TextDiff.Segment::text).reduce("", String::concat);
    }

    @Test
    void aChangedWordIsRemovedThenAdded() {
        assertThat(TextDiff.of("The quota falls.", "The quota rises.")).containsExactly(new TextDiff.Segment(SAME, "The quota "),
                new TextDiff.Segment(REMOVED, "falls."), new TextDiff.Segment(ADDED, "rises."));
    }

    @Test
    void bothTextsCanBeRebuiltFromTheDifference() {
        String before = "One two three four five six seven.\nSecond line stays.";
        String after = "One three four 4½ five seven eight.\nSecond line stays.\nThird.";
        List<TextDiff.Segment> diff = TextDiff.of(before, after);

        assertThat(joined(diff, SAME, REMOVED)).isEqualTo(before);
        assertThat(joined(diff, SAME, ADDED)).isEqualTo(after);
    }

    @Test
    void identicalEmptyAndMissingTexts() {
        assertThat(TextDiff.of("same", "same")).containsExactly(new TextDiff.Segment(SAME, "same"));
        assertThat(TextDiff.of(null, "new")).containsExactly(new TextDiff.Segment(ADDED, "new"));
        assertThat(TextDiff.of("old", null)).containsExactly(new TextDiff.Segment(REMOVED, "old"));
        assertThat(TextDiff.of("", "")).isEmpty();
    }

    @Test
    void longTextsAreComparedLineByLineAndStillRebuilt() {
        StringBuilder a = new StringBuilder();
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 3000; i++) {
            a.append("line ").append(i).append(" of many words here\n");
            b.append("line ").append(i).append(i % 700 == 0 ? " changed" : "").append(" of many words here\n");
        }
        List<TextDiff.Segment> diff = TextDiff.of(a.toString(), b.toString());

        assertThat(joined(diff, SAME, REMOVED)).isEqualTo(a.toString());
        assertThat(joined(diff, SAME, ADDED)).isEqualTo(b.toString());
        assertThat(diff.stream().filter(s -> s.change() == ADDED)).allSatisfy(s -> assertThat(s.text()).endsWith("\n"));
    }
}
