package org.pressroom.media;

import java.time.LocalDate;
import java.util.List;

/**
 * What is said about a master when it is delivered: the title to show, and what an editor would
 * otherwise type in. Downloads default to verified accounts, as the brief says for video.
 *
 * @param title the title to show
 * @param summary a sentence or two, or empty
 * @param recordedOn the day it was recorded, or null
 * @param eventReference the event it belongs to, as the sender wrote it, or empty
 * @param audioLanguages the language tag of each audio track in order, overriding the file's own tags
 * @param credit the credit line to print with it, or empty
 * @param download who may download it: PUBLIC, ACCOUNT or DISABLED
 * @param restriction a third-party restriction shown next to the download button, or empty
 * @param publish whether it is to be published once its renditions are ready
 * @param type what kind of footage it is, or null when nobody said
 * @param location where it was filmed, or empty
 * @param shots the shot list, in order
 * @param captions subtitles, one per language
 */
public record VideoDetails(String title, String summary, LocalDate recordedOn, String eventReference,
                           List<String> audioLanguages, String credit, String download, String restriction, boolean publish,
                           VideoType type, String location, List<Shot> shots, List<Caption> captions) {

    public VideoDetails {
        summary = summary == null ? "" : summary.strip();
        eventReference = eventReference == null ? "" : eventReference.strip();
        audioLanguages = audioLanguages == null ? List.of() : List.copyOf(audioLanguages);
        credit = credit == null ? "" : credit.strip();
        download = download == null ? "ACCOUNT" : download;
        restriction = restriction == null ? "" : restriction.strip();
        location = location == null ? "" : location.strip();
        shots = shots == null ? List.of() : List.copyOf(shots);
        captions = captions == null ? List.of() : List.copyOf(captions);
        if (captions.stream().map(Caption::language).distinct().count() < captions.size()) {
            throw new IllegalArgumentException("One set of captions per language");
        }
    }

    /** What a sender says without a type, place, shot list or captions. */
    public VideoDetails(String title, String summary, LocalDate recordedOn, String eventReference, List<String> audioLanguages,
                        String credit, String download, String restriction, boolean publish) {
        this(title, summary, recordedOn, eventReference, audioLanguages, credit, download, restriction, publish, null, "",
                List.of(), List.of());
    }

    /** Only a title: everything else as an editor would find it by default. */
    public static VideoDetails titled(String title) {
        return new VideoDetails(title, "", null, "", List.of(), "", "ACCOUNT", "", false);
    }
}
