package org.pressroom.content;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The home page: latest news, ongoing and upcoming events, latest transcripts and photos. */
@Controller
class HomeController {

    private final NewsCatalog news;
    private final EventCatalog events;
    private final TranscriptCatalog transcripts;
    private final PhotoCatalog photos;

    HomeController(NewsCatalog news, EventCatalog events, TranscriptCatalog transcripts, PhotoCatalog photos) {
        this.news = news;
        this.events = events;
        this.transcripts = transcripts;
        this.photos = photos;
    }

    @GetMapping({"/{lang}", "/{lang}/"})
    String home(@PathVariable String lang, Model model) {
        model.addAttribute("news", news.latest(lang, 7));
        model.addAttribute("events", events.current(lang).stream().limit(4).toList());
        model.addAttribute("transcripts", transcripts.latest(lang, 3));
        model.addAttribute("photos", photos.latest(lang, 8));
        return "content/home";
    }
}
