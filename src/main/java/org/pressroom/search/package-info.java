/**
 * Search across news, events, transcripts, photos and videos, with filters and facets, in English and French.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Search")
package org.pressroom.search;
