package org.pressroom.media;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.pressroom.RequiredTools;
import org.pressroom.TestDataDirectory;

import static org.assertj.core.api.Assertions.assertThat;

/** The lookup order: configured path, then PATH, then the statically linked ffmpeg bundled in the jar. */
class MediaToolsTests {

    private final Path tools = TestDataDirectory.fresh("media-tools");

    @Test
    void withoutAnyFfmpegTheBundledStaticBuildIsUnpackedAndRuns() {
        MediaTools lookup = new MediaTools(null, null, "", tools);

        MediaTool ffmpeg = lookup.ffmpeg().orElseThrow(() -> new AssertionError(lookup.problems()));
        assertThat(ffmpeg.source()).isEqualTo(MediaTool.Source.BUNDLED);
        assertThat(ffmpeg.path()).startsWith(tools);
        assertThat(ffmpeg.version()).startsWith("ffmpeg version");
        assertThat(lookup.ffprobe()).as("the bundled build has no ffprobe").isEmpty();
    }

    @Test
    void theFfmpegOnThePathComesBeforeTheBundledOneAndBringsItsFfprobe() {
        Path installed = RequiredTools.require("ffmpeg", "ffmpeg");
        MediaTools lookup = new MediaTools(null, null, installed.getParent().toString(), tools);

        assertThat(lookup.ffmpeg()).hasValueSatisfying(tool -> {
            assertThat(tool.source()).isEqualTo(MediaTool.Source.PATH);
            assertThat(tool.path()).isEqualTo(installed);
        });
        assertThat(lookup.ffprobe()).hasValueSatisfying(tool -> assertThat(tool.version()).startsWith("ffprobe version"));
    }

    @Test
    void aConfiguredFfmpegComesFirst() {
        Path bundled = new MediaTools(null, null, "", tools).ffmpeg().orElseThrow().path();
        MediaTools lookup = new MediaTools(bundled, null, System.getenv("PATH"), tools.resolve("unused"));

        assertThat(lookup.ffmpeg()).hasValueSatisfying(tool -> {
            assertThat(tool.source()).isEqualTo(MediaTool.Source.CONFIGURED);
            assertThat(tool.path()).isEqualTo(bundled);
        });
    }

    @Test
    void aConfiguredFfmpegThatDoesNotRunIsReportedNotReplaced() {
        Path missing = tools.resolve("no-such-ffmpeg");
        MediaTools lookup = new MediaTools(missing, null, System.getenv("PATH"), tools);

        assertThat(lookup.ffmpeg()).isEmpty();
        assertThat(lookup.problems()).anySatisfy(problem -> assertThat(problem).contains(missing.toString()).contains("cannot run"));
    }
}
