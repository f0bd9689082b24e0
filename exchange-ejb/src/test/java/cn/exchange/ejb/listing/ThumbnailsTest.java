package cn.exchange.ejb.listing;

import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.zip.CRC32;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Thumbnails of lot photos: scaled to the board's width, proportions kept, small; a decompression bomb refused. */
class ThumbnailsTest {

    @Test
    void aCameraPhotoBecomesASmallJpegOfTheBoardsWidthWithItsProportions() throws Exception {
        byte[] photo = image(3000, 2000, "png");
        byte[] thumb = Thumbnails.scale(photo, Thumbnails.WIDTH);
        BufferedImage t = ImageIO.read(new ByteArrayInputStream(thumb));
        assertThat(t.getWidth()).isEqualTo(480);
        assertThat(t.getHeight()).isEqualTo(320);
        assertThat(thumb[0] & 0xff).isEqualTo(0xFF);          // JPEG's start of image
        assertThat(thumb[1] & 0xff).isEqualTo(0xD8);
        assertThat(thumb.length).isLessThan(photo.length / 4).isLessThan(60_000);
        // the picture is still the picture: the left half red, the right half blue
        assertThat(new Color(t.getRGB(100, 160)).getRed()).isGreaterThan(200);
        assertThat(new Color(t.getRGB(380, 160)).getBlue()).isGreaterThan(200);
    }

    @Test
    void aSmallPhotoIsNotEnlarged() throws Exception {
        BufferedImage t = ImageIO.read(new ByteArrayInputStream(Thumbnails.scale(image(300, 200, "jpeg"), Thumbnails.WIDTH)));
        assertThat(t.getWidth()).isEqualTo(300);
        assertThat(t.getHeight()).isEqualTo(200);
    }

    @Test
    void aPictureClaimingAHundredThousandPixelsSquareIsRefusedBeforeDecoding() throws Exception {
        byte[] png = image(10, 10, "png");
        // IHDR: 8-byte signature, 4-byte length, "IHDR", width, height …, then its CRC over type and data
        ByteBuffer b = ByteBuffer.wrap(png);
        b.putInt(16, 100_000).putInt(20, 100_000);
        CRC32 crc = new CRC32();
        crc.update(png, 12, 17);
        b.putInt(29, (int) crc.getValue());
        assertThatThrownBy(() -> Thumbnails.scale(png, Thumbnails.WIDTH)).isInstanceOf(IOException.class).hasMessageContaining("refused");
    }

    @Test
    void bytesThatAreNoImageAreRefused() {
        assertThatThrownBy(() -> Thumbnails.scale("%PDF-1.7 not a photo".getBytes(), Thumbnails.WIDTH)).isInstanceOf(IOException.class);
    }

    @Test
    void theCacheKeepsOneThumbnailPerPhoto() throws Exception {
        Thumbnails thumbnails = new Thumbnails();
        byte[] photo = image(1000, 500, "png");
        byte[] first = thumbnails.of("abc", photo);
        assertThat(thumbnails.of("abc", new byte[0])).isSameAs(first);
    }

    static byte[] image(int w, int h, String format) throws IOException {
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.RED);
        g.fillRect(0, 0, w / 2, h);
        g.setColor(Color.BLUE);
        g.fillRect(w / 2, 0, w - w / 2, h);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(img, format, out);
        return out.toByteArray();
    }
}
