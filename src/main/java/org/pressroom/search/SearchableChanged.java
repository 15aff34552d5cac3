package org.pressroom.search;

import java.util.Collection;
import java.util.Set;

/**
 * Items were created, changed, published, unpublished or deleted. Published inside a transaction, the
 * items are indexed again once it commits (not at all if it rolls back); outside one, at once. Search asks
 * the {@link SearchSource} of each item's kind how the item looks now.
 *
 * @param items item keys, {@code <kind>:<id>}
 */
public record SearchableChanged(Set<String> items) {

    public SearchableChanged {
        items = Set.copyOf(items);
    }

    public static SearchableChanged of(String... items) {
        return new SearchableChanged(Set.of(items));
    }

    public static SearchableChanged of(Collection<String> items) {
        return new SearchableChanged(Set.copyOf(items));
    }
}
