package org.pressroom.media;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * What a press officer tells about a file dropped in the watch folder, in {@code <name>.yaml} beside it.
 * Read strictly: an unknown key is a typo the officer must hear about, not something to skip silently.
 *
 * @param title the video's title; the file's name when absent
 * @param summary a short description
 * @param date the day the footage was shot or the event took place
 * @param event a reference to the event (free text, matched to an event later)
 * @param audio the language tag of each audio track, in track order (e.g. eng, fra)
 * @param rights credit and download rules
 * @param publish whether the video is published once its renditions are ready
 */
record WatchFolderSidecar(String title, String summary, LocalDate date, String event, List<String> audio, Rights rights,
                          Boolean publish, Type type, String location, List<ShotLine> shots, Map<String, String> captions) {

    /** Larger than any sidecar a person writes; a bigger file is refused rather than read. */
    static final int MAX_BYTES = 64 * 1024;

    static final WatchFolderSidecar NONE = new WatchFolderSidecar(null, null, null, null, null, null, null, null, null, null, null);


    /** What kind of footage it is, written as a planning desk would. */
    enum Type {
        @JsonProperty("press conference") PRESS_CONFERENCE,
        @JsonProperty("speech") SPEECH,
        @JsonProperty("doorstep") DOORSTEP,
        @JsonProperty("b-roll") B_ROLL,
        @JsonProperty("soundbite") SOUNDBITE,
        @JsonProperty("package") PACKAGE,
        @JsonProperty("interview") INTERVIEW
    }

    /** What a line of the shot list is. */
    enum ShotKind {
        @JsonProperty("shot") SHOT,
        @JsonProperty("soundbite") SOUNDBITE,
        @JsonProperty("cutaway") CUTAWAY
    }

    /**
     * A line of the shot list.
     *
     * @param at where it starts: {@code 00:01:05}, {@code 01:05.5} or seconds
     * @param to where it ends, written the same way, or absent
     * @param kind shot (the default), soundbite or cutaway
     * @param text what is seen, or what is said
     * @param speaker who speaks, for a soundbite
     * @param language the language spoken
     */
    record ShotLine(String at, String to, ShotKind kind, String text, String speaker, String language) {
    }

    private static final Pattern LANGUAGE_TAG = Pattern.compile("[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*");

    private static final YAMLMapper YAML = YAMLMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    private static final Map<Class<?>, String> EXPECTED = Map.of(String.class, "text", LocalDate.class,
            "a date written YYYY-MM-DD", List.class, "a list, e.g. [eng, fra]", Boolean.class, "true or false",
            Rights.class, "keys credit, download and restriction", WatchFolderSidecar.class, "keys and values, e.g. title: My video");

    /**
     * @param credit the credit line to print beside the video
     * @param download who may download it
     * @param restriction a third-party restriction shown next to the download button
     */
    record Rights(String credit, Download download, String restriction) {
    }

    /** Who may download the video. */
    enum Download {
        @JsonProperty("public") PUBLIC,
        @JsonProperty("account") ACCOUNT,
        @JsonProperty("disabled") DISABLED
    }

    /** A sidecar that cannot be used, with a message for the person who wrote it. */
    static final class Problem extends Exception {

        Problem(String message) {
            super(message);
        }
    }

    /** Reads a sidecar; an empty file says nothing, which is allowed. */
    static WatchFolderSidecar read(InputStream in) throws IOException, Problem {
        byte[] bytes = in.readNBytes(MAX_BYTES + 1);
        if (bytes.length > MAX_BYTES) {
            throw new Problem("The sidecar is larger than " + MAX_BYTES / 1024 + " KB; it should hold a few lines of text.");
        }
        String text = new String(bytes, StandardCharsets.UTF_8);
        WatchFolderSidecar sidecar;
        try {
            // A file of comments only has no document at all, which the binder would call an error.
            JsonNode tree = YAML.readTree(text);
            if (tree == null || tree.isMissingNode() || tree.isNull()) {
                return NONE;
            }
            sidecar = YAML.readValue(text, WatchFolderSidecar.class);
        } catch (JacksonException e) {
            throw new Problem(describe(e, text));
        }
        if (sidecar == null) {
            return NONE;
        }
        if (sidecar.shots() != null) {
            for (int line = 0; line < sidecar.shots().size(); line++) {
                ShotLine shot = sidecar.shots().get(line);
                try {
                    shot(shot);
                } catch (IllegalArgumentException e) {
                    throw new Problem("shots, line " + (line + 1) + ": " + e.getMessage() + ".");
                }
            }
        }
        if (sidecar.captions() != null) {
            for (Map.Entry<String, String> caption : sidecar.captions().entrySet()) {
                try {
                    new Caption(caption.getKey(), caption.getValue());
                } catch (IllegalArgumentException e) {
                    throw new Problem("captions, " + caption.getKey() + ": " + e.getMessage() + ".");
                }
            }
        }
        if (sidecar.audio() != null) {
            for (int track = 0; track < sidecar.audio().size(); track++) {
                String tag = sidecar.audio().get(track);
                if (tag == null || !LANGUAGE_TAG.matcher(tag).matches()) {
                    throw new Problem("audio, track " + (track + 1) + ": \"" + tag + "\" is not a language tag (eng, fra, de, pt-BR...).");
                }
            }
        }
        return sidecar;
    }

    /** What the sidecar says, as the asset keeps it; {@code title} when the sidecar gives none. */
    VideoDetails details(String title) {
        return new VideoDetails(title, summary, date, event, audio, rights == null ? null : rights.credit(),
                rights == null || rights.download() == null ? null : rights.download().name(),
                rights == null ? null : rights.restriction(), Boolean.TRUE.equals(publish),
                type == null ? null : VideoType.valueOf(type.name()), location,
                shots == null ? List.of() : shots.stream().map(WatchFolderSidecar::shot).toList(),
                captions == null ? List.of() : captions.entrySet().stream().map(c -> new Caption(c.getKey(), c.getValue())).toList());
    }

    private static Shot shot(ShotLine line) {
        if (line == null || line.at() == null) {
            throw new IllegalArgumentException("each line needs \"at\", the time it starts (00:01:05 or seconds)");
        }
        return new Shot(seconds(line.at()), line.to() == null ? null : seconds(line.to()),
                line.kind() == null ? Shot.Kind.SHOT : Shot.Kind.valueOf(line.kind().name()), line.text(), line.speaker(),
                line.language());
    }

    /** {@code 01:02:03.5}, {@code 02:03} or {@code 123.5} as seconds (a sidecar is read before the video's rate is known). */
    static double seconds(String time) {
        return Timecode.seconds(time, 0);
    }

    /** Where, which key and what is wrong, in the words of the file and not of Java. */
    static String describe(JacksonException e, String text) {
        if (e.getCause() instanceof MarkedYamlEngineException yaml) {
            String where = yaml.getProblemMark().map(mark -> "Line " + (mark.getLine() + 1) + ", column " + (mark.getColumn() + 1))
                    .orElse(where(e.getLocation()));
            String context = yaml.getContext() == null ? "" : yaml.getContext() + ", ";
            return where + ": not valid YAML: " + context + yaml.getProblem() + ".";
        }
        String key = e.getPath().stream().map(ref -> ref.getPropertyName() != null ? ref.getPropertyName()
                : "item " + (ref.getIndex() + 1)).collect(Collectors.joining(", "));
        if (e instanceof UnrecognizedPropertyException unknown) {
            // The binder reports where it stopped skipping the value; the key itself is what the reader must find.
            String where = where(keyLocation(text, e.getPath()).orElse(e.getLocation()));
            return where + ": unknown key \"" + unknown.getPropertyName() + "\"" + (key.contains(",") ? " in "
                    + key.substring(0, key.lastIndexOf(',')) : "") + ". The keys allowed here are "
                    + known(unknown.getKnownPropertyIds()) + ".";
        }
        String prefix = where(e.getLocation()) + (key.isEmpty() ? "" : " (" + key + ")") + ": ";
        if (e instanceof InvalidFormatException invalid) {
            return prefix + "\"" + invalid.getValue() + "\" is not " + expected(invalid.getTargetType()) + ".";
        }
        if (e instanceof MismatchedInputException && e.getOriginalMessage() != null
                && e.getOriginalMessage().startsWith("Trailing token")) {
            return prefix + "a sidecar holds one document: remove the second \"---\" and what follows it.";
        }
        if (e instanceof MismatchedInputException mismatched && mismatched.getTargetType() != null) {
            return prefix + "expected " + expected(mismatched.getTargetType()) + ".";
        }
        String message = e.getOriginalMessage() == null ? "the file is not valid YAML" : e.getOriginalMessage();
        return prefix + message.lines().findFirst().orElse(message).strip();
    }

    /** Where the key named by the path is written, found by reading the file again token by token. */
    private static Optional<TokenStreamLocation> keyLocation(String text, List<JacksonException.Reference> path) {
        String pointer = path.stream().map(ref -> "/" + (ref.getPropertyName() != null ? ref.getPropertyName() : ref.getIndex()))
                .collect(Collectors.joining());
        try (JsonParser parser = YAML.createParser(text)) {
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                if (token == JsonToken.PROPERTY_NAME && parser.streamReadContext().pathAsPointer().toString().equals(pointer)) {
                    return Optional.of(parser.currentTokenLocation());
                }
            }
        } catch (JacksonException ignored) {
            // The binder's own location is still given.
        }
        return Optional.empty();
    }

    private static String where(TokenStreamLocation location) {
        if (location == null || location.getLineNr() < 1) {
            return "In the sidecar";
        }
        return "Line " + location.getLineNr() + (location.getColumnNr() > 0 ? ", column " + location.getColumnNr() : "");
    }

    private static String expected(Class<?> type) {
        if (type != null && type.isEnum()) {
            return "one of " + java.util.Arrays.stream(type.getEnumConstants()).map(c -> written(type, (Enum<?>) c))
                    .collect(Collectors.joining(", "));
        }
        return EXPECTED.entrySet().stream().filter(e -> type != null && e.getKey().isAssignableFrom(type)).map(Map.Entry::getValue)
                .findFirst().orElse("a value of another kind");
    }

    /** How a value is written in a sidecar: its {@code @JsonProperty} name. */
    private static String written(Class<?> type, Enum<?> value) {
        try {
            JsonProperty property = type.getField(value.name()).getAnnotation(JsonProperty.class);
            return property == null ? value.name().toLowerCase(java.util.Locale.ROOT) : property.value();
        } catch (NoSuchFieldException e) {
            return value.name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    private static String known(Collection<Object> ids) {
        return ids == null ? "title, summary, date, event, audio, rights, publish, type, location, shots, captions"
                : ids.stream().map(String::valueOf).collect(Collectors.joining(", "));
    }
}
