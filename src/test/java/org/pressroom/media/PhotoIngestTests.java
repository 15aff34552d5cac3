package org.pressroom.media;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.zip.CRC32;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Photos taken in from files written the way cameras and picture desks write them: the EXIF (APP1) and IPTC (APP13)
 * segments are built byte by byte here, so that the reader is checked against the formats, not against itself.
 */
class PhotoIngestTests {

    @TempDir
    Path work;

    @Test
    void iptcIsWhatPictureDesksFillInSoItWinsAndTheCameraGivesTheTime() throws IOException {
        Exif exif = new Exif().ascii(0x010E, "DSC_0042").ascii(0x013B, "Camera Owner").ascii(0x8298, "(c) Camera")
                .original("2026:02:12 08:30:15", "+01:00");
        IptcBlock iptc = new IptcBlock().utf8().set(120, "Ministers arrive for the défense meeting — Brussels")
                .set(110, "© Pressroom / Anne Martin").set(80, "Anne Martin").set(116, "Pressroom 2026")
                .set(25, "defence").set(25, "ministers").set(25, "defence").set(105, "Arrival");
        Path photo = jpeg(picture(640, 480), exif.segment(), iptc.segment());

        PhotoRenditions.Ingested ingested = renditions().ingest(photo, "photos/1");
        PhotoMetadata metadata = ingested.metadata();

        assertThat(metadata.caption()).isEqualTo("Ministers arrive for the défense meeting — Brussels");
        assertThat(metadata.headline()).isEqualTo("Arrival");
        assertThat(metadata.credit()).isEqualTo("© Pressroom / Anne Martin");
        assertThat(metadata.photographer()).isEqualTo("Anne Martin");
        assertThat(metadata.copyright()).isEqualTo("Pressroom 2026");
        assertThat(metadata.keywords()).containsExactly("defence", "ministers");
        assertThat(metadata.takenAt(ZoneId.of("America/New_York")))
                .contains(OffsetDateTime.of(2026, 2, 12, 8, 30, 15, 0, ZoneOffset.ofHours(1)));
        assertThat(ingested.contentType()).isEqualTo("image/jpeg");
        assertThat(ingested.original().key()).isEqualTo("photos/1/original.jpg");
        assertThat(ingested.original().sha256()).isEqualTo(sha256(Files.readAllBytes(photo)));
        assertThat(ingested.renditions()).extracting(PhotoRenditions.Made::size)
                .containsExactly(PhotoRenditions.Size.THUMBNAIL, PhotoRenditions.Size.WEB, PhotoRenditions.Size.HIGH);
    }

    @Test
    void withoutIptcTheExifTextsAreUsedAndATurnedPictureIsMadeUpright() throws IOException {
        // Left half red, right half blue, stored as the sensor saw it; orientation 6 says "turn 90 degrees clockwise".
        Exif exif = new Exif().ascii(0x010E, "Press point after the summit").shortValue(0x0112, 6)
                .ascii(0x013B, "Jean Dupont").ascii(0x8298, "Pressroom").original("2026:03:01 17:05:00", null);
        Path photo = jpeg(picture(400, 200), exif.segment());

        PhotoRenditions.Ingested ingested = renditions().ingest(photo, "photos/2");

        PhotoMetadata metadata = ingested.metadata();
        assertThat(metadata.caption()).isEqualTo("Press point after the summit");
        assertThat(metadata.photographer()).isEqualTo("Jean Dupont");
        assertThat(metadata.copyright()).isEqualTo("Pressroom");
        assertThat(metadata.credit()).isEmpty();
        assertThat(metadata.orientation()).isEqualTo(6);
        assertThat(metadata.takenLocal()).isEqualTo(LocalDateTime.of(2026, 3, 1, 17, 5));
        assertThat(metadata.takenAt(ZoneId.of("Europe/Brussels")))
                .contains(OffsetDateTime.of(2026, 3, 1, 17, 5, 0, 0, ZoneOffset.ofHours(1)));
        assertThat(ingested.width()).isEqualTo(200);
        assertThat(ingested.height()).isEqualTo(400);
        BufferedImage high = ImageIO.read(work.resolve("media/photos/2/high.jpg").toFile());
        assertThat(high.getWidth()).isEqualTo(200);
        assertThat(high.getHeight()).isEqualTo(400);
        assertThat(reddish(high.getRGB(100, 20))).as("the left (red) side is now at the top").isTrue();
        assertThat(reddish(high.getRGB(100, 380))).as("the right (blue) side is now at the bottom").isFalse();
    }

    @Test
    void theIptcDateAndTimeWithTheirOffsetAreUsedWhenThereIsNoExif() throws IOException {
        IptcBlock iptc = new IptcBlock().set(55, "20260212").set(60, "143000-0500").set(120, "Doorstep");
        PhotoMetadata metadata = renditions().ingest(jpeg(picture(64, 64), iptc.segment()), "photos/3").metadata();

        assertThat(metadata.caption()).isEqualTo("Doorstep");
        assertThat(metadata.takenAt(ZoneOffset.UTC))
                .contains(OffsetDateTime.of(2026, 2, 12, 14, 30, 0, 0, ZoneOffset.ofHours(-5)));
    }

    @Test
    void textsFromTheFileAreCleanedAndCut() throws IOException {
        String noisy = "Line one\nline\u0000two\u0007" + "x".repeat(5000);
        IptcBlock iptc = new IptcBlock().utf8().set(120, noisy).set(110, "   ");
        Exif exif = new Exif().ascii(0x013B, "    ").original("0000:00:00 00:00:00", null);
        PhotoMetadata metadata = renditions().ingest(jpeg(picture(64, 64), exif.segment(), iptc.segment()), "photos/4")
                .metadata();

        assertThat(metadata.caption()).startsWith("Line one linetwoxxx").endsWith("…").doesNotContain("\u0000", "\u0007");
        assertThat(metadata.caption().length()).isLessThanOrEqualTo(PhotoMetadata.MAX_TEXT + 1);
        assertThat(metadata.credit()).isEmpty();
        assertThat(metadata.photographer()).isEmpty();
        assertThat(metadata.takenLocal()).as("a camera whose clock was never set says nothing").isNull();
    }

    @Test
    void aPngWithoutMetadataIsTakenInAndSaysNothing() throws IOException {
        Path png = work.resolve("upload.bin");
        ImageIO.write(picture(300, 100), "png", png.toFile());

        PhotoRenditions.Ingested ingested = renditions().ingest(png, "photos/5");

        assertThat(ingested.contentType()).isEqualTo("image/png");
        assertThat(ingested.original().key()).isEqualTo("photos/5/original.png");
        assertThat(ingested.metadata().caption()).isEmpty();
        assertThat(ingested.metadata().takenLocal()).isNull();
        assertThat(ingested.width()).isEqualTo(300);
    }

    @Test
    void whatIsNotAPictureIsRefusedByItsBytesAndNothingIsStored() throws IOException {
        Path text = Files.writeString(work.resolve("photo.jpg"), "This is a press release, not a photo.");
        Path empty = Files.write(work.resolve("empty.jpg"), new byte[0]);
        byte[] valid = Files.readAllBytes(jpeg(picture(640, 480)));
        Path truncated = Files.write(work.resolve("truncated.jpg"), java.util.Arrays.copyOf(valid, 200));
        Path huge = Files.write(work.resolve("huge.png"), pngHeader(20_000, 20_000));

        assertRefused(text, "type");
        assertRefused(empty, "type");
        assertRefused(truncated, "unreadable");
        assertRefused(huge, "pixels");
        assertThat(work.resolve("media")).doesNotExist();
    }

    @Test
    void uprightTurnsEveryOrientationTheWayExifDefinesIt() {
        // A 3x2 picture with one marked pixel at the top left, as stored.
        BufferedImage stored = new BufferedImage(3, 2, BufferedImage.TYPE_INT_RGB);
        stored.setRGB(0, 0, 0xffffff);
        // Where the marked pixel must be once upright, for orientations 1 to 8 (EXIF 2.32, tag 0x0112).
        int[][] expected = {{0, 0}, {2, 0}, {2, 1}, {0, 1}, {0, 0}, {1, 0}, {1, 2}, {0, 2}};
        for (int orientation = 1; orientation <= 8; orientation++) {
            BufferedImage upright = PhotoRenditions.upright(stored, orientation);
            int[] at = expected[orientation - 1];
            assertThat(upright.getWidth()).as("width, orientation %d", orientation).isEqualTo(orientation >= 5 ? 2 : 3);
            assertThat(upright.getRGB(at[0], at[1]) & 0xffffff).as("marked pixel, orientation %d", orientation)
                    .isEqualTo(0xffffff);
        }
    }

    private void assertRefused(Path file, String reason) {
        assertThatThrownBy(() -> renditions().ingest(file, "photos/x")).as(file.getFileName().toString())
                .isInstanceOfSatisfying(PhotoRenditions.Refused.class, e -> assertThat(e.reason()).isEqualTo(reason));
    }

    private PhotoRenditions renditions() {
        return new PhotoRenditions(new LocalMediaStorage(work.resolve("media")));
    }

    private static boolean reddish(int rgb) {
        return ((rgb >> 16) & 0xff) > 180 && (rgb & 0xff) < 80;
    }

    private static BufferedImage picture(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.RED);
        g.fillRect(0, 0, width / 2, height);
        g.setColor(Color.BLUE);
        g.fillRect(width / 2, 0, width - width / 2, height);
        g.dispose();
        return image;
    }

    /** A JPEG from ImageIO with the given APPn segments placed right after its start-of-image marker. */
    private Path jpeg(BufferedImage image, byte[]... segments) throws IOException {
        ByteArrayOutputStream encoded = new ByteArrayOutputStream();
        ImageIO.write(image, "jpeg", encoded);
        byte[] plain = encoded.toByteArray();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(plain, 0, 2);
        for (byte[] segment : segments) {
            out.write(segment);
        }
        out.write(plain, 2, plain.length - 2);
        Path file = Files.createTempFile(work, "photo", ".upload");
        return Files.write(file, out.toByteArray());
    }

    /** A PNG signature and header chunk claiming the given size, with no picture after it. */
    private static byte[] pngHeader(int width, int height) {
        ByteBuffer ihdr = ByteBuffer.allocate(17).put("IHDR".getBytes(StandardCharsets.US_ASCII)).putInt(width)
                .putInt(height).put((byte) 8).put((byte) 2).put((byte) 0).put((byte) 0).put((byte) 0);
        CRC32 crc = new CRC32();
        crc.update(ihdr.array());
        return ByteBuffer.allocate(8 + 4 + 17 + 4).put(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'})
                .putInt(13).put(ihdr.array()).putInt((int) crc.getValue()).array();
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** An EXIF APP1 segment: a big-endian TIFF structure with IFD0 and, when a date is set, the EXIF sub-IFD. */
    private static final class Exif {
        private record Entry(int tag, int type, int count, byte[] value) {
        }

        private final List<Entry> ifd0 = new ArrayList<>();
        private final List<Entry> sub = new ArrayList<>();

        Exif ascii(int tag, String text) {
            ifd0.add(asciiEntry(tag, text));
            return this;
        }

        Exif shortValue(int tag, int value) {
            ifd0.add(new Entry(tag, 3, 1, ByteBuffer.allocate(2).putShort((short) value).array()));
            return this;
        }

        Exif original(String dateTime, String offset) {
            sub.add(asciiEntry(0x9003, dateTime));
            if (offset != null) {
                sub.add(asciiEntry(0x9011, offset));
            }
            return this;
        }

        private static Entry asciiEntry(int tag, String text) {
            byte[] bytes = (text + "\0").getBytes(StandardCharsets.US_ASCII);
            return new Entry(tag, 2, bytes.length, bytes);
        }

        byte[] segment() {
            List<Entry> first = new ArrayList<>(ifd0);
            if (!sub.isEmpty()) {
                first.add(new Entry(0x8769, 4, 1, new byte[4])); // the sub-IFD's offset, filled in below
            }
            first.sort(java.util.Comparator.comparingInt(Entry::tag));
            ByteBuffer tiff = ByteBuffer.allocate(4096);
            tiff.put("MM".getBytes(StandardCharsets.US_ASCII)).putShort((short) 42).putInt(8);
            int subOffset = write(tiff, 8, first);
            if (!sub.isEmpty()) {
                write(tiff, subOffset, sub);
            }
            byte[] body = java.util.Arrays.copyOf(tiff.array(), tiff.position());
            ByteBuffer payload = ByteBuffer.allocate(6 + body.length).put("Exif\0\0".getBytes(StandardCharsets.US_ASCII))
                    .put(body);
            return IptcBlock.segment(0xe1, payload.array());
        }

        /** Writes an IFD at {@code at} with its values after it; returns where the next structure may start. */
        private int write(ByteBuffer tiff, int at, List<Entry> entries) {
            int data = at + 2 + entries.size() * 12 + 4;
            int dataEnd = data;
            for (Entry entry : entries) {
                if (entry.value.length > 4) {
                    dataEnd += entry.value.length + (entry.value.length % 2);
                }
            }
            tiff.position(at);
            tiff.putShort((short) entries.size());
            int next = data;
            for (Entry entry : entries) {
                tiff.putShort((short) entry.tag).putShort((short) entry.type).putInt(entry.count);
                if (entry.tag == 0x8769) {
                    tiff.putInt(dataEnd);
                } else if (entry.value.length <= 4) {
                    tiff.put(java.util.Arrays.copyOf(entry.value, 4));
                } else {
                    tiff.putInt(next);
                    int here = tiff.position();
                    tiff.position(next).put(entry.value);
                    next += entry.value.length + (entry.value.length % 2);
                    tiff.position(here);
                }
            }
            tiff.putInt(0);
            tiff.position(Math.max(dataEnd, tiff.position()));
            return dataEnd;
        }
    }
}
