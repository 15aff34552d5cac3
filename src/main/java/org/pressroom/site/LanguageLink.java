package org.pressroom.site;

/**
 * One entry of the language switch.
 *
 * @param tag the language tag, for {@code hreflang} and {@code lang}
 * @param label the language's name in itself ("English", "Français")
 * @param href where the switch goes: the same page in that language
 * @param current whether this is the language of the page
 * @param available whether the page exists in that language; if not, the switch leads to a page saying so
 */
public record LanguageLink(String tag, String label, String href, boolean current, boolean available) {
}
