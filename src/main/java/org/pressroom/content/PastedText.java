package org.pressroom.content;

import java.text.Normalizer;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * Text as pasted from a word processor, made plain: HTML from the clipboard (Word's {@code MsoNormal} paragraphs,
 * spans, comments and style sheets) becomes its words with paragraphs kept; Windows and old Mac line ends, tabs,
 * line and paragraph separators become plain ones; invisible characters (zero-width spaces and joiners, byte-order
 * marks, soft hyphens, control characters) go; spaces at line ends and runs of blank lines shrink. Typographic
 * quotes, dashes and the non-breaking spaces French puts before ";:!?" are kept: they are the text.
 */
final class PastedText {

    private static final Pattern MARKUP = Pattern.compile("(?is)<(p|div|span|br|html|body|o:p|font|table|li|h[1-6])\\b[^>]*>|mso-");
    private static final Pattern INVISIBLE = Pattern.compile("[\\u200B-\\u200D\\u2060\\uFEFF\\u00AD\\p{Cc}&&[^\\n\\t]]");
    private static final Pattern TRAILING = Pattern.compile("[ \\t\\u00A0]+(?=\\n|$)");
    private static final Pattern BLANK_LINES = Pattern.compile("\\n{3,}");

    private PastedText() {
    }

    static String clean(String pasted) {
        if (pasted == null) {
            return "";
        }
        String text = MARKUP.matcher(pasted).find() ? fromHtml(pasted) : pasted;
        text = text.replace("\r\n", "\n").replace('\r', '\n').replace('\u2028', '\n').replace("\u2029", "\n\n").replace('\t', ' ');
        text = INVISIBLE.matcher(text).replaceAll("");
        text = Normalizer.normalize(text, Normalizer.Form.NFC);
        text = TRAILING.matcher(text).replaceAll("");
        text = BLANK_LINES.matcher(text).replaceAll("\n\n");
        return text.strip();
    }

    private static String fromHtml(String html) {
        // Jsoup's text would turn non-breaking spaces into plain ones: they are set aside and put back.
        Document document = Jsoup.parse(html.replace("&nbsp;", "\u0003").replace('\u00A0', '\u0003'));
        document.select("style, script, head, xml, meta, title").remove();
        document.select("br").after("\u0001");
        document.select("p, div, li, h1, h2, h3, h4, h5, h6, tr, blockquote").after("\u0002");
        return document.text().replaceAll("\\s*\u0002\\s*", "\n\n").replaceAll("[ ]*\u0001[ ]*", "\n").replace('\u0003', '\u00A0');
    }
}
