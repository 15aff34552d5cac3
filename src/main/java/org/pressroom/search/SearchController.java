package org.pressroom.search;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Where the search box of every page leads. Until the search index exists (its own issue), the page says
 * so plainly instead of pretending to find nothing.
 */
@Controller
class SearchController {

    static final int MAX_QUERY = 500;

    @GetMapping("/{lang}/search")
    String search(@RequestParam(name = "q", defaultValue = "") String query, Model model) {
        String shown = query.strip();
        model.addAttribute("query", shown.length() > MAX_QUERY ? shown.substring(0, MAX_QUERY) : shown);
        return "search/search";
    }
}
