package org.pressroom.media;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A sidecar is read strictly, and what is wrong is said in the words of the file, with its line and column. */
class WatchFolderSidecarTests {

    @Test
    void everyKeyIsRead() throws Exception {
        WatchFolderSidecar sidecar = read("""
                title: Sommet de Bruxelles — arrivées
                summary: The heads of delegation arrive.
                date: 2026-05-12
                event: brussels-summit-2026
                audio: [eng, fra, pt-BR]
                rights:
                  credit: © Example Organisation
                  download: account
                  restriction: No use in advertising.
                publish: true
                """);

        assertThat(sidecar.title()).isEqualTo("Sommet de Bruxelles — arrivées");
        assertThat(sidecar.date()).isEqualTo(LocalDate.of(2026, 5, 12));
        assertThat(sidecar.audio()).containsExactly("eng", "fra", "pt-BR");
        assertThat(sidecar.rights()).isEqualTo(new WatchFolderSidecar.Rights("© Example Organisation",
                WatchFolderSidecar.Download.ACCOUNT, "No use in advertising."));
        assertThat(sidecar.publish()).isTrue();
        VideoDetails details = sidecar.details(sidecar.title());
        assertThat(details.credit()).isEqualTo("© Example Organisation");
        assertThat(details.download()).isEqualTo("ACCOUNT");
        assertThat(details.audioLanguages()).containsExactly("eng", "fra", "pt-BR");
        assertThat(details.publish()).isTrue();
    }

    @Test
    void theShotListCaptionsTypeAndLocationAreRead() throws Exception {
        WatchFolderSidecar sidecar = read("""
                type: press conference
                location: Lisbon, Portugal
                shots:
                  - {at: "00:00:00", to: "00:00:04", text: Wide shot of the room}
                  - {at: "01:04.5", kind: soundbite, text: "We agreed.", speaker: Amara Lindqvist, language: eng}
                  - {at: 95, kind: cutaway, text: Photographers}
                captions:
                  en: |
                    WEBVTT

                    00:00:01.000 --> 00:00:02.000
                    We agreed.
                """);

        VideoDetails details = sidecar.details("Press conference");

        assertThat(details.type()).isEqualTo(VideoType.PRESS_CONFERENCE);
        assertThat(details.location()).isEqualTo("Lisbon, Portugal");
        assertThat(details.shots()).containsExactly(new Shot(0, 4.0, Shot.Kind.SHOT, "Wide shot of the room", "", ""),
                new Shot(64.5, null, Shot.Kind.SOUNDBITE, "We agreed.", "Amara Lindqvist", "eng"),
                new Shot(95, null, Shot.Kind.CUTAWAY, "Photographers", "", ""));
        assertThat(details.captions()).extracting(Caption::language).containsExactly("en");
    }

    @Test
    void aShotListOrCaptionsThatCannotBeUsedAreReportedByLine() {
        assertProblem("shots:\n  - {at: \"1:75\", text: x}\n", "shots, line 1", "\"1:75\" has more than 59");
        assertProblem("shots:\n  - {at: soon}\n", "shots, line 1", "\"soon\" is not a time");
        assertProblem("shots:\n  - {text: no time}\n", "shots, line 1", "needs \"at\"");
        assertProblem("shots:\n  - {at: 10, to: 5}\n", "shots, line 1", "ends after it starts");
        assertProblem("type: documentary\n", "\"documentary\" is not one of", "press conference");
        assertProblem("captions:\n  en: Hello\n", "captions, en", "WebVTT");
    }

    @Test
    void anEmptySidecarSaysNothing() throws Exception {
        assertThat(read("")).isEqualTo(WatchFolderSidecar.NONE);
        assertThat(read("# only a comment\n")).isEqualTo(WatchFolderSidecar.NONE);
    }

    @Test
    void anUnknownKeyIsNamedWithItsLineAndTheAllowedKeys() {
        assertProblem("title: Arrivals\ntitel: Arrivals\n", "Line 2, column 1", "unknown key \"titel\"", "title", "publish");
        assertProblem("rights:\n  credit: X\n  licence: CC-BY\n", "Line 3, column 3", "unknown key \"licence\" in rights",
                "credit", "download", "restriction");
    }

    @Test
    void badYamlIsReportedWithItsLineAndColumn() {
        assertProblem("title: Arrivals\n  summary: indented too far\n", "Line 2, column 10", "not valid YAML",
                "mapping values are not allowed here");
        assertProblem("title: Arrivals\n\tsummary: a tab\n", "Line 2, column 1", "not valid YAML", "TAB");
        assertProblem("title: 'unterminated\n", "Line 2, column 1", "not valid YAML", "quoted scalar");
    }

    @Test
    void valuesOfTheWrongKindSayWhatIsExpected() {
        assertProblem("date: 12/05/2026\n", "Line 1, column 7", "(date)", "\"12/05/2026\" is not a date written YYYY-MM-DD");
        assertProblem("rights:\n  download: everyone\n", "Line 2", "(rights, download)",
                "\"everyone\" is not one of public, account, disabled");
        assertProblem("audio: eng\n", "Line 1", "(audio)", "expected a list");
        assertProblem("publish: maybe\n", "Line 1", "(publish)", "true or false");
        assertProblem("- title: Arrivals\n", "Line 1", "keys and values");
        assertProblem("title: One\n---\ntitle: Two\n", "Line 3", "one document");
        assertProblem("audio: [eng, \"english language\"]\n", "audio, track 2", "not a language tag");
    }

    @Test
    void aKeyGivenTwiceIsRefused() {
        assertProblem("title: One\ntitle: Two\n", "Line 2", "title");
    }

    @Test
    void aHugeSidecarIsRefusedWithoutBeingRead() {
        assertProblem("summary: " + "x".repeat(WatchFolderSidecar.MAX_BYTES) + "\n", "larger than 64 KB");
    }

    private static WatchFolderSidecar read(String yaml) throws Exception {
        return WatchFolderSidecar.read(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)));
    }

    private static void assertProblem(String yaml, String... parts) {
        assertThatThrownBy(() -> read(yaml)).isInstanceOf(WatchFolderSidecar.Problem.class)
                .satisfies(e -> assertThat(e.getMessage()).contains(List.of(parts)).doesNotContain("org.pressroom", "java.", "`"));
    }
}
