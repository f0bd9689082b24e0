package cn.exchange.ejb.demo;

import cn.exchange.core.listing.Category;

import java.awt.Color;
import java.awt.Font;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Pictures for the demo lots: drawn by the program — the project ships no photographs it could not
 * license —, as JPEG like an agency's upload, one scene per kind of asset: an official car in a car park, a licence
 * plate, an office tower, a shopfront, a machine hall, a plot of land, a metro light box. Deterministic (the same lot
 * gets the same picture), with light noise and shading so that the board's thumbnails and the lot page's gallery look
 * like what users will see. Equity, capital increases and debt packages have no picture, as at a real exchange.
 * This class chooses the scenes and holds what they share (the canvas, the sky, the font); the scenes are drawn by
 * {@link DemoVehicleScenes}, {@link DemoPropertyScenes} and {@link DemoIndoorScenes}, finished by {@link DemoJpeg}.
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
                out.add(photo("车辆外观.jpg", g -> DemoVehicleScenes.car(g, i)));
                out.add(photo("号牌.jpg", g -> DemoVehicleScenes.plate(g, plateText(title, i))));
            }
            case LICENCE_PLATE -> out.add(photo("号牌.jpg", g -> DemoVehicleScenes.plate(g, plateText(title, i))));
            case ENTERPRISE_ASSET -> {
                out.add(photo("外立面.jpg", g -> DemoPropertyScenes.tower(g, i)));
                out.add(photo("临街面.jpg", g -> DemoPropertyScenes.shop(g, i, "东湖商贸")));
            }
            case COURT_ENTRUSTED -> out.add(photo("商铺现状.jpg", g -> DemoPropertyScenes.shop(g, i, "旺铺转让")));
            case BANKRUPTCY_ASSET, NON_STATE_ASSET -> out.add(photo("设备现状.jpg", g -> DemoIndoorScenes.machines(g, i)));
            case LAND_USE_RIGHT -> out.add(photo("地块现状.jpg", g -> DemoPropertyScenes.land(g, i)));
            case OPERATING_RIGHT -> out.add(photo("广告位.jpg", g -> DemoIndoorScenes.lightBox(g, i)));
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
        DemoJpeg.grain(img, name.hashCode());
        return new Object[] {name, DemoJpeg.jpeg(img)};
    }

    private static String plateText(String title, int i) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("京N·\\d{5}").matcher(title);
        return m.find() ? m.group() : "京N·" + (10000 + i);
    }

    // what the scenes share -----------------------------------------------------------------------------------------

    static void sky(Graphics2D g, int horizon, Color top, Color bottom) {
        g.setPaint(new GradientPaint(0, 0, top, 0, horizon, bottom));
        g.fillRect(0, 0, W, horizon);
    }

    private static Font cjkBase;

    /** The exchange's own CJK font (the one its PDFs embed), so the pictures do not depend on the machine's fonts. */
    static synchronized Font cjk(float size) {
        if (cjkBase == null) {
            try (InputStream in = DemoPhotos.class.getResourceAsStream(
                    "/cn/exchange/ejb/documents/fonts/NotoSerifSC-Regular.ttf")) {
                cjkBase = Font.createFont(Font.TRUETYPE_FONT, in);
            } catch (IOException | java.awt.FontFormatException | NullPointerException e) {
                cjkBase = new Font(Font.SANS_SERIF, Font.BOLD, 12);
            }
        }
        return cjkBase.deriveFont(Font.BOLD, size);
    }
}
