package cn.exchange.core.listing;

import cn.exchange.core.calendar.ExchangeTime;
import cn.exchange.core.shared.Amounts;
import cn.exchange.core.shared.DomainException;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * The prices and the path of a court-entrusted lot (docs/rules.md §3, rule 34; SPC 2016 Art. 10, 11, 26). Court lots
 * follow the court's rules, not the enterprise rules 6–8 and 18: the periods are in {@link DisclosureRules} (calendar
 * days), the rest is decided here.
 * <ul>
 *   <li>Art. 10: the start price is at least 70 % of the valuation (rule 6's 100 % and rule 7's 90 % gate do not
 *       apply);</li>
 *   <li>Art. 11: no minimum number of bidders — one qualified bidder goes to the auction and wins with a bid at the
 *       start price ({@link SalePath#of(int, boolean)});</li>
 *   <li>Art. 26: a failed auction may be re-auctioned once, within 30 days of the failure, at a start price cut by at
 *       most 20 % of the previous start; after the second failure the lot may only go to 变卖 (sale at a fixed price)
 *       or end.</li>
 * </ul>
 */
public final class CourtRules {

    /** Art. 10: the start price is at least this share of the valuation. */
    public static final BigDecimal START_MIN_SHARE = new BigDecimal("0.70");
    /** Art. 26: a re-auction's start price is at least this share of the previous start (a cut of at most 20 %). */
    public static final BigDecimal REAUCTION_MIN_SHARE = new BigDecimal("0.80");
    /**
     * Art. 26: the re-auction within 30 days of the failure. Decided: its announcement is published by the end of the
     * 30th calendar day after the day the auction failed (the failure day itself not counted, Civil Code Art. 201).
     */
    public static final int REAUCTION_WITHIN_DAYS = 30;
    /** Art. 26: auctions of a court lot — the first, and one re-auction; a second failure leads to 变卖. */
    public static final int MAX_AUCTIONS = 2;

    private CourtRules() {
    }

    /** Art. 10: the lowest start price for {@code valuation}. */
    public static BigDecimal startFloor(BigDecimal valuation) {
        return atLeast(valuation, START_MIN_SHARE);
    }

    /** Art. 10: whether {@code start} lies below 70 % of {@code valuation}. */
    public static boolean startTooLow(BigDecimal start, BigDecimal valuation) {
        return start.compareTo(startFloor(valuation)) < 0;
    }

    /** Art. 26: the lowest start price of the re-auction after a failed auction at {@code previousStart}. */
    public static BigDecimal reauctionFloor(BigDecimal previousStart) {
        return atLeast(previousStart, REAUCTION_MIN_SHARE);
    }

    /** A minimum is rounded up to the fen, so that no price below the share passes ({@link Amounts#share} rounds down). */
    private static BigDecimal atLeast(BigDecimal amount, BigDecimal share) {
        return amount.multiply(share).setScale(2, java.math.RoundingMode.UP);
    }

    /** Art. 26: the re-auction's start price, refused (field {@code listingPrice}) when cut by more than 20 %. */
    public static BigDecimal reauctionPrice(BigDecimal newStart, BigDecimal previousStart) {
        BigDecimal price = Amounts.cny("listingPrice", newStart, true);
        if (price.compareTo(reauctionFloor(previousStart)) < 0) {
            throw new DomainException("listingPrice", "lot.courtReauctionCut", reauctionFloor(previousStart).toPlainString());
        }
        return price;
    }

    /** Art. 26: the last day on which the re-auction of a lot that failed at {@code failedAt} may be announced. */
    public static LocalDate reauctionDeadline(OffsetDateTime failedAt) {
        return ExchangeTime.day(failedAt).plusDays(REAUCTION_WITHIN_DAYS);
    }

    /** Art. 26: refuses a re-auction announced after the 30 days, or a third auction (a second failure leads to 变卖). */
    public static void requireReauction(int auctionsHeld, OffsetDateTime failedAt, OffsetDateTime now) {
        if (auctionsHeld >= MAX_AUCTIONS) {
            throw new DomainException(null, "lot.courtSellOffOnly");
        }
        if (ExchangeTime.day(now).isAfter(reauctionDeadline(failedAt))) {
            throw new DomainException(null, "lot.courtReauctionLate", reauctionDeadline(failedAt).toString());
        }
    }

    /** Art. 26: 变卖 only after the re-auction failed too. */
    public static void requireSellOff(int auctionsHeld) {
        if (auctionsHeld < MAX_AUCTIONS) {
            throw new DomainException(null, "lot.courtReauctionFirst");
        }
    }
}
