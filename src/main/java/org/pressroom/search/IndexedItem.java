package org.pressroom.search;

import java.util.List;

/**
 * What Hibernate Search indexes: one language version of an item, with the reader languages it stands for
 * (its own, and the languages the item has no version in, for which it is the fallback). Its fields are
 * written by {@link ItemBinder}.
 */
final class IndexedItem {

    final String id;
    final Searchable doc;
    final List<String> shownFor;

    IndexedItem(Searchable doc, List<String> shownFor) {
        this.id = id(doc.item(), doc.lang());
        this.doc = doc;
        this.shownFor = List.copyOf(shownFor);
    }

    static String id(String item, String lang) {
        return item + "/" + lang;
    }

    /** Read by Hibernate Search as the document id. */
    String getId() {
        return id;
    }
}
