package org.pressroom.content;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;

import org.pressroom.media.PhotoMetadata;
import org.pressroom.media.PhotoRenditions;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Taking photos in and describing them. A file becomes a draft photo at once, its sizes made and its caption, credit,
 * photographer, date and place taken from what the file says (IPTC, XMP, EXIF), so that the editor only checks and
 * completes them; then each language's caption, text alternative and restriction note, the credit line, the rights
 * and the event are edited like any item: checked, with a conflict when someone else saved since.
 */
@Service
public class PhotoEditing {

    /** What is the same in every language, and each language version by its tag. */
    public record PhotoForm(Long eventId, Instant takenAt, String photographer, String credit, String place,
                            DownloadPolicy download, Map<String, PhotoVersion> versions) {

        public PhotoForm {
            versions = versions == null ? Map.of() : new TreeMap<>(versions);
        }
    }

    /** One language version; a blank slug is made from the caption. */
    public record PhotoVersion(String caption, String slug, String altText, String restriction) {
    }

    /** A photo to choose from (for a gallery), by its caption in the language asked for, else its first. */
    public record PhotoChoice(long id, String caption, PublicationStatus status) {
    }

    /** The small picture the back office shows of a photo, whatever its status. */
    public record Thumbnail(String storageKey, String contentType, String sha256) {
    }

    /** The most photos offered to choose from, newest first. */
    static final int CHOICES = 300;

    private final PhotoRepository photos;
    private final PhotoRenditions renditions;
    private final EditorialItems items;
    private final EditingChecks checks;
    private final Cards cards;
    private final TransactionTemplate transactions;
    private final Clock clock;

    PhotoEditing(PhotoRepository photos, PhotoRenditions renditions, EditorialItems items, EditingChecks checks, Cards cards,
                 PlatformTransactionManager transactions, Clock clock) {
        this.photos = photos;
        this.renditions = renditions;
        this.items = items;
        this.checks = checks;
        this.cards = cards;
        this.transactions = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    /**
     * Takes in the picture in {@code file} as a new draft photo, described in {@code lang} with what the file says.
     *
     * @throws PhotoRenditions.Refused when the file is not a picture this server takes (its reason says why)
     */
    public ItemState upload(Path file, String lang, UUID accountId) throws IOException {
        PhotoMetadata metadata = PhotoRenditions.metadata(file);
        Instant now = clock.instant();
        Instant taken = metadata.takenAt(cards.officeZone()).map(Instant::from).orElse(now);
        // What a file says may be longer than a field takes: cut, so that the editor's first save is not refused for it.
        String credit = line(first(metadata.credit(), metadata.photographer(), metadata.copyright()));
        String photographer = line(metadata.photographer());
        try {
            return transactions.execute(status -> {
                Photo photo = new Photo(null, taken, photographer, credit, DownloadPolicy.ACCOUNT, now);
                photo.status = PublicationStatus.DRAFT;
                photo.publishedAt = null;
                photo.place = line(metadata.place());
                photos.save(photo);
                PhotoRenditions.Ingested ingested;
                try {
                    ingested = renditions.ingest(file, "photos/" + photo.id);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                photo.width = ingested.width();
                photo.height = ingested.height();
                for (PhotoRenditions.Made made : ingested.renditions()) {
                    PhotoRendition.Kind kind = PhotoRendition.Kind.valueOf(made.size().name());
                    photo.renditions.put(kind, new PhotoRendition(kind, made.file().key(), "image/jpeg", made.width(),
                            made.height(), made.file().size(), made.file().sha256()));
                }
                String caption = first(metadata.caption(), metadata.headline());
                // The id makes the address free whatever the caption; the editor may change it.
                String slug = Slugs.of(caption.isEmpty() ? "photo" : caption);
                slug = slug.substring(0, Math.min(slug.length(), 60)).replaceAll("-+$", "") + "-" + photo.id;
                photo.texts.put(lang, new PhotoText(lang, caption, slug, ""));
                return items.saved(photo, "create", accountId, null);
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** Changes the photo's description, if nobody saved it since {@code version} was loaded. */
    public EditResult<PhotoForm> update(long id, long version, PhotoForm form, UUID accountId) {
        ContentItem item = ContentItem.photo(id);
        return checks.save(form, () -> {
            Photo photo = (Photo) items.get(item);
            if (photo.version != version) {
                throw new EditingChecks.Stale();
            }
            PhotoForm clean = check(form, id);
            String before = items.snapshot(photo);
            apply(photo, clean);
            photo.updatedAt = clock.instant();
            return EditResult.saved(items.saved(photo, "update", accountId, before), clean);
        }, () -> items.state(items.get(item)));
    }

    /** The photo's values, for its edit page. */
    @Transactional(readOnly = true)
    public PhotoForm form(long id) {
        Photo photo = (Photo) items.get(ContentItem.photo(id));
        Map<String, PhotoVersion> versions = new LinkedHashMap<>();
        photo.texts.values().forEach(t -> versions.put(t.lang, new PhotoVersion(t.caption, t.slug, t.altText, t.restriction)));
        return new PhotoForm(photo.eventId, photo.takenAt, photo.photographer, photo.credit, photo.place, photo.download, versions);
    }

    /** Where the photo stands in the workflow. */
    @Transactional(readOnly = true)
    public ItemState state(long id) {
        return items.state(items.get(ContentItem.photo(id)));
    }

    @Transactional(readOnly = true)
    public Optional<Thumbnail> thumbnail(long id) {
        return photos.findById(id).map(photo -> photo.renditions.get(PhotoRendition.Kind.THUMBNAIL))
                .map(r -> new Thumbnail(r.storageKey, r.contentType, r.sha256));
    }

    /** The newest photos, whatever their status, to choose from. */
    @Transactional(readOnly = true)
    public List<PhotoChoice> choices(String lang) {
        return photos.findAll(PageRequest.of(0, CHOICES, Sort.by(Sort.Direction.DESC, "id"))).stream()
                .map(photo -> new PhotoChoice(photo.id, caption(photo, lang), photo.status)).toList();
    }

    static String caption(Photo photo, String lang) {
        PhotoText text = Optional.ofNullable(photo.texts.get(lang))
                .orElseGet(() -> photo.texts.values().stream().min(java.util.Comparator.comparing(t -> t.lang)).orElse(null));
        return text == null ? "" : text.caption;
    }

    private PhotoForm check(PhotoForm form, Long self) {
        EditingChecks.Problems problems = checks.problems();
        if (form.takenAt() == null) {
            problems.add("takenAt", "editorial.required");
        }
        if (form.download() == null) {
            problems.add("download", "editorial.required");
        }
        problems.required("credit", form.credit());
        problems.length("credit", form.credit(), EditingChecks.TITLE_LENGTH);
        problems.length("photographer", form.photographer(), EditingChecks.TITLE_LENGTH);
        problems.length("place", form.place(), EditingChecks.TITLE_LENGTH);
        problems.exists("eventId", "event", form.eventId());
        if (form.versions().isEmpty()) {
            problems.add("versions", "editorial.versions.none");
        }
        Map<String, PhotoVersion> clean = new TreeMap<>();
        form.versions().forEach((lang, v) -> {
            String at = "versions." + lang + ".";
            problems.language(at + "lang", lang);
            problems.required(at + "caption", v.caption());
            boolean fits = problems.length(at + "caption", v.caption(), EditingChecks.SHORT_LENGTH)
                    & problems.length(at + "altText", v.altText(), EditingChecks.SHORT_LENGTH)
                    & problems.length(at + "restriction", v.restriction(), EditingChecks.SHORT_LENGTH);
            String caption = PastedText.clean(v.caption());
            String slug = v.slug() == null || v.slug().isBlank() ? Slugs.of(caption) : v.slug().strip();
            problems.slug(at + "slug", "photo_text", lang, slug, self);
            if (fits) {
                clean.put(lang, new PhotoVersion(caption, slug, PastedText.clean(v.altText()), PastedText.clean(v.restriction())));
            }
        });
        if (problems.any()) {
            throw new EditorialRefusal(problems.list);
        }
        return new PhotoForm(form.eventId(), form.takenAt(), PastedText.clean(form.photographer()), PastedText.clean(form.credit()),
                PastedText.clean(form.place()), form.download(), clean);
    }

    private void apply(Photo photo, PhotoForm form) {
        photo.eventId = form.eventId();
        photo.takenAt = form.takenAt();
        photo.photographer = form.photographer();
        photo.credit = form.credit();
        photo.place = form.place();
        photo.download = form.download();
        photo.texts.keySet().removeIf(lang -> checks.removable(lang, form.versions().keySet()));
        form.versions().forEach((lang, v) -> {
            PhotoText text = photo.texts.computeIfAbsent(lang, l -> new PhotoText(l, "", "", ""));
            text.caption = v.caption();
            text.slug = v.slug();
            text.altText = v.altText();
            text.restriction = v.restriction();
        });
    }

    /** Cleaned, and cut at a space to fit {@link EditingChecks#TITLE_LENGTH}. */
    static String line(String value) {
        String clean = value == null ? "" : PastedText.clean(value).replaceAll("[\\s\\p{Z}]+", " ").strip();
        if (clean.length() <= EditingChecks.TITLE_LENGTH) {
            return clean;
        }
        int space = clean.lastIndexOf(' ', EditingChecks.TITLE_LENGTH - 1);
        return (space > EditingChecks.TITLE_LENGTH / 2 ? clean.substring(0, space) : clean.substring(0, EditingChecks.TITLE_LENGTH - 1)).strip() + "…";
    }

    private static String first(String... candidates) {
        for (String candidate : candidates) {
            if (candidate != null && !candidate.isBlank()) {
                return candidate.strip();
            }
        }
        return "";
    }
}
