package org.pressroom.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.pressroom.search.SearchResults.Count;
import org.pressroom.search.SearchResults.DateCount;
import org.pressroom.search.SearchResults.Facets;
import org.pressroom.search.SearchResults.Notice;
import org.pressroom.site.SiteLanguages;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** The facets and notices of a search in the reader's language, with the address each value leads to. */
@Component
class SearchLabels {

    private final MessageSource messages;

    SearchLabels(MessageSource messages) {
        this.messages = messages;
    }

    /** One value of a filter: its label, its count, the search with it set, and whether it is the one in use. */
    record Value(String value, String label, long count, String url, boolean selected) {
    }

    /** A filter: its parameter, its heading, its values, and the search without it when one is in use. */
    record Facet(String name, String heading, List<Value> values, String clearUrl) {
    }

    List<Facet> facets(SearchResults results, SearchLinks links, Locale locale) {
        SearchQuery query = results.query();
        Facets facets = results.facets();
        List<Facet> list = new ArrayList<>();
        list.add(facet("type", query.type() == null ? null : query.type().code(), facets.types(), links, locale,
                c -> message("search.type." + c.value(), locale)));
        List<Value> dates = new ArrayList<>();
        for (DateCount date : facets.dates()) {
            boolean selected = Objects.equals(date.from(), query.from()) && Objects.equals(date.to(), query.to());
            dates.add(new Value(date.key(), message("search.date." + date.key(), locale), date.count(),
                    links.dates(date.from(), date.to()), selected));
        }
        boolean datesUsed = query.from() != null || query.to() != null;
        list.add(new Facet("date", message("search.facet.date", locale), dates, datesUsed ? links.dates(null, null) : null));
        list.add(facet("event", query.event() == null ? null : query.event().toString(), facets.events(), links, locale, Count::label));
        list.add(facet("country", query.country(), facets.countries(), links, locale,
                c -> new Locale.Builder().setRegion(c.value()).build().getDisplayCountry(locale)));
        list.add(facet("speaker", query.speaker(), facets.speakers(), links, locale, Count::value));
        list.add(facet("lang", query.lang(), facets.languages(), links, locale,
                c -> SiteLanguages.capitalised(Locale.forLanguageTag(c.value()))));
        return list;
    }

    private Facet facet(String name, String selected, List<Count> counts, SearchLinks links, Locale locale,
                        java.util.function.Function<Count, String> label) {
        List<Value> values = counts.stream().map(c -> new Value(c.value(), label.apply(c), c.count(),
                links.with(name, c.value()), c.value().equalsIgnoreCase(String.valueOf(selected)))).toList();
        return new Facet(name, message("search.facet." + name, locale), values, selected == null ? null : links.with(name, null));
    }

    List<String> notices(List<Notice> notices, Locale locale) {
        return notices.stream().map(n -> messages.getMessage(n.messageKey(), n.args().toArray(), locale)).toList();
    }

    String message(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }
}
