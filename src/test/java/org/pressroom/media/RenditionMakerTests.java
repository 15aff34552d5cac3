package org.pressroom.media;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.pressroom.TestDataDirectory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/**
 * The whole rendition set of the 10 s 1080p25 master with English and French tracks, made once with the veryfast
 * preset, then every rendition read back with the probe; plus the interlaced master and damaged ones.
 */
class RenditionMakerTests {

    private static final double TOLERANCE = 0.1;
    private static final RenditionLadder LADDER = RenditionLadder.defaults().withPreset("veryfast");

    private static MediaTools tools;
    private static MediaProbe probe;
    private static RenditionMaker maker;
    private static Path work;
    private static Map<String, RenditionMaker.MadeRendition> made;
    private static final List<double[]> overall = new CopyOnWriteArrayList<>();

    @BeforeAll
    static void makeTheFullSet() throws Exception {
        tools = TestMasters.installedTools();
        probe = new MediaProbe(tools);
        maker = new RenditionMaker(new Ffmpeg(tools), probe);
        Path master = TestMasters.progressive();
        work = TestDataDirectory.fresh("media-work").resolve("asset-1");
        long started = System.nanoTime();
        RenditionPlan plan = LADDER.plan(master, probe.probe(master));
        List<RenditionMaker.MadeRendition> renditions = maker.make(plan, work,
                (rendition, percent, total) -> overall.add(new double[] {percent, total}));
        System.out.printf("Rendition set of the 10 s 1080p25 master (veryfast): %.1f s wall%n", (System.nanoTime() - started) / 1e9);
        renditions.forEach(r -> System.out.printf("  %-12s %5.1f s  %s%n", r.planned().kind(), r.elapsed().toMillis() / 1000.0,
                r.planned().output()));
        made = new java.util.LinkedHashMap<>();
        renditions.forEach(r -> made.put(r.planned().output(), r));
    }

    @Test
    void everyFileIsInPlaceWithItsSizeAndChecksumAndNoPartialIsLeft() throws Exception {
        assertThat(made.keySet()).containsExactly("poster.jpg", "hls", "storyboard", "thumbnails", "broadcast.mp4", "hd-720p.mp4",
                "sd-360p.mp4", "audio-eng.m4a", "audio-fra.m4a");
        for (RenditionMaker.MadeRendition rendition : made.values()) {
            assertThat(rendition.main().path()).isEqualTo(rendition.planned().mainFile());
            for (RenditionMaker.MadeFile file : rendition.files()) {
                Path path = work.resolve(file.path());
                assertThat(Files.size(path)).as(file.path()).isEqualTo(file.size()).isPositive();
                assertThat(sha256(path)).as(file.path()).isEqualTo(file.sha256());
            }
        }
        try (Stream<Path> children = Files.list(work)) {
            assertThat(children.map(p -> p.getFileName().toString())).noneMatch(name -> name.startsWith("."));
        }
    }

    @Test
    void theBroadcastFileIsHighProfileAtTheSourcesSizeRateAndScanWithEveryTrackAndTheTimecode() {
        ProbeResult broadcast = probeOf("broadcast.mp4");

        assertVideo(broadcast, "High", 1920, 1080);
        assertThat(broadcast.video().orElseThrow().frameRate()).isEqualTo("25/1");
        assertThat(broadcast.video().orElseThrow().scanType()).isEqualTo(ProbeResult.ScanType.PROGRESSIVE);
        assertThat(broadcast.timecode()).hasValue("10:00:00:00");
        assertAudio(broadcast, "eng", "fra");
    }

    @Test
    void theWebFilesAreHdAndSdWithEveryTrack() {
        ProbeResult hd = probeOf("hd-720p.mp4");
        ProbeResult sd = probeOf("sd-360p.mp4");

        assertVideo(hd, "High", 1280, 720);
        assertVideo(sd, "High", 640, 360);
        assertAudio(hd, "eng", "fra");
        assertAudio(sd, "eng", "fra");
    }

    @Test
    void eachLanguageHasItsOwnAudioFile() {
        for (String language : List.of("eng", "fra")) {
            ProbeResult audio = probeOf("audio-" + language + ".m4a");
            assertThat(audio.video()).isEmpty();
            assertThat(audio.duration().toMillis() / 1000.0).isCloseTo(TestMasters.LENGTH_SECONDS, within(TOLERANCE));
            assertAudio(audio, language);
        }
    }

    @Test
    void theHlsMasterPlaylistOffersBothSizesAndAnAudioGroupPerLanguage() throws IOException {
        List<String> master = Files.readAllLines(work.resolve("hls/master.m3u8"));

        List<Map<String, String>> media = attributes(master, "#EXT-X-MEDIA:");
        assertThat(media).extracting(m -> m.get("TYPE")).containsOnly("AUDIO");
        assertThat(media).extracting(m -> m.get("LANGUAGE")).containsExactly("\"eng\"", "\"fra\"");
        assertThat(media).extracting(m -> m.get("DEFAULT")).containsExactly("YES", "NO");
        String group = media.get(0).get("GROUP-ID");
        List<Map<String, String>> variants = attributes(master, "#EXT-X-STREAM-INF:");
        assertThat(variants).extracting(v -> v.get("RESOLUTION")).containsExactly("1280x720", "640x360");
        assertThat(variants).allSatisfy(v -> assertThat(v.get("AUDIO")).isEqualTo(group));

        List<String> uris = new ArrayList<>();
        media.forEach(m -> uris.add(m.get("URI").replace("\"", "")));
        for (int i = 0; i < master.size(); i++) {
            if (master.get(i).startsWith("#EXT-X-STREAM-INF:")) {
                uris.add(master.get(i + 1));
            }
        }
        assertThat(uris).containsExactly("audio-eng/index.m3u8", "audio-fra/index.m3u8", "720p/index.m3u8", "360p/index.m3u8");
        for (String uri : uris) {
            ProbeResult playlist = probeOf("hls/" + uri);
            assertThat(playlist.duration().toMillis() / 1000.0).as(uri).isCloseTo(TestMasters.LENGTH_SECONDS, within(TOLERANCE));
            List<Double> segments = Files.readAllLines(work.resolve("hls/" + uri)).stream().filter(l -> l.startsWith("#EXTINF:"))
                    .map(l -> Double.parseDouble(l.substring(8, l.indexOf(',')))).toList();
            assertThat(segments).as(uri).hasSize(2).allSatisfy(seconds -> assertThat(seconds).isLessThanOrEqualTo(6.1));
        }
        assertThat(probeOf("hls/720p/index.m3u8").video().orElseThrow().height()).isEqualTo(720);
        assertThat(probeOf("hls/360p/index.m3u8").video().orElseThrow().height()).isEqualTo(360);
    }

    @Test
    void theStoryboardTrackIsValidWebVttCoveringTheVideoWithTilesInsideTheSprite() throws IOException {
        ProbeResult sprite = probeOf("storyboard/sprite.jpg");
        int spriteWidth = sprite.video().orElseThrow().width();
        int spriteHeight = sprite.video().orElseThrow().height();
        assertThat(spriteWidth + "x" + spriteHeight).isEqualTo("800x90");

        String vtt = Files.readString(work.resolve("storyboard/thumbnails.vtt"));
        assertThat(vtt).startsWith("WEBVTT\n\n");
        Pattern cue = Pattern.compile("(\\d{2}):(\\d{2}):(\\d{2})\\.(\\d{3}) --> (\\d{2}):(\\d{2}):(\\d{2})\\.(\\d{3})\n"
                + "sprite\\.jpg#xywh=(\\d+),(\\d+),(\\d+),(\\d+)");
        String[] blocks = vtt.substring("WEBVTT\n\n".length()).strip().split("\n\n");
        long previousEnd = 0;
        for (String block : blocks) {
            Matcher m = cue.matcher(block.strip());
            assertThat(m.matches()).as(block).isTrue();
            long start = millis(m, 1);
            long end = millis(m, 5);
            assertThat(start).isEqualTo(previousEnd);
            assertThat(end).isGreaterThan(start);
            previousEnd = end;
            int x = Integer.parseInt(m.group(9));
            int y = Integer.parseInt(m.group(10));
            assertThat(x + Integer.parseInt(m.group(11))).isLessThanOrEqualTo(spriteWidth);
            assertThat(y + Integer.parseInt(m.group(12))).isLessThanOrEqualTo(spriteHeight);
        }
        assertThat(blocks).hasSize(5);
        assertThat(previousEnd).isEqualTo(10_000);
    }

    @Test
    void thePosterAndThumbnailsAreJpegsAtThePlannedSize() {
        ProbeResult poster = probeOf("poster.jpg");
        assertThat(poster.video().orElseThrow().codec()).isEqualTo("mjpeg");
        assertThat(poster.video().orElseThrow().width()).isEqualTo(1920);

        List<RenditionMaker.MadeFile> thumbnails = made.get("thumbnails").files();
        assertThat(thumbnails).extracting(RenditionMaker.MadeFile::path).containsExactly("thumbnails/01.jpg", "thumbnails/02.jpg",
                "thumbnails/03.jpg", "thumbnails/04.jpg", "thumbnails/05.jpg");
        assertThat(thumbnails).allSatisfy(file -> {
            ProbeResult.VideoStream still = file.probe().orElseThrow().video().orElseThrow();
            assertThat(still.width() + "x" + still.height()).isEqualTo("320x180");
        });
    }

    @Test
    void progressRisesToOneHundredOverall() {
        List<Double> totals = overall.stream().map(p -> p[1]).toList();
        assertThat(totals).isSorted();
        assertThat(totals.get(totals.size() - 1)).isCloseTo(100.0, within(0.001));
        assertThat(overall).anySatisfy(p -> assertThat(p[0]).isStrictlyBetween(0.0, 100.0));
    }

    @Test
    void anInterlacedMastersBroadcastFileStaysInterlacedTopFieldFirstWhileTheWebFileIsProgressive() throws Exception {
        Path master = TestMasters.interlaced();
        RenditionPlan full = LADDER.plan(master, probe.probe(master));
        RenditionPlan plan = new RenditionPlan(full.master(), full.probe(), full.renditions().stream()
                .filter(r -> r.kind() == PlannedRendition.Kind.BROADCAST || r.output().equals("sd-360p.mp4")).toList());
        Path interlacedWork = TestDataDirectory.fresh("media-work").resolve("asset-interlaced");

        maker.make(plan, interlacedWork, (rendition, percent, total) -> { });

        ProbeResult broadcast = probe.probe(interlacedWork.resolve("broadcast.mp4"));
        assertVideo(broadcast, "High", 1920, 1080);
        assertThat(broadcast.video().orElseThrow().scanType()).isEqualTo(ProbeResult.ScanType.INTERLACED_TFF);
        assertThat(MediaProbeTests.streamFieldOrder(interlacedWork.resolve("broadcast.mp4"))).isEqualTo("tt");
        assertThat(broadcast.video().orElseThrow().frameRate()).isEqualTo("25/1");
        assertAudio(broadcast, "eng", "fra");
        ProbeResult sd = probe.probe(interlacedWork.resolve("sd-360p.mp4"));
        assertVideo(sd, "High", 640, 360);
        assertThat(sd.video().orElseThrow().scanType()).isEqualTo(ProbeResult.ScanType.PROGRESSIVE);
        assertThat(sd.video().orElseThrow().frameRate()).isEqualTo("25/1");
    }

    @Test
    void anAnamorphicBottomFieldFirstMasterKeepsItsFieldsAndPixelsInTheBroadcastFileAndIsSquaredForTheWeb() throws Exception {
        Path master = TestMasters.palBottomFieldFirst();
        RenditionPlan full = LADDER.plan(master, probe.probe(master));
        RenditionPlan plan = new RenditionPlan(full.master(), full.probe(), full.renditions().stream()
                .filter(r -> r.kind() == PlannedRendition.Kind.BROADCAST || r.output().equals("sd-360p.mp4")).toList());
        Path palWork = TestDataDirectory.fresh("media-work").resolve("asset-pal");

        maker.make(plan, palWork, (rendition, percent, total) -> { });

        Path broadcastFile = palWork.resolve("broadcast.mp4");
        ProbeResult.VideoStream broadcast = probe.probe(broadcastFile).video().orElseThrow();
        assertThat(broadcast.width() + "x" + broadcast.height()).isEqualTo("720x576");
        assertThat(broadcast.sampleAspectRatio()).isEqualTo("64:45");
        assertThat(broadcast.scanType()).isEqualTo(ProbeResult.ScanType.INTERLACED_BFF);
        assertThat(MediaProbeTests.streamFieldOrder(broadcastFile)).as("the headers say so too").isEqualTo("bb");
        ProbeResult.VideoStream sd = probe.probe(palWork.resolve("sd-360p.mp4")).video().orElseThrow();
        assertThat(sd.width() + "x" + sd.height()).isEqualTo("640x360");
        assertThat(sd.sampleAspectRatio()).isEqualTo("1:1");
        assertThat(sd.scanType()).isEqualTo(ProbeResult.ScanType.PROGRESSIVE);
    }

    @Test
    void damagedMastersFailWithAClearMessageAndLeaveNoFiles() throws Exception {
        Path inputs = TestDataDirectory.fresh("media-damaged");
        for (MediaProbeTests.CorruptInput input : MediaProbeTests.CorruptInput.values()) {
            Path damagedWork = inputs.resolve("work-" + input.name().toLowerCase());
            Path master = input.write(inputs);
            assertThatThrownBy(() -> process(master, damagedWork)).as(input.name()).isInstanceOf(MediaProcessingException.class)
                    .hasMessageContaining(input.reason);
            assertThat(filesIn(damagedWork)).as(input.name()).isEmpty();
        }
    }

    @Test
    void aMasterThatEndsEarlyFailsOnItsLengthAndWhatWasMadeBeforeIsRemoved() throws Exception {
        // Index first (faststart), then cut in half: readable, but the pictures stop at about 5 s of 10.
        Path inputs = TestDataDirectory.fresh("media-cut");
        Path whole = inputs.resolve("whole.mp4");
        TestMasters.run(List.of("ffmpeg", "-hide_banner", "-loglevel", "error", "-nostdin", "-y", "-i",
                TestMasters.small(640, 360).toString(), "-c:v", "copy", "-c:a", "aac", "-movflags", "+faststart", whole.toString()));
        byte[] bytes = Files.readAllBytes(whole);
        Path cut = Files.write(inputs.resolve("cut.mp4"), java.util.Arrays.copyOf(bytes, bytes.length / 2));
        Path cutWork = inputs.resolve("work");

        assertThatThrownBy(() -> process(cut, cutWork)).isInstanceOf(MediaProcessingException.class)
                .hasMessageMatching("hls: hls/.*index\\.m3u8 is \\d\\.\\d s long but the master is 10\\.0 s: "
                        + "the master is probably damaged or truncated \\(ffmpeg: .*partial file.*\\)");
        assertThat(filesIn(cutWork)).as("the poster made before the failure is removed too").isEmpty();
    }

    @Test
    void theBundledStaticFfmpegWithoutFfprobeMakesTheWholeSetToo() throws Exception {
        MediaTools bundledOnly = new MediaTools(null, null, "", TestDataDirectory.fresh("media-bundled"));
        MediaProbe degraded = new MediaProbe(bundledOnly);
        Path master = TestMasters.small(640, 360);
        Path bundledWork = TestDataDirectory.fresh("media-work").resolve("asset-bundled");

        List<RenditionMaker.MadeRendition> renditions = new RenditionMaker(new Ffmpeg(bundledOnly), degraded)
                .make(LADDER.plan(master, degraded.probe(master)), bundledWork, (rendition, percent, total) -> { });

        assertThat(renditions).extracting(r -> r.planned().output()).containsExactly("poster.jpg", "hls", "storyboard", "thumbnails",
                "broadcast.mp4", "sd-360p.mp4", "audio-eng.m4a", "audio-fra.m4a");
        ProbeResult preview = renditions.get(1).files().stream().filter(f -> f.path().equals("hls/360p/index.m3u8")).findFirst()
                .orElseThrow().probe().orElseThrow();
        assertThat(preview.source()).isEqualTo(ProbeResult.Source.FFMPEG_DESCRIPTION);
        assertThat(preview.video().orElseThrow().height()).isEqualTo(360);
        assertThat(preview.duration().toMillis() / 1000.0).isCloseTo(TestMasters.LENGTH_SECONDS, within(TOLERANCE));
    }

    private static void process(Path master, Path workDirectory) throws Exception {
        maker.make(LADDER.plan(master, probe.probe(master)), workDirectory, (rendition, percent, total) -> { });
    }

    private static List<Path> filesIn(Path directory) throws IOException {
        if (!Files.exists(directory)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(directory)) {
            return walk.filter(Files::isRegularFile).toList();
        }
    }

    private static ProbeResult probeOf(String path) {
        return made.values().stream().flatMap(r -> r.files().stream()).filter(f -> f.path().equals(path)).findFirst()
                .orElseThrow(() -> new AssertionError("not made: " + path)).probe().orElseThrow(() -> new AssertionError("not probed: " + path));
    }

    private static void assertVideo(ProbeResult result, String profile, int width, int height) {
        ProbeResult.VideoStream video = result.video().orElseThrow();
        assertThat(video.codec()).isEqualTo("h264");
        assertThat(video.profile()).isEqualTo(profile);
        assertThat(video.width() + "x" + video.height()).isEqualTo(width + "x" + height);
        assertThat(video.pixelFormat()).isEqualTo("yuv420p");
        assertThat(result.duration().toMillis() / 1000.0).isCloseTo(TestMasters.LENGTH_SECONDS, within(TOLERANCE));
    }

    private static void assertAudio(ProbeResult result, String... languages) {
        assertThat(result.audio()).extracting(ProbeResult.AudioTrack::language).containsExactly(languages);
        assertThat(result.audio()).allSatisfy(track -> assertThat(track.codec()).isEqualTo("aac"));
    }

    private static List<Map<String, String>> attributes(List<String> playlist, String tag) {
        Pattern attribute = Pattern.compile("([A-Z-]+)=(\"[^\"]*\"|[^,]*)");
        List<Map<String, String>> found = new ArrayList<>();
        for (String line : playlist) {
            if (line.startsWith(tag)) {
                Map<String, String> values = new java.util.LinkedHashMap<>();
                Matcher m = attribute.matcher(line.substring(tag.length()));
                while (m.find()) {
                    values.put(m.group(1), m.group(2));
                }
                found.add(values);
            }
        }
        return found;
    }

    private static long millis(Matcher m, int group) {
        return ((Long.parseLong(m.group(group)) * 60 + Long.parseLong(m.group(group + 1))) * 60 + Long.parseLong(m.group(group + 2)))
                * 1000 + Long.parseLong(m.group(group + 3));
    }

    private static String sha256(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }
}
