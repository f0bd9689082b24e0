package cn.exchange.ejb.demo;

import cn.exchange.core.listing.Category;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.Polygon;
import java.awt.RadialGradientPaint;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Pictures for the demo lots: drawn by this class — the project ships no photographs it could not
 * license —, as JPEG like an agency's upload, one scene per kind of asset: an official car in a car park, a licence
 * plate, an office tower, a shopfront, a machine hall, a plot of land, a metro light box. Deterministic (the same lot
 * gets the same picture), with light noise and shading so that the board's thumbnails and the lot page's gallery look
 * like what users will see. Equity, capital increases and debt packages have no picture, as at a real exchange.
 */
final class DemoPhotos {

    static final int W = 960;
    static final int H = 640;

    private DemoPhotos() {
    }

    /** The pictures of lot number {@code i} of a project of {@code category}: file name and JPEG bytes. */
    static List<Object[]> of(Category category, int i, String title) {
        List<Object[]> out = new ArrayList<>();
        switch (category) {
            case ADMINISTRATIVE_ASSET -> {
                out.add(photo("车辆外观.jpg", g -> car(g, i)));
                out.add(photo("号牌.jpg", g -> plate(g, plateText(title, i))));
            }
            case LICENCE_PLATE -> out.add(photo("号牌.jpg", g -> plate(g, plateText(title, i))));
            case ENTERPRISE_ASSET -> {
                out.add(photo("外立面.jpg", g -> tower(g, i)));
                out.add(photo("临街面.jpg", g -> shop(g, i, "东湖商贸")));
            }
            case COURT_ENTRUSTED -> out.add(photo("商铺现状.jpg", g -> shop(g, i, "旺铺转让")));
            case BANKRUPTCY_ASSET, NON_STATE_ASSET -> out.add(photo("设备现状.jpg", g -> machines(g, i)));
            case LAND_USE_RIGHT -> out.add(photo("地块现状.jpg", g -> land(g, i)));
            case OPERATING_RIGHT -> out.add(photo("广告位.jpg", g -> lightBox(g, i)));
            default -> {
                // rights without a body: no picture
            }
        }
        return out;
    }

    interface Scene {
        void draw(Graphics2D g);
    }

    private static Object[] photo(String name, Scene scene) {
        BufferedImage img = new BufferedImage(W, H, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        scene.draw(g);
        g.dispose();
        grain(img, name.hashCode());
        return new Object[] {name, jpeg(img)};
    }

    private static String plateText(String title, int i) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("京N·\\d{5}").matcher(title);
        return m.find() ? m.group() : "京N·" + (10000 + i);
    }

    // the scenes ----------------------------------------------------------------------------------------------------

    private static void sky(Graphics2D g, int horizon, Color top, Color bottom) {
        g.setPaint(new GradientPaint(0, 0, top, 0, horizon, bottom));
        g.fillRect(0, 0, W, horizon);
    }

    private static void car(Graphics2D g, int i) {
        Color[] paints = {new Color(24, 26, 30), new Color(225, 228, 232), new Color(150, 155, 162), new Color(30, 45, 80)};
        Color body = paints[i % paints.length];
        sky(g, 300, new Color(150, 185, 225), new Color(215, 228, 240));
        // a low building and trees behind the car park
        g.setColor(new Color(190, 180, 165));
        g.fillRect(0, 180, W, 130);
        g.setColor(new Color(120, 140, 160));
        for (int x = 30; x < W; x += 90) {
            g.fillRect(x, 205, 50, 40);
        }
        g.setColor(new Color(70, 110, 60));
        for (int x = -20; x < W; x += 140) {
            g.fill(new Ellipse2D.Double(x, 230, 150, 110));
        }
        // asphalt with bay lines
        g.setPaint(new GradientPaint(0, 300, new Color(95, 97, 100), 0, H, new Color(60, 62, 65)));
        g.fillRect(0, 300, W, H - 300);
        g.setColor(new Color(230, 230, 220));
        g.setStroke(new BasicStroke(6));
        g.drawLine(40, 600, 130, 330);
        g.drawLine(900, 600, 830, 330);
        // shadow
        g.setPaint(new RadialGradientPaint(480, 545, 380, new float[] {0f, 1f}, new Color[] {new Color(0, 0, 0, 150), new Color(0, 0, 0, 0)}));
        g.fill(new Ellipse2D.Double(100, 500, 760, 90));
        // body and cabin
        Path2D cabin = new Path2D.Double();
        cabin.moveTo(280, 390);
        cabin.curveTo(330, 300, 370, 285, 460, 282);
        cabin.lineTo(590, 284);
        cabin.curveTo(650, 290, 690, 330, 730, 390);
        cabin.closePath();
        g.setPaint(new GradientPaint(0, 280, body.brighter(), 0, 400, body));
        g.fill(cabin);
        g.setPaint(new GradientPaint(0, 300, new Color(40, 55, 70), 0, 390, new Color(120, 150, 175)));
        Path2D glass = new Path2D.Double();
        glass.moveTo(310, 388);
        glass.curveTo(350, 318, 385, 300, 460, 298);
        glass.lineTo(585, 300);
        glass.curveTo(635, 305, 670, 340, 700, 388);
        glass.closePath();
        g.fill(glass);
        g.setColor(body);
        g.fillRect(505, 296, 12, 94);
        RoundRectangle2D hull = new RoundRectangle2D.Double(130, 380, 700, 140, 70, 70);
        g.setPaint(new GradientPaint(0, 380, body.brighter(), 0, 520, body.darker()));
        g.fill(hull);
        g.setColor(new Color(255, 255, 255, 60));
        g.fillRect(150, 420, 660, 6);
        g.setColor(new Color(0, 0, 0, 90));
        g.drawLine(505, 392, 505, 505);
        g.fillRect(380, 440, 40, 8);
        g.fillRect(580, 440, 40, 8);
        g.setColor(new Color(250, 240, 200));
        g.fillRoundRect(790, 420, 38, 22, 8, 8);
        g.setColor(new Color(200, 40, 30));
        g.fillRoundRect(132, 420, 26, 24, 8, 8);
        for (int x : new int[] {270, 690}) {
            wheel(g, x, 520);
        }
    }

    private static void wheel(Graphics2D g, int cx, int cy) {
        g.setColor(new Color(20, 20, 22));
        g.fill(new Ellipse2D.Double(cx - 62, cy - 62, 124, 124));
        g.setPaint(new RadialGradientPaint(cx - 10, cy - 10, 45, new float[] {0f, 1f}, new Color[] {new Color(225, 228, 232), new Color(120, 124, 130)}));
        g.fill(new Ellipse2D.Double(cx - 40, cy - 40, 80, 80));
        g.setColor(new Color(70, 72, 76));
        g.setStroke(new BasicStroke(7));
        for (int k = 0; k < 5; k++) {
            double a = k * Math.PI * 2 / 5;
            g.drawLine(cx, cy, (int) (cx + Math.cos(a) * 36), (int) (cy + Math.sin(a) * 36));
        }
        g.fill(new Ellipse2D.Double(cx - 9, cy - 9, 18, 18));
    }

    private static void plate(Graphics2D g, String text) {
        // the car's rear below the plate
        g.setPaint(new GradientPaint(0, 0, new Color(205, 208, 212), 0, H, new Color(120, 124, 130)));
        g.fillRect(0, 0, W, H);
        g.setColor(new Color(70, 72, 76));
        g.fillRoundRect(120, 170, 720, 300, 30, 30);
        // the blue plate (小型汽车号牌: 440 × 140 mm, white characters and frame)
        g.setPaint(new GradientPaint(0, 200, new Color(20, 70, 190), 0, 440, new Color(8, 45, 140)));
        g.fillRoundRect(150, 200, 660, 240, 26, 26);
        g.setColor(Color.WHITE);
        g.setStroke(new BasicStroke(7));
        g.drawRoundRect(166, 216, 628, 208, 18, 18);
        g.setFont(cjk(150f));
        java.awt.FontMetrics fm = g.getFontMetrics();
        String t = text.replace("·", " · ");
        double scale = Math.min(1.0, 590.0 / fm.stringWidth(t));
        java.awt.geom.AffineTransform at = g.getTransform();
        g.translate(480 - fm.stringWidth(t) * scale / 2, 375);
        g.scale(scale, 1.0);
        g.drawString(t, 0, 0);
        g.setTransform(at);
        g.setColor(new Color(190, 195, 200));
        for (int x : new int[] {230, 730}) {
            g.fill(new Ellipse2D.Double(x - 11, 219, 22, 22));
        }
        // a light reflection across the plate
        g.setPaint(new GradientPaint(150, 200, new Color(255, 255, 255, 70), 500, 440, new Color(255, 255, 255, 0)));
        g.fill(new Polygon(new int[] {150, 420, 300, 150}, new int[] {200, 200, 440, 440}, 4));
    }

    private static void tower(Graphics2D g, int i) {
        sky(g, H, new Color(95, 150, 215), new Color(200, 222, 242));
        g.setColor(new Color(255, 255, 255, 170));
        g.fill(new Ellipse2D.Double(60, 70, 220, 50));
        g.fill(new Ellipse2D.Double(150, 50, 160, 60));
        // two faces of a tower in perspective
        Polygon front = new Polygon(new int[] {330, 640, 640, 330}, new int[] {90, 40, 600, 600}, 4);
        Polygon side = new Polygon(new int[] {640, 800, 800, 640}, new int[] {40, 110, 600, 600}, 4);
        g.setPaint(new GradientPaint(330, 0, new Color(175, 185, 195), 640, 0, new Color(215, 222, 230)));
        g.fill(front);
        g.setPaint(new GradientPaint(640, 0, new Color(140, 150, 162), 800, 0, new Color(110, 118, 130)));
        g.fill(side);
        // window bands, reflecting the sky
        for (int row = 0; row < 22; row++) {
            double f = row / 22.0;
            int yl = (int) (110 + f * 470);
            int yr = (int) (62 + f * 518 + (1 - f) * 0);
            g.setPaint(new GradientPaint(330, yl, new Color(70, 110, 160), 640, yr, new Color(140, 180, 220)));
            g.fill(new Polygon(new int[] {340, 630, 630, 340}, new int[] {yl, yr, yr + 14, yl + 14}, 4));
            int ys = (int) (62 + f * 518);
            g.setColor(new Color(60, 85, 120));
            g.fill(new Polygon(new int[] {650, 790, 790, 650}, new int[] {ys, ys + (int) (60 * (1 - f)) + 10, ys + (int) (60 * (1 - f)) + 22, ys + 12}, 4));
        }
        g.setColor(new Color(120, 128, 138));
        for (int x = 330; x <= 640; x += 31) {
            g.drawLine(x, 90 - (x - 330) * 50 / 310, x, 600);
        }
        // podium, street and trees
        g.setColor(new Color(90, 92, 96));
        g.fillRect(0, 600, W, 40);
        g.setColor(new Color(160, 150, 135));
        g.fillRect(300, 560, 530, 42);
        g.setColor(new Color(40, 60, 80));
        g.fillRect(430, 570, 120, 32);
        g.setColor(new Color(60, 105, 55));
        for (int x = 20; x < W; x += (i % 2 == 0 ? 180 : 210)) {
            if (x < 280 || x > 820) {
                g.fill(new Ellipse2D.Double(x, 470, 120, 140));
            }
        }
    }

    private static void shop(Graphics2D g, int i, String sign) {
        g.setColor(new Color(214, 206, 192));
        g.fillRect(0, 0, W, H);
        g.setColor(new Color(190, 180, 166));
        for (int y = 0; y < 200; y += 24) {
            g.drawLine(0, y, W, y);
        }
        // sign board
        g.setPaint(new GradientPaint(0, 200, new Color(150, 25, 25), 0, 290, new Color(110, 15, 15)));
        g.fillRect(80, 200, 800, 90);
        g.setColor(new Color(245, 215, 140));
        g.setFont(cjk(60f));
        java.awt.FontMetrics fm = g.getFontMetrics();
        g.drawString(sign, 480 - fm.stringWidth(sign) / 2, 268);
        // glass front and a half-open shutter
        g.setPaint(new GradientPaint(0, 300, new Color(60, 75, 90), 0, 580, new Color(120, 140, 160)));
        g.fillRect(80, 300, 800, 280);
        g.setColor(new Color(185, 188, 192));
        g.fillRect(80, 300, 420, 150 + (i % 3) * 30);
        g.setColor(new Color(150, 153, 158));
        for (int y = 305; y < 450 + (i % 3) * 30; y += 12) {
            g.drawLine(80, y, 500, y);
        }
        g.setColor(new Color(200, 200, 200));
        g.setStroke(new BasicStroke(6));
        g.drawRect(80, 300, 800, 280);
        g.drawLine(500, 300, 500, 580);
        // pavement
        g.setPaint(new GradientPaint(0, 580, new Color(170, 165, 158), 0, H, new Color(130, 126, 120)));
        g.fillRect(0, 580, W, 60);
    }

    private static void machines(Graphics2D g, int i) {
        g.setPaint(new GradientPaint(0, 0, new Color(185, 190, 195), 0, 380, new Color(150, 155, 160)));
        g.fillRect(0, 0, W, 380);
        g.setColor(new Color(210, 215, 220));
        for (int x = 0; x < W; x += 120) {
            g.fillRect(x + 20, 30, 80, 120);
        }
        g.setPaint(new GradientPaint(0, 380, new Color(120, 135, 110), 0, H, new Color(85, 95, 80)));
        g.fillRect(0, 380, W, H - 380);
        g.setColor(new Color(230, 200, 40));
        g.fillRect(0, 400, W, 8);
        for (int k = 0; k < 3; k++) {
            int x = 70 + k * 290;
            int y = 200 + (k % 2) * 20;
            g.setPaint(new GradientPaint(x, y, new Color(235, 236, 232), x + 240, y, new Color(190, 192, 188)));
            g.fillRoundRect(x, y, 240, 260, 18, 18);
            g.setColor(new Color(40, 95, 150));
            g.fillRect(x, y + 220, 240, 40);
            g.setPaint(new GradientPaint(0, y + 40, new Color(60, 70, 80), 0, y + 170, new Color(120, 135, 150)));
            g.fillRoundRect(x + 25, y + 40, 140, 130, 10, 10);
            g.setColor(new Color(30, 32, 35));
            g.fillRect(x + 180, y + 40, 45, 70);
            g.setColor(new Color(80, 200, 120));
            g.fillRect(x + 186, y + 48, 33, 20);
            g.setColor(new Color(200, 50, 40));
            g.fill(new Ellipse2D.Double(x + 192, y + 80, 20, 20));
        }
        g.setColor(new Color(0, 0, 0, 40));
        g.fillRect(0, 470 + (i % 2) * 10, W, 12);
    }

    private static void land(Graphics2D g, int i) {
        sky(g, 300, new Color(120, 170, 225), new Color(225, 232, 238));
        g.setColor(new Color(120, 140, 150));
        g.fill(new Polygon(new int[] {0, 180, 330, 520, 700, 860, W, W, 0}, new int[] {290, 230, 270, 215, 260, 225, 250, 300, 300}, 9));
        g.setPaint(new GradientPaint(0, 300, new Color(165, 150, 115), 0, H, new Color(125, 105, 75)));
        g.fillRect(0, 300, W, H - 300);
        Random r = new Random(31L + i);
        for (int k = 0; k < 400; k++) {
            int y = 300 + r.nextInt(H - 300);
            g.setColor(new Color(90 + r.nextInt(40), 110 + r.nextInt(50), 60 + r.nextInt(20), 160));
            g.fillOval(r.nextInt(W), y, 4 + (y - 300) / 30, 2 + (y - 300) / 60);
        }
        // the boundary fence and a survey marker
        g.setColor(new Color(70, 70, 70));
        g.setStroke(new BasicStroke(3));
        g.drawLine(0, 345, W, 330);
        for (int x = 10; x < W; x += 60) {
            g.drawLine(x, 345 - x / 64 - 25, x, 345 - x / 64 + 5);
        }
        g.setColor(new Color(200, 40, 40));
        g.fillRect(640, 430, 14, 90);
        g.setColor(Color.WHITE);
        g.fillRect(640, 430, 14, 18);
    }

    private static void lightBox(Graphics2D g, int i) {
        g.setPaint(new GradientPaint(0, 0, new Color(225, 225, 222), 0, H, new Color(175, 175, 172)));
        g.fillRect(0, 0, W, H);
        g.setColor(new Color(60, 62, 66));
        g.fillRect(0, 0, W, 60);
        g.setColor(new Color(250, 250, 235));
        for (int x = 40; x < W; x += 160) {
            g.fillRect(x, 20, 100, 12);
        }
        // the empty light box (the concession is what is sold) and the platform floor
        g.setColor(new Color(90, 92, 96));
        g.fillRoundRect(150, 130, 660, 380, 18, 18);
        Color[] glow = {new Color(250, 250, 245), new Color(240, 246, 255), new Color(255, 248, 235)};
        g.setPaint(new RadialGradientPaint(480, 320, 420, new float[] {0f, 1f}, new Color[] {glow[i % 3], new Color(205, 210, 215)}));
        g.fillRect(172, 152, 616, 336);
        g.setColor(new Color(150, 150, 150));
        g.setFont(cjk(44f));
        String t = "广告招租";
        g.drawString(t, 480 - g.getFontMetrics().stringWidth(t) / 2, 335);
        g.setPaint(new GradientPaint(0, 540, new Color(200, 198, 192), 0, H, new Color(150, 148, 142)));
        g.fillRect(0, 540, W, 100);
        g.setColor(new Color(230, 200, 40));
        g.fillRect(0, 600, W, 10);
    }

    // finishing --------------------------------------------------------------------------------------------------------

    /** Light sensor noise, so the flat fills look photographed. */
    private static void grain(BufferedImage img, long seed) {
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

    private static Font cjkBase;

    /** The exchange's own CJK font (the one its PDFs embed), so the pictures do not depend on the machine's fonts. */
    private static synchronized Font cjk(float size) {
        if (cjkBase == null) {
            try (InputStream in = DemoPhotos.class.getResourceAsStream("/cn/exchange/ejb/documents/fonts/NotoSerifSC-Regular.ttf")) {
                cjkBase = Font.createFont(Font.TRUETYPE_FONT, in);
            } catch (IOException | java.awt.FontFormatException | NullPointerException e) {
                cjkBase = new Font(Font.SANS_SERIF, Font.BOLD, 12);
            }
        }
        return cjkBase.deriveFont(Font.BOLD, size);
    }

    private static byte[] jpeg(BufferedImage img) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream(); MemoryCacheImageOutputStream ios = new MemoryCacheImageOutputStream(out)) {
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
