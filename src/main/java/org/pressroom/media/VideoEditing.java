package org.pressroom.media;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

import org.pressroom.search.SearchableChanged;

/**
 * Staff's changes to a video: its details and its shot list. Every change is checked as a whole (nothing is saved when
 * one field is wrong, and every wrong field is named), refused when someone else changed the same form in between (the
 * caller keeps what was typed), and announced as a {@link VideoEdited} event with the values before and after, for the
 * audit log. A form's version is a digest of what it showed, not the video's row version: processing writes its
 * progress on the video every few seconds, and an editor writing the shot list meanwhile must not be refused for that.
 */
@Service
public class VideoEditing {

    /** The longest title, summary and shot-list line kept. */
    static final int MAX_TITLE = 300;
    static final int MAX_SUMMARY = 10_000;
    static final int MAX_LINE = 2_000;
    static final int MAX_SHOTS = 1_000;

    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}");

    /**
     * A video's details as the editing form shows and sends them.
     *
     * @param title the title, required
     * @param summary what the video shows
     * @param recordedOn when it was filmed, or null
     * @param location where it was filmed
     * @param type what kind of footage it is, or null
     * @param audioLanguages one ISO 639 tag per audio track, in track order; a blank one is {@code und}, all blank none
     * @param credit the credit line
     * @param download who may download it: PUBLIC, ACCOUNT or DISABLED
     * @param restriction a third-party restriction shown beside the download button
     * @param publish whether it is shown to the public once ready
     */
    public record Details(String title, String summary, LocalDate recordedOn, String location, VideoType type,
                          List<String> audioLanguages, String credit, String download, String restriction, boolean publish) {

        public Details {
            title = strip(title);
            summary = strip(summary);
            location = strip(location);
            // A track left blank is "und" (not stated), as ffprobe says of an untagged track; all blank, nothing is said.
            audioLanguages = audioLanguages == null || audioLanguages.stream().allMatch(tag -> strip(tag).isEmpty()) ? List.of()
                    : audioLanguages.stream().map(tag -> strip(tag).isEmpty() ? "und" : strip(tag).toLowerCase(Locale.ROOT)).toList();
            credit = strip(credit);
            download = strip(download).toUpperCase(Locale.ROOT);
            restriction = strip(restriction);
        }
    }

    /**
     * A line of the shot-list form: times as typed ({@code 00:01:05}, {@code 00:01:05:12} with frames, {@code 65.5}).
     *
     * @param at where it starts
     * @param to where it ends, or empty
     * @param kind shot, soundbite or cutaway (any case); empty for shot
     * @param text what is seen, or what is said
     * @param speaker who speaks (soundbites)
     * @param language the language spoken (soundbites)
     */
    public record ShotLine(String at, String to, String kind, String text, String speaker, String language) {

        public ShotLine {
            at = strip(at);
            to = strip(to);
            kind = strip(kind);
            text = strip(text);
            speaker = strip(speaker);
            language = strip(language).toLowerCase(Locale.ROOT);
        }

        static ShotLine of(Shot shot) {
            return new ShotLine(Timecode.format(shot.start()), shot.end() == null ? "" : Timecode.format(shot.end()),
                    shot.kind().name().toLowerCase(Locale.ROOT), shot.description(), shot.speaker(), shot.language());
        }

        /** A line with nothing typed in it, which forms offer empty and which is left out. */
        public boolean blank() {
            return at.isEmpty() && to.isEmpty() && text.isEmpty() && speaker.isEmpty() && language.isEmpty();
        }
    }

    /**
     * Something wrong with what was sent.
     *
     * @param field the form field ({@code title}, {@code at}, ...)
     * @param line the shot-list line it is on, from 1; 0 for a detail
     * @param code the message key that says what is wrong
     * @param arguments the message's arguments
     */
    public record Problem(String field, int line, String code, List<Object> arguments) {
        public Problem {
            arguments = List.copyOf(arguments);
        }
    }

    /** What became of a change. */
    public sealed interface Outcome permits Saved, Refused, Conflict, Missing {
    }

    /** Saved; the form's new version, for the next change. */
    public record Saved(String version) implements Outcome {
    }

    /** Not saved: what is wrong, every field of it. */
    public record Refused(List<Problem> problems) implements Outcome {
        public Refused {
            problems = List.copyOf(problems);
        }
    }

    /** Not saved: someone else changed what the form shows after it was opened; the current version. */
    public record Conflict(String currentVersion) implements Outcome {
    }

    /** There is no such video. */
    public record Missing() implements Outcome {
    }

    /**
     * What the editing page shows.
     *
     * @param id the video
     * @param detailsVersion the details form's version, to send back with a change
     * @param details its details
     * @param shotsVersion the shot-list form's version, to send back with a change
     * @param shots its shot list
     * @param duration its length in seconds (0 until it has been read)
     * @param framesPerSecond its frame rate (0 until it has been read)
     * @param audioTracks how many audio tracks its master has
     */
    public record Editable(long id, String detailsVersion, Details details, String shotsVersion, List<ShotLine> shots, double duration,
                           double framesPerSecond, int audioTracks) {
    }

    private final VideoAssetRepository assets;
    private final VideoShotRepository shots;
    private final ApplicationEventPublisher events;
    private final JsonMapper json;
    private final Clock clock;

    VideoEditing(VideoAssetRepository assets, VideoShotRepository shots, ApplicationEventPublisher events, JsonMapper json,
                 Clock clock) {
        this.assets = assets;
        this.shots = shots;
        this.events = events;
        this.json = json;
        this.clock = clock;
    }

    /** The video as its editing page shows it. */
    @Transactional(readOnly = true)
    public Optional<Editable> editable(long id) {
        return assets.findById(id).map(asset -> {
            Optional<ProbeResult> probe = probe(asset);
            Details details = details(asset);
            List<ShotLine> lines = currentShots(asset.id).stream().map(ShotLine::of).toList();
            return new Editable(asset.id, version(details), details, version(lines), lines,
                    probe.map(p -> p.duration().toMillis() / 1000.0).orElse(0.0),
                    probe.flatMap(ProbeResult::video).map(ProbeResult.VideoStream::framesPerSecond).orElse(0.0),
                    probe.map(p -> p.audio().size()).orElse(asset.audioLanguages.size()));
        });
    }

    /** Changes the video's details, when they are right and nobody saved since {@code version}. */
    @Transactional
    public Outcome editDetails(long id, String version, Details details, UUID accountId) {
        Optional<VideoAsset> found = assets.findById(id);
        if (found.isEmpty()) {
            return new Missing();
        }
        VideoAsset asset = found.get();
        Details before = details(asset);
        if (!version(before).equals(version)) {
            return new Conflict(version(before));
        }
        List<Problem> problems = check(details, probe(asset).map(p -> p.audio().size()).orElse(-1));
        if (!problems.isEmpty()) {
            return new Refused(problems);
        }
        asset.title = details.title();
        asset.summary = details.summary();
        asset.recordedOn = details.recordedOn();
        asset.location = details.location();
        asset.type = details.type();
        if (!details.audioLanguages().isEmpty()) {
            asset.audioLanguages = new ArrayList<>(details.audioLanguages());
        }
        asset.credit = details.credit();
        asset.download = details.download();
        asset.restriction = details.restriction();
        asset.publish = details.publish();
        asset.updatedAt = clock.instant();
        VideoAsset saved = assets.saveAndFlush(asset);
        Details after = details(saved);
        announce(id, accountId, "video.details", before, after);
        return new Saved(version(after));
    }

    /** Replaces the video's shot list, when every line is right and nobody saved since {@code version}. */
    @Transactional
    public Outcome editShots(long id, String version, List<ShotLine> lines, UUID accountId) {
        Optional<VideoAsset> found = assets.findById(id);
        if (found.isEmpty()) {
            return new Missing();
        }
        VideoAsset asset = found.get();
        List<ShotLine> before = currentShots(id).stream().map(ShotLine::of).toList();
        if (!version(before).equals(version)) {
            return new Conflict(version(before));
        }
        Optional<ProbeResult> probe = probe(asset);
        double duration = probe.map(p -> p.duration().toMillis() / 1000.0).orElse(0.0);
        double rate = probe.flatMap(ProbeResult::video).map(ProbeResult.VideoStream::framesPerSecond).orElse(0.0);
        List<Problem> problems = new ArrayList<>();
        List<Shot> parsed = new ArrayList<>();
        List<ShotLine> kept = lines.stream().filter(line -> !line.blank()).toList();
        if (kept.size() > MAX_SHOTS) {
            problems.add(new Problem("shots", 0, "video.edit.shots.too-many", List.of(MAX_SHOTS)));
        }
        for (int i = 0; i < kept.size() && problems.size() < 100; i++) {
            shot(kept.get(i), i + 1, duration, rate, problems).ifPresent(parsed::add);
        }
        if (!problems.isEmpty()) {
            return new Refused(problems);
        }
        shots.deleteAll(shots.findByAssetIdOrderByPosition(id));
        shots.flush();
        for (int i = 0; i < parsed.size(); i++) {
            shots.save(new VideoShot(id, i, parsed.get(i)));
        }
        asset.updatedAt = clock.instant();
        assets.saveAndFlush(asset);
        List<ShotLine> after = parsed.stream().map(ShotLine::of).toList();
        announce(id, accountId, "video.shots", before, after);
        return new Saved(version(after));
    }

    private Optional<Shot> shot(ShotLine line, int number, double duration, double rate, List<Problem> problems) {
        int before = problems.size();
        Double start = time(line.at(), "at", number, duration, rate, problems);
        Double end = line.to().isEmpty() ? null : time(line.to(), "to", number, duration, rate, problems);
        if (line.at().isEmpty()) {
            problems.add(new Problem("at", number, "video.edit.shot.at.required", List.of(number)));
        }
        if (start != null && end != null && end <= start) {
            problems.add(new Problem("to", number, "video.edit.shot.to.before", List.of(number, line.to(), line.at())));
        }
        Shot.Kind kind = Shot.Kind.SHOT;
        if (!line.kind().isEmpty()) {
            try {
                kind = Shot.Kind.valueOf(line.kind().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                problems.add(new Problem("kind", number, "video.edit.shot.kind", List.of(number)));
            }
        }
        if (line.text().isEmpty()) {
            problems.add(new Problem("text", number, "video.edit.shot.text.required", List.of(number)));
        } else if (line.text().length() > MAX_LINE) {
            problems.add(new Problem("text", number, "video.edit.shot.text.long", List.of(number, MAX_LINE)));
        }
        if (kind == Shot.Kind.SOUNDBITE && line.speaker().isEmpty()) {
            problems.add(new Problem("speaker", number, "video.edit.shot.speaker.required", List.of(number)));
        }
        if (line.speaker().length() > MAX_TITLE) {
            problems.add(new Problem("speaker", number, "video.edit.shot.speaker.long", List.of(number, MAX_TITLE)));
        }
        if (!line.language().isEmpty() && !LANGUAGE.matcher(line.language()).matches()) {
            problems.add(new Problem("language", number, "video.edit.shot.language", List.of(number, line.language())));
        }
        if (problems.size() > before || start == null) {
            return Optional.empty();
        }
        return Optional.of(new Shot(start, end, kind, line.text(), line.speaker(), line.language()));
    }

    private static Double time(String text, String field, int number, double duration, double rate, List<Problem> problems) {
        if (text.isEmpty()) {
            return null;
        }
        double seconds;
        try {
            seconds = Timecode.seconds(text, rate);
        } catch (IllegalArgumentException e) {
            problems.add(new Problem(field, number, "video.edit.shot.time.malformed", List.of(number, text)));
            return null;
        }
        if (duration > 0 && seconds > duration + 0.001) {
            problems.add(new Problem(field, number, "video.edit.shot.time.range",
                    List.of(number, text, Timecode.format(duration))));
            return null;
        }
        return seconds;
    }

    private static List<Problem> check(Details details, int audioTracks) {
        List<Problem> problems = new ArrayList<>();
        if (details.title().isEmpty()) {
            problems.add(new Problem("title", 0, "video.edit.title.required", List.of()));
        } else if (details.title().length() > MAX_TITLE) {
            problems.add(new Problem("title", 0, "video.edit.title.long", List.of(MAX_TITLE)));
        }
        if (details.summary().length() > MAX_SUMMARY) {
            problems.add(new Problem("summary", 0, "video.edit.summary.long", List.of(MAX_SUMMARY)));
        }
        if (details.location().length() > MAX_TITLE) {
            problems.add(new Problem("location", 0, "video.edit.location.long", List.of(MAX_TITLE)));
        }
        if (details.recordedOn() != null && (details.recordedOn().getYear() < 1900 || details.recordedOn().getYear() > 2999)) {
            problems.add(new Problem("recordedOn", 0, "video.edit.recorded.range", List.of()));
        }
        if (!List.of("PUBLIC", "ACCOUNT", "DISABLED").contains(details.download())) {
            problems.add(new Problem("download", 0, "video.edit.download", List.of()));
        }
        if (details.credit().length() > MAX_TITLE || details.restriction().length() > MAX_LINE) {
            problems.add(new Problem(details.credit().length() > MAX_TITLE ? "credit" : "restriction", 0, "video.edit.rights.long",
                    List.of(MAX_TITLE, MAX_LINE)));
        }
        List<String> languages = details.audioLanguages();
        if (!languages.isEmpty() && audioTracks >= 0 && languages.size() != audioTracks) {
            problems.add(new Problem("audioLanguages", 0, "video.edit.audio.count", List.of(audioTracks, languages.size())));
        }
        for (int i = 0; i < languages.size(); i++) {
            if (!LANGUAGE.matcher(languages.get(i)).matches()) {
                problems.add(new Problem("audioLanguages", i + 1, "video.edit.audio.language", List.of(i + 1, languages.get(i))));
            }
        }
        return problems;
    }

    private void announce(long id, UUID accountId, String action, Object before, Object after) {
        events.publishEvent(new VideoEdited(id, accountId, action, json.writeValueAsString(before),
                json.writeValueAsString(after), clock.instant()));
        events.publishEvent(SearchableChanged.of("video:" + id));
    }

    /** A form's version: the start of the SHA-256 of what it shows, as JSON. */
    private String version(Object shown) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(json.writeValueAsBytes(shown));
            return HexFormat.of().formatHex(digest, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private List<Shot> currentShots(long id) {
        return shots.findByAssetIdOrderByPosition(id).stream().map(VideoShot::value).toList();
    }

    private static Details details(VideoAsset asset) {
        return new Details(asset.title, asset.summary, asset.recordedOn, asset.location, asset.type,
                List.copyOf(asset.audioLanguages), asset.credit, asset.download, asset.restriction, asset.publish);
    }

    private Optional<ProbeResult> probe(VideoAsset asset) {
        if (asset.probe == null || asset.probe.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(json.readValue(asset.probe, ProbeResult.class));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    private static String strip(String text) {
        return text == null ? "" : text.strip();
    }

    /** A map of the problems by field and line, as a form shows them beside the fields. */
    public static Map<String, List<Problem>> byField(List<Problem> problems) {
        Map<String, List<Problem>> map = new LinkedHashMap<>();
        for (Problem problem : problems) {
            String key = problem.line() == 0 ? problem.field() : problem.field() + "." + problem.line();
            map.computeIfAbsent(key, k -> new ArrayList<>()).add(problem);
        }
        return map;
    }
}
