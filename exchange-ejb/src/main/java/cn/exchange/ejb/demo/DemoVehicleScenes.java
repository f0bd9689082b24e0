package cn.exchange.ejb.demo;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.Polygon;
import java.awt.RadialGradientPaint;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.RoundRectangle2D;

import static cn.exchange.ejb.demo.DemoPhotos.H;
import static cn.exchange.ejb.demo.DemoPhotos.W;
import static cn.exchange.ejb.demo.DemoPhotos.cjk;
import static cn.exchange.ejb.demo.DemoPhotos.sky;

/**
 * The demo pictures of vehicles: an official car in a car park (its paint by the lot's number) and the blue licence plate
 * of a small car, for official cars and plates sold on their own.
 */
final class DemoVehicleScenes {

    private DemoVehicleScenes() {
    }

    static void car(Graphics2D g, int i) {
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
        g.setPaint(new RadialGradientPaint(480, 545, 380, new float[] {0f, 1f},
                new Color[] {new Color(0, 0, 0, 150), new Color(0, 0, 0, 0)}));
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
        g.setPaint(new RadialGradientPaint(cx - 10, cy - 10, 45, new float[] {0f, 1f},
                new Color[] {new Color(225, 228, 232), new Color(120, 124, 130)}));
        g.fill(new Ellipse2D.Double(cx - 40, cy - 40, 80, 80));
        g.setColor(new Color(70, 72, 76));
        g.setStroke(new BasicStroke(7));
        for (int k = 0; k < 5; k++) {
            double a = k * Math.PI * 2 / 5;
            g.drawLine(cx, cy, (int) (cx + Math.cos(a) * 36), (int) (cy + Math.sin(a) * 36));
        }
        g.fill(new Ellipse2D.Double(cx - 9, cy - 9, 18, 18));
    }

    static void plate(Graphics2D g, String text) {
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
}
