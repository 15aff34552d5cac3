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
 */
public record VideoDetails(String title, String summary, LocalDate recordedOn, String eventReference,
                           List<String> audioLanguages, String credit, String download, String restriction, boolean publish) {

    public VideoDetails {
        summary = summary == null ? "" : summary.strip();
        eventReference = eventReference == null ? "" : eventReference.strip();
        audioLanguages = audioLanguages == null ? List.of() : List.copyOf(audioLanguages);
        credit = credit == null ? "" : credit.strip();
        download = download == null ? "ACCOUNT" : download;
        restriction = restriction == null ? "" : restriction.strip();
    }

    /** Only a title: everything else as an editor would find it by default. */
    public static VideoDetails titled(String title) {
        return new VideoDetails(title, "", null, "", List.of(), "", "ACCOUNT", "", false);
    }
}
