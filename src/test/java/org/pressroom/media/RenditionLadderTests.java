package org.pressroom.media;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Planning the ladder for a master: never above the source, interlacing kept where it belongs, one file per track. */
class RenditionLadderTests {

    private static final Path MASTER = Path.of("/data/media/originals/42/master.mov");
    private final RenditionLadder ladder = RenditionLadder.defaults();

    @Test
    void theLadderInApplicationYamlIsTheDefaultLadderAndOneSettingChangesIt() throws Exception {
        var yaml = new org.springframework.boot.env.YamlPropertySourceLoader()
                .load("application", new org.springframework.core.io.ClassPathResource("application.yaml")).get(0);
        var changed = new org.springframework.core.env.MapPropertySource("changed",
                java.util.Map.of("pressroom.media.ladder.hls.segment-seconds", "4", "pressroom.media.ladder.broadcast.crf", "20"));

        RenditionLadder configured = bind(yaml);
        RenditionLadder overridden = bind(changed, yaml);

        assertThat(configured).isEqualTo(RenditionLadder.defaults());
        assertThat(overridden.hls().segmentSeconds()).isEqualTo(4);
        assertThat(overridden.broadcast().crf()).isEqualTo(20);
        assertThat(overridden.broadcast().preset()).isEqualTo("medium");
        assertThat(overridden.mp4()).isEqualTo(RenditionLadder.defaults().mp4());
    }

    private static RenditionLadder bind(org.springframework.core.env.PropertySource<?>... sources) {
        var attached = java.util.Arrays.stream(sources).map(org.springframework.boot.context.properties.source.ConfigurationPropertySource::from)
                .toList();
        return new org.springframework.boot.context.properties.bind.Binder(attached)
                .bind("pressroom.media", MediaProperties.class).get().ladderOrDefaults();
    }

    @Test
    void aFullHdMasterGetsEveryRenditionPreviewFirst() {
        RenditionPlan plan = ladder.plan(MASTER, probe(1920, 1080, "1:1", ProbeResult.ScanType.PROGRESSIVE, "eng", "fra"));

        assertThat(plan.renditions()).extracting(PlannedRendition::kind).containsExactly(PlannedRendition.Kind.POSTER,
                PlannedRendition.Kind.HLS, PlannedRendition.Kind.STORYBOARD, PlannedRendition.Kind.THUMBNAILS,
                PlannedRendition.Kind.BROADCAST, PlannedRendition.Kind.MP4, PlannedRendition.Kind.MP4, PlannedRendition.Kind.AUDIO,
                PlannedRendition.Kind.AUDIO);
        assertThat(plan.renditions()).extracting(PlannedRendition::mainFile).containsExactly("poster.jpg", "hls/master.m3u8",
                "storyboard/thumbnails.vtt", "thumbnails/01.jpg", "broadcast.mp4", "hd-720p.mp4", "sd-360p.mp4", "audio-eng.m4a",
                "audio-fra.m4a");
        assertThat(plan.renditions()).extracting(r -> r.width() + "x" + r.height()).containsExactly("1920x1080", "1280x720",
                "800x90", "320x180", "1920x1080", "1280x720", "640x360", "0x0", "0x0");
        assertThat(rendition(plan, "hls").arguments()).contains(
                "a:0,agroup:audio,language:eng,name:audio-eng,default:yes a:1,agroup:audio,language:fra,name:audio-fra "
                        + "v:0,agroup:audio,name:720p v:1,agroup:audio,name:360p");
    }

    @Test
    void aSmallMasterGetsNoRungAboveItsOwnHeight() {
        RenditionPlan plan = ladder.plan(MASTER, probe(640, 360, "1:1", ProbeResult.ScanType.PROGRESSIVE, "eng"));

        assertThat(plan.renditions()).extracting(PlannedRendition::output).contains("sd-360p.mp4").doesNotContain("hd-720p.mp4");
        assertThat(plan.renditions()).allSatisfy(r -> assertThat(r.height()).isLessThanOrEqualTo(360));
        String variants = argumentAfter(rendition(plan, "hls"), "-var_stream_map");
        assertThat(variants).contains("name:360p").doesNotContain("720p");
    }

    @Test
    void aMasterSmallerThanEveryRungStillGetsAPreviewAtItsOwnSize() {
        RenditionPlan plan = ladder.plan(MASTER, probe(320, 240, "1:1", ProbeResult.ScanType.PROGRESSIVE, "eng"));

        assertThat(plan.renditions()).extracting(PlannedRendition::kind).doesNotContain(PlannedRendition.Kind.MP4);
        assertThat(argumentAfter(rendition(plan, "hls"), "-filter_complex")).contains("scale=320:240");
        assertThat(rendition(plan, "broadcast.mp4").height()).isEqualTo(240);
    }

    @Test
    void theBroadcastFileOfAnInterlacedMasterStaysInterlacedInItsFieldOrder() {
        RenditionPlan tff = ladder.plan(MASTER, probe(1920, 1080, "1:1", ProbeResult.ScanType.INTERLACED_TFF, "eng"));
        RenditionPlan bff = ladder.plan(MASTER, probe(720, 576, "16:15", ProbeResult.ScanType.INTERLACED_BFF, "eng"));
        RenditionPlan progressive = ladder.plan(MASTER, probe(1920, 1080, "1:1", ProbeResult.ScanType.PROGRESSIVE, "eng"));

        assertThat(String.join(" ", rendition(tff, "broadcast.mp4").arguments()))
                .contains("-flags +ilme+ildct -top 1 -x264-params tff=1").contains("scale=interl=1");
        assertThat(String.join(" ", rendition(bff, "broadcast.mp4").arguments())).contains("-flags +ilme+ildct -top 0 -x264-params bff=1");
        assertThat(rendition(progressive, "broadcast.mp4").arguments()).doesNotContain("+ilme+ildct", "-top", "-x264-params");
        assertThat(argumentAfter(rendition(tff, "hd-720p.mp4"), "-vf")).startsWith("bwdif=mode=send_frame,");
        assertThat(argumentAfter(rendition(tff, "hls"), "-filter_complex")).startsWith("[0:v:0]bwdif=mode=send_frame,");
        assertThat(argumentAfter(rendition(progressive, "hd-720p.mp4"), "-vf")).doesNotContain("bwdif");
    }

    @Test
    void anamorphicPixelsBecomeSquareAtTheDisplayShape() {
        RenditionPlan plan = ladder.plan(MASTER, probe(720, 576, "64:45", ProbeResult.ScanType.PROGRESSIVE, "eng"));

        assertThat(rendition(plan, "sd-360p.mp4").width()).as("16:9 at 360 lines").isEqualTo(640);
        assertThat(rendition(plan, "poster.jpg").width()).isEqualTo(1024);
        assertThat(rendition(plan, "broadcast.mp4").width()).as("the broadcast file keeps the stored size").isEqualTo(720);
    }

    @Test
    void tracksSharingALanguageGetNumberedAudioFiles() {
        RenditionPlan plan = ladder.plan(MASTER, probe(1920, 1080, "1:1", ProbeResult.ScanType.PROGRESSIVE, "und", "und", "eng"));

        assertThat(plan.renditions()).filteredOn(r -> r.kind() == PlannedRendition.Kind.AUDIO).extracting(PlannedRendition::output)
                .containsExactly("audio-1-und.m4a", "audio-2-und.m4a", "audio-eng.m4a");
    }

    @Test
    void anAudioRecordingGetsOnlyAudioFiles() {
        ProbeResult radio = new ProbeResult("wav", Duration.ofMinutes(3), 1_536_000, Optional.empty(),
                List.of(new ProbeResult.AudioTrack(0, 0, "pcm_s16le", 2, "stereo", 48_000, "fra")), Optional.empty(),
                ProbeResult.Source.FFPROBE);

        assertThat(ladder.plan(MASTER, radio).renditions()).extracting(PlannedRendition::output).containsExactly("audio-fra.m4a");
    }

    @Test
    void aSilentVideoGetsAPreviewWithoutAudioGroups() {
        RenditionPlan plan = ladder.plan(MASTER, probe(1920, 1080, "1:1", ProbeResult.ScanType.PROGRESSIVE));

        assertThat(argumentAfter(rendition(plan, "hls"), "-var_stream_map")).isEqualTo("v:0,name:720p v:1,name:360p");
        assertThat(plan.renditions()).extracting(PlannedRendition::kind).doesNotContain(PlannedRendition.Kind.AUDIO);
    }

    @Test
    void aLongVideosStoryboardStaysWithinItsTileLimit() {
        ProbeResult hour = new ProbeResult("mxf", Duration.ofHours(1), 50_000_000,
                probe(1920, 1080, "1:1", ProbeResult.ScanType.PROGRESSIVE).video(), List.of(), Optional.empty(), ProbeResult.Source.FFPROBE);

        StoryboardGrid grid = rendition(ladder.plan(MASTER, hour), "storyboard").storyboard().orElseThrow();

        assertThat(grid.interval()).isEqualTo(Duration.ofSeconds(18));
        assertThat(grid.count()).isEqualTo(200);
        assertThat(grid.columns()).isEqualTo(10);
        assertThat(grid.rows()).isEqualTo(20);
    }

    @Test
    void theThumbnailTrackPointsIntoTheSpriteForEachInterval() {
        StoryboardGrid grid = new StoryboardGrid(Duration.ofSeconds(2), 5, 3, 2, 160, 90);

        assertThat(grid.webVtt("sprite.jpg", Duration.ofMillis(9_500))).isEqualTo("""
                WEBVTT

                00:00:00.000 --> 00:00:02.000
                sprite.jpg#xywh=0,0,160,90

                00:00:02.000 --> 00:00:04.000
                sprite.jpg#xywh=160,0,160,90

                00:00:04.000 --> 00:00:06.000
                sprite.jpg#xywh=320,0,160,90

                00:00:06.000 --> 00:00:08.000
                sprite.jpg#xywh=0,90,160,90

                00:00:08.000 --> 00:00:09.500
                sprite.jpg#xywh=160,90,160,90
                """);
    }

    static ProbeResult probe(int width, int height, String sar, ProbeResult.ScanType scan, String... languages) {
        List<ProbeResult.AudioTrack> tracks = new java.util.ArrayList<>();
        for (int i = 0; i < languages.length; i++) {
            tracks.add(new ProbeResult.AudioTrack(i, i + 1, "pcm_s24le", 2, "stereo", 48_000, languages[i]));
        }
        return new ProbeResult("mov,mp4,m4a,3gp,3g2,mj2", Duration.ofSeconds(10), 100_000_000, Optional.of(new ProbeResult.VideoStream(0,
                "prores", "HQ", width, height, sar, "25/1", 25, scan, "yuv422p10le")), tracks, Optional.empty(), ProbeResult.Source.FFPROBE);
    }

    private static PlannedRendition rendition(RenditionPlan plan, String output) {
        return plan.renditions().stream().filter(r -> r.output().equals(output)).findFirst().orElseThrow();
    }

    private static String argumentAfter(PlannedRendition rendition, String option) {
        List<String> arguments = rendition.arguments();
        return arguments.get(arguments.indexOf(option) + 1);
    }
}
