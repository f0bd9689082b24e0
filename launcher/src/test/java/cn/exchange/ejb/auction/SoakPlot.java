package cn.exchange.ejb.auction;

import java.util.List;
import java.util.Locale;

/** A plain SVG line chart of some columns of the soak's series against its first column (minutes). */
final class SoakPlot {

    private static final String[] COLOURS = {"#1f77b4", "#d62728", "#2ca02c", "#ff7f0e", "#9467bd"};
    private static final int W = 760;
    private static final int H = 320;
    private static final int LEFT = 60;
    private static final int BOTTOM = 40;
    private static final int TOP = 40;
    private static final int RIGHT = 150;

    private SoakPlot() {
    }

    static String svg(String title, String xLabel, List<double[]> series, int[] columns, String[] names) {
        double xMax = series.stream().mapToDouble(r -> r[0]).max().orElse(1);
        double yMax = 1;
        for (double[] r : series) {
            for (int c : columns) {
                yMax = Math.max(yMax, r[c]);
            }
        }
        yMax = nice(yMax);
        int pw = W - LEFT - RIGHT;
        int ph = H - TOP - BOTTOM;
        StringBuilder s = new StringBuilder();
        s.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" font-family=\"sans-serif\" font-size=\"12\">%n", W, H));
        s.append(String.format(Locale.ROOT, "<rect width=\"%d\" height=\"%d\" fill=\"white\"/>%n", W, H));
        s.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"22\" font-size=\"14\">%s</text>%n", LEFT, title));
        for (int i = 0; i <= 4; i++) {
            double y = TOP + ph - ph * i / 4.0;
            s.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"#ddd\"/>%n", LEFT, y, LEFT + pw, y));
            s.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%.1f\" text-anchor=\"end\">%.0f</text>%n", LEFT - 6, y + 4, yMax * i / 4));
            double x = LEFT + pw * i / 4.0;
            s.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">%.1f</text>%n", x, TOP + ph + 16, xMax * i / 4));
        }
        s.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"middle\">%s</text>%n", LEFT + pw / 2, H - 6, xLabel));
        s.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"none\" stroke=\"#888\"/>%n", LEFT, TOP, pw, ph));
        for (int k = 0; k < columns.length; k++) {
            StringBuilder pts = new StringBuilder();
            for (double[] r : series) {
                pts.append(String.format(Locale.ROOT, "%.1f,%.1f ", LEFT + pw * r[0] / xMax, TOP + ph - ph * r[columns[k]] / yMax));
            }
            String colour = COLOURS[k % COLOURS.length];
            s.append(String.format(Locale.ROOT, "<polyline fill=\"none\" stroke=\"%s\" stroke-width=\"2\" points=\"%s\"/>%n", colour, pts.toString().trim()));
            s.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"%s\" stroke-width=\"3\"/>"
                    + "<text x=\"%d\" y=\"%d\">%s</text>%n", LEFT + pw + 12, TOP + 10 + k * 18, LEFT + pw + 32, TOP + 10 + k * 18, colour,
                    LEFT + pw + 38, TOP + 14 + k * 18, names[k]));
        }
        return s.append("</svg>\n").toString();
    }

    private static double nice(double v) {
        double p = Math.pow(10, Math.floor(Math.log10(v)));
        for (double m : new double[] {1, 2, 2.5, 5, 10}) {
            if (m * p >= v) {
                return m * p;
            }
        }
        return 10 * p;
    }
}
