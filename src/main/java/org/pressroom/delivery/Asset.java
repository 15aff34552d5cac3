package org.pressroom.delivery;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A video or a photo as the downloads see it: what to show beside the buttons, who may download, and the
 * files offered.
 *
 * @param date the day it was recorded or taken, or null
 * @param duration a video's length; ZERO for a photo
 * @param pageUrl where a reader sees it and its download panel
 * @param files the files offered, the main one among them
 */
record Asset(Type type, long id, String title, LocalDate date, String credit, Rights rights, String restriction,
             Duration duration, String pageUrl, List<File> files) {

    Asset {
        files = List.copyOf(files);
    }

    /** What kind of asset; {@code code} names it in addresses, links and the log. */
    enum Type {
        VIDEO, PHOTO;

        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }

        static Optional<Type> of(String code) {
            return java.util.Arrays.stream(values()).filter(type -> type.code().equals(code)).findFirst();
        }
    }

    /** Who may download. */
    enum Rights { PUBLIC, ACCOUNT, DISABLED }

    /** What a file is for; each has its label in the messages ({@code download.kind.*}). */
    enum Kind { ORIGINAL, BROADCAST, WEB, AUDIO, PHOTO }

    /**
     * One file offered for download.
     *
     * @param name its name in addresses ({@code original}, {@code broadcast}, {@code sd-360p}, {@code audio-fra}, {@code high})
     * @param language the language of an audio file, else empty
     * @param storageKey its key in media storage
     */
    record File(String name, Kind kind, String extension, String contentType, String codecs, int width, int height,
                String frameRate, String language, Duration duration, long size, String sha256, String storageKey) {
    }

    Optional<File> file(String name) {
        return files.stream().filter(file -> file.name().equals(name)).findFirst();
    }

    /** What a whole video or photo means in a basket: the broadcast MP4, else the original; a photo's high resolution. */
    File mainFile() {
        return file("broadcast").or(() -> file("high")).orElse(files.get(0));
    }

    /** The file's name when saved, from the date, the title and the rendition. */
    DownloadName downloadName(File file) {
        return DownloadName.of(date, title, type.code() + "-" + id, file.name(), file.extension());
    }
}
