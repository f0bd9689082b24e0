package cn.exchange.ejb.demo;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;

/**
 * The finishing of a demo picture once drawn: light sensor noise from a fixed seed, then JPEG encoding at the quality
 * of a camera's upload. Deterministic, so the same lot always gets the same bytes.
 */
final class DemoJpeg {

    private DemoJpeg() {
    }

    /** Light sensor noise, so the flat fills look photographed. */
    static void grain(BufferedImage img, long seed) {
        int[] px = ((java.awt.image.DataBufferInt) img.getRaster().getDataBuffer()).getData();
        java.util.SplittableRandom r = new java.util.SplittableRandom(seed);
        for (int k = 0; k < px.length; k++) {
            int rgb = px[k];
            int n = r.nextInt(13) - 6;
            px[k] = (clamp(((rgb >> 16) & 0xff) + n) << 16) | (clamp(((rgb >> 8) & 0xff) + n) << 8) | clamp((rgb & 0xff) + n);
        }
    }

    private static int clamp(int v) {
        return Math.max(0, Math.min(255, v));
    }

    static byte[] jpeg(BufferedImage img) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream();
             MemoryCacheImageOutputStream ios = new MemoryCacheImageOutputStream(out)) {
            ImageWriter w = ImageIO.getImageWritersByFormatName("jpeg").next();
            ImageWriteParam p = w.getDefaultWriteParam();
            p.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            p.setCompressionQuality(0.85f);
            w.setOutput(ios);
            w.write(null, new IIOImage(img, null, null), p);
            w.dispose();
            ios.flush();
            return out.toByteArray();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
