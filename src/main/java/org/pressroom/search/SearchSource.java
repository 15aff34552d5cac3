package org.pressroom.search;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * What a module implements, as a Spring bean, to have its items found: search asks it for every item when
 * it rebuilds the index, and for the items named by a {@link SearchableChanged} once their change has
 * committed. A source gives every published item, including those whose publication time is still to come
 * (search hides them until then); drafts and unpublished items it leaves out, and search then removes them.
 */
public interface SearchSource {

    /** The kinds of item this source gives (the part of their keys before the colon), e.g. {@code video}. */
    Set<String> kinds();

    /** Every published item, in every language, for a full rebuild of the index. */
    void all(Consumer<Searchable> sink);

    /**
     * The language versions of these items as they are now, read in a transaction of its own (this is called
     * after the change committed, from the committing thread); an item left out is removed from the index.
     */
    List<Searchable> find(Collection<String> items);
}
