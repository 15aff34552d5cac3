package org.pressroom.content;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.pressroom.content.Views.TranscriptCard;
import org.pressroom.content.Views.TranscriptPage;
import org.pressroom.content.Views.Turn;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Published transcripts, laid out as turns of speakers and questions. */
@Service
@Transactional(readOnly = true)
class TranscriptCatalog {

    private final TranscriptRepository transcripts;
    private final TranscriptTextRepository texts;
    private final Cards cards;
    private final Clock clock;

    TranscriptCatalog(TranscriptRepository transcripts, TranscriptTextRepository texts, Cards cards, Clock clock) {
        this.transcripts = transcripts;
        this.texts = texts;
        this.cards = cards;
        this.clock = clock;
    }

    Lookup<TranscriptPage> transcript(String lang, LocalDate date, String slug) {
        Instant now = clock.instant();
        Optional<TranscriptText> text = texts.findByLangAndSlug(lang, slug);
        if (text.isEmpty()) {
            return texts.findBySlug(slug).stream().map(t -> t.transcriptId).distinct().sorted().findFirst()
                    .flatMap(transcripts::findById).filter(t -> t.isPublicAt(now))
                    .map(t -> t.texts.containsKey(lang) ? Lookup.<TranscriptPage>moved(translations(t, now).get(lang))
                            : Lookup.<TranscriptPage>untranslated(translations(t, now)))
                    .orElseGet(Lookup::missing);
        }
        Optional<Transcript> found = transcripts.findById(text.get().transcriptId).filter(t -> t.isPublicAt(now));
        if (found.isEmpty()) {
            return Lookup.missing();
        }
        Transcript transcript = found.get();
        TranscriptPage page = page(transcript, text.get(), lang, now);
        if (!page.card().delivered().toLocalDate().equals(date)) {
            return Lookup.moved(page.card().url());
        }
        return Lookup.found(page);
    }

    /** The transcript's page as readers see it (for a draft preview too, whatever its status). */
    TranscriptPage page(Transcript transcript, TranscriptText text, String lang, Instant now) {
        ZoneId zone = cards.zoneOf(transcript, now);
        TranscriptCard card = cards.transcript(transcript, lang, zone).orElseThrow();
        List<Turn> turns = text.turns.stream().map(t -> new Turn(t.position, t.question, t.speaker, t.text)).toList();
        return new TranscriptPage(card, transcript.delivery, transcript.originalLang,
                transcript.originalLang.equals(lang), turns, cards.event(transcript.eventId, lang, now).orElse(null),
                translations(transcript, now));
    }

    List<TranscriptCard> latest(String lang, int count) {
        Instant now = clock.instant();
        List<Transcript> latest = transcripts.findLatestPublic(lang, now, org.springframework.data.domain.PageRequest.of(0, count));
        Map<Long, ZoneId> zones = cards.zonesOf(latest, now);
        return latest.stream().flatMap(t -> cards.transcript(t, lang, zones.get(t.id)).stream()).toList();
    }

    private Map<String, String> translations(Transcript transcript, Instant now) {
        ZoneId zone = cards.zoneOf(transcript, now);
        Map<String, String> urls = new LinkedHashMap<>();
        transcript.texts.keySet().stream().sorted()
                .forEach(lang -> urls.put(lang, cards.transcript(transcript, lang, zone).orElseThrow().url()));
        return urls;
    }

}
