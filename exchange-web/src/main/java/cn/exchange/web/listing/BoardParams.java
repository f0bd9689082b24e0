package cn.exchange.web.listing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Set;

/**
 * The board's address ({@link BoardBacking}): its parameters read leniently — a value that does not parse is ignored
 * (every category, the default sort) rather than an error page for a hand-edited address — and the address written
 * back from them.
 */
final class BoardParams {

    private BoardParams() {
    }

    /** The enum value named, or null for none or an unknown name. */
    static <E extends Enum<E>> E parse(Class<E> type, String v) {
        try {
            return v == null || v.isBlank() ? null : Enum.valueOf(type, v.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** An amount in yuan with two decimals, or null for none, a negative one, more than 15 digits or no number. */
    static BigDecimal amount(String v) {
        try {
            BigDecimal b = v == null || v.isBlank() ? null : new BigDecimal(v.strip());
            return b == null || b.signum() < 0 || b.precision() - b.scale() > 15 ? null : b.setScale(2, RoundingMode.HALF_UP);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** The keyword, stripped and cut to 100 characters; null for none. */
    static String keyword(String v) {
        return v == null || v.isBlank() ? null : v.strip().substring(0, Math.min(100, v.strip().length()));
    }

    /** The region, stripped; null for none or one longer than 50 characters. */
    static String region(String v) {
        return v == null || v.isBlank() || v.length() > 50 ? null : v.strip();
    }

    /** One of the sorts by price and by age, else the default, the nearest end first ({@code endsAt}). */
    static String sort(String v) {
        return Set.of("price", "-price", "newest").contains(v) ? v : "endsAt";
    }

    /** The page of the list, 1 the first; 1 for none, a number out of 1–100,000 or no number. */
    static int page(String v) {
        try {
            int p = v == null || v.isBlank() ? 1 : Integer.parseInt(v.strip());
            return p >= 1 && p <= 100_000 ? p : 1;
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    /** The page's length: 20, 50 or 100 rows (20 for any other). */
    static int rows(int v) {
        return v == 50 || v == 100 ? v : 20;
    }

    /** The length from the address: "50" or "100", else 20. */
    static int rows(String v) {
        return "50".equals(v) ? 50 : "100".equals(v) ? 100 : 20;
    }

    /** The board's address with the given parameters ({name, value}; a null value is left out), every value URL-encoded. */
    static String address(String[][] params) {
        StringBuilder b = new StringBuilder("/board.xhtml");
        char sep = '?';
        for (String[] p : params) {
            if (p[1] != null) {
                b.append(sep).append(p[0]).append('=').append(URLEncoder.encode(p[1], StandardCharsets.UTF_8));
                sep = '&';
            }
        }
        return b.toString();
    }
}
