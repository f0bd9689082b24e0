package cn.exchange.core.supervision;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Appreciation (增值) of a deal over its valuation, as state-asset reports state it: the amount 增值额 = deal − valuation,
 * and the rate 增值率 = amount / valuation, in percent rounded half-up to two decimals (12.345 % → 12.35 %). A
 * valuation of zero has no rate (null), never a division by zero.
 */
public final class Appreciation {

    private static final BigDecimal HUNDRED = new BigDecimal(100);

    private Appreciation() {
    }

    public static BigDecimal amount(BigDecimal deal, BigDecimal valuation) {
        return deal.subtract(valuation);
    }

    /** Rate in percent, two decimals, half-up; null when the valuation is zero. */
    public static BigDecimal ratePct(BigDecimal amount, BigDecimal valuation) {
        if (valuation == null || valuation.signum() == 0) {
            return null;
        }
        return amount.multiply(HUNDRED).divide(valuation, 2, RoundingMode.HALF_UP);
    }
}
