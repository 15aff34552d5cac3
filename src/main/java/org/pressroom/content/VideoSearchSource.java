package org.pressroom.content;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;

import org.pressroom.media.PublishedVideos;
import org.pressroom.media.PublishedVideos.PublishedVideo;
import org.pressroom.media.Shot;
import org.pressroom.search.ResultType;
import org.pressroom.search.SearchSource;
import org.pressroom.search.Searchable;
import org.pressroom.site.SiteLanguages;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What search finds of published videos: title, summary and place, and every line of the shot list as a passage
 * opening the player at its second ({@code #t=<seconds>}); the event is the one whose programme the video covers.
 * A video's words are in one language, so each site language gets the same words under its own address.
 */
@Component
class VideoSearchSource implements SearchSource {

    static final String VIDEO = "video:";

    private final PublishedVideos videos;
    private final ProgrammeItemRepository programme;
    private final EventRepository events;
    private final SiteLanguages languages;
    private final Clock clock;
    private final TransactionTemplate reads;

    VideoSearchSource(PublishedVideos videos, ProgrammeItemRepository programme, EventRepository events, SiteLanguages languages,
                      Clock clock, PlatformTransactionManager transactions) {
        this.videos = videos;
        this.programme = programme;
        this.events = events;
        this.languages = languages;
        this.clock = clock;
        this.reads = new TransactionTemplate(transactions);
        // Called after other transactions have committed, from their synchronisations: always a transaction of its own.
        this.reads.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.reads.setReadOnly(true);
    }

    @Override
    public Set<String> kinds() {
        return Set.of("video");
    }

    @Override
    public void all(Consumer<Searchable> sink) {
        List<Long> ids = reads.execute(status -> videos.publishedIds());
        for (int from = 0; from < ids.size(); from += 200) {
            find(ids.subList(from, Math.min(ids.size(), from + 200)).stream().map(id -> VIDEO + id).toList()).forEach(sink);
        }
    }

    @Override
    public List<Searchable> find(Collection<String> items) {
        return reads.execute(status -> {
            List<Searchable> found = new ArrayList<>();
            for (String item : items) {
                String id = item.startsWith(VIDEO) ? item.substring(VIDEO.length()) : "";
                if (id.matches("\\d{1,18}")) {
                    videos.find(Long.parseLong(id)).ifPresent(video -> found.addAll(versions(video)));
                }
            }
            return found;
        });
    }

    private List<Searchable> versions(PublishedVideo video) {
        long id = video.card().id();
        Event event = programme.findCovering(id).stream().findFirst()
                .flatMap(item -> events.findPublic(item.eventId, clock.instant())).orElse(null);
        List<Searchable.Part> parts = video.shots().stream()
                .map(shot -> Searchable.Part.at((long) Math.floor(shot.start()), name(shot.speaker()), shot.description())).toList();
        List<String> speakers = video.shots().stream().filter(shot -> shot.kind() == Shot.Kind.SOUNDBITE)
                .map(shot -> name(shot.speaker())).filter(name -> name != null).toList();
        LocalDate date = video.card().recordedOn() != null ? video.card().recordedOn()
                : video.card().published().atZone(ZoneOffset.UTC).toLocalDate();
        List<Searchable> versions = new ArrayList<>();
        for (Locale locale : languages.supported()) {
            String lang = locale.getLanguage();
            versions.add(new Searchable(VIDEO + id, lang, ResultType.VIDEO, video.card().title(), video.summary(),
                    video.location(), parts, Cards.videoUrl(id, video.card().title(), lang), video.card().poster(), date,
                    video.card().published(), event == null ? null : event.id, event == null ? null : event.country, speakers));
        }
        return versions;
    }

    /** A speaker as a shot list writes them (a name, a comma, a role), reduced to the name. */
    private static String name(String speaker) {
        if (speaker == null || speaker.isBlank()) {
            return null;
        }
        int comma = speaker.indexOf(',');
        return (comma < 0 ? speaker : speaker.substring(0, comma)).strip();
    }
}
