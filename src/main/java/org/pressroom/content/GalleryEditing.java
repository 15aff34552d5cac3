package org.pressroom.content;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creating and changing galleries: each language's title and description, the event, and the photos in the order
 * readers see them. A photo appears once; every photo named must exist. A save based on an older version than the
 * stored one is refused as a conflict, with the editor's values returned.
 */
@Service
public class GalleryEditing {

    /** The event, the photos in order, and each language version by its tag. */
    public record GalleryForm(Long eventId, List<Long> photoIds, Map<String, GalleryVersion> versions) {

        public GalleryForm {
            photoIds = photoIds == null ? List.of() : List.copyOf(photoIds);
            versions = versions == null ? Map.of() : new TreeMap<>(versions);
        }
    }

    /** One language version; a blank slug is made from the title. */
    public record GalleryVersion(String title, String slug, String description) {
    }

    private final GalleryRepository galleries;
    private final EditorialItems items;
    private final EditingChecks checks;
    private final Clock clock;

    GalleryEditing(GalleryRepository galleries, EditorialItems items, EditingChecks checks, Clock clock) {
        this.galleries = galleries;
        this.items = items;
        this.checks = checks;
        this.clock = clock;
    }

    /** A new draft. */
    public EditResult<GalleryForm> create(GalleryForm form, UUID accountId) {
        return checks.save(form, () -> {
            GalleryForm clean = check(form, null);
            Gallery gallery = new Gallery(clean.eventId(), clock.instant());
            gallery.status = PublicationStatus.DRAFT;
            gallery.publishedAt = null;
            apply(gallery, clean);
            galleries.save(gallery);
            return EditResult.saved(items.saved(gallery, "create", accountId, null), clean);
        }, () -> null);
    }

    /** Changes the gallery, if nobody saved it since {@code version} was loaded. */
    public EditResult<GalleryForm> update(long id, long version, GalleryForm form, UUID accountId) {
        ContentItem item = ContentItem.gallery(id);
        return checks.save(form, () -> {
            Gallery gallery = (Gallery) items.get(item);
            if (gallery.version != version) {
                throw new EditingChecks.Stale();
            }
            GalleryForm clean = check(form, id);
            String before = items.snapshot(gallery);
            apply(gallery, clean);
            gallery.updatedAt = clock.instant();
            return EditResult.saved(items.saved(gallery, "update", accountId, before), clean);
        }, () -> items.state(items.get(item)));
    }

    /** The gallery's values, for its edit page. */
    @Transactional(readOnly = true)
    public GalleryForm form(long id) {
        Gallery gallery = (Gallery) items.get(ContentItem.gallery(id));
        Map<String, GalleryVersion> versions = new LinkedHashMap<>();
        gallery.texts.values().forEach(t -> versions.put(t.lang, new GalleryVersion(t.title, t.slug, t.description)));
        return new GalleryForm(gallery.eventId, new ArrayList<>(gallery.photoIds), versions);
    }

    /** Where the gallery stands in the workflow. */
    @Transactional(readOnly = true)
    public ItemState state(long id) {
        return items.state(items.get(ContentItem.gallery(id)));
    }

    private GalleryForm check(GalleryForm form, Long self) {
        EditingChecks.Problems problems = checks.problems();
        problems.exists("eventId", "event", form.eventId());
        for (int i = 0; i < form.photoIds().size(); i++) {
            problems.exists("photoIds[" + (i + 1) + "]", "photo", form.photoIds().get(i));
        }
        if (new LinkedHashSet<>(form.photoIds()).size() != form.photoIds().size()) {
            problems.add("photoIds", "editorial.gallery.photo-twice");
        }
        if (form.versions().isEmpty()) {
            problems.add("versions", "editorial.versions.none");
        }
        Map<String, GalleryVersion> clean = new TreeMap<>();
        form.versions().forEach((lang, v) -> {
            String at = "versions." + lang + ".";
            problems.language(at + "lang", lang);
            problems.required(at + "title", v.title());
            boolean fits = problems.length(at + "title", v.title(), EditingChecks.TITLE_LENGTH)
                    & problems.length(at + "description", v.description(), EditingChecks.SHORT_LENGTH);
            String title = PastedText.clean(v.title());
            String slug = v.slug() == null || v.slug().isBlank() ? Slugs.of(title) : v.slug().strip();
            problems.slug(at + "slug", "gallery_text", lang, slug, self);
            if (fits) {
                clean.put(lang, new GalleryVersion(title, slug, PastedText.clean(v.description())));
            }
        });
        if (problems.any()) {
            throw new EditorialRefusal(problems.list);
        }
        return new GalleryForm(form.eventId(), form.photoIds(), clean);
    }

    private void apply(Gallery gallery, GalleryForm form) {
        gallery.eventId = form.eventId();
        // A new list is written whole (old rows deleted first): reordering in place would break (gallery, photo) uniqueness.
        gallery.photoIds = new ArrayList<>(form.photoIds());
        gallery.texts.keySet().removeIf(lang -> checks.removable(lang, form.versions().keySet()));
        form.versions().forEach((lang, v) -> {
            GalleryText text = gallery.texts.computeIfAbsent(lang, l -> new GalleryText(l, "", "", ""));
            text.title = v.title();
            text.slug = v.slug();
            text.description = v.description();
        });
    }
}
