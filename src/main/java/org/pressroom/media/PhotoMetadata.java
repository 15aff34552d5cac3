package org.pressroom.media;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.drew.metadata.Directory;
import com.drew.metadata.Metadata;
import com.drew.metadata.exif.ExifIFD0Directory;
import com.drew.metadata.exif.ExifSubIFDDirectory;
import com.drew.metadata.iptc.IptcDirectory;
import com.drew.metadata.xmp.XmpDirectory;

/**
 * What a photographer or a picture desk wrote into a photo: its caption, credit line, photographer, copyright notice,
 * keywords and when it was taken, read from IPTC first (what picture desks fill in), then XMP, then EXIF.
 * Every text is cleaned of control characters and cut to a sane length, so whatever a camera or an editing tool left
 * in the file is safe to show; an empty string means the file did not say.
 *
 * @param caption the description (IPTC Caption/Abstract, XMP dc:description, EXIF ImageDescription)
 * @param headline the IPTC or XMP headline
 * @param credit the credit line (IPTC Credit, XMP photoshop:Credit)
 * @param photographer who took it (IPTC By-line, XMP dc:creator, EXIF Artist)
 * @param copyright the copyright notice (IPTC Copyright Notice, XMP dc:rights, EXIF Copyright)
 * @param place where it was taken: IPTC sub-location, city and country (XMP photoshop:City and Country), joined
 * @param keywords the IPTC or XMP keywords
 * @param takenLocal when it was taken, as the camera's clock showed it, or null
 * @param takenOffset the offset from UTC the file gives for that time, or null when it gives none
 * @param orientation the EXIF orientation (1 to 8; 1 is upright)
 */
public record PhotoMetadata(String caption, String headline, String credit, String photographer, String copyright,
                            String place, List<String> keywords, LocalDateTime takenLocal, ZoneOffset takenOffset, int orientation) {

    /** The longest caption kept; picture desks' captions run to a few hundred characters. */
    static final int MAX_TEXT = 2000;
    static final int MAX_KEYWORDS = 50;

    /** A photo that says nothing about itself. */
    public static final PhotoMetadata NONE = new PhotoMetadata("", "", "", "", "", "", List.of(), null, null, 1);

    public PhotoMetadata {
        keywords = List.copyOf(keywords);
        if (orientation < 1 || orientation > 8) {
            orientation = 1;
        }
    }

    /** When it was taken: with the file's own offset when it has one, else in the given zone (the event's). */
    public Optional<OffsetDateTime> takenAt(ZoneId fallback) {
        if (takenLocal == null) {
            return Optional.empty();
        }
        return Optional.of(takenOffset != null ? takenLocal.atOffset(takenOffset)
                : takenLocal.atZone(fallback).toOffsetDateTime());
    }

    /** Whether the picture is stored turned or mirrored and must be turned upright to be shown. */
    public boolean turned() {
        return orientation != 1;
    }

    /** Reads what metadata-extractor found in a file. */
    static PhotoMetadata of(Metadata metadata) {
        IptcDirectory iptc = metadata.getFirstDirectoryOfType(IptcDirectory.class);
        ExifIFD0Directory ifd0 = metadata.getFirstDirectoryOfType(ExifIFD0Directory.class);
        ExifSubIFDDirectory exif = metadata.getFirstDirectoryOfType(ExifSubIFDDirectory.class);
        Map<String, String> xmp = xmp(metadata);

        String caption = first(raw(iptc, IptcDirectory.TAG_CAPTION), xmp.get("dc:description[1]"),
                raw(ifd0, ExifIFD0Directory.TAG_IMAGE_DESCRIPTION));
        String headline = first(raw(iptc, IptcDirectory.TAG_HEADLINE), xmp.get("photoshop:Headline"));
        String credit = first(raw(iptc, IptcDirectory.TAG_CREDIT), xmp.get("photoshop:Credit"));
        String photographer = first(raw(iptc, IptcDirectory.TAG_BY_LINE), xmp.get("dc:creator[1]"),
                raw(ifd0, ExifIFD0Directory.TAG_ARTIST));
        String copyright = first(raw(iptc, IptcDirectory.TAG_COPYRIGHT_NOTICE), xmp.get("dc:rights[1]"),
                raw(ifd0, ExifIFD0Directory.TAG_COPYRIGHT));

        List<String> keywords = new ArrayList<>();
        if (iptc != null && iptc.getStringArray(IptcDirectory.TAG_KEYWORDS) != null) {
            for (String keyword : iptc.getStringArray(IptcDirectory.TAG_KEYWORDS)) {
                addKeyword(keywords, keyword);
            }
        }
        if (keywords.isEmpty()) {
            for (int i = 1; xmp.containsKey("dc:subject[" + i + "]"); i++) {
                addKeyword(keywords, xmp.get("dc:subject[" + i + "]"));
            }
        }

        LocalDateTime takenLocal = null;
        ZoneOffset takenOffset = null;
        String original = raw(exif, ExifSubIFDDirectory.TAG_DATETIME_ORIGINAL);
        if (exifTime(original) != null) {
            takenLocal = exifTime(original);
            takenOffset = offset(raw(exif, TAG_OFFSET_TIME_ORIGINAL));
        } else if (iptc != null && iptcDate(raw(iptc, IptcDirectory.TAG_DATE_CREATED)) != null) {
            LocalDate date = iptcDate(raw(iptc, IptcDirectory.TAG_DATE_CREATED));
            String time = raw(iptc, IptcDirectory.TAG_TIME_CREATED);
            takenLocal = date.atTime(iptcTime(time));
            takenOffset = iptcOffset(time);
        } else if (exifTime(raw(ifd0, ExifIFD0Directory.TAG_DATETIME)) != null) {
            takenLocal = exifTime(raw(ifd0, ExifIFD0Directory.TAG_DATETIME));
        }

        int orientation = 1;
        if (ifd0 != null && ifd0.getInteger(ExifIFD0Directory.TAG_ORIENTATION) != null) {
            orientation = ifd0.getInteger(ExifIFD0Directory.TAG_ORIENTATION);
        }
        String place = String.join(", ", java.util.stream.Stream.of(
                        first(raw(iptc, IptcDirectory.TAG_SUB_LOCATION)),
                        first(raw(iptc, IptcDirectory.TAG_CITY), xmp.get("photoshop:City")),
                        first(raw(iptc, IptcDirectory.TAG_COUNTRY_OR_PRIMARY_LOCATION_NAME), xmp.get("photoshop:Country")))
                .filter(part -> !part.isEmpty()).toList());
        return new PhotoMetadata(caption, headline, credit, photographer, copyright, place, keywords, takenLocal, takenOffset,
                orientation);
    }

    /** EXIF 2.31's OffsetTimeOriginal: the offset from UTC of DateTimeOriginal, such as "+01:00". */
    private static final int TAG_OFFSET_TIME_ORIGINAL = 0x9011;

    private static Map<String, String> xmp(Metadata metadata) {
        XmpDirectory directory = metadata.getFirstDirectoryOfType(XmpDirectory.class);
        return directory == null ? Map.of() : directory.getXmpProperties();
    }

    private static void addKeyword(List<String> keywords, String keyword) {
        String clean = clean(keyword, 200);
        if (!clean.isEmpty() && !keywords.contains(clean) && keywords.size() < MAX_KEYWORDS) {
            keywords.add(clean);
        }
    }

    private static String raw(Directory directory, int tag) {
        return directory == null ? null : directory.getString(tag);
    }

    private static String first(String... candidates) {
        for (String candidate : candidates) {
            String clean = clean(candidate, MAX_TEXT);
            if (!clean.isEmpty()) {
                return clean;
            }
        }
        return "";
    }

    /** Keeps line breaks as spaces, drops every other control character, NULs included, and cuts long text. */
    static String clean(String text, int max) {
        if (text == null) {
            return "";
        }
        StringBuilder clean = new StringBuilder(Math.min(text.length(), max));
        text.codePoints().forEach(c -> {
            if (c == '\n' || c == '\r' || c == '\t') {
                clean.append(' ');
            } else if (!Character.isISOControl(c) && c != 0xfeff) {
                clean.appendCodePoint(c);
            }
        });
        String result = clean.toString().replaceAll(" {2,}", " ").strip();
        if (result.length() > max) {
            int cut = Character.isLowSurrogate(result.charAt(max)) ? max - 1 : max;
            result = result.substring(0, cut).strip() + "…";
        }
        return result;
    }

    /** EXIF's "2026:02:12 08:30:15"; cameras that were never set write zeros or blanks, which mean nothing. */
    static LocalDateTime exifTime(String value) {
        if (value == null || value.length() < 19) {
            return null;
        }
        try {
            String iso = value.substring(0, 4) + "-" + value.substring(5, 7) + "-" + value.substring(8, 10) + "T"
                    + value.substring(11, 19);
            LocalDateTime time = LocalDateTime.parse(iso);
            return time.getYear() < 1900 ? null : time;
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    static ZoneOffset offset(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return ZoneOffset.of(value.strip());
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }

    /** IPTC's Date Created, "CCYYMMDD" (some tools write separators). */
    static LocalDate iptcDate(String value) {
        if (value == null) {
            return null;
        }
        String digits = value.replaceAll("[^0-9]", "");
        if (digits.length() < 8) {
            return null;
        }
        try {
            LocalDate date = LocalDate.of(Integer.parseInt(digits.substring(0, 4)), Integer.parseInt(digits.substring(4, 6)),
                    Integer.parseInt(digits.substring(6, 8)));
            return date.getYear() < 1900 ? null : date;
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }

    /** IPTC's Time Created, "HHMMSS±HHMM"; midnight when missing or unreadable. */
    static LocalTime iptcTime(String value) {
        if (value == null) {
            return LocalTime.MIDNIGHT;
        }
        String digits = value.split("[+-]", 2)[0].replaceAll("[^0-9]", "");
        if (digits.length() < 6) {
            return LocalTime.MIDNIGHT;
        }
        try {
            return LocalTime.of(Integer.parseInt(digits.substring(0, 2)), Integer.parseInt(digits.substring(2, 4)),
                    Integer.parseInt(digits.substring(4, 6)));
        } catch (java.time.DateTimeException e) {
            return LocalTime.MIDNIGHT;
        }
    }

    static ZoneOffset iptcOffset(String value) {
        if (value == null) {
            return null;
        }
        int sign = Math.max(value.indexOf('+'), value.indexOf('-'));
        if (sign < 0) {
            return null;
        }
        String digits = value.substring(sign + 1).replaceAll("[^0-9]", "");
        if (digits.length() < 4) {
            return null;
        }
        try {
            int hours = Integer.parseInt(digits.substring(0, 2));
            int minutes = Integer.parseInt(digits.substring(2, 4));
            int total = hours * 3600 + minutes * 60;
            return ZoneOffset.ofTotalSeconds(value.charAt(sign) == '-' ? -total : total);
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }
}
