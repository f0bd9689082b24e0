package cn.exchange.ejb.demo;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.Polygon;
import java.awt.geom.Ellipse2D;
import java.util.Random;

import static cn.exchange.ejb.demo.DemoPhotos.H;
import static cn.exchange.ejb.demo.DemoPhotos.W;
import static cn.exchange.ejb.demo.DemoPhotos.cjk;
import static cn.exchange.ejb.demo.DemoPhotos.sky;

/**
 * The demo pictures of real estate and land, seen from outside: an office tower, a shopfront with its sign board, a plot
 * of land behind its boundary fence.
 */
final class DemoPropertyScenes {

    private DemoPropertyScenes() {
    }

    static void tower(Graphics2D g, int i) {
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
            g.fill(new Polygon(new int[] {650, 790, 790, 650},
                    new int[] {ys, ys + (int) (60 * (1 - f)) + 10, ys + (int) (60 * (1 - f)) + 22, ys + 12}, 4));
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

    static void shop(Graphics2D g, int i, String sign) {
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

    static void land(Graphics2D g, int i) {
        sky(g, 300, new Color(120, 170, 225), new Color(225, 232, 238));
        g.setColor(new Color(120, 140, 150));
        g.fill(new Polygon(new int[] {0, 180, 330, 520, 700, 860, W, W, 0},
                new int[] {290, 230, 270, 215, 260, 225, 250, 300, 300}, 9));
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
}
