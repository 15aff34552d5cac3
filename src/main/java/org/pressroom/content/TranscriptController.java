package org.pressroom.content;

import java.time.LocalDate;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.pressroom.content.Views.TranscriptPage;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/** Each transcript: speakers, delivery, original language, and the turns of speech and questions. */
@Controller
class TranscriptController {

    private final TranscriptCatalog transcripts;
    private final ContentPages pages;

    TranscriptController(TranscriptCatalog transcripts, ContentPages pages) {
        this.transcripts = transcripts;
        this.pages = pages;
    }

    @GetMapping("/{lang}/transcripts/{year:\\d{4}}/{month:\\d{2}}/{day:\\d{2}}/{slug}")
    String transcript(@PathVariable String lang, @PathVariable int year, @PathVariable int month, @PathVariable int day,
                      @PathVariable String slug, Model model, HttpServletRequest request, HttpServletResponse response) {
        LocalDate date = ListParameters.date(year, month, day).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        Lookup<TranscriptPage> lookup = transcripts.transcript(lang, date, slug);
        String view = pages.show(lookup, "content/transcript", model, request, response);
        TranscriptPage page = lookup.page();
        if (page != null) {
            pages.translations(model, request, page.translations(), page.card().url());
            String description = String.join("; ", page.card().speakers());
            pages.meta(model, page.card().title(), description, "article", null, null);
        }
        return view;
    }
}
