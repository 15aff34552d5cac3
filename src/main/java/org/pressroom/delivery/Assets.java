package org.pressroom.delivery;

import java.util.List;
import java.util.Optional;

import org.pressroom.content.DownloadPolicy;
import org.pressroom.content.PhotoFiles;
import org.pressroom.media.VideoFiles;
import org.springframework.stereotype.Component;

/** Finds the videos (media) and photos (content) the downloads may offer, as {@link Asset}s. */
@Component
class Assets {

    private final VideoFiles videos;
    private final PhotoFiles photos;

    Assets(VideoFiles videos, PhotoFiles photos) {
        this.videos = videos;
        this.photos = photos;
    }

    /** The asset, if it is published; a photo's texts in the language asked for where it has them. */
    Optional<Asset> find(Asset.Type type, long id, String lang) {
        return switch (type) {
            case VIDEO -> videos.find(id).map(video -> video(video, lang));
            case PHOTO -> photos.find(id, lang).map(Assets::photo);
        };
    }

    private static Asset video(VideoFiles.Video video, String lang) {
        List<Asset.File> files = video.files().stream().map(file -> new Asset.File(file.name(), Asset.Kind.valueOf(file.kind().name()),
                file.extension(), file.contentType(), file.codecs(), file.width(), file.height(), file.frameRate(), file.language(),
                file.duration(), file.size(), file.sha256(), file.storageKey())).toList();
        return new Asset(Asset.Type.VIDEO, video.id(), video.title(), video.recordedOn() != null ? video.recordedOn()
                : video.ready() == null ? null : video.ready().atZone(java.time.ZoneOffset.UTC).toLocalDate(), video.credit(),
                Asset.Rights.valueOf(video.download().name()), video.restriction(), video.duration(),
                "/" + lang + "/videos/" + video.id() + "/downloads", files);
    }

    private static Asset photo(PhotoFiles.PhotoDownload photo) {
        PhotoFiles.HighResolution high = photo.high();
        String extension = "image/png".equals(high.contentType()) ? "png" : "jpg";
        Asset.File file = new Asset.File("high", Asset.Kind.PHOTO, extension, high.contentType(), extension.toUpperCase(java.util.Locale.ROOT),
                high.width(), high.height(), "", "", java.time.Duration.ZERO, high.size(), high.sha256(), high.storageKey());
        Asset.Rights rights = photo.download() == DownloadPolicy.PUBLIC ? Asset.Rights.PUBLIC
                : photo.download() == DownloadPolicy.ACCOUNT ? Asset.Rights.ACCOUNT : Asset.Rights.DISABLED;
        return new Asset(Asset.Type.PHOTO, photo.id(), photo.caption(), photo.taken(), photo.credit(), rights, photo.restriction(),
                java.time.Duration.ZERO, photo.pageUrl(), List.of(file));
    }
}
