package cn.exchange.ejb.demo;

import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RadialGradientPaint;
import java.awt.geom.Ellipse2D;

import static cn.exchange.ejb.demo.DemoPhotos.H;
import static cn.exchange.ejb.demo.DemoPhotos.W;
import static cn.exchange.ejb.demo.DemoPhotos.cjk;

/**
 * The demo pictures taken indoors: a machine hall with three machining centres (equipment of a bankrupt's estate or
 * of a private owner) and an empty metro light box on a station platform (an advertising concession).
 */
final class DemoIndoorScenes {

    private DemoIndoorScenes() {
    }

    static void machines(Graphics2D g, int i) {
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

    static void lightBox(Graphics2D g, int i) {
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
        g.setPaint(new RadialGradientPaint(480, 320, 420, new float[] {0f, 1f},
                new Color[] {glow[i % 3], new Color(205, 210, 215)}));
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
}
