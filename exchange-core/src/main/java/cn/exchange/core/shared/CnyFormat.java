package cn.exchange.core.shared;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** How amounts are shown: in 元 with thousands separators and two decimals, or in 万元 (exact, up to six decimals). */
public final class CnyFormat {

    private static final BigDecimal TEN_THOUSAND = new BigDecimal(10_000);

    private CnyFormat() {
    }

    /** 1234567.8 → "1,234,567.80 元". */
    public static String yuan(BigDecimal amount) {
        return amount == null ? "" : figures(amount) + " 元";
    }

    /** 1234567.8 → "1,234,567.80": the figures of an amount, as documents print them before 元 or after ¥. */
    public static String figures(BigDecimal amount) {
        if (amount == null) {
            return "";
        }
        DecimalFormat f = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT));
        return f.format(amount.setScale(2, RoundingMode.UNNECESSARY));
    }

    /** 1234567.80 → "123.45678 万元" (never rounded: an amount in 万元 is exact). */
    public static String wan(BigDecimal amount) {
        if (amount == null) {
            return "";
        }
        BigDecimal w = amount.divide(TEN_THOUSAND).stripTrailingZeros();
        if (w.scale() < 0) {
            w = w.setScale(0);
        }
        DecimalFormat f = new DecimalFormat("#,##0.######", DecimalFormatSymbols.getInstance(Locale.ROOT));
        return f.format(w) + " 万元";
    }
}
