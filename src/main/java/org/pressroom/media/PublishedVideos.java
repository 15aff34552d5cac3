package org.pressroom.media;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The videos the public may see (processed and meant to be published), as the pages show them: what they are,
 * what was read from the master, their shot list and captions, and where the player finds its files.
 */
@Service
@Transactional(readOnly = true)
public class PublishedVideos {

    private static final TypeReference<List<Loudness.TrackLoudness>> LOUDNESS = new TypeReference<>() {
    };

    private final VideoAssetRepository assets;
    private final VideoRenditionRepository renditions;
    private final VideoShotRepository shots;
    private final VideoCaptionRepository captions;
    private final JsonMapper json;
    private final java.time.Clock clock;

    PublishedVideos(VideoAssetRepository assets, VideoRenditionRepository renditions, VideoShotRepository shots,
                    VideoCaptionRepository captions, JsonMapper json, java.time.Clock clock) {
        this.clock = clock;
        this.assets = assets;
        this.renditions = renditions;
        this.shots = shots;
        this.captions = captions;
        this.json = json;
    }

    /**
     * A video as listed: enough for a card.
     *
     * @param poster the poster image's address
     */
    public record VideoCard(long id, String title, LocalDate recordedOn, Instant published, Duration duration, VideoType type,
                            String poster) {
    }

    /**
     * Where the player finds what it plays.
     *
     * @param hls the streaming preview's master playlist
     * @param mp4 the file played where streaming is not supported (the 720p MP4, or the nearest below)
     * @param storyboard the WebVTT track of storyboard thumbnails for scrubbing, or null
     * @param captions one track per language
     */
    public record Player(String poster, String hls, String mp4, String storyboard, List<CaptionTrack> captions) {
    }

    public record CaptionTrack(String language, String url) {
    }

    /** A published video, whole. */
    public record PublishedVideo(VideoCard card, String summary, String location, String eventReference, String credit,
                                 String download, String restriction, String container, long originalSize,
                                 ProbeResult probe, List<Loudness.TrackLoudness> loudness, List<Shot> shots, Player player) {
    }

    /** A page of published videos, newest first. */
    public record VideoList(List<VideoCard> videos, int page, int pages) {
    }

    public Optional<PublishedVideo> find(long id) {
        return assets.findById(id).filter(asset -> asset.published(clock.instant())).map(this::whole);
    }

    /** The published ones among these, in the order given; the others are left out. */
    public List<VideoCard> cards(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, VideoAsset> found = assets.findPublishedIn(ids, clock.instant()).stream()
                .collect(Collectors.toMap(asset -> asset.id, Function.identity()));
        return ids.stream().distinct().map(found::get).filter(java.util.Objects::nonNull).map(this::card).toList();
    }

    /** The ids of every published video, oldest first. */
    public List<Long> publishedIds() {
        return assets.findPublished(clock.instant(), org.springframework.data.domain.Pageable.unpaged(Sort.by("id")))
                .map(asset -> asset.id).getContent();
    }

    /** @param page from 1 */
    public VideoList latest(int page, int size) {
        var found = assets.findPublished(clock.instant(),
                PageRequest.of(Math.max(0, page - 1), size, Sort.by(Sort.Order.desc("readyAt"), Sort.Order.desc("id"))));
        return new VideoList(found.map(this::card).getContent(), page, Math.max(1, found.getTotalPages()));
    }

    private VideoCard card(VideoAsset asset) {
        return new VideoCard(asset.id, asset.title, asset.recordedOn, asset.readyAt, probe(asset).map(ProbeResult::duration).orElse(null),
                asset.type, base(asset.id) + "poster.jpg");
    }

    private PublishedVideo whole(VideoAsset asset) {
        List<VideoRendition> files = renditions.findByAssetIdOrderById(asset.id);
        String mp4 = files.stream().filter(r -> r.kind == PlannedRendition.Kind.MP4 && r.height > 0)
                .min(Comparator.comparingInt((VideoRendition r) -> r.height > 720 ? 1 : 0).thenComparingInt(r -> -r.height))
                .map(PublishedVideos::url).orElse(null);
        String storyboard = storyboard(files);
        List<CaptionTrack> tracks = captions.findByAssetIdOrderByLanguage(asset.id).stream()
                .map(c -> new CaptionTrack(c.language, base(asset.id) + "captions/" + c.language + ".vtt")).toList();
        Player player = new Player(base(asset.id) + "poster.jpg", base(asset.id) + "hls/master.m3u8", mp4, storyboard, tracks);
        List<Loudness.TrackLoudness> loudness = asset.loudness == null ? List.of() : json.readValue(asset.loudness, LOUDNESS);
        return new PublishedVideo(card(asset), asset.summary, asset.location, asset.eventReference, asset.credit,
                asset.download, asset.restriction, asset.container, asset.originalSize == null ? 0 : asset.originalSize,
                probe(asset).orElse(null), loudness, shots.findByAssetIdOrderByPosition(asset.id).stream().map(VideoShot::value).toList(),
                player);
    }

    private Optional<ProbeResult> probe(VideoAsset asset) {
        return asset.probe == null ? Optional.empty()
                : Optional.of(json.readValue(asset.probe, ProbeResult.class).withAudioLanguages(asset.audioLanguages));
    }

    static String base(long id) {
        return "/media/videos/" + id + "/";
    }

    /** The address of the storyboard's WebVTT track among a video's files, or null when it has none. */
    static String storyboard(List<VideoRendition> files) {
        return files.stream().filter(r -> r.kind == PlannedRendition.Kind.STORYBOARD && r.storageKey.endsWith(".vtt"))
                .findFirst().map(PublishedVideos::url).orElse(null);
    }

    private static String url(VideoRendition rendition) {
        return "/media/" + rendition.storageKey;
    }
}
