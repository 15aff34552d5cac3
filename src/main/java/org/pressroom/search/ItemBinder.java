package org.pressroom.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.hibernate.search.engine.backend.document.DocumentElement;
import org.hibernate.search.engine.backend.document.IndexFieldReference;
import org.hibernate.search.engine.backend.document.model.dsl.IndexSchemaElement;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Highlightable;
import org.hibernate.search.engine.backend.types.Norms;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.Searchable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.engine.backend.types.TermVector;
import org.hibernate.search.mapper.pojo.bridge.TypeBridge;
import org.hibernate.search.mapper.pojo.bridge.binding.TypeBindingContext;
import org.hibernate.search.mapper.pojo.bridge.mapping.programmatic.TypeBinder;
import org.hibernate.search.mapper.pojo.bridge.runtime.TypeBridgeWriteContext;

/**
 * The fields of an item document. Words go into fields per language ({@code title_en}, {@code text_fr}...),
 * each read with its language's analyser; what readers filter and count on goes into keyword and date
 * fields; what results show is stored as is.
 */
final class ItemBinder implements TypeBinder {

    static final String TYPE = "type";
    static final String LANGS = "langs";
    static final String VISIBLE_FROM = "visible_from";
    static final String DATE = "date";
    static final String EVENT = "event";
    static final String COUNTRY = "country";
    static final String SPEAKER = "speaker";
    static final String SPEAKER_KEY = "speaker_key";
    static final String THUMBNAIL = "thumbnail";

    /** How much of the text results show when nothing in it was highlighted. */
    static final int SUMMARY_LENGTH = 240;

    private final List<String> languages;

    ItemBinder(List<String> languages) {
        this.languages = List.copyOf(languages);
    }

    static String title(String lang) {
        return "title_" + lang;
    }

    static String text(String lang) {
        return "text_" + lang;
    }

    static String parts(String lang) {
        return "parts_" + lang;
    }

    static String names(String lang) {
        return "names_" + lang;
    }

    static String url(String lang) {
        return "url_" + lang;
    }

    static String summary(String lang) {
        return "summary_" + lang;
    }

    static String anchors(String lang) {
        return "anchors_" + lang;
    }

    @Override
    public void bind(TypeBindingContext context) {
        context.dependencies().useRootOnly();
        IndexSchemaElement schema = context.indexSchemaElement();
        Fields fields = new Fields();
        fields.type = schema.field(TYPE, f -> f.asString().aggregable(Aggregable.YES).projectable(Projectable.YES).norms(Norms.NO)).toReference();
        fields.langs = schema.field(LANGS, f -> f.asString().aggregable(Aggregable.YES).projectable(Projectable.YES).norms(Norms.NO)).multiValued().toReference();
        // Projectable: a search without words keeps its counts until the next embargoed item's time (Searcher).
        fields.visibleFrom = schema.field(VISIBLE_FROM, f -> f.asInstant().sortable(Sortable.YES).projectable(Projectable.YES)).toReference();
        fields.date = schema.field(DATE, f -> f.asLocalDate().sortable(Sortable.YES).aggregable(Aggregable.YES).projectable(Projectable.YES)).toReference();
        // A number, not a keyword: counting thousands of events by number costs far less than by text.
        fields.event = schema.field(EVENT, f -> f.asLong().aggregable(Aggregable.YES).projectable(Projectable.YES)).toReference();
        fields.country = schema.field(COUNTRY, f -> f.asString().aggregable(Aggregable.YES).projectable(Projectable.YES).norms(Norms.NO)).toReference();
        fields.speaker = schema.field(SPEAKER, f -> f.asString().aggregable(Aggregable.YES).norms(Norms.NO)).multiValued().toReference();
        fields.speakerKey = schema.field(SPEAKER_KEY, f -> f.asString().normalizer(Analysers.FOLDED_KEYWORD).norms(Norms.NO)).multiValued().toReference();
        fields.thumbnail = stored(schema, THUMBNAIL, false);
        for (String lang : languages) {
            String analyser = Analysers.forLanguage(lang);
            fields.titles.put(lang, schema.field(title(lang), f -> words(f.asString(), analyser).projectable(Projectable.YES)).toReference());
            // Projectable: the page's results are highlighted from the text the search loads anyway (Searcher).
            fields.texts.put(lang, schema.field(text(lang), f -> words(f.asString(), analyser).projectable(Projectable.YES)).toReference());
            fields.parts.put(lang, schema.field(parts(lang), f -> words(f.asString(), analyser).projectable(Projectable.YES)).multiValued().toReference());
            fields.names.put(lang, schema.field(names(lang), f -> f.asString().analyzer(analyser)).toReference());
            fields.urls.put(lang, stored(schema, url(lang), false));
            fields.summaries.put(lang, stored(schema, summary(lang), false));
            fields.anchors.put(lang, stored(schema, anchors(lang), true));
        }
        context.bridge(IndexedItem.class, new Bridge(fields));
    }

    /** Words to find and to highlight: positions and offsets kept, so highlighting need not analyse again. */
    private static org.hibernate.search.engine.backend.types.dsl.StringIndexFieldTypeOptionsStep<?> words(
            org.hibernate.search.engine.backend.types.dsl.StringIndexFieldTypeOptionsStep<?> type, String analyser) {
        return type.analyzer(analyser).highlightable(List.of(Highlightable.UNIFIED)).termVector(TermVector.WITH_POSITIONS_OFFSETS);
    }

    private static IndexFieldReference<String> stored(IndexSchemaElement schema, String name, boolean multi) {
        var field = schema.field(name, f -> f.asString().searchable(Searchable.NO).projectable(Projectable.YES));
        return multi ? field.multiValued().toReference() : field.toReference();
    }

    private static final class Fields {
        IndexFieldReference<String> type;
        IndexFieldReference<String> langs;
        IndexFieldReference<java.time.Instant> visibleFrom;
        IndexFieldReference<java.time.LocalDate> date;
        IndexFieldReference<Long> event;
        IndexFieldReference<String> country;
        IndexFieldReference<String> speaker;
        IndexFieldReference<String> speakerKey;
        IndexFieldReference<String> thumbnail;
        final Map<String, IndexFieldReference<String>> titles = new HashMap<>();
        final Map<String, IndexFieldReference<String>> texts = new HashMap<>();
        final Map<String, IndexFieldReference<String>> parts = new HashMap<>();
        final Map<String, IndexFieldReference<String>> names = new HashMap<>();
        final Map<String, IndexFieldReference<String>> urls = new HashMap<>();
        final Map<String, IndexFieldReference<String>> summaries = new HashMap<>();
        final Map<String, IndexFieldReference<String>> anchors = new HashMap<>();
    }

    private record Bridge(Fields fields) implements TypeBridge<IndexedItem> {

        /** What the item shares comes from its first version; each version's words go into its language's fields. */
        @Override
        public void write(DocumentElement target, IndexedItem indexed, TypeBridgeWriteContext context) {
            org.pressroom.search.Searchable first = indexed.first();
            target.addValue(fields.type, first.type().code());
            target.addValue(fields.visibleFrom, first.visibleFrom());
            target.addValue(fields.date, first.date());
            if (first.eventId() != null) {
                target.addValue(fields.event, first.eventId());
            }
            if (first.country() != null && !first.country().isBlank()) {
                target.addValue(fields.country, first.country().toUpperCase(java.util.Locale.ROOT));
            }
            java.util.Set<String> speakers = new java.util.LinkedHashSet<>();
            indexed.versions.forEach(v -> speakers.addAll(v.speakers()));
            speakers.forEach(s -> {
                target.addValue(fields.speaker, s);
                target.addValue(fields.speakerKey, s);
            });
            indexed.versions.stream().map(org.pressroom.search.Searchable::thumbnail).filter(java.util.Objects::nonNull)
                    .findFirst().ifPresent(t -> target.addValue(fields.thumbnail, t));
            for (org.pressroom.search.Searchable version : indexed.versions) {
                String lang = version.lang();
                if (!fields.titles.containsKey(lang)) {
                    continue; // A language the site does not have: not searchable.
                }
                target.addValue(fields.langs, lang);
                target.addValue(fields.titles.get(lang), version.title());
                target.addValue(fields.texts.get(lang), version.text());
                version.parts().forEach(part -> {
                    target.addValue(fields.parts.get(lang), part.text());
                    target.addValue(fields.anchors.get(lang), part.anchor());
                });
                List<String> names = new ArrayList<>();
                names.add(version.names());
                names.addAll(version.speakers());
                target.addValue(fields.names.get(lang), String.join(" ; ", names));
                target.addValue(fields.urls.get(lang), version.url());
                String summarySource = version.text().isBlank() && !version.parts().isEmpty() ? version.parts().get(0).text() : version.text();
                target.addValue(fields.summaries.get(lang), summary(summarySource));
            }
        }

        private static String summary(String text) {
            String flat = text.strip().replaceAll("\\s+", " ");
            if (flat.length() <= SUMMARY_LENGTH) {
                return flat;
            }
            int cut = flat.lastIndexOf(' ', SUMMARY_LENGTH);
            return flat.substring(0, cut > SUMMARY_LENGTH / 2 ? cut : SUMMARY_LENGTH) + "…";
        }
    }
}
