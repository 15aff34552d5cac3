package org.pressroom.content;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.safety.Safelist;

/**
 * The HTML allowed in bodies, descriptions and advisory sections: paragraphs, headings, quotes, lists,
 * links and emphasis. Everything else, scripts, frames, styles and event handlers included, is removed,
 * both when a text is saved and when it is shown.
 */
final class RichText {

    private static final Safelist ALLOWED = new Safelist()
            .addTags("p", "br", "h2", "h3", "h4", "blockquote", "q", "cite", "ul", "ol", "li", "strong", "em", "b", "i",
                    "sub", "sup", "abbr", "figure", "figcaption", "hr")
            .addAttributes("a", "href", "hreflang")
            .addAttributes("abbr", "title")
            .addAttributes("blockquote", "cite")
            .addProtocols("a", "href", "http", "https", "mailto")
            .addProtocols("blockquote", "cite", "http", "https")
            .addTags("a");

    private static final Document.OutputSettings OUTPUT = new Document.OutputSettings().prettyPrint(false);

    private RichText() {
    }

    static String sanitise(String html) {
        if (html == null || html.isBlank()) {
            return "";
        }
        return Jsoup.clean(html, "", ALLOWED, OUTPUT).strip();
    }

    /** The words of an HTML fragment, for descriptions and feeds. */
    static String plain(String html) {
        return html == null ? "" : Jsoup.parse(html).text();
    }
}
