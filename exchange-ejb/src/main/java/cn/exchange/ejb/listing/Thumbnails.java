package cn.exchange.ejb.listing;

import jakarta.enterprise.context.ApplicationScoped;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Thumbnails of lot photos, scaled on the server so that a phone on the board loads a few kilobytes
 * per lot instead of a camera's megabytes: at most {@link #WIDTH} pixels wide, JPEG. A photo never changes (its
 * SHA-256 names it), so a thumbnail is derived once per instance and kept in a bounded cache, and browsers and proxies
 * may keep it for good ({@code immutable}). The photo's size is read from its header before any pixel is decoded: a
 * picture claiming more than {@link #MAX_PIXELS} pixels (a decompression bomb) is refused.
 */
@ApplicationScoped
public class Thumbnails {

    public static final int WIDTH = 480;
    static final long MAX_PIXELS = 60_000_000L;
    static final int CACHED = 1_000;

    private final Map<String, byte[]> cache = Collections.synchronizedMap(new LinkedHashMap<>(256, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, byte[]> eldest) {
            return size() > CACHED;
        }
    });

    /** The thumbnail of a photo named by its SHA-256. */
    public byte[] of(String sha256, byte[] photo) throws IOException {
        byte[] done = cache.get(sha256);
        if (done == null) {
            done = scale(photo, WIDTH);
            cache.put(sha256, done);
        }
        return done;
    }

    /** {@code image} (JPEG or PNG) at most {@code width} pixels wide, its proportions kept, as a JPEG. */
    static byte[] scale(byte[] image, int width) throws IOException {
        BufferedImage source;
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(image))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                throw new IOException("not an image this server reads");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                int w = reader.getWidth(0);
                int h = reader.getHeight(0);
                if ((long) w * h > MAX_PIXELS || w <= 0 || h <= 0) {
                    throw new IOException("image of " + w + " × " + h + " pixels refused");
                }
                ImageReadParam param = reader.getDefaultReadParam();
                // read every n-th pixel of a large photo: a quarter of the work and memory for a picture twice the size
                int step = Math.max(1, w / (width * 2));
                param.setSourceSubsampling(step, step, 0, 0);
                source = reader.read(0, param);
            } finally {
                reader.dispose();
            }
        }
        int tw = Math.min(width, source.getWidth());
        int th = Math.max(1, (int) Math.round(source.getHeight() * (double) tw / source.getWidth()));
        BufferedImage target = new BufferedImage(tw, th, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = target.createGraphics();
        try {
            g.setColor(Color.WHITE);   // a transparent PNG on white, as the page shows it
            g.fillRect(0, 0, tw, th);
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.drawImage(source, 0, 0, tw, th, null);
        } finally {
            g.dispose();
        }
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
            writer.setOutput(out);
            ImageWriteParam p = writer.getDefaultWriteParam();
            p.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            p.setCompressionQuality(0.82f);
            writer.write(null, new IIOImage(target, null, null), p);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }
}
