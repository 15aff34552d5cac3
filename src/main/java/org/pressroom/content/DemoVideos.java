package org.pressroom.content;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalTime;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.pressroom.media.MediaTool;
import org.pressroom.media.MediaTools;
import org.pressroom.media.Caption;
import org.pressroom.media.Shot;
import org.pressroom.media.VideoDetails;
import org.pressroom.media.VideoIngest;
import org.pressroom.media.VideoType;
import org.springframework.transaction.support.TransactionTemplate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Component;

/**
 * The demo's videos: short clips made on this machine with ffmpeg's test picture and a tone on each of two
 * language tracks (English and French), ingested like any master, so the demo has real renditions to
 * play and download. Without ffmpeg the demo has no videos, and says so.
 */
@Component
@ConditionalOnBooleanProperty("pressroom.demo.enabled")
class DemoVideos {

    private static final Logger log = LoggerFactory.getLogger(DemoVideos.class);

    /**
     * A clip: its picture and length in seconds, what is said about it, and the programme item of the demo's
     * ongoing Ministerial Conference it covers (day and start time).
     */
    private record Clip(String picture, int seconds, VideoDetails details, int day, String start) {
    }

    private static final String EVENT = "ministerial-2026";
    private static final String CREDIT = "© ICWC – International Coastal Waters Council";

    private static final List<Clip> CLIPS = List.of(
            new Clip("testsrc2=size=1280x720:rate=25", 8, new VideoDetails("Ministerial Conference: arrival of delegations",
                    "Ministers arrive at the Tagus Riverside Congress Centre and are welcomed by the host minister before the flag ceremony.",
                    null, EVENT, List.of("eng", "fra"), CREDIT, "ACCOUNT", "", true, VideoType.B_ROLL,
                    "Lisbon, Portugal", List.of(
                            new Shot(0, 2.5, Shot.Kind.SHOT, "Wide shot, delegations' cars arriving on the forecourt", "", ""),
                            new Shot(2.5, 5.0, Shot.Kind.SHOT, "Medium shot, the host minister greeting ministers", "", ""),
                            new Shot(5.0, 8.0, Shot.Kind.CUTAWAY, "Flags of the member states on the river terrace", "", "")),
                    List.of()), 1, "08:30"),
            new Clip("smptehdbars=size=1280x720:rate=25", 6, new VideoDetails("Press conference: opening statement by the Secretary General",
                    "The Secretary General opens the closing press conference of the first day; English floor sound, French interpretation.",
                    null, EVENT, List.of("eng", "fra"), CREDIT, "ACCOUNT", "", true, VideoType.PRESS_CONFERENCE,
                    "Lisbon, Portugal", List.of(
                            new Shot(0, 1.5, Shot.Kind.SHOT, "Wide shot of the press conference room", "", ""),
                            new Shot(1.5, 6.0, Shot.Kind.SOUNDBITE,
                                    "\"Today thirty-nine states agreed to manage the fish stocks they share as one.\"",
                                    "Amara Lindqvist, Secretary General", "eng")),
                    List.of(new Caption("en", """
                                    WEBVTT

                                    00:00:01.500 --> 00:00:04.000
                                    Today thirty-nine states agreed

                                    00:00:04.000 --> 00:00:06.000
                                    to manage the fish stocks they share as one.
                                    """), new Caption("fr", """
                                    WEBVTT

                                    00:00:01.500 --> 00:00:04.000
                                    Aujourd’hui, trente-neuf États sont convenus

                                    00:00:04.000 --> 00:00:06.000
                                    de gérer ensemble les stocks halieutiques qu’ils partagent.
                                    """))), 1, "17:30"));

    private final MediaTools tools;
    private final VideoIngest ingest;
    private final EventRepository events;
    private final ProgrammeItemRepository programme;
    private final TransactionTemplate transactions;

    DemoVideos(MediaTools tools, VideoIngest ingest, EventRepository events, ProgrammeItemRepository programme,
               TransactionTemplate transactions) {
        this.tools = tools;
        this.ingest = ingest;
        this.events = events;
        this.programme = programme;
        this.transactions = transactions;
    }

    void load() {
        Path ffmpeg = tools.ffmpeg().map(MediaTool::path).orElse(null);
        if (ffmpeg == null) {
            log.info("The demo has no videos: no ffmpeg was found (install Debian's ffmpeg package).");
            return;
        }
        Path directory = null;
        try {
            directory = Files.createTempDirectory("pressroom-demo-videos-");
            for (Clip clip : CLIPS) {
                Path file = directory.resolve("clip.mov");
                make(ffmpeg, clip, file);
                long id;
                try (InputStream in = Files.newInputStream(file)) {
                    id = ingest.ingest(in, clip.details().title() + ".mov", clip.details());
                }
                link(id, clip);
                Files.delete(file);
            }
            log.info("Demo videos made and ingested: {}; they are processed in the background.", CLIPS.size());
        } catch (IOException e) {
            log.warn("The demo videos could not be made: {}", e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            if (directory != null) {
                directory.toFile().delete();
            }
        }
    }

    /** The clip's video shown on the programme item it covers. */
    private void link(long video, Clip clip) {
        transactions.executeWithoutResult(status -> events.findByDemoKey(EVENT).ifPresent(event ->
                programme.findByEventIdOrderByDayAscStartsAtAscPositionAsc(event.id).stream()
                        .filter(item -> item.day == clip.day() && item.startsAt.equals(LocalTime.parse(clip.start())))
                        .forEach(item -> item.videoIds.add(video))));
    }

    private static void make(Path ffmpeg, Clip clip, Path file) throws IOException, InterruptedException {
        String length = Integer.toString(clip.seconds());
        Process process = new ProcessBuilder(ffmpeg.toString(), "-hide_banner", "-loglevel", "error", "-nostdin", "-y",
                "-f", "lavfi", "-i", clip.picture() + ":duration=" + length,
                "-f", "lavfi", "-i", "sine=frequency=440:sample_rate=48000:duration=" + length,
                "-f", "lavfi", "-i", "sine=frequency=554:sample_rate=48000:duration=" + length,
                "-map", "0:v", "-map", "1:a", "-map", "2:a", "-c:v", "libx264", "-preset", "veryfast", "-pix_fmt", "yuv420p",
                "-c:a", "pcm_s16le", "-metadata:s:a:0", "language=eng", "-metadata:s:a:1", "language=fra", file.toString())
                .redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        if (!process.waitFor(2, TimeUnit.MINUTES) || process.exitValue() != 0) {
            throw new IOException("ffmpeg could not make a demo clip: " + output.strip());
        }
    }
}
