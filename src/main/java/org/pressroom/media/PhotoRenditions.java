package org.pressroom.media;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;

import org.springframework.stereotype.Component;

/**
 * Makes the sizes of a photo that pages and downloads need, as JPEG files in media storage: a thumbnail,
 * a web size (1600 px on the long side) and the high-resolution file at the original's size.
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

    private final MediaStorage storage;

    PhotoRenditions(MediaStorage storage) {
        this.storage = storage;
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
