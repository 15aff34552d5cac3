package org.pressroom.media;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Staff edit a video's details and shot list: times in every form an editor types them, checked against the real
 * master's length and frame rate (probed by ffprobe), every mistake named, nothing half-saved, a stale form refused.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"pressroom.media.upload.token=test-token", "pressroom.media.upload.max-size=20MB"})
@RecordApplicationEvents
class VideoEditingTests {

    @Autowired
    VideoEditing editing;

    @Autowired
    VideoAssetRepository assets;

    @Autowired
    VideoShotRepository shots;

    @Autowired
    MediaProbe probe;

    @Autowired
    JsonMapper json;

    @Autowired
    ApplicationEvents events;

    private static final UUID EDITOR = UUID.fromString("00000000-0000-0000-0000-000000000042");
    private static final UUID OTHER = UUID.fromString("00000000-0000-0000-0000-000000000007");

    @Test
    void aTrackLeftBlankIsNotStatedAndAllBlankSaysNothing() {
        VideoEditing.Details someBlank = new VideoEditing.Details("T", "", null, "", null, List.of("ENG", " "), "", "ACCOUNT", "", false);
        VideoEditing.Details allBlank = new VideoEditing.Details("T", "", null, "", null, List.of("", " "), "", "ACCOUNT", "", false);

        assertThat(someBlank.audioLanguages()).containsExactly("eng", "und");
        assertThat(allBlank.audioLanguages()).isEmpty();
    }

    @Test
    void aShotListWithTimecodesFramesAndSoundbitesIsSavedAndAnnounced() throws Exception {
        long id = video();
        VideoEditing.Editable before = editing.editable(id).orElseThrow();
        assertThat(before.duration()).isEqualTo(TestMasters.LENGTH_SECONDS, within(0.05));
        assertThat(before.framesPerSecond()).isEqualTo(25.0);

        VideoEditing.Outcome outcome = editing.editShots(id, before.shotsVersion(), List.of(
                new VideoEditing.ShotLine("00:00:00", "00:00:02:12", "", "Wide shot of the council chamber", "", ""),
                new VideoEditing.ShotLine("", "", "", "", "", ""),
                new VideoEditing.ShotLine("2.48", "00:00:08", "Soundbite", "We agreed on the new limits.", "Anne Martin, Chair", "ENG"),
                new VideoEditing.ShotLine("00:00:10", "", "cutaway", "Journalists taking notes", "", "")), EDITOR);

        assertThat(outcome).isInstanceOf(VideoEditing.Saved.class);
        List<Shot> saved = shots.findByAssetIdOrderByPosition(id).stream().map(VideoShot::value).toList();
        assertThat(saved).extracting(Shot::start).containsExactly(0.0, 2.48, 10.0);
        assertThat(saved.get(0).end()).isEqualTo(2.48);
        assertThat(saved.get(1).kind()).isEqualTo(Shot.Kind.SOUNDBITE);
        assertThat(saved.get(1).speaker()).isEqualTo("Anne Martin, Chair");
        assertThat(saved.get(1).language()).isEqualTo("eng");
        assertThat(((VideoEditing.Saved) outcome).version()).isNotEqualTo(before.shotsVersion())
                .isEqualTo(editing.editable(id).orElseThrow().shotsVersion());
        assertThat(editing.editable(id).orElseThrow().shots()).extracting(VideoEditing.ShotLine::at)
                .containsExactly("00:00:00", "00:00:02.480", "00:00:10");
        VideoEdited edited = events.stream(VideoEdited.class).filter(e -> e.videoId() == id).findFirst().orElseThrow();
        assertThat(edited.action()).isEqualTo("video.shots");
        assertThat(edited.accountId()).isEqualTo(EDITOR);
        assertThat(edited.before()).isEqualTo("[]");
        assertThat(edited.after()).contains("We agreed on the new limits.");
    }

    @Test
    void everyWrongLineIsNamedAndNothingIsSaved() throws Exception {
        long id = video();
        String version = editing.editable(id).orElseThrow().shotsVersion();
        editing.editShots(id, version, List.of(new VideoEditing.ShotLine("00:00:01", "", "", "Kept", "", "")), null);
        String current = editing.editable(id).orElseThrow().shotsVersion();

        VideoEditing.Outcome outcome = editing.editShots(id, current, List.of(
                new VideoEditing.ShotLine("1:2:3:4:5", "", "", "Malformed", "", ""),
                new VideoEditing.ShotLine("00:00:11", "", "", "After the end", "", ""),
                new VideoEditing.ShotLine("00:00:05", "00:00:04", "", "Ends before it starts", "", ""),
                new VideoEditing.ShotLine("00:00:01:25", "", "", "Frame 25 at 25 fps", "", ""),
                new VideoEditing.ShotLine("00:00:02", "", "soundbite", "Nobody speaks", "", "french!"),
                new VideoEditing.ShotLine("00:00:03", "", "close-up", "", "", ""),
                new VideoEditing.ShotLine("", "", "", "No start", "", "")), OTHER);

        assertThat(outcome).isInstanceOf(VideoEditing.Refused.class);
        List<VideoEditing.Problem> problems = ((VideoEditing.Refused) outcome).problems();
        assertThat(problems).extracting(p -> p.line() + " " + p.field() + " " + p.code()).containsExactly(
                "1 at video.edit.shot.time.malformed",
                "2 at video.edit.shot.time.range",
                "3 to video.edit.shot.to.before",
                "4 at video.edit.shot.time.malformed",
                "5 speaker video.edit.shot.speaker.required",
                "5 language video.edit.shot.language",
                "6 kind video.edit.shot.kind",
                "6 text video.edit.shot.text.required",
                "7 at video.edit.shot.at.required");
        assertThat(problems.get(1).arguments()).containsExactly(2, "00:00:11", "00:00:10");
        assertThat(shots.findByAssetIdOrderByPosition(id)).extracting(s -> s.value().description()).containsExactly("Kept");
        assertThat(editing.editable(id).orElseThrow().shotsVersion()).isEqualTo(current);
        assertThat(events.stream(VideoEdited.class).filter(e -> e.videoId() == id && OTHER.equals(e.accountId())))
                .isEmpty();
    }

    @Test
    void detailsAreCheckedAsAWholeAndAStaleFormIsRefusedWithoutLosingAnything() throws Exception {
        long id = video();
        String version = editing.editable(id).orElseThrow().detailsVersion();

        VideoEditing.Outcome wrong = editing.editDetails(id, version, new VideoEditing.Details("  ", "", LocalDate.of(1066, 10, 14),
                "", null, List.of("eng", "fr-FR", "deu"), "", "everyone", "", true), EDITOR);
        assertThat(wrong).isInstanceOf(VideoEditing.Refused.class);
        assertThat(((VideoEditing.Refused) wrong).problems()).extracting(p -> p.field() + " " + p.code()).containsExactly(
                "title video.edit.title.required", "recordedOn video.edit.recorded.range", "download video.edit.download",
                "audioLanguages video.edit.audio.count", "audioLanguages video.edit.audio.language");
        assertThat(assets.findById(id).orElseThrow().title).isEqualTo("Editing test");

        VideoEditing.Details details = new VideoEditing.Details("Council press conference", "The chair on the new limits.",
                LocalDate.of(2026, 2, 12), "Brussels", VideoType.PRESS_CONFERENCE, List.of("eng", "fra"),
                "© Council / J. Doe", "account", "No use by advertisers.", true);
        VideoEditing.Outcome saved = editing.editDetails(id, version, details, EDITOR);
        assertThat(saved).isInstanceOf(VideoEditing.Saved.class);
        VideoAsset asset = assets.findById(id).orElseThrow();
        assertThat(asset.title).isEqualTo("Council press conference");
        assertThat(asset.download).isEqualTo("ACCOUNT");
        assertThat(asset.publish).isTrue();
        assertThat(asset.type).isEqualTo(VideoType.PRESS_CONFERENCE);
        VideoEdited edited = events.stream(VideoEdited.class).filter(e -> e.videoId() == id).findFirst().orElseThrow();
        assertThat(edited.before()).contains("Editing test").doesNotContain("Council press conference");
        assertThat(edited.after()).contains("Council press conference");

        // Processing writes its progress on the video meanwhile: that changes nothing the form shows, so it is no conflict.
        VideoAsset processing = assets.findById(id).orElseThrow();
        processing.progress = 55;
        processing.stage = "hls";
        assets.save(processing);
        String shots = editing.editable(id).orElseThrow().shotsVersion();
        assertThat(editing.editShots(id, shots, List.of(new VideoEditing.ShotLine("1", "", "", "During processing", "", "")), EDITOR))
                .isInstanceOf(VideoEditing.Saved.class);

        // A second editor opened the form before that save: their change is refused and the video keeps the first one.
        VideoEditing.Outcome stale = editing.editDetails(id, version, new VideoEditing.Details("Other title", "", null, "", null,
                List.of(), "", "PUBLIC", "", false), OTHER);
        assertThat(stale).isEqualTo(new VideoEditing.Conflict(((VideoEditing.Saved) saved).version()));
        assertThat(assets.findById(id).orElseThrow().title).isEqualTo("Council press conference");
        assertThat(editing.editDetails(Long.MAX_VALUE, version, details, EDITOR)).isInstanceOf(VideoEditing.Missing.class);
    }

    /** A video whose master is the real 10 s, 25 fps test master with two audio tracks, as ffprobe reads it. */
    private long video() throws Exception {
        ProbeResult read = probe.probe(TestMasters.small(640, 360));
        VideoAsset asset = new VideoAsset("Editing test", "master.mov", "mov", Instant.now());
        asset.probe = json.writeValueAsString(read);
        asset.audioLanguages = new java.util.ArrayList<>(List.of("eng", "fra"));
        return assets.save(asset).id;
    }
}
