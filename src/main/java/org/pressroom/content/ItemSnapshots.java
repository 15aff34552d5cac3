package org.pressroom.content;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * An item as JSON, for revisions and the audit log: what is the same in every language, its workflow state, and
 * each language version (an event with its programme, a transcript with its turns). Times are ISO-8601 text.
 * {@link #restore} puts a snapshot's content back on an item, leaving its workflow state as it is now.
 */
@Component
class ItemSnapshots {

    private final ProgrammeItemRepository programme;
    private final JsonMapper json;

    ItemSnapshots(ProgrammeItemRepository programme, JsonMapper json) {
        this.programme = programme;
        this.json = json;
    }

    String json(Publishable item) {
        return json.writeValueAsString(of(item));
    }

    JsonNode tree(String snapshot) {
        return json.readTree(snapshot);
    }

    Map<String, Object> of(Publishable item) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("status", item.status.name());
        map.put("publishedAt", text(item.publishedAt));
        map.put("embargoUntil", text(item.embargoUntil));
        map.put("updatedAt", text(item.updatedAt));
        if (item instanceof Article a) {
            map.put("type", a.type.name());
            map.put("number", Cards.number(a));
            map.put("eventId", a.eventId);
            map.put("leadPhotoId", a.leadPhotoId);
            map.put("accreditationDeadline", text(a.accreditationDeadline));
            map.put("texts", sorted(a.texts, t -> ordered("title", t.title, "slug", t.slug, "lead", t.lead, "body", t.body,
                    "advisoryGeneral", t.advisoryGeneral, "advisoryProgramme", t.advisoryProgramme, "advisoryAccess", t.advisoryAccess,
                    "advisoryAccreditation", t.advisoryAccreditation)));
        } else if (item instanceof Event e) {
            map.put("startsOn", text(e.startsOn));
            map.put("endsOn", text(e.endsOn));
            map.put("timeZone", e.timeZone);
            map.put("country", e.country);
            map.put("cancelled", e.cancelled);
            map.put("texts", sorted(e.texts, t -> ordered("title", t.title, "slug", t.slug, "venue", t.venue, "city", t.city,
                    "description", t.description)));
            List<Map<String, Object>> items = new ArrayList<>();
            if (e.id != null) {
                for (ProgrammeItem p : programme.findByEventIdOrderByDayAscStartsAtAscPositionAsc(e.id)) {
                    Map<String, Object> entry = ordered("id", p.id, "day", p.day, "startsAt", text(p.startsAt), "endsAt", text(p.endsAt),
                            "room", p.room, "access", p.access.name(), "coverage", p.coverage.name(), "languages", List.copyOf(p.languages),
                            "position", p.position);
                    entry.put("titles", sorted(p.texts, t -> t.title));
                    entry.put("transcripts", List.copyOf(p.transcriptIds));
                    entry.put("photos", List.copyOf(p.photoIds));
                    entry.put("videos", List.copyOf(p.videoIds));
                    items.add(entry);
                }
            }
            map.put("programme", items);
        } else if (item instanceof Transcript x) {
            map.put("type", x.type.name());
            map.put("eventId", x.eventId);
            map.put("deliveredAt", text(x.deliveredAt));
            map.put("delivery", x.delivery.name());
            map.put("originalLang", x.originalLang);
            map.put("texts", sorted(x.texts, t -> {
                List<Map<String, Object>> turns = t.turns.stream()
                        .map(u -> ordered("question", u.question, "speaker", u.speaker, "text", u.text)).toList();
                return ordered("title", t.title, "slug", t.slug, "speakers", List.copyOf(t.speakers), "turns", turns);
            }));
        } else if (item instanceof Photo p) {
            map.put("eventId", p.eventId);
            map.put("takenAt", text(p.takenAt));
            map.put("photographer", p.photographer);
            map.put("credit", p.credit);
            map.put("place", p.place);
            map.put("download", p.download.name());
            map.put("texts", sorted(p.texts, t -> ordered("caption", t.caption, "slug", t.slug, "restriction", t.restriction,
                    "altText", t.altText)));
        } else if (item instanceof Gallery g) {
            map.put("eventId", g.eventId);
            map.put("photos", List.copyOf(g.photoIds));
            map.put("texts", sorted(g.texts, t -> ordered("title", t.title, "slug", t.slug, "description", t.description)));
        }
        return map;
    }

    /** Puts the snapshot's content (not its status, publication time or embargo) back on the item. */
    void restore(Publishable item, JsonNode snapshot) {
        JsonNode texts = snapshot.path("texts");
        if (item instanceof Article a) {
            a.type = ArticleType.valueOf(snapshot.path("type").asString());
            a.eventId = id(snapshot.get("eventId"));
            a.leadPhotoId = id(snapshot.get("leadPhotoId"));
            a.accreditationDeadline = instant(snapshot.get("accreditationDeadline"));
            keepOnly(a.texts, texts);
            texts.properties().forEach(entry -> {
                JsonNode t = entry.getValue();
                ArticleText text = a.texts.computeIfAbsent(entry.getKey(), lang -> new ArticleText(lang, "", "", "", ""));
                text.title = t.path("title").asString();
                text.slug = t.path("slug").asString();
                text.lead = t.path("lead").asString();
                text.body = t.path("body").asString();
                text.advisoryGeneral = t.path("advisoryGeneral").asString();
                text.advisoryProgramme = t.path("advisoryProgramme").asString();
                text.advisoryAccess = t.path("advisoryAccess").asString();
                text.advisoryAccreditation = t.path("advisoryAccreditation").asString();
            });
        } else if (item instanceof Event e) {
            e.startsOn = LocalDate.parse(snapshot.path("startsOn").asString());
            e.endsOn = LocalDate.parse(snapshot.path("endsOn").asString());
            e.timeZone = snapshot.path("timeZone").asString();
            e.country = snapshot.path("country").asString();
            e.cancelled = snapshot.path("cancelled").asBoolean();
            keepOnly(e.texts, texts);
            texts.properties().forEach(entry -> {
                JsonNode t = entry.getValue();
                EventText text = e.texts.computeIfAbsent(entry.getKey(), lang -> new EventText(lang, "", "", "", "", ""));
                text.title = t.path("title").asString();
                text.slug = t.path("slug").asString();
                text.venue = t.path("venue").asString();
                text.city = t.path("city").asString();
                text.description = t.path("description").asString();
            });
            restoreProgramme(e, snapshot.path("programme"));
        } else if (item instanceof Transcript x) {
            x.type = TranscriptType.valueOf(snapshot.path("type").asString());
            x.eventId = id(snapshot.get("eventId"));
            x.deliveredAt = instant(snapshot.get("deliveredAt"));
            x.delivery = TranscriptDelivery.valueOf(snapshot.path("delivery").asString());
            x.originalLang = snapshot.path("originalLang").asString();
            keepOnly(x.texts, texts);
            texts.properties().forEach(entry -> {
                JsonNode t = entry.getValue();
                TranscriptText text = x.texts.computeIfAbsent(entry.getKey(), lang -> new TranscriptText(lang, "", "", List.of()));
                text.title = t.path("title").asString();
                text.slug = t.path("slug").asString();
                text.speakers = strings(t.path("speakers"));
                List<TranscriptTurn> turns = new ArrayList<>();
                t.path("turns").forEach(u -> turns.add(new TranscriptTurn(turns.size() + 1, u.path("question").asBoolean(),
                        u.path("speaker").asString(), u.path("text").asString())));
                TranscriptEditing.replaceTurns(text, turns);
            });
        } else if (item instanceof Photo p) {
            p.eventId = id(snapshot.get("eventId"));
            p.takenAt = instant(snapshot.get("takenAt"));
            p.photographer = snapshot.path("photographer").asString();
            p.credit = snapshot.path("credit").asString();
            p.place = snapshot.path("place").asString("");
            p.download = DownloadPolicy.valueOf(snapshot.path("download").asString());
            keepOnly(p.texts, texts);
            texts.properties().forEach(entry -> {
                JsonNode t = entry.getValue();
                PhotoText text = p.texts.computeIfAbsent(entry.getKey(), lang -> new PhotoText(lang, "", "", ""));
                text.caption = t.path("caption").asString();
                text.slug = t.path("slug").asString();
                text.restriction = t.path("restriction").asString();
                text.altText = t.path("altText").asString("");
            });
        } else if (item instanceof Gallery g) {
            g.eventId = id(snapshot.get("eventId"));
            g.photoIds.clear();
            snapshot.path("photos").forEach(id -> g.photoIds.add(id.asLong()));
            keepOnly(g.texts, texts);
            texts.properties().forEach(entry -> {
                JsonNode t = entry.getValue();
                GalleryText text = g.texts.computeIfAbsent(entry.getKey(), lang -> new GalleryText(lang, "", "", ""));
                text.title = t.path("title").asString();
                text.slug = t.path("slug").asString();
                text.description = t.path("description").asString();
            });
        }
    }

    /** Items still there are changed in place, removed ones come back as new items, later ones go. */
    private void restoreProgramme(Event event, JsonNode snapshot) {
        Map<Long, ProgrammeItem> current = new HashMap<>();
        programme.findByEventIdOrderByDayAscStartsAtAscPositionAsc(event.id).forEach(p -> current.put(p.id, p));
        Set<Long> kept = new HashSet<>();
        for (JsonNode entry : snapshot) {
            long id = entry.path("id").asLong();
            ProgrammeItem item = current.get(id);
            if (item == null) {
                item = new ProgrammeItem(event.id, 1, LocalTime.NOON, null, "", Access.ACCREDITED, Coverage.NONE, List.of());
            } else {
                kept.add(id);
            }
            item.day = entry.path("day").asInt();
            item.startsAt = LocalTime.parse(entry.path("startsAt").asString());
            item.endsAt = entry.path("endsAt").isNull() || entry.path("endsAt").isMissingNode() ? null
                    : LocalTime.parse(entry.path("endsAt").asString());
            item.room = entry.path("room").asString();
            item.access = Access.valueOf(entry.path("access").asString());
            item.coverage = Coverage.valueOf(entry.path("coverage").asString());
            item.languages = new ArrayList<>(strings(entry.path("languages")));
            item.position = entry.path("position").asInt();
            Map<String, ProgrammeItemText> titles = item.texts;
            JsonNode wanted = entry.path("titles");
            keepOnly(titles, wanted);
            wanted.properties().forEach(title -> titles.computeIfAbsent(title.getKey(), lang -> new ProgrammeItemText(lang, "")).title
                    = title.getValue().asString());
            item.transcriptIds.clear();
            for (JsonNode n : entry.path("transcripts")) {
                item.transcriptIds.add(n.asLong());
            }
            item.photoIds.clear();
            for (JsonNode n : entry.path("photos")) {
                item.photoIds.add(n.asLong());
            }
            item.videoIds.clear();
            for (JsonNode n : entry.path("videos")) {
                item.videoIds.add(n.asLong());
            }
            programme.save(item);
        }
        current.values().stream().filter(p -> !kept.contains(p.id)).forEach(programme::delete);
    }

    private static <T> void keepOnly(Map<String, T> texts, JsonNode wanted) {
        for (Iterator<String> langs = texts.keySet().iterator(); langs.hasNext(); ) {
            if (!wanted.has(langs.next())) {
                langs.remove();
            }
        }
    }

    private static <T> Map<String, Object> sorted(Map<String, T> texts, java.util.function.Function<T, Object> value) {
        Map<String, Object> map = new TreeMap<>();
        texts.forEach((lang, text) -> map.put(lang, value.apply(text)));
        return map;
    }

    private static Map<String, Object> ordered(Object... pairs) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], pairs[i + 1]);
        }
        return map;
    }

    private static List<String> strings(JsonNode array) {
        List<String> list = new ArrayList<>();
        array.forEach(n -> list.add(n.asString()));
        return list;
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }

    private static Long id(JsonNode node) {
        return node == null || node.isNull() ? null : node.asLong();
    }

    private static Instant instant(JsonNode node) {
        return node == null || node.isNull() ? null : Instant.parse(node.asString());
    }
}
