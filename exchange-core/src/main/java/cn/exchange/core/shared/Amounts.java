package cn.exchange.core.shared;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Money on the exchange: CNY as {@link BigDecimal} with scale 2 (分). Input with more than two decimals is refused,
 * never rounded silently.
 */
public final class Amounts {

    public static final BigDecimal ZERO = new BigDecimal("0.00");
    public static final BigDecimal ONE_YUAN = new BigDecimal("1.00");
    /** The largest amount the exchange accepts (10^13 CNY, beyond any real lot; guards numeric(15,2)). */
    public static final BigDecimal MAX = new BigDecimal("9999999999999.99");

    private Amounts() {
    }

    /** The amount with scale 2, or a field problem: missing, negative, more than 2 decimals, too large. */
    public static BigDecimal cny(String field, BigDecimal value, boolean required) {
        if (value == null) {
            if (required) {
                throw new DomainException(field, "amount.required");
            }
            return null;
        }
        if (value.signum() < 0) {
            throw new DomainException(field, "amount.negative");
        }
        if (value.stripTrailingZeros().scale() > 2) {
            throw new DomainException(field, "amount.tooPrecise");
        }
        if (value.compareTo(MAX) > 0) {
            throw new DomainException(field, "amount.tooLarge");
        }
        return value.setScale(2, RoundingMode.UNNECESSARY);
    }

    /** {@code share} of {@code amount}, rounded down to the fen (a maximum never rounds up). */
    public static BigDecimal share(BigDecimal amount, BigDecimal share) {
        return amount.multiply(share).setScale(2, RoundingMode.DOWN);
    }
}
