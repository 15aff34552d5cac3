package org.pressroom.search;

/**
 * The one document of the small state index: the mapping the item index was last rebuilt with. A missing
 * or different one at start-up means the item index must be rebuilt.
 */
final class IndexState {

    static final String ID = "state";

    final String id = ID;
    final String mapping;

    IndexState(String mapping) {
        this.mapping = mapping;
    }

    String getId() {
        return id;
    }

    String getMapping() {
        return mapping;
    }
}
