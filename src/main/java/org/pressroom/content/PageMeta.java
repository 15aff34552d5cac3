package org.pressroom.content;

/**
 * What a content page tells search engines and link previews, read by the layout.
 *
 * @param title the page's title, for link previews
 * @param description a sentence or two, for the description and Open Graph tags
 * @param type the Open Graph type ("article", "website")
 * @param image the absolute address of the preview image, or null
 * @param jsonLd structured data (schema.org) as JSON, or null
 */
record PageMeta(String title, String description, String type, String image, String jsonLd) {
}
