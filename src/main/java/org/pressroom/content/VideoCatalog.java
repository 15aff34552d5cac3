package org.pressroom.content;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.pressroom.content.Views.EventCard;
import org.pressroom.content.Views.VideoLink;
import org.pressroom.media.Loudness;
import org.pressroom.media.ProbeResult;
import org.pressroom.media.PublishedVideos;
import org.pressroom.media.PublishedVideos.PublishedVideo;
import org.pressroom.media.Shot;
import org.pressroom.site.SiteLanguages;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Published videos as the public pages show them: the video with what a broadcaster's technician checks
 * (read from the master), its shot list, and the programme items of events it covers.
 */
@Component
@Transactional(readOnly = true)
class VideoCatalog {

    private final PublishedVideos videos;
    private final ProgrammeItemRepository programme;
    private final EventRepository events;
    private final Cards cards;
    private final SiteLanguages languages;
    private final Clock clock;

    VideoCatalog(PublishedVideos videos, ProgrammeItemRepository programme, EventRepository events, Cards cards,
                 SiteLanguages languages, Clock clock) {
        this.languages = languages;
        this.videos = videos;
        this.programme = programme;
        this.events = events;
        this.cards = cards;
        this.clock = clock;
    }

    /** Where a video was filmed in an event's programme. */
    record Coverage(EventCard event, String item, int day, String url) {
    }

    /** What was read from the master, written as a technician reads it. */
    record Technical(String container, String duration, String video, String resolution, String frameRate, String scan,
                     String bitRate, String timecode, long originalSize) {
    }

    /** An audio track of the master, and its loudness when measured. */
    record AudioTrack(int number, String language, String codec, String channels, String sampleRate, String loudness,
                      String truePeak, String range) {
    }

    record ShotLine(double start, String timecode, Shot.Kind kind, String description, String speaker, String language) {
    }

    /** Captions for the player, labelled in the reader's language. */
    record CaptionTrack(String language, String label, String url) {
    }

    record VideoPage(VideoLink link, PublishedVideo video, Technical technical, List<AudioTrack> audio, List<ShotLine> shots,
                     List<CaptionTrack> captions, List<Coverage> coverage, Map<String, String> translations) {
    }

    record VideoList(List<VideoLink> videos, int page, int pages) {
    }

    VideoList latest(String lang, int page, int size) {
        PublishedVideos.VideoList found = videos.latest(page, size);
        return new VideoList(found.videos().stream().map(card -> Cards.videoLink(card, lang)).toList(), found.page(), found.pages());
    }

    Lookup<VideoPage> video(String lang, long id, String slug) {
        PublishedVideo video = videos.find(id).orElse(null);
        if (video == null) {
            return Lookup.missing();
        }
        VideoLink link = Cards.videoLink(video.card(), lang);
        if (!link.url().endsWith("/" + id + "-" + slug)) {
            return Lookup.moved(link.url());
        }
        Locale reader = Locale.forLanguageTag(lang);
        Map<String, String> translations = new java.util.LinkedHashMap<>();
        for (Locale other : languages.supported()) {
            translations.put(other.getLanguage(), Cards.videoUrl(id, video.card().title(), other.getLanguage()));
        }
        return Lookup.found(new VideoPage(link, video, technical(video), audio(video, reader),
                video.shots().stream().map(shot -> new ShotLine(shot.start(), shot.timecode(), shot.kind(), shot.description(),
                        shot.speaker(), shot.language().isEmpty() ? "" : languageName(shot.language(), reader))).toList(),
                video.player().captions().stream().map(caption -> new CaptionTrack(caption.language(),
                        languageName(caption.language(), reader), caption.url())).toList(),
                coverage(id, lang), translations));
    }

    private List<Coverage> coverage(long id, String lang) {
        Instant now = clock.instant();
        List<Coverage> found = new ArrayList<>();
        for (ProgrammeItem item : programme.findCovering(id)) {
            ProgrammeItemText text = item.texts.get(lang);
            events.findPublic(item.eventId, now).flatMap(event -> cards.event(event, lang, now)).ifPresent(event ->
                    found.add(new Coverage(event, text == null ? "" : text.title, item.day,
                            event.url() + (event.oneDay() ? "" : "?day=" + item.day))));
        }
        return found;
    }

    private static Technical technical(PublishedVideo video) {
        ProbeResult probe = video.probe();
        if (probe == null) {
            return null;
        }
        ProbeResult.VideoStream picture = probe.video().orElse(null);
        return new Technical(video.container(), Cards.duration(probe.duration()),
                picture == null ? "" : (picture.codec() + (picture.profile().isEmpty() ? "" : " " + picture.profile())),
                picture == null ? "" : picture.width() + " × " + picture.height()
                        + ("1:1".equals(picture.sampleAspectRatio()) || picture.sampleAspectRatio().isEmpty() ? ""
                        : " (SAR " + picture.sampleAspectRatio() + ")"),
                picture == null ? "" : String.format(Locale.ROOT, "%s (%.3f fps)", picture.frameRate(), picture.framesPerSecond())
                        .replace(".000 fps", " fps"),
                picture == null ? "UNKNOWN" : picture.scanType().name(),
                probe.bitRate() <= 0 ? "" : String.format(Locale.ROOT, "%.1f Mb/s", probe.bitRate() / 1_000_000.0),
                probe.timecode().orElse(""), video.originalSize());
    }

    private static List<AudioTrack> audio(PublishedVideo video, Locale reader) {
        if (video.probe() == null) {
            return List.of();
        }
        List<AudioTrack> tracks = new ArrayList<>();
        for (ProbeResult.AudioTrack track : video.probe().audio()) {
            Loudness.TrackLoudness measured = video.loudness().stream().filter(l -> l.track().position() == track.position())
                    .findFirst().orElse(null);
            tracks.add(new AudioTrack(track.position() + 1, languageName(track.language(), reader), track.codec(),
                    track.channels() + (track.channelLayout().isEmpty() ? "" : " (" + track.channelLayout() + ")"),
                    String.format(Locale.ROOT, "%.1f kHz", track.sampleRate() / 1000.0),
                    measured == null ? "" : String.format(Locale.ROOT, "%.1f LUFS", measured.integrated()),
                    measured == null ? "" : String.format(Locale.ROOT, "%.1f dBTP", measured.truePeak()),
                    measured == null ? "" : String.format(Locale.ROOT, "%.1f LU", measured.range())));
        }
        return tracks;
    }

    /** ISO 639-2 codes (terminology and bibliographic, as media files carry them) to the two-letter ones. */
    private static final Map<String, String> TWO_LETTERS = twoLetters();

    private static Map<String, String> twoLetters() {
        Map<String, String> codes = new java.util.HashMap<>();
        for (String two : Locale.getISOLanguages()) {
            try {
                codes.put(Locale.forLanguageTag(two).getISO3Language(), two);
            } catch (java.util.MissingResourceException e) {
                // No three-letter code for this language: files cannot name it that way.
            }
        }
        String[] bibliographic = {"alb", "sq", "arm", "hy", "baq", "eu", "bur", "my", "chi", "zh", "cze", "cs", "dut", "nl",
                "fre", "fr", "geo", "ka", "ger", "de", "gre", "el", "ice", "is", "mac", "mk", "mao", "mi", "may", "ms", "per", "fa",
                "rum", "ro", "slo", "sk", "tib", "bo", "wel", "cy"};
        for (int i = 0; i < bibliographic.length; i += 2) {
            codes.put(bibliographic[i], bibliographic[i + 1]);
        }
        return Map.copyOf(codes);
    }

    /** A language tag (ISO 639-1 or -2) named in the reader's language; the tag itself when unknown. */
    static String languageName(String tag, Locale reader) {
        if (tag == null || tag.isBlank() || "und".equals(tag)) {
            return "";
        }
        String language = tag.toLowerCase(Locale.ROOT).split("-")[0];
        String name = Locale.forLanguageTag(TWO_LETTERS.getOrDefault(language, language)).getDisplayLanguage(reader);
        return name.isBlank() || name.equalsIgnoreCase(tag) ? tag : name.substring(0, 1).toUpperCase(reader) + name.substring(1);
    }
}
