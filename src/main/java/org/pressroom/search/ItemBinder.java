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

    static final String ITEM = "item";
    static final String TYPE = "type";
    static final String LANG = "lang";
    static final String SHOWN_FOR = "shown_for";
    static final String VISIBLE_FROM = "visible_from";
    static final String DATE = "date";
    static final String EVENT = "event";
    static final String COUNTRY = "country";
    static final String SPEAKER = "speaker";
    static final String SPEAKER_KEY = "speaker_key";
    static final String TITLE = "title";
    static final String URL = "url";
    static final String THUMBNAIL = "thumbnail";
    static final String SUMMARY = "summary";
    static final String ANCHORS = "anchors";

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

    @Override
    public void bind(TypeBindingContext context) {
        context.dependencies().useRootOnly();
        IndexSchemaElement schema = context.indexSchemaElement();
        Fields fields = new Fields();
        fields.item = schema.field(ITEM, f -> f.asString().norms(Norms.NO)).toReference();
        fields.type = schema.field(TYPE, f -> f.asString().aggregable(Aggregable.YES).projectable(Projectable.YES).norms(Norms.NO)).toReference();
        fields.lang = schema.field(LANG, f -> f.asString().aggregable(Aggregable.YES).projectable(Projectable.YES).norms(Norms.NO)).toReference();
        fields.shownFor = schema.field(SHOWN_FOR, f -> f.asString().norms(Norms.NO)).multiValued().toReference();
        fields.visibleFrom = schema.field(VISIBLE_FROM, f -> f.asInstant().sortable(Sortable.YES)).toReference();
        fields.date = schema.field(DATE, f -> f.asLocalDate().sortable(Sortable.YES).aggregable(Aggregable.YES).projectable(Projectable.YES)).toReference();
        fields.event = schema.field(EVENT, f -> f.asString().aggregable(Aggregable.YES).projectable(Projectable.YES).norms(Norms.NO)).toReference();
        fields.country = schema.field(COUNTRY, f -> f.asString().aggregable(Aggregable.YES).projectable(Projectable.YES).norms(Norms.NO)).toReference();
        fields.speaker = schema.field(SPEAKER, f -> f.asString().aggregable(Aggregable.YES).norms(Norms.NO)).multiValued().toReference();
        fields.speakerKey = schema.field(SPEAKER_KEY, f -> f.asString().normalizer(Analysers.FOLDED_KEYWORD).norms(Norms.NO)).multiValued().toReference();
        fields.title = stored(schema, TITLE, false);
        fields.url = stored(schema, URL, false);
        fields.thumbnail = stored(schema, THUMBNAIL, false);
        fields.summary = stored(schema, SUMMARY, false);
        fields.anchors = stored(schema, ANCHORS, true);
        for (String lang : languages) {
            String analyser = Analysers.forLanguage(lang);
            fields.titles.put(lang, schema.field(title(lang), f -> words(f.asString(), analyser)).toReference());
            fields.texts.put(lang, schema.field(text(lang), f -> words(f.asString(), analyser)).toReference());
            fields.parts.put(lang, schema.field(parts(lang), f -> words(f.asString(), analyser).projectable(Projectable.YES)).multiValued().toReference());
            fields.names.put(lang, schema.field(names(lang), f -> f.asString().analyzer(analyser)).toReference());
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
        IndexFieldReference<String> item;
        IndexFieldReference<String> type;
        IndexFieldReference<String> lang;
        IndexFieldReference<String> shownFor;
        IndexFieldReference<java.time.Instant> visibleFrom;
        IndexFieldReference<java.time.LocalDate> date;
        IndexFieldReference<String> event;
        IndexFieldReference<String> country;
        IndexFieldReference<String> speaker;
        IndexFieldReference<String> speakerKey;
        IndexFieldReference<String> title;
        IndexFieldReference<String> url;
        IndexFieldReference<String> thumbnail;
        IndexFieldReference<String> summary;
        IndexFieldReference<String> anchors;
        final Map<String, IndexFieldReference<String>> titles = new HashMap<>();
        final Map<String, IndexFieldReference<String>> texts = new HashMap<>();
        final Map<String, IndexFieldReference<String>> parts = new HashMap<>();
        final Map<String, IndexFieldReference<String>> names = new HashMap<>();
    }

    private record Bridge(Fields fields) implements TypeBridge<IndexedItem> {

        @Override
        public void write(DocumentElement target, IndexedItem indexed, TypeBridgeWriteContext context) {
            org.pressroom.search.Searchable doc = indexed.doc;
            target.addValue(fields.item, doc.item());
            target.addValue(fields.type, doc.type().code());
            target.addValue(fields.lang, doc.lang());
            indexed.shownFor.forEach(lang -> target.addValue(fields.shownFor, lang));
            target.addValue(fields.visibleFrom, doc.visibleFrom());
            target.addValue(fields.date, doc.date());
            if (doc.eventId() != null) {
                target.addValue(fields.event, doc.eventId().toString());
            }
            if (doc.country() != null && !doc.country().isBlank()) {
                target.addValue(fields.country, doc.country().toUpperCase(java.util.Locale.ROOT));
            }
            List<String> speakers = doc.speakers();
            speakers.forEach(s -> {
                target.addValue(fields.speaker, s);
                target.addValue(fields.speakerKey, s);
            });
            target.addValue(fields.title, doc.title());
            target.addValue(fields.url, doc.url());
            if (doc.thumbnail() != null) {
                target.addValue(fields.thumbnail, doc.thumbnail());
            }
            String summarySource = doc.text().isBlank() && !doc.parts().isEmpty() ? doc.parts().get(0).text() : doc.text();
            target.addValue(fields.summary, summary(summarySource));
            doc.parts().forEach(part -> target.addValue(fields.anchors, part.anchor()));
            IndexFieldReference<String> title = fields.titles.get(doc.lang());
            if (title == null) {
                return; // A language the site does not have: its words are not searchable.
            }
            target.addValue(title, doc.title());
            target.addValue(fields.texts.get(doc.lang()), doc.text());
            doc.parts().forEach(part -> target.addValue(fields.parts.get(doc.lang()), part.text()));
            List<String> names = new ArrayList<>();
            names.add(doc.names());
            names.addAll(speakers);
            target.addValue(fields.names.get(doc.lang()), String.join(" ; ", names));
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
