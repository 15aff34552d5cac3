package org.pressroom.delivery;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** File names built from what editors type, safe whatever they typed. */
class DownloadNameTests {

    private static final LocalDate DAY = LocalDate.of(2026, 2, 12);

    @Test
    void theNameIsTheDateTheTitleAndTheRendition() {
        DownloadName name = DownloadName.of(DAY, "Press conference by the Secretary-General", "video-1", "broadcast", "mp4");
        assertThat(name.ascii()).isEqualTo("2026-02-12-press-conference-by-the-secretary-general-broadcast.mp4");
        assertThat(name.unicode()).isEqualTo(name.ascii());
        assertThat(name.contentDisposition()).isEqualTo("attachment; filename=\"" + name.ascii() + "\"; filename*=UTF-8''" + name.ascii());
    }

    @Test
    void quotesSlashesNewLinesAndControlCharactersNeverReachTheHeader() {
        DownloadName name = DownloadName.of(DAY, "\"Quoted\" / slashed \\ back\r\nInjected: header\u0000;x=y", "video-1", "original", "mxf");
        assertThat(name.ascii()).isEqualTo("2026-02-12-quoted-slashed-back-injected-header-x-y-original.mxf");
        assertThat(name.contentDisposition()).doesNotContain("\r", "\n", "\\", "/", "\u0000").matches("attachment; filename=\"[a-z0-9.-]+\"; "
                + "filename\\*=UTF-8''[A-Za-z0-9!#$&+.^_`|~%-]+");
    }

    @Test
    void nonLatinTitlesKeepTheirLettersForBrowsersAndFallBackInAscii() {
        DownloadName name = DownloadName.of(DAY, "Пресс-конференция — 記者会見 Été", "video-7", "audio-fra", "m4a");
        assertThat(name.unicode()).isEqualTo("2026-02-12-пресс-конференция-記者会見-été-audio-fra.m4a");
        assertThat(name.ascii()).isEqualTo("2026-02-12-ete-audio-fra.m4a");
        String encoded = name.contentDisposition().substring(name.contentDisposition().indexOf("''") + 2);
        assertThat(URLDecoder.decode(encoded, StandardCharsets.UTF_8)).isEqualTo(name.unicode());

        DownloadName nothingInAscii = DownloadName.of(null, "記者会見", "video-7", "broadcast", "mp4");
        assertThat(nothingInAscii.ascii()).isEqualTo("video-7-broadcast.mp4");
    }

    @Test
    void aVeryLongTitleIsCut() {
        DownloadName name = DownloadName.of(DAY, "word ".repeat(100), "video-1", "broadcast", "mp4");
        assertThat(name.ascii().length()).isLessThanOrEqualTo(11 + 80 + "-broadcast.mp4".length());
        assertThat(name.ascii()).doesNotContain("--").endsWith("-broadcast.mp4");
    }
}
