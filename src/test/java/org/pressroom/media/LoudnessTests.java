package org.pressroom.media;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** EBU R128 loudness per audio track, through ffmpeg's ebur128 filter. */
class LoudnessTests {

    private final MediaTools tools = TestMasters.installedTools();
    private final Loudness loudness = new Loudness(new Ffmpeg(tools));

    @Test
    void eachTrackOfTheMasterIsMeasured() throws Exception {
        ProbeResult probe = new MediaProbe(tools).probe(TestMasters.progressive());

        List<Loudness.TrackLoudness> measured = loudness.measure(TestMasters.progressive(), probe, Duration.ofMinutes(1));

        assertThat(measured).extracting(m -> m.track().language()).containsExactly("eng", "fra");
        assertThat(measured).allSatisfy(track -> {
            // ffmpeg's sine source plays at 1/8 of full scale: a peak of -18 dBFS, about -22 LUFS for a mono tone.
            assertThat(track.integrated()).isBetween(-26.0, -18.0);
            assertThat(track.truePeak()).isBetween(-19.0, -17.0);
            assertThat(track.range()).isBetween(0.0, 1.0);
        });
    }

    @Test
    void eachNumberBelongsToItsOwnTrack() throws Exception {
        Path file = TestMasters.directory().resolve("three-languages.mka");
        TestMasters.run(List.of("ffmpeg", "-hide_banner", "-loglevel", "error", "-nostdin", "-y",
                "-f", "lavfi", "-i", "sine=frequency=1000:sample_rate=48000:duration=5",
                "-f", "lavfi", "-i", "sine=frequency=1000:sample_rate=48000:duration=5",
                "-f", "lavfi", "-i", "anullsrc=sample_rate=48000:channel_layout=stereo:duration=5",
                "-filter_complex", "[1:a]volume=-10dB[quiet]", "-map", "0:a", "-map", "[quiet]", "-map", "2:a", "-c:a", "pcm_s16le",
                "-metadata:s:a:0", "language=eng", "-metadata:s:a:1", "language=fra", "-metadata:s:a:2", "language=deu",
                file.toString()));
        ProbeResult probe = new MediaProbe(tools).probe(file);

        List<Loudness.TrackLoudness> measured = loudness.measure(file, probe, Duration.ofMinutes(1));

        assertThat(measured).extracting(m -> m.track().language()).containsExactly("eng", "fra", "deu");
        assertThat(measured.get(0).integrated() - measured.get(1).integrated()).isCloseTo(10.0, within(0.3));
        assertThat(measured.get(0).truePeak() - measured.get(1).truePeak()).isCloseTo(10.0, within(0.3));
        assertThat(measured.get(2).integrated()).as("silence is measured at the gate").isEqualTo(-70.0);
        assertThat(measured.get(2).truePeak()).isEqualTo(Double.NEGATIVE_INFINITY);
    }

    @Test
    void aFileWithoutAudioHasNoLoudness() throws Exception {
        Path file = TestMasters.directory().resolve("mute.mp4");
        TestMasters.run(List.of("ffmpeg", "-hide_banner", "-loglevel", "error", "-nostdin", "-y", "-f", "lavfi", "-i",
                "testsrc2=size=320x240:duration=1", "-c:v", "libx264", "-preset", "ultrafast", file.toString()));

        assertThat(loudness.measure(file, new MediaProbe(tools).probe(file), Duration.ofMinutes(1))).isEmpty();
    }
}
