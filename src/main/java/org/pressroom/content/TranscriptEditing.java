package org.pressroom.content;

import java.util.UUID;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creating and changing transcripts: type, event, time delivered, "as delivered" or "check against delivery",
 * original language, and per language its speakers and turns (a speaker's words, or a question from the floor).
 * Text pasted from a word processor is cleaned ({@link PastedText}); {@link #turns} splits a whole pasted
 * transcript into turns at each "Name:" or "Q:".
 */
@Service
public class TranscriptEditing {

    /**
     * The most turns a language version may have: the edit page sends three fields per turn, and the server reads
     * at most {@code server.tomcat.max-parameter-count} (2,500) of them.
     */
    public static final int MAX_TURNS = 600;

    public record TranscriptForm(TranscriptType type, Long eventId, Instant deliveredAt, TranscriptDelivery delivery,
                                 String originalLang, Map<String, TranscriptVersion> versions) {

        public TranscriptForm {
            versions = versions == null ? Map.of() : new TreeMap<>(versions);
        }
    }

    /** One language version; a blank slug is made from the title; each speaker as a name followed by a role. */
    public record TranscriptVersion(String title, String slug, List<String> speakers, List<Turn> turns) {

        public TranscriptVersion {
            speakers = speakers == null ? List.of() : List.copyOf(speakers);
            turns = turns == null ? List.of() : List.copyOf(turns);
        }
    }

    /** What one speaker said, or (with {@code question}) a question from the floor and who asked it. */
    public record Turn(boolean question, String speaker, String text) {
    }

    /** A line opening with Q: or Question: or Journalist: (and the like) is a question from the floor. */
    private static final Pattern QUESTION = Pattern.compile("(?i)q|question|journalist|journaliste|floor|salle");
    /** "Name:" at the start of a line, with the words that follow (after plain or non-breaking spaces). */
    private static final Pattern SPEAKER_LINE = Pattern.compile("^([\\p{L}][\\p{L}\\p{M} .'\u2019()-]{0,60}):[\\s\u00A0]*(.*)$");

    private final TranscriptRepository transcripts;
    private final EditorialItems items;
    private final EditingChecks checks;
    private final Clock clock;

    TranscriptEditing(TranscriptRepository transcripts, EditorialItems items, EditingChecks checks, Clock clock) {
        this.transcripts = transcripts;
        this.items = items;
        this.checks = checks;
        this.clock = clock;
    }

    public EditResult<TranscriptForm> create(TranscriptForm form, UUID accountId) {
        return checks.save(form, () -> {
            TranscriptForm clean = check(form, null);
            Transcript transcript = new Transcript(clean.type(), clean.eventId(), clean.deliveredAt(), clean.delivery(),
                    clean.originalLang(), clock.instant());
            transcript.status = PublicationStatus.DRAFT;
            transcript.publishedAt = null;
            apply(transcript, clean);
            transcripts.save(transcript);
            return EditResult.saved(items.saved(transcript, "create", accountId, null), clean);
        }, () -> null);
    }

    public EditResult<TranscriptForm> update(long id, long version, TranscriptForm form, UUID accountId) {
        ContentItem item = ContentItem.transcript(id);
        return checks.save(form, () -> {
            Transcript transcript = (Transcript) items.get(item);
            if (transcript.version != version) {
                throw new EditingChecks.Stale();
            }
            TranscriptForm clean = check(form, id);
            String before = items.snapshot(transcript);
            apply(transcript, clean);
            transcript.updatedAt = clock.instant();
            return EditResult.saved(items.saved(transcript, "update", accountId, before), clean);
        }, () -> items.state(items.get(item)));
    }

    @Transactional(readOnly = true)
    public TranscriptForm form(long id) {
        Transcript transcript = (Transcript) items.get(ContentItem.transcript(id));
        Map<String, TranscriptVersion> versions = new LinkedHashMap<>();
        transcript.texts.values().forEach(t -> versions.put(t.lang, new TranscriptVersion(t.title, t.slug, t.speakers,
                t.turns.stream().map(u -> new Turn(u.question, u.speaker, u.text)).toList())));
        return new TranscriptForm(transcript.type, transcript.eventId, transcript.deliveredAt, transcript.delivery,
                transcript.originalLang, versions);
    }

    /** A translation to start from: the speakers and turns of {@code from}, to be translated; nothing is saved. */
    @Transactional(readOnly = true)
    public TranscriptVersion startTranslation(long id, String from) {
        TranscriptVersion source = form(id).versions().get(from);
        if (source == null) {
            throw EditorialRefusal.of("versions", "editorial.translation.no-source", from);
        }
        return new TranscriptVersion(source.title(), "", source.speakers(), source.turns());
    }

    /**
     * Turns from a whole transcript pasted at once: a line starting with a name and a colon opens that speaker's turn,
     * one starting Q: (or Question: or Journalist:) a question; other lines continue the turn before. Text before the first name is a
     * turn without speaker.
     */
    public List<Turn> turns(String pasted) {
        if (pasted != null && pasted.length() > checks.maxTextLength()) {
            throw EditorialRefusal.of("pasted", "editorial.too-long", checks.maxTextLength(), pasted.length());
        }
        List<Turn> turns = new ArrayList<>();
        String speaker = "";
        boolean question = false;
        StringBuilder text = new StringBuilder();
        for (String line : PastedText.clean(pasted).split("\n")) {
            Matcher m = SPEAKER_LINE.matcher(line);
            if (m.matches()) {
                add(turns, question, speaker, text);
                String name = m.group(1).strip();
                question = QUESTION.matcher(name).matches();
                speaker = question && name.length() <= 8 ? "" : name;
                text.setLength(0);
                text.append(m.group(2));
            } else {
                text.append(text.length() == 0 ? "" : "\n").append(line);
            }
        }
        add(turns, question, speaker, text);
        return turns;
    }

    private static void add(List<Turn> turns, boolean question, String speaker, StringBuilder text) {
        String words = text.toString().strip();
        if (!words.isEmpty()) {
            turns.add(new Turn(question, speaker, words));
        }
    }

    private TranscriptForm check(TranscriptForm form, Long self) {
        EditingChecks.Problems problems = checks.problems();
        if (form.type() == null) {
            problems.add("type", "editorial.required");
        }
        if (form.delivery() == null) {
            problems.add("delivery", "editorial.required");
        }
        if (form.deliveredAt() == null) {
            problems.add("deliveredAt", "editorial.required");
        }
        problems.language("originalLang", form.originalLang());
        problems.exists("eventId", "event", form.eventId());
        if (form.versions().isEmpty()) {
            problems.add("versions", "editorial.versions.none");
        }
        Map<String, TranscriptVersion> clean = new TreeMap<>();
        form.versions().forEach((lang, v) -> {
            String at = "versions." + lang + ".";
            problems.language(at + "lang", lang);
            problems.required(at + "title", v.title());
            problems.length(at + "title", v.title(), EditingChecks.TITLE_LENGTH);
            List<String> speakers = new ArrayList<>();
            for (int i = 0; i < v.speakers().size(); i++) {
                if (problems.length(at + "speakers[" + (i + 1) + "]", v.speakers().get(i), EditingChecks.TITLE_LENGTH)) {
                    String speaker = PastedText.clean(v.speakers().get(i));
                    if (!speaker.isEmpty()) {
                        speakers.add(speaker);
                    }
                }
            }
            if (v.turns().size() > MAX_TURNS) {
                problems.add(at + "turns", "editorial.transcript.too-many-turns", MAX_TURNS, v.turns().size());
            }
            long total = 0;
            List<Turn> turns = new ArrayList<>();
            for (int i = 0; i < v.turns().size(); i++) {
                Turn turn = v.turns().get(i);
                String field = at + "turns[" + (i + 1) + "]";
                boolean fits = problems.text(field + ".text", turn.text())
                        & problems.length(field + ".speaker", turn.speaker(), EditingChecks.TITLE_LENGTH);
                total += turn.text() == null ? 0 : turn.text().length();
                String words = fits ? PastedText.clean(turn.text()) : "";
                if (fits && words.isEmpty()) {
                    problems.add(field + ".text", "editorial.required");
                }
                if (!turn.question() && (turn.speaker() == null || turn.speaker().isBlank())) {
                    problems.add(field + ".speaker", "editorial.transcript.speaker");
                }
                turns.add(new Turn(turn.question(), turn.speaker() == null ? "" : PastedText.clean(turn.speaker()), words));
            }
            if (total > checks.maxTextLength()) {
                problems.add(at + "turns", "editorial.too-long", checks.maxTextLength(), total);
            }
            String title = v.title() == null ? "" : v.title().strip();
            String slug = v.slug() == null || v.slug().isBlank() ? Slugs.of(title) : v.slug().strip();
            problems.slug(at + "slug", "transcript_text", lang, slug, self);
            clean.put(lang, new TranscriptVersion(title, slug, speakers, turns));
        });
        if (problems.any()) {
            throw new EditorialRefusal(problems.list);
        }
        return new TranscriptForm(form.type(), form.eventId(), form.deliveredAt(), form.delivery(), form.originalLang(), clean);
    }

    private static void apply(Transcript transcript, TranscriptForm form) {
        transcript.type = form.type();
        transcript.eventId = form.eventId();
        transcript.deliveredAt = form.deliveredAt();
        transcript.delivery = form.delivery();
        transcript.originalLang = form.originalLang();
        transcript.texts.keySet().retainAll(form.versions().keySet());
        form.versions().forEach((lang, v) -> {
            TranscriptText text = transcript.texts.computeIfAbsent(lang, l -> new TranscriptText(l, "", "", List.of()));
            text.title = v.title();
            text.slug = v.slug();
            text.speakers = new ArrayList<>(v.speakers());
            List<TranscriptTurn> turns = new ArrayList<>();
            v.turns().forEach(t -> turns.add(new TranscriptTurn(turns.size() + 1, t.question(), t.speaker(), t.text())));
            replaceTurns(text, turns);
        });
    }

    /**
     * Changes the stored turns in place and adds or removes at the end only: a turn's position is unique within
     * its text, and Hibernate inserts new rows before it deletes old ones.
     */
    static void replaceTurns(TranscriptText text, List<TranscriptTurn> wanted) {
        for (int i = 0; i < wanted.size(); i++) {
            TranscriptTurn w = wanted.get(i);
            if (i < text.turns.size()) {
                TranscriptTurn turn = text.turns.get(i);
                turn.position = i + 1;
                turn.question = w.question;
                turn.speaker = w.speaker;
                turn.text = w.text;
            } else {
                text.turns.add(new TranscriptTurn(i + 1, w.question, w.speaker, w.text));
            }
        }
        while (text.turns.size() > wanted.size()) {
            text.turns.remove(text.turns.size() - 1);
        }
    }
}
