package org.pressroom.media;

import java.util.Arrays;
import java.util.Optional;

/**
 * Tells a media container from the first bytes of a file, never from its name: a text file called
 * {@code .mp4} is refused at once, and ffprobe then has the last word on what is inside.
 */
final class MediaSniffer {

    /** Bytes to read from the start of a file to recognise it. */
    static final int HEADER = 16;

    private MediaSniffer() {
    }

    /** The container ("mp4", "mov", "mxf", "mkv", "ts", "avi"), or empty when the bytes are not a video container. */
    static Optional<String> container(byte[] header) {
        if (header.length >= 12 && ascii(header, 4, "ftyp")) {
            return Optional.of(ascii(header, 8, "qt  ") ? "mov" : "mp4");
        }
        if (header.length >= 8 && (ascii(header, 4, "moov") || ascii(header, 4, "mdat") || ascii(header, 4, "wide")
                || ascii(header, 4, "free"))) {
            return Optional.of("mov");
        }
        if (header.length >= 4 && (header[0] & 0xff) == 0x06 && (header[1] & 0xff) == 0x0e && (header[2] & 0xff) == 0x2b
                && (header[3] & 0xff) == 0x34) {
            return Optional.of("mxf");
        }
        if (header.length >= 4 && (header[0] & 0xff) == 0x1a && (header[1] & 0xff) == 0x45 && (header[2] & 0xff) == 0xdf
                && (header[3] & 0xff) == 0xa3) {
            return Optional.of("mkv");
        }
        if (header.length >= 12 && ascii(header, 0, "RIFF") && ascii(header, 8, "AVI ")) {
            return Optional.of("avi");
        }
        if (header.length >= 1 && (header[0] & 0xff) == 0x47) {
            return Optional.of("ts");
        }
        return Optional.empty();
    }

    /** The picture format ("jpeg", "png", "tiff"), or empty when the bytes are not a photo this server reads. */
    static Optional<String> image(byte[] header) {
        if (header.length >= 3 && (header[0] & 0xff) == 0xff && (header[1] & 0xff) == 0xd8 && (header[2] & 0xff) == 0xff) {
            return Optional.of("jpeg");
        }
        if (header.length >= 8 && (header[0] & 0xff) == 0x89 && ascii(header, 1, "PNG\r\n")) {
            return Optional.of("png");
        }
        if (header.length >= 4 && (ascii(header, 0, "II*\0") || ascii(header, 0, "MM\0*"))) {
            return Optional.of("tiff");
        }
        return Optional.empty();
    }

    private static boolean ascii(byte[] bytes, int offset, String text) {
        byte[] expected = text.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        return bytes.length >= offset + expected.length
                && Arrays.equals(bytes, offset, offset + expected.length, expected, 0, expected.length);
    }
}
