package org.pressroom.media;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Which files the watch folder leaves alone, and the names it gives notes and taken files, whatever the dropped names. */
class WatchFolderNamesTests {

    @Test
    void hiddenPartialSidecarAndNoteFilesAreNotMedia() {
        assertThat(WatchFolderNames.ignored(".DS_Store")).isTrue();
        assertThat(WatchFolderNames.ignored(".clip.mxf.abc123")).isTrue();
        assertThat(WatchFolderNames.ignored("clip.mxf.partial")).isTrue();
        assertThat(WatchFolderNames.ignored("clip.mxf.PART")).isTrue();
        assertThat(WatchFolderNames.ignored("clip.tmp")).isTrue();
        assertThat(WatchFolderNames.ignored("clip.yaml")).isTrue();
        assertThat(WatchFolderNames.ignored("clip.mxf.error")).isTrue();
        assertThat(WatchFolderNames.ignored("Thumbs.db")).isTrue();
        assertThat(WatchFolderNames.ignored("clip.mxf")).isFalse();
        assertThat(WatchFolderNames.ignored("clip without extension")).isFalse();
    }

    @Test
    void aNameThatWouldPassTheFileSystemLimitIsShortenedKeepingItsEndingAndWholeCharacters() {
        String longName = "é".repeat(126) + ".mp4";
        String note = WatchFolderNames.fit(longName, WatchFolderNames.NOTE);
        String other = WatchFolderNames.fit("é".repeat(125) + "a.mp4", WatchFolderNames.NOTE);

        assertThat(note.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(255);
        assertThat(note).endsWith(".error").startsWith("ééé").doesNotContain("\uFFFD");
        assertThat(other).isNotEqualTo(note);
        assertThat(WatchFolderNames.fit("clip.mp4", WatchFolderNames.NOTE)).isEqualTo("clip.mp4.error");
        assertThat(WatchFolderNames.doneName(1234567, longName)).endsWith(".mp4").startsWith("1234567-é");
        assertThat(WatchFolderNames.doneName(1234567, longName).getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(255);
    }

    @Test
    void theSidecarSharesTheBaseName() {
        assertThat(WatchFolderNames.baseName("clip.mxf")).isEqualTo("clip");
        assertThat(WatchFolderNames.baseName("summit.day 2.mov")).isEqualTo("summit.day 2");
        assertThat(WatchFolderNames.baseName("clip")).isEqualTo("clip");
    }

    @Test
    void namesAreQuotedWithTheirControlCharactersEscapedForLogsAndNotes() {
        assertThat(WatchFolderNames.quoted("two\nlines\u0000.mp4")).isEqualTo("\"two\\u000alines\\u0000.mp4\"");
        assertThat(WatchFolderNames.quoted("Conférence — 12 mai.mov")).isEqualTo("\"Conférence — 12 mai.mov\"");
    }
}
