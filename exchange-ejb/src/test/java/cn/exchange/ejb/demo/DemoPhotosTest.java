package cn.exchange.ejb.demo;

import cn.exchange.core.listing.Category;
import cn.exchange.core.listing.DocumentRules;
import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The demo lots' pictures: real JPEGs an agency could have uploaded, one scene per kind of asset. */
class DemoPhotosTest {

    @Test
    void everyLotWithABodyHasPicturesThatPassTheUploadRulesAndRightsHaveNone() throws Exception {
        Path out = Path.of("target", "demo-photos");
        Files.createDirectories(out);
        // every picture on one sheet, to look at (target/demo-photos/all.png)
        BufferedImage sheet = new BufferedImage(3 * 480, 4 * 320, BufferedImage.TYPE_INT_RGB);
        java.awt.Graphics2D g = sheet.createGraphics();
        int n = 0;
        for (Category c : Category.values()) {
            List<Object[]> photos = DemoPhotos.of(c, 1, "公务用车 京N·31001 大众帕萨特 2017款");
            boolean body = !List.of(Category.EQUITY_TRANSFER, Category.CAPITAL_INCREASE, Category.FINANCIAL_ASSET).contains(c);
            assertThat(photos.isEmpty()).as(c.name()).isEqualTo(!body);
            for (Object[] p : photos) {
                byte[] jpeg = (byte[]) p[1];
                // accepted as an upload would be: a JPEG photo by its content, within the size limit
                DocumentRules.Checked checked = DocumentRules.check((String) p[0], jpeg);
                assertThat(checked.contentType()).isEqualTo("image/jpeg");
                assertThat(jpeg.length).as(c + " " + p[0]).isBetween(20_000, 400_000);
                BufferedImage img = ImageIO.read(new ByteArrayInputStream(jpeg));
                assertThat(img.getWidth()).isEqualTo(960);
                assertThat(img.getHeight()).isEqualTo(640);
                // the same lot gets the same picture
                assertThat((byte[]) DemoPhotos.of(c, 1, "公务用车 京N·31001 大众帕萨特 2017款").get(photos.indexOf(p))[1]).isEqualTo(jpeg);
                Files.write(out.resolve(c.name() + "-" + p[0]), jpeg);
                g.drawImage(img, (n % 3) * 480, (n / 3) * 320, 480, 320, null);
                n++;
            }
        }
        g.dispose();
        ImageIO.write(sheet, "png", out.resolve("all.png").toFile());
    }
}
