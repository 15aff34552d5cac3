package org.pressroom.content;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PastedTextTests {

    @Test
    void wordHtmlBecomesParagraphsOfPlainText() {
        String word = "<html xmlns:o=\"urn:schemas-microsoft-com:office:office\"><head><style>p.MsoNormal{mso-margin-top-alt:auto}</style>"
                + "<!--[if gte mso 9]><xml><o:OfficeDocumentSettings/></xml><![endif]--></head><body>"
                + "<p class=MsoNormal><span style='font-family:Calibri'>First&nbsp;paragraph, <b>bold</b> words.</span><o:p></o:p></p>"
                + "<p class=MsoNormal>Second line one<br>line two</p></body></html>";

        assertThat(PastedText.clean(word)).isEqualTo("First\u00a0paragraph, bold words.\n\nSecond line one\nline two");
    }

    @Test
    void invisibleCharactersAndOddLineEndsGo() {
        assertThat(PastedText.clean("  Zero\u200bwidth\u00ad soft\uFEFF hyphen\r\nWindows\rMac\u2028sep\t tab  \n\n\n\nend  "))
                .isEqualTo("Zerowidth soft hyphen\nWindows\nMac\nsep  tab\n\nend");
    }

    @Test
    void frenchTypographyAndQuotesAreKept() {
        String french = "« Bonjour » : l’accord\u202fest signé\u00a0!";
        assertThat(PastedText.clean(french)).isEqualTo(french);
        assertThat(PastedText.clean("e\u0301te\u0301")).as("composed").isEqualTo("été");
    }

    @Test
    void aPhotosCreditReadFromItsFileIsCutToWhatTheFieldTakes() {
        String long2000 = "Photographer Name ".repeat(112);

        String line = PhotoEditing.line(long2000);

        assertThat(line).hasSizeLessThanOrEqualTo(EditingChecks.TITLE_LENGTH).endsWith("…").startsWith("Photographer Name Photographer");
        assertThat(PhotoEditing.line("  Ana\u00A0Lima  ")).isEqualTo("Ana Lima");
        assertThat(PhotoEditing.line(null)).isEmpty();
    }
}
