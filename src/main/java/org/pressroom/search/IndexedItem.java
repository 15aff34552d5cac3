package org.pressroom.search;

import java.util.List;

/**
 * What Hibernate Search indexes: one item with all its language versions, so that a search finds the item
 * once, by the words of any version, and shows the version in the reader's language when there is one.
 * Its fields are written by {@link ItemBinder}.
 */
final class IndexedItem {

    final String id;
    final List<Searchable> versions;

    IndexedItem(List<Searchable> versions) {
        this.id = versions.get(0).item();
        this.versions = List.copyOf(versions);
    }

    Searchable first() {
        return versions.get(0);
    }

    /** Read by Hibernate Search as the document id. */
    String getId() {
        return id;
    }
}
