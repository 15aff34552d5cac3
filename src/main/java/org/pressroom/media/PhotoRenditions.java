package org.pressroom.media;

import java.awt.Graphics2D;
import java.awt.geom.AffineTransform;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;

import com.drew.imaging.ImageMetadataReader;
import com.drew.imaging.ImageProcessingException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * Takes in a photo: keeps the original bit-exact, reads its caption, credit and date (IPTC, XMP, EXIF) and makes the
 * sizes that pages and downloads need, as JPEG files in media storage: a thumbnail, a web size (1600 px on the long
 * side) and the high-resolution file at the original's size, turned upright as the camera's orientation says.
 */
@Component
public class PhotoRenditions {

    /** The sizes made of every photo, longest side in pixels (0: as large as the original). */
    public enum Size {
        THUMBNAIL(480, 0.82f), WEB(1600, 0.85f), HIGH(0, 0.92f);

        final int longSide;
        final float quality;

        Size(int longSide, float quality) {
            this.longSide = longSide;
            this.quality = quality;
        }
    }

    /**
     * @param size which size this is
     * @param file where it is stored
     * @param width its width in pixels
     * @param height its height in pixels
     */
    public record Made(Size size, MediaStorage.StoredFile file, int width, int height) {
    }

    /**
     * A photo taken in.
     *
     * @param original the original file, stored as it came
     * @param contentType its type, from its first bytes ("image/jpeg", "image/png", "image/tiff")
     * @param width its upright width in pixels
     * @param height its upright height in pixels
     * @param metadata what the file says about itself
     * @param renditions the sizes made from it
     */
    public record Ingested(MediaStorage.StoredFile original, String contentType, int width, int height,
                           PhotoMetadata metadata, List<Made> renditions) {
    }

    /** Why a file was not taken in as a photo; {@code reason} names the message to show (a message key suffix). */
    public static final class Refused extends IOException {
        private final String reason;

        Refused(String reason, String detail) {
            super(detail);
            this.reason = reason;
        }

        /** "type" (not a JPEG, PNG or TIFF), "pixels" (too many to decode) or "unreadable" (damaged). */
        public String reason() {
            return reason;
        }
    }

    /** The most pixels decoded (a 100-megapixel medium-format frame); a bigger claim is a decompression bomb. */
    static final long MAX_PIXELS = 100_000_000L;

    private static final Logger log = LoggerFactory.getLogger(PhotoRenditions.class);

    private final MediaStorage storage;

    PhotoRenditions(MediaStorage storage) {
        this.storage = storage;
    }

    /**
     * Takes in the photo in {@code file}: refuses what is not a picture (decided from its bytes, never its name),
     * stores the original under {@code <keyPrefix>/original.<ext>} and the sizes beside it.
     */
    public Ingested ingest(Path file, String keyPrefix) throws IOException {
        byte[] header = new byte[MediaSniffer.HEADER];
        int read;
        try (InputStream in = Files.newInputStream(file)) {
            read = in.readNBytes(header, 0, header.length);
        }
        String format = MediaSniffer.image(Arrays.copyOf(header, read))
                .orElseThrow(() -> new Refused("type", "Not a JPEG, PNG or TIFF picture"));
        PhotoMetadata metadata = metadata(file);
        BufferedImage upright = upright(decode(file), metadata.orientation());
        MediaStorage.StoredFile original;
        try (InputStream in = Files.newInputStream(file)) {
            original = storage.store(keyPrefix + "/original." + (format.equals("jpeg") ? "jpg" : format), in);
        }
        List<Made> made = make(upright, keyPrefix);
        return new Ingested(original, "image/" + format, upright.getWidth(), upright.getHeight(), metadata, made);
    }

    /** What the file says about itself; a file whose metadata cannot be read says nothing, and is still a picture. */
    public static PhotoMetadata metadata(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return PhotoMetadata.of(ImageMetadataReader.readMetadata(in));
        } catch (ImageProcessingException | IOException | RuntimeException e) {
            log.info("The metadata of {} could not be read ({}); going on without it", file.getFileName(), e.toString());
            return PhotoMetadata.NONE;
        }
    }

    /** Decodes the picture, checking its size before any pixel is decoded. */
    private static BufferedImage decode(Path file) throws IOException {
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            Iterator<ImageReader> readers = in == null ? Collections.emptyIterator() : ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                throw new Refused("unreadable", "No reader for this picture");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                long pixels = (long) reader.getWidth(0) * reader.getHeight(0);
                if (pixels > MAX_PIXELS) {
                    throw new Refused("pixels", "The picture has " + pixels + " pixels; at most " + MAX_PIXELS + " are read");
                }
                BufferedImage image = reader.read(0);
                if (image == null) {
                    throw new Refused("unreadable", "The picture could not be decoded");
                }
                return image;
            } catch (Refused e) {
                throw e;
            } catch (IOException | RuntimeException e) {
                throw new Refused("unreadable", "The picture is damaged: " + e.getMessage());
            } finally {
                reader.dispose();
            }
        }
    }

    /**
     * Turns and mirrors the picture as EXIF orientation {@code orientation} says, so that every size is upright:
     * not every viewer or picture desk system honours the flag.
     */
    static BufferedImage upright(BufferedImage image, int orientation) {
        if (orientation <= 1 || orientation > 8) {
            return image;
        }
        int w = image.getWidth();
        int h = image.getHeight();
        AffineTransform t = switch (orientation) {
            case 2 -> new AffineTransform(-1, 0, 0, 1, w, 0);
            case 3 -> new AffineTransform(-1, 0, 0, -1, w, h);
            case 4 -> new AffineTransform(1, 0, 0, -1, 0, h);
            case 5 -> new AffineTransform(0, 1, 1, 0, 0, 0);
            case 6 -> new AffineTransform(0, 1, -1, 0, h, 0);
            case 7 -> new AffineTransform(0, -1, -1, 0, h, w);
            default -> new AffineTransform(0, -1, 1, 0, 0, w);
        };
        boolean swap = orientation >= 5;
        BufferedImage target = new BufferedImage(swap ? h : w, swap ? w : h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = target.createGraphics();
        try {
            g.drawImage(image, t, null);
        } finally {
            g.dispose();
        }
        return target;
    }

    /** Reads the image and stores every size under {@code <keyPrefix>/<size>.jpg}. */
    public List<Made> make(BufferedImage original, String keyPrefix) throws IOException {
        List<Made> made = new ArrayList<>();
        for (Size size : Size.values()) {
            BufferedImage scaled = scaled(original, size.longSide);
            byte[] jpeg = jpeg(scaled, size.quality);
            String key = keyPrefix + "/" + size.name().toLowerCase(java.util.Locale.ROOT) + ".jpg";
            made.add(new Made(size, storage.store(key, new ByteArrayInputStream(jpeg)), scaled.getWidth(), scaled.getHeight()));
        }
        return made;
    }

    /** Reads an image file, refusing what is not one. */
    public static BufferedImage read(InputStream in) throws IOException {
        BufferedImage image = ImageIO.read(in);
        if (image == null) {
            throw new IOException("Not an image this server can read");
        }
        return image;
    }

    private static BufferedImage scaled(BufferedImage source, int longSide) {
        int longest = Math.max(source.getWidth(), source.getHeight());
        BufferedImage current = rgb(source);
        if (longSide == 0 || longest <= longSide) {
            return current;
        }
        // Halving in steps keeps detail that one bilinear jump from 6000 to 480 pixels would lose.
        double target = (double) longSide / longest;
        int finalWidth = Math.max(1, (int) Math.round(source.getWidth() * target));
        int finalHeight = Math.max(1, (int) Math.round(source.getHeight() * target));
        while (current.getWidth() / 2 >= finalWidth) {
            current = draw(current, current.getWidth() / 2, current.getHeight() / 2);
        }
        return draw(current, finalWidth, finalHeight);
    }

    private static BufferedImage rgb(BufferedImage source) {
        if (source.getType() == BufferedImage.TYPE_INT_RGB) {
            return source;
        }
        return draw(source, source.getWidth(), source.getHeight());
    }

    private static BufferedImage draw(BufferedImage source, int width, int height) {
        BufferedImage target = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = target.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.drawImage(source, 0, 0, width, height, java.awt.Color.WHITE, null);
        } finally {
            g.dispose();
        }
        return target;
    }

    private static byte[] jpeg(BufferedImage image, float quality) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (MemoryCacheImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
            writer.setOutput(out);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(quality);
            writer.write(null, new IIOImage(image, null, null), param);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }
}
